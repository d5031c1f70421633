// Security item 4 (high): platform tables allowed everything to every user. The baseline tables now follow
// the platform's access model declared as data (security/baseline-acls.ts): security tables and sys_log are
// admin-only for changes, sys_properties honours read_roles/write_roles, Order Management's tables need OM's
// roles, accounts are changed only by admin. The app's own ACLs from dist/app keep working, and plain
// GlideRecord in server scripts is not subject to ACLs.
import { AGENT_ROLE, APP_ADMIN_ROLE, startHarness, type Harness } from './support'

let harness: Harness
let accountId: string

const OM = 'sn_ind_tmt_orm'
const ORDER = 'sn_ind_tmt_orm_order'
const LINE = 'sn_ind_tmt_orm_order_line_item'

beforeAll(async () => {
    harness = await startHarness({
        users: [
            { userName: 'agent', roles: [AGENT_ROLE] },
            { userName: 'admin', roles: [APP_ADMIN_ROLE] },
            { userName: 'sysadmin', roles: ['admin'] },
            { userName: 'viewer', roles: [`${OM}.order_viewer`] },
            { userName: 'orderagent', roles: [`${OM}.order_agent`] },
            { userName: 'creator', roles: [`${OM}.order_creator`] },
        ],
    })
    accountId = harness.instance.insert('customer_account', { name: 'Aurora Logistics' }) as string
    harness.instance.insert('sys_properties', { name: 'x_test.shared', value: 'one', read_roles: AGENT_ROLE, write_roles: AGENT_ROLE })
})

afterAll(async () => {
    await harness?.close()
})

const propertyValue = (name: string) => harness.instance.query('sys_properties', `name=${name}`)[0]?.value
const propertyId = (name: string) => String(harness.instance.query('sys_properties', `name=${name}`)[0]?.sys_id)

describe('security item 4: baseline tables follow the platform access model', () => {
    it('keeps x_oal_lifecycle.enabled away from agents (read_roles/write_roles), lets the lifecycle admin change it', async () => {
        const id = propertyId('x_oal_lifecycle.enabled')
        const before = propertyValue('x_oal_lifecycle.enabled')
        const patch = await harness.send('PATCH', `/api/now/table/sys_properties/${id}`, 'agent', { value: 'false' })
        expect([403, 404]).toContain(patch.status)
        expect(propertyValue('x_oal_lifecycle.enabled')).toBe(before)
        const listed = await harness.get('/api/now/table/sys_properties?sysparm_query=name=x_oal_lifecycle.enabled', 'agent')
        expect((await listed.json()).result).toEqual([])
        expect((await harness.send('POST', '/api/now/table/sys_properties', 'agent', { name: 'x_oal_lifecycle.evil', value: '1' })).status).toBe(403)
        const asAppAdmin = await harness.send('PATCH', `/api/now/table/sys_properties/${id}`, 'admin', { value: before === 'true' ? 'false' : 'true' })
        expect(asAppAdmin.status).toBe(200)
        expect(propertyValue('x_oal_lifecycle.enabled')).not.toBe(before)
    })

    it('grants a property to the roles its read_roles/write_roles list', async () => {
        const listed = await harness.get('/api/now/table/sys_properties?sysparm_query=name=x_test.shared&sysparm_fields=value', 'agent')
        expect((await listed.json()).result).toEqual([{ value: 'one' }])
        expect((await harness.send('PATCH', `/api/now/table/sys_properties/${propertyId('x_test.shared')}`, 'agent', { value: 'two' })).status).toBe(200)
        expect(propertyValue('x_test.shared')).toBe('two')
        expect((await harness.get('/api/now/table/sys_properties?sysparm_query=name=x_test.shared', 'viewer')).status).toBe(200)
        expect((await (await harness.get('/api/now/table/sys_properties?sysparm_query=name=x_test.shared', 'viewer')).json()).result).toEqual([])
    })

    it('lets agents read accounts but not create, change or delete them', async () => {
        expect((await harness.get(`/api/now/table/customer_account/${accountId}`, 'agent')).status).toBe(200)
        expect((await harness.send('POST', '/api/now/table/customer_account', 'agent', { name: 'Agent Co' })).status).toBe(403)
        expect((await harness.send('PATCH', `/api/now/table/customer_account/${accountId}`, 'agent', { name: 'Renamed' })).status).toBe(403)
        expect((await harness.send('DELETE', `/api/now/table/customer_account/${accountId}`, 'agent')).status).toBe(403)
        expect(harness.instance.get('customer_account', accountId)?.name).toBe('Aurora Logistics')
        expect((await harness.send('POST', '/api/now/table/customer_account', 'sysadmin', { name: 'Admin Co' })).status).toBe(201)
    })

    it("needs Order Management's roles for the order tables", async () => {
        const order = { number: 'ORD-SEC-1', account: accountId, state: 'draft' }
        for (const table of [ORDER, LINE]) {
            expect((await harness.get(`/api/now/table/${table}`, 'agent')).status).toBe(403)
            expect((await harness.send('POST', `/api/now/table/${table}`, 'agent', { number: 'X' })).status).toBe(403)
            expect((await harness.get(`/api/now/table/${table}`, 'viewer')).status).toBe(200)
            expect((await harness.send('POST', `/api/now/table/${table}`, 'viewer', { number: 'X' })).status).toBe(403)
        }
        const created = await harness.send('POST', `/api/now/table/${ORDER}`, 'creator', order)
        expect(created.status).toBe(201)
        const id = (await created.json()).result.sys_id
        // The creator cannot read orders either: the record is not found for it.
        expect((await harness.send('PATCH', `/api/now/table/${ORDER}/${id}`, 'creator', { channel: 'web' })).status).toBe(404)
        expect((await harness.send('PATCH', `/api/now/table/${ORDER}/${id}`, 'orderagent', { channel: 'web' })).status).toBe(200)
        expect((await harness.send('DELETE', `/api/now/table/${ORDER}/${id}`, 'orderagent')).status).toBe(403)
        expect((await harness.send('DELETE', `/api/now/table/${ORDER}/${id}`, 'sysadmin')).status).toBe(204)
    })

    it('keeps groups, group members, users, roles and sys_log admin-only for changes; sys_log is admin-only to read', async () => {
        const writes: Array<[string, Record<string, string>]> = [
            ['sys_user_group', { name: 'Agents' }],
            ['sys_user_grmember', { user: 'x', group: 'y' }],
            ['sys_user', { user_name: 'mallory' }],
            ['sys_user_has_role', { user: 'x', role: 'y' }],
            ['sys_user_role', { name: 'x_evil.role' }],
            ['sys_log', { level: 'info', message: 'forged' }],
        ]
        for (const [table, body] of writes) {
            for (const user of ['agent', 'admin', 'orderagent']) expect({ table, user, status: (await harness.send('POST', `/api/now/table/${table}`, user, body)).status }).toEqual({ table, user, status: 403 })
            expect((await harness.send('POST', `/api/now/table/${table}`, 'sysadmin', body)).status).toBe(201)
        }
        expect((await harness.get('/api/now/table/sys_log', 'agent')).status).toBe(403)
        expect((await harness.get('/api/now/table/sys_log', 'sysadmin')).status).toBe(200)
        expect((await harness.get('/api/now/table/sys_user_group', 'agent')).status).toBe(200)
    })

    it("keeps the app's own ACLs from dist/app working", async () => {
        expect((await harness.get('/api/now/table/x_oal_lifecycle_rule', 'agent')).status).toBe(200)
        const rule = { name: 'Sec rule', active: 'false', order: '100', action: 'place', milestone: 'completed', target_state: 'active', scope: 'any' }
        expect((await harness.send('POST', '/api/now/table/x_oal_lifecycle_rule', 'agent', rule)).status).toBe(403)
        expect((await harness.send('POST', '/api/now/table/x_oal_lifecycle_rule', 'admin', rule)).status).toBe(201)
    })

    it('applies to GlideRecordSecure but not to plain GlideRecord in server scripts (business rules write accounts)', () => {
        const secure = harness.instance.glide(({ GlideRecordSecure }) => {
            const account = new GlideRecordSecure('customer_account')
            if (!account.get(accountId)) return 'not found'
            account.setValue('name', 'Via secure')
            return account.update()
        }, 'agent')
        expect(secure).toBeNull()
        const plain = harness.instance.glide(({ GlideRecord }) => {
            const account = new GlideRecord('customer_account')
            account.get(accountId)
            account.setValue('name', 'Via business rule')
            return account.update()
        }, 'agent')
        expect(plain).toBe(accountId)
        expect(harness.instance.get('customer_account', accountId)?.name).toBe('Via business rule')
    })
})
