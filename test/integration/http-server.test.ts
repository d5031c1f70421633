// The HTTP layer in process, on the real build output (dist/app; LOCAL_INSTANCE_DIST overrides it): auth,
// ACLs on the app's tables, business-rule aborts surfacing as 400s, list queries, and a synthetic scripted
// REST operation running in the sandbox. Part of the integration project: `npm test` builds first.
import { createTestInstance, type TestInstance } from '../../tools/local-instance/src/testkit'
import { ensureUser } from '../../tools/local-instance/src/security/users'
import { startServer, type RunningServer } from '../../tools/local-instance/src/http/server'
import type { InstanceView } from '../../tools/local-instance/src/security/instance-view'
import { withArtifacts } from '../support/instance-view'


const RULE_TABLE = 'x_oal_lifecycle_rule'
const basic = (user: string, password = user) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`

/** The real instance plus one synthetic scripted REST API (the mechanism must not depend on the app's API). */
function withSyntheticApi(instance: TestInstance): InstanceView {
    const definition = { sys_id: 'synthetic_def', base_uri: '/api/x_test/echo', active: 'true' }
    const operation = {
        sys_id: 'synthetic_op',
        name: 'echo',
        http_method: 'POST',
        web_service_definition: 'synthetic_def',
        operation_uri: '/api/x_test/echo/items/{item}',
        operation_script: `(function process(request, response) {
            var account = new GlideRecord('customer_account');
            account.query();
            response.setStatus(202);
            response.setHeader('X-Item', request.pathParams.item);
            response.setBody({ item: request.pathParams.item, mode: request.queryParams.mode[0], note: request.body.data.note,
                user: gs.getUserName(), accounts: account.getRowCount() });
        })(request, response)`,
        requires_authentication: 'true',
        requires_acl_authorization: 'false',
        active: 'true',
    }
    return withArtifacts(instance, { sys_ws_definition: [definition], sys_ws_operation: [operation] })
}

describe('local instance HTTP server', () => {
    let instance: TestInstance
    let server: RunningServer

    beforeAll(async () => {
        instance = createTestInstance()
        ensureUser(instance, { userName: 'admin', password: 'admin', roles: ['x_oal_lifecycle.admin'] })
        ensureUser(instance, { userName: 'agent', password: 'agent', roles: ['x_oal_lifecycle.agent'] })
        instance.insert('customer_account', { name: 'Aurora Logistics' })
        server = await startServer(withSyntheticApi(instance), { port: 0 })
    })

    afterAll(async () => {
        await server?.close()
        instance?.close()
    })

    const call = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init)
    const json = (user: string, method: string, body?: unknown): RequestInit => ({
        method,
        headers: { Authorization: basic(user), 'Content-Type': 'application/json', Accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
    })
    const validRule = (name: string) => ({ name, active: 'true', order: '100', action: 'place', milestone: 'completed', target_state: 'active', scope: 'any' })

    it('answers an anonymous Table API call with 401 in the platform error shape', async () => {
        const response = await call(`/api/now/table/${RULE_TABLE}`)
        expect(response.status).toBe(401)
        expect(await response.json()).toEqual({ error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' })
    })

    it('answers wrong credentials with 401 too', async () => {
        const response = await call(`/api/now/table/${RULE_TABLE}`, { headers: { Authorization: basic('agent', 'wrong') } })
        expect(response.status).toBe(401)
    })

    it('forbids an agent to create a mapping rule (403, naming the role needed)', async () => {
        const response = await call(`/api/now/table/${RULE_TABLE}`, json('agent', 'POST', validRule('Agent attempt')))
        expect(response.status).toBe(403)
        const body = await response.json()
        expect(body.status).toBe('failure')
        expect(body.error.detail).toContain('x_oal_lifecycle.admin')
        expect(instance.query(RULE_TABLE, 'name=Agent attempt')).toHaveLength(0)
    })

    it('rejects an invalid rule from an admin with 400 and the field named by the validation rule', async () => {
        const response = await call(`/api/now/table/${RULE_TABLE}`, json('admin', 'POST', { ...validRule('No milestone'), milestone: '' }))
        expect(response.status).toBe(400)
        const body = await response.json()
        expect(body.error.message).toMatch(/Milestone/)
        expect(instance.query(RULE_TABLE, 'name=No milestone')).toHaveLength(0)
    })

    it('creates a valid rule for an admin (201) and returns the stored record', async () => {
        const response = await call(`/api/now/table/${RULE_TABLE}`, json('admin', 'POST', validRule('Activate on first order')))
        expect(response.status).toBe(201)
        const body = await response.json()
        expect(body.result.name).toBe('Activate on first order')
        expect(body.result.sys_created_by).toBe('admin')
        expect(instance.get(RULE_TABLE, body.result.sys_id)?.target_state).toBe('active')
    })

    it('lists with sysparm_query, sysparm_fields, sysparm_limit and X-Total-Count', async () => {
        for (const name of ['Zeta one', 'Zeta two', 'Zeta three']) {
            expect((await call(`/api/now/table/${RULE_TABLE}`, json('admin', 'POST', validRule(name)))).status).toBe(201)
        }
        const query = new URLSearchParams({ sysparm_query: 'nameSTARTSWITHZeta^ORDERBYname', sysparm_fields: 'name,action', sysparm_limit: '2' })
        const response = await call(`/api/now/table/${RULE_TABLE}?${query}`, { headers: { Authorization: basic('agent') } })
        expect(response.status).toBe(200)
        expect(response.headers.get('x-total-count')).toBe('3')
        const body = await response.json()
        expect(body.result).toEqual([
            { name: 'Zeta one', action: 'place' },
            { name: 'Zeta three', action: 'place' },
        ])
    })

    it('updates with PATCH and deletes with 204 as an admin', async () => {
        const created = await (await call(`/api/now/table/${RULE_TABLE}`, json('admin', 'POST', validRule('Short lived')))).json()
        const patched = await call(`/api/now/table/${RULE_TABLE}/${created.result.sys_id}`, json('admin', 'PATCH', { order: '250' }))
        expect(patched.status).toBe(200)
        expect((await patched.json()).result.order).toBe('250')
        const deleted = await call(`/api/now/table/${RULE_TABLE}/${created.result.sys_id}`, json('admin', 'DELETE'))
        expect(deleted.status).toBe(204)
        const again = await call(`/api/now/table/${RULE_TABLE}/${created.result.sys_id}`, { headers: { Authorization: basic('admin') } })
        expect(again.status).toBe(404)
    })

    it('answers an unknown table with 400 Invalid table', async () => {
        const response = await call('/api/now/table/no_such_table', { headers: { Authorization: basic('admin') } })
        expect(response.status).toBe(400)
        expect((await response.json()).error.message).toBe('Invalid table no_such_table')
    })

    it('runs a scripted REST operation in the sandbox with path, query, body and the caller', async () => {
        const response = await call('/api/x_test/echo/items/42?mode=fast', json('agent', 'POST', { note: 'hello' }))
        expect(response.status).toBe(202)
        expect(response.headers.get('x-item')).toBe('42')
        expect(await response.json()).toEqual({ result: { item: '42', mode: 'fast', note: 'hello', user: 'agent', accounts: 1 } })
    })

    it('requires authentication for a scripted REST operation that asks for it', async () => {
        const response = await call('/api/x_test/echo/items/42', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })
        expect(response.status).toBe(401)
    })

    it('logs in through the form and lets the session write only with its token', async () => {
        const login = await call('/login.do', {
            method: 'POST',
            redirect: 'manual',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: 'user_name=admin&user_password=admin',
        })
        expect(login.status).toBe(302)
        const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
        expect(cookie).toMatch(/^JSESSIONID=/)
        const home = await (await call('/', { headers: { Cookie: cookie } })).text()
        expect(home).toContain('Logged in as <strong>admin</strong>')
        const token = server.sessions.get(cookie.split('=')[1])?.token
        expect(token).toBeTruthy()
        const headers = { Cookie: cookie, 'Content-Type': 'application/json' }
        const withoutToken = await call(`/api/now/table/${RULE_TABLE}`, { method: 'POST', headers, body: JSON.stringify(validRule('Via session')) })
        expect(withoutToken.status).toBe(401)
        const withToken = await call(`/api/now/table/${RULE_TABLE}`, { method: 'POST', headers: { ...headers, 'X-UserToken': String(token) }, body: JSON.stringify(validRule('Via session')) })
        expect(withToken.status).toBe(201)
    })
})
