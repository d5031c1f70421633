// The timeline and the stage periods are the account's audit trail: append-only for every caller — platform admin,
// lifecycle admin, agent, a user without roles, anonymous — through the Table API (Basic or a browser session with
// its token), while the engine keeps writing them from the shipped business rules.
import { startHarness, type Harness } from '../unit/local-instance/security/support'
import { EVENT_TABLE, STAGE_TABLE } from '../../src/server/app-schema'
import { OmDriver } from './support/om-driver'

let harness: Harness
let account: string
const rows: Record<string, string> = {}

beforeAll(async () => {
    harness = await startHarness({
        users: [
            { userName: 'platform.admin', roles: ['admin'] },
            { userName: 'lifecycle.admin', roles: ['x_oal_lifecycle.admin'] },
            { userName: 'agent', roles: ['x_oal_lifecycle.agent'] },
            { userName: 'nobody', roles: [] },
        ],
    })
    const om = new OmDriver(harness.instance)
    account = om.account('Audit Trail Ltd')
    om.submit(account, [{ action: 'add' }])
    rows[EVENT_TABLE] = String(om.events(account)[0].sys_id)
    rows[STAGE_TABLE] = String(om.stagePeriods(account)[0].sys_id)
})
afterAll(() => harness.close())

const writers = ['platform.admin', 'lifecycle.admin', 'agent', 'nobody']
const tables = [EVENT_TABLE, STAGE_TABLE]

describe.each(tables)('%s', (table) => {
    it.each(writers)('refuses %s to create, change or delete a row', async (user) => {
        const create = await harness.send('POST', `/api/now/table/${table}`, user, { account, explanation: 'forged' })
        const change = await harness.send('PATCH', `/api/now/table/${table}/${rows[table]}`, user, { account, explanation: 'rewritten' })
        const remove = await harness.send('DELETE', `/api/now/table/${table}/${rows[table]}`, user)
        // Forbidden; a caller who may not even read the row is told it is not there (404), as on the platform.
        expect(create.status).toBe(403)
        for (const status of [change.status, remove.status]) expect(user === 'nobody' ? [403, 404] : [403]).toContain(status)
        expect(harness.instance.get(table, rows[table])?.[table === EVENT_TABLE ? 'explanation' : 'stage']).not.toBe('rewritten')
        expect(harness.instance.query(table, `account=${account}`)).toHaveLength(1)
    })

    it('refuses anonymous callers', async () => {
        const create = await harness.call(`/api/now/table/${table}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
        const remove = await harness.call(`/api/now/table/${table}/${rows[table]}`, { method: 'DELETE' })
        expect([create.status, remove.status]).toEqual([401, 401])
    })

    it('refuses a lifecycle admin in a browser session, with its token', async () => {
        const session = await harness.login('lifecycle.admin')
        const response = await harness.call(`/api/now/table/${table}/${rows[table]}`, {
            method: 'PATCH',
            headers: { Cookie: session.cookie, 'X-UserToken': session.token, 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ explanation: 'rewritten' }),
        })
        expect(response.status).toBe(403)
    })

    it('lets agents and admins read it, and nobody without the agent role', async () => {
        for (const user of ['platform.admin', 'lifecycle.admin', 'agent']) expect((await harness.get(`/api/now/table/${table}/${rows[table]}`, user)).status).toBe(200)
        expect((await harness.get(`/api/now/table/${table}/${rows[table]}`, 'nobody')).status).toBe(403)
    })
})

it('still lets the engine append: the next milestone adds a row', () => {
    const om = new OmDriver(harness.instance)
    const order = om.submit(account, [{ action: 'add' }])
    om.advance(order, 'in_progress')
    expect(harness.instance.query(EVENT_TABLE, `account=${account}`).length).toBeGreaterThan(1)
})
