// Security item 1 (critical): a `javascript:` value in sysparm_query must never run host code, bypass ACLs,
// hang the server or be triggered by a cookie-only cross-site link. HTTP queries accept only an allow-list of
// gs calls, evaluated natively as the caller.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHarness, type Harness } from './support'

let harness: Harness
let dir: string
let marker: string

beforeAll(async () => {
    harness = await startHarness()
    dir = mkdtempSync(join(tmpdir(), 'li-sec-js-'))
    marker = join(dir, 'pwned.txt')
})

afterAll(async () => {
    await harness?.close()
    rmSync(dir, { recursive: true, force: true })
})

const query = (table: string, sysparmQuery: string) => `/api/now/table/${table}?sysparm_query=${encodeURIComponent(sysparmQuery)}`

describe('security item 1: javascript: values in sysparm_query', () => {
    const write = () => `.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)},'pwned')`
    // Known node:vm escape shapes: each tries to reach the host's process (or its Function) and write a file.
    const escapes: Record<string, () => string> = {
        'GlideRecord.constructor': () => `GlideRecord.constructor('return process')()${write()}`,
        'this.constructor.constructor': () => `this.constructor.constructor('return process')()${write()}`,
        '({}).constructor.constructor': () => `({}).constructor.constructor('return process')()${write()}`,
        'gs (a host Proxy)': () => `gs.getUserID.constructor('return process')()${write()}`,
        'arguments.callee.caller': () => `(function f(){ return f.caller.constructor('return process')() })()${write()}`,
        'Error.prepareStackTrace': () =>
            `(function(){ var fn; Error.prepareStackTrace = function(e, frames){ fn = frames[frames.length - 1].getFunction(); return '' }; new Error().stack; Error.prepareStackTrace = undefined; return fn.constructor('return process')() })()${write()}`,
        'Symbol-keyed host state': () =>
            `(function(){ var r = new GlideRecord('sys_user'); var s = Object.getOwnPropertySymbols(r)[0]; return r[s].constructor.constructor('return process')() })()${write()}`,
        'Proxy trap receiver': () => `new Proxy({}, { get: function(t, k, r){ return gs.constructor.constructor('return process')() } }).x${write()}`,
        'dynamic import': () => `import('fs').then(function(fs){ fs.writeFileSync(${JSON.stringify(marker)}, 'pwned') })`,
        'require': () => `require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned')`,
    }

    it.each(Object.keys(escapes))('refuses the escape shape %s with 400 and runs nothing', async (shape) => {
        for (const user of ['agent', 'admin']) {
            const response = await harness.get(query('customer_account', `name=javascript:${escapes[shape]()}`), user)
            expect(response.status).toBe(400)
            const body = await response.json()
            expect(body.error.message).toBe('Invalid query')
            expect(body.error.detail).toMatch(/is not evaluated/)
            expect(existsSync(marker)).toBe(false)
        }
    })

    it('cannot use plain GlideRecord to grant the caller a role (no ACL bypass)', async () => {
        const rolesBefore = harness.instance.userRoles('agent')
        const grant = `(function(){ var role = new GlideRecord('sys_user_role'); role.get('name', 'x_oal_lifecycle.admin'); var link = new GlideRecord('sys_user_has_role'); link.initialize(); link.setValue('user', gs.getUserID()); link.setValue('role', role.getUniqueValue()); return link.insert() })()`
        const response = await harness.get(query('customer_account', `name=javascript:${grant}`), 'agent')
        expect(response.status).toBe(400)
        expect(harness.instance.userRoles('agent')).toEqual(rolesBefore)
    })

    it('answers a long loop at once instead of freezing the server', async () => {
        const started = Date.now()
        const response = await harness.get(query('customer_account', 'name=javascript:(function(){ while (true) {} })()'), 'agent')
        expect(response.status).toBe(400)
        expect(Date.now() - started).toBeLessThan(2000)
    })

    it('evaluates the allow-listed gs calls as the calling user', async () => {
        const me = await harness.get(`${query('sys_user', 'sys_id=javascript:gs.getUserID()')}&sysparm_fields=user_name`, 'agent')
        expect(me.status).toBe(200)
        expect((await me.json()).result).toEqual([{ user_name: 'agent' }])
        const byName = await harness.get(`${query('sys_user', 'user_name=javascript:gs.getUserName()')}&sysparm_fields=user_name`, 'admin')
        expect((await byName.json()).result).toEqual([{ user_name: 'admin' }])
        // The test clock says 2026-01-01 09:00 UTC: the users were created today.
        const today = await harness.get(`${query('sys_user', 'user_name=agent^sys_created_on>=javascript:gs.beginningOfToday()^sys_created_on<=javascript:gs.endOfToday()')}&sysparm_fields=user_name`, 'agent')
        expect((await today.json()).result).toEqual([{ user_name: 'agent' }])
        const older = await harness.get(`${query('sys_user', 'sys_created_on<javascript:gs.daysAgoStart(1)')}&sysparm_fields=user_name`, 'agent')
        expect((await older.json()).result).toEqual([])
    })

    it('needs the session token when a cookie-only GET carries a javascript: value (a cross-site link cannot trigger it)', async () => {
        const session = await harness.login('agent')
        const path = query('sys_user', 'sys_id=javascript:gs.getUserID()')
        const withoutToken = await harness.call(path, { headers: { Cookie: session.cookie } })
        expect(withoutToken.status).toBe(401)
        const withToken = await harness.call(path, { headers: { Cookie: session.cookie, 'X-UserToken': session.token } })
        expect(withToken.status).toBe(200)
        // A plain read with the cookie only still works (record links open in the browser).
        expect((await harness.call('/api/now/table/sys_user?sysparm_limit=1', { headers: { Cookie: session.cookie } })).status).toBe(200)
    })
})
