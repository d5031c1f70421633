// Pure parts of the HTTP layer: JSON shapes, credentials, scripted REST routing and UI page rendering.
import { parseBasicAuth, hashPassword, verifyPassword } from '../../../../tools/local-instance/src/security/users'
import { parseCookies, hasValidToken } from '../../../../tools/local-instance/src/http/auth'
import { errorBody } from '../../../../tools/local-instance/src/http/responses'
import { formatRecord, displayColumn, type FormatContext } from '../../../../tools/local-instance/src/http/record-format'
import { buildRequest, buildResponse, matchRoute, operationsFromRecords } from '../../../../tools/local-instance/src/http/scripted-rest'
import { renderPageHtml } from '../../../../tools/local-instance/src/http/ui-pages'
import type { TableInfo } from '../../../../tools/local-instance/src/query'
import type { IncomingMessage } from 'node:http'

const orderTable: TableInfo = {
    name: 'sn_ind_tmt_orm_order',
    columns: {
        number: { name: 'number', type: 'string' },
        account: { name: 'account', type: 'reference', reference: 'customer_account' },
        state: { name: 'state', type: 'choice', choices: ['new', 'completed'] },
        priority: { name: 'priority', type: 'integer' },
    },
}

function context(mode: FormatContext['mode'], excludeReferenceLink = false): FormatContext {
    return {
        table: orderTable,
        mode,
        excludeReferenceLink,
        baseUrl: 'http://localhost:8080',
        referenceDisplay: (table, id) => (table === 'customer_account' && id === 'acc1' ? 'Acme Telco' : ''),
        choiceLabel: (_table, field, value) => (field === 'state' && value === 'completed' ? 'Completed' : value),
    }
}

const row = { sys_id: 'o1', number: 'ORD001', account: 'acc1', state: 'completed', priority: 2, empty: null }

describe('Table API record shapes', () => {
    it('returns stored values as strings, references as link + value (display_value=false)', () => {
        expect(formatRecord(row, ['number', 'account', 'state', 'priority'], context('false'))).toEqual({
            number: 'ORD001',
            account: { link: 'http://localhost:8080/api/now/table/customer_account/acc1', value: 'acc1' },
            state: 'completed',
            priority: '2',
        })
    })

    it('returns display values for references and choices (display_value=true)', () => {
        expect(formatRecord(row, ['account', 'state'], context('true'))).toEqual({
            account: { display_value: 'Acme Telco', link: 'http://localhost:8080/api/now/table/customer_account/acc1' },
            state: 'Completed',
        })
    })

    it('returns both for display_value=all and drops links when asked', () => {
        expect(formatRecord(row, ['account', 'state'], context('all', true))).toEqual({
            account: { display_value: 'Acme Telco', value: 'acc1' },
            state: { display_value: 'Completed', value: 'completed' },
        })
    })

    it('returns empty values as empty strings and an empty reference without a link', () => {
        expect(formatRecord({ ...row, account: null, number: null }, ['account', 'number'], context('false'))).toEqual({ account: '', number: '' })
    })

    it('picks the dictionary display column first', () => {
        expect(displayColumn({ name: 't', display: 'number', columns: { name: { name: 'name', type: 'string' }, number: { name: 'number', type: 'string' } } } as TableInfo)).toBe('number')
        expect(displayColumn({ name: 't', columns: { name: { name: 'name', type: 'string' } } })).toBe('name')
    })
})

describe('error shape', () => {
    it('matches the platform failure body', () => {
        expect(errorBody('User Not Authenticated', 'Required to provide Auth information')).toEqual({
            error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' },
            status: 'failure',
        })
    })
})

describe('credentials and sessions', () => {
    it('parses Basic credentials, including passwords with colons', () => {
        const header = `Basic ${Buffer.from('admin:pa:ss').toString('base64')}`
        expect(parseBasicAuth(header)).toEqual({ userName: 'admin', password: 'pa:ss' })
        expect(parseBasicAuth('Bearer abc')).toBeUndefined()
        expect(parseBasicAuth(`Basic ${Buffer.from('nocolon').toString('base64')}`)).toBeUndefined()
    })

    it('verifies scrypt and sha256 hashes and rejects wrong passwords', () => {
        const stored = hashPassword('agent')
        expect(verifyPassword('agent', stored)).toBe(true)
        expect(verifyPassword('Agent', stored)).toBe(false)
        const sha = `sha256$s1$${require('node:crypto').createHash('sha256').update('s1secret').digest('hex')}`
        expect(verifyPassword('secret', sha)).toBe(true)
        expect(verifyPassword('secret', null)).toBe(false)
        expect(verifyPassword('secret', 'plain-text')).toBe(false)
    })

    it('parses cookies', () => {
        expect(parseCookies('a=1; JSESSIONID=abc%20d')).toEqual({ a: '1', JSESSIONID: 'abc d' })
    })

    it('requires the session token for session writes only', () => {
        const session = { id: 's', userName: 'agent', token: 'tok' }
        const caller = { userName: 'agent', via: 'session' as const, session, badCredentials: false }
        const req = (method: string, token?: string) => ({ method, headers: token ? { 'x-usertoken': token } : {} }) as unknown as IncomingMessage
        expect(hasValidToken(caller, req('GET'))).toBe(true)
        expect(hasValidToken(caller, req('POST'))).toBe(false)
        expect(hasValidToken(caller, req('POST', 'wrong'))).toBe(false)
        expect(hasValidToken(caller, req('POST', 'tok'))).toBe(true)
    })
})

describe('scripted REST routing', () => {
    const definitions = [{ sys_id: 'def', base_uri: '/api/x_oal_lifecycle/lifecycle', active: 'true' }]
    const operation = (sysId: string, method: string, relative: string) => ({
        sys_id: sysId,
        name: sysId,
        http_method: method,
        web_service_definition: 'def',
        relative_path: relative,
        operation_uri: `/api/x_oal_lifecycle/lifecycle${relative}`,
        operation_script: '',
        requires_authentication: 'true',
        requires_acl_authorization: 'false',
        active: 'true',
    })
    const operations = operationsFromRecords(definitions, [
        operation('timeline', 'GET', '/accounts/{account}/timeline'),
        operation('recent', 'GET', '/accounts/recent/timeline'),
        operation('recalc', 'POST', '/accounts/{account}/recalculate'),
    ])

    it('extracts path parameters', () => {
        const match = matchRoute(operations, 'GET', '/api/x_oal_lifecycle/lifecycle/accounts/a%201/timeline')
        expect(match?.operation.sysId).toBe('timeline')
        expect(match?.pathParams).toEqual({ account: 'a 1' })
    })

    it('prefers a literal segment over a parameter and respects the method', () => {
        expect(matchRoute(operations, 'GET', '/api/x_oal_lifecycle/lifecycle/accounts/recent/timeline')?.operation.sysId).toBe('recent')
        expect(matchRoute(operations, 'GET', '/api/x_oal_lifecycle/lifecycle/accounts/a1/recalculate')).toBeUndefined()
        expect(matchRoute(operations, 'POST', '/api/x_oal_lifecycle/lifecycle/accounts/a1/recalculate')?.pathParams).toEqual({ account: 'a1' })
    })

    it('gives scripts array query params, lower-case headers and the parsed body', () => {
        const request = buildRequest(
            {
                method: 'POST',
                path: '/x',
                url: new URL('http://localhost/x?limit=5&tag=a&tag=b'),
                headers: { 'X-Trace': 't1' },
                body: { dryRun: true },
                rawBody: '{"dryRun":true}',
                userName: 'admin',
            },
            { account: 'a1' },
        ) as { queryParams: Record<string, string[]>; getHeader(n: string): string; body: { data: unknown } }
        expect(request.queryParams).toEqual({ limit: ['5'], tag: ['a', 'b'] })
        expect(request.getHeader('x-trace')).toBe('t1')
        expect(request.body.data).toEqual({ dryRun: true })
    })

    it('wraps setBody in result and honours setStatus and setHeader', () => {
        const { response, result } = buildResponse()
        response.setStatus(201)
        response.setHeader('X-Done', 'yes')
        response.setBody({ ok: true })
        expect(result()).toEqual({ status: 201, headers: { 'Content-Type': 'application/json;charset=UTF-8', 'X-Done': 'yes' }, body: '{"result":{"ok":true}}' })
    })

    it('turns setError into the platform error shape', () => {
        const { response, result } = buildResponse()
        response.setError({ status: 404, message: 'No such account', detail: 'a1' })
        const out = result()
        expect(out.status).toBe(404)
        expect(JSON.parse(out.body)).toEqual({ error: { message: 'No such account', detail: 'a1' }, status: 'failure' })
    })
})

describe('UI page rendering', () => {
    const html = `<html><head>
<!-- @sdk:now-ux-globals -->
<script>window.g_ck = "$[gs.getSession().getSessionToken()]";</script>
<g:requires name="scripts/lib/prototype.js"></g:requires>
<!-- @sdk:now-ux-globals -->
<script src="/uxasset/externals/x_oal_lifecycle/main.jsdbx?uxpcb=$[UxFrameworkScriptables.getFlushTimestamp()]" type="module"></script>
</head><body><div id="root"></div></body></html>`

    it('replaces the platform globals with the session token and user, and resolves Jelly expressions', () => {
        const out = renderPageHtml(html, { userName: 'agent', roles: ['x_oal_lifecycle.agent'], token: 'tok123' }, '42')
        expect(out).toContain('window.g_ck = "tok123"')
        expect(out).toContain('"roles":["x_oal_lifecycle.agent"]')
        expect(out).not.toContain('g:requires')
        expect(out).not.toContain('$[')
        expect(out).toContain('/uxasset/externals/x_oal_lifecycle/main.jsdbx?uxpcb=42')
    })

    it('also handles an unresolved <sdk:now-ux-globals> tag', () => {
        const out = renderPageHtml('<html><head><sdk:now-ux-globals></sdk:now-ux-globals></head></html>', { userName: 'a', roles: [], token: 't' })
        expect(out).toContain('window.g_ck = "t"')
        expect(out).not.toContain('sdk:now-ux-globals')
    })
})
