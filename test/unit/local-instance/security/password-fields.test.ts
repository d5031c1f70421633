// Security item 2 (high): the password hash must not be observable through queries. X-Total-Count answered
// yes/no to user_passwordSTARTSWITH… (directly and through a dot-walk); now any query, sort or dot-walk that
// names a password field (type password/password2) is refused with 400, for every caller including admin.
import { startHarness, type Harness } from './support'

let harness: Harness

beforeAll(async () => {
    harness = await startHarness()
})

afterAll(async () => {
    await harness?.close()
})

const list = (table: string, sysparmQuery: string, extra = '') => `/api/now/table/${table}?sysparm_query=${encodeURIComponent(sysparmQuery)}${extra}`

describe('security item 2: password fields cannot be queried, sorted or dot-walked', () => {
    it.each([
        ['a condition', 'sys_user', 'user_name=admin^user_passwordSTARTSWITHscrypt$'],
        ['an equality', 'sys_user', 'user_password=x'],
        ['a sort', 'sys_user', 'ORDERBYuser_password'],
        ['a descending sort', 'sys_user', 'ORDERBYDESCuser_password'],
        ['a SAMEAS operand', 'sys_user', 'user_nameSAMEASuser_password'],
        ['a dot-walk', 'sys_user_has_role', 'user.user_passwordSTARTSWITHscrypt$'],
        ['a dot-walked sort', 'sys_user_has_role', 'ORDERBYuser.user_password'],
    ])('refuses %s with 400 for every caller', async (_what, table, sysparmQuery) => {
        for (const user of ['agent', 'admin']) {
            const response = await harness.get(list(table, sysparmQuery), user)
            expect(response.status).toBe(400)
            expect(response.headers.get('x-total-count')).toBeNull()
            const body = await response.json()
            expect(body.error.message).toBe('Invalid query')
            expect(body.error.detail).toMatch(/password field/)
        }
    })

    it('never returns the hash through sysparm_fields, directly or dot-walked', async () => {
        const users = await harness.get('/api/now/table/sys_user?sysparm_fields=user_name,user_password&sysparm_query=user_name=admin', 'admin')
        expect((await users.json()).result).toEqual([{ user_name: 'admin' }])
        const links = await harness.get('/api/now/table/sys_user_has_role?sysparm_fields=user.user_name,user.user_password&sysparm_limit=1', 'admin')
        const [link] = (await links.json()).result
        expect(Object.keys(link)).toEqual(['user.user_name'])
    })

    it('refuses the same probe on the list view', async () => {
        const session = await harness.login('agent')
        const response = await harness.call(`/sys_user_list.do?sysparm_query=${encodeURIComponent('user_passwordSTARTSWITHs')}`, { headers: { Cookie: session.cookie, Accept: 'text/html' } })
        expect(response.status).toBe(400)
        expect(await response.text()).toMatch(/password field/)
    })
})
