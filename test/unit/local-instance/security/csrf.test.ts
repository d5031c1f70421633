// Security item 6 (medium): CSRF. Bodies were parsed as JSON whatever their Content-Type, and every 401 asked
// the browser for Basic credentials it then cached, so a cross-site <form enctype=text/plain> created a
// mapping rule as admin. Writes now need Content-Type: application/json (415 otherwise), a session caller
// needs its token (X-UserToken) for every write and every scripted REST call, and a 401 carries the Basic
// challenge only for a non-browser client that sent Basic credentials.
import { readFileSync } from 'node:fs'
import { get as httpGet, type IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { basic, startHarness, type Harness } from './support'

const RULE_TABLE = 'x_oal_lifecycle_rule'
const rule = (name: string) => ({ name, active: 'false', order: '100', action: 'place', milestone: 'completed', target_state: 'active', scope: 'any' })
let harness: Harness

beforeAll(async () => {
    harness = await startHarness()
})

afterAll(async () => {
    await harness?.close()
})

const rulesNamed = (name: string) => harness.instance.query(RULE_TABLE, `name=${name}`)

describe('security item 6: CSRF', () => {
    it.each([
        ['text/plain (a cross-site form)', 'text/plain', JSON.stringify(rule('Form plain'))],
        ['form-urlencoded', 'application/x-www-form-urlencoded', 'name=Form+urlencoded&active=false'],
        ['multipart', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nForm multipart\r\n--x--\r\n'],
    ])('refuses a Table API write sent as %s with 415, even with valid Basic credentials', async (_what, type, body) => {
        const before = harness.instance.query(RULE_TABLE).length
        const response = await harness.call(`/api/now/table/${RULE_TABLE}`, { method: 'POST', headers: { Authorization: basic('admin'), 'Content-Type': type }, body })
        expect(response.status).toBe(415)
        expect((await response.json()).error.message).toBe('Unsupported Media Type')
        expect(harness.instance.query(RULE_TABLE).length).toBe(before)
    })

    it('refuses a body without Content-Type, and non-JSON bodies to scripted REST operations', async () => {
        const noType = await harness.call(`/api/now/table/${RULE_TABLE}`, { method: 'POST', headers: { Authorization: basic('admin') }, body: new TextEncoder().encode(JSON.stringify(rule('No type'))) })
        expect(noType.status).toBe(415)
        expect(rulesNamed('No type')).toHaveLength(0)
        const simulate = await harness.call('/api/x_oal_lifecycle/lifecycle/simulate', { method: 'POST', headers: { Authorization: basic('admin'), 'Content-Type': 'text/plain' }, body: '{}' })
        expect(simulate.status).toBe(415)
        // JSON with a charset parameter is fine.
        const ok = await harness.call(`/api/now/table/${RULE_TABLE}`, { method: 'POST', headers: { Authorization: basic('admin'), 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(rule('Json charset')) })
        expect(ok.status).toBe(201)
    })

    it('needs the session token for session writes and for every scripted REST call', async () => {
        const session = await harness.login('admin')
        const json = { Cookie: session.cookie, 'Content-Type': 'application/json' }
        expect((await harness.call(`/api/now/table/${RULE_TABLE}`, { method: 'POST', headers: json, body: JSON.stringify(rule('Session no token')) })).status).toBe(401)
        expect((await harness.call(`/api/now/table/${RULE_TABLE}`, { method: 'POST', headers: { ...json, 'X-UserToken': 'wrong' }, body: JSON.stringify(rule('Session no token')) })).status).toBe(401)
        expect(rulesNamed('Session no token')).toHaveLength(0)
        const lint = '/api/x_oal_lifecycle/lifecycle/rules/lint'
        expect((await harness.call(lint, { headers: { Cookie: session.cookie } })).status).toBe(401)
        expect((await harness.call(lint, { headers: { Cookie: session.cookie, 'X-UserToken': session.token } })).status).toBe(200)
        expect((await harness.call(`/api/now/table/${RULE_TABLE}`, { method: 'POST', headers: { ...json, 'X-UserToken': session.token }, body: JSON.stringify(rule('Session with token')) })).status).toBe(201)
    })

    it('answers 401 without a Basic challenge unless a non-browser client sent Basic credentials', async () => {
        const anonymous = await harness.call(`/api/now/table/${RULE_TABLE}`)
        expect(anonymous.status).toBe(401)
        expect(anonymous.headers.get('www-authenticate')).toBeNull()
        const browserWrong = await harness.call(`/api/now/table/${RULE_TABLE}`, { headers: { Authorization: basic('admin', 'wrong'), 'Sec-Fetch-Mode': 'navigate', Accept: 'text/html' } })
        expect(browserWrong.status).toBe(401)
        expect(browserWrong.headers.get('www-authenticate')).toBeNull()
        // A curl-like client (node:http sends no Sec-Fetch-* headers; fetch() does, like a browser).
        const scriptWrong = await new Promise<IncomingMessage>((resolve, reject) => {
            const request = httpGet(`${harness.server.url}/api/now/table/${RULE_TABLE}`, { headers: { Authorization: basic('admin', 'wrong') } }, resolve)
            request.on('error', reject)
        })
        scriptWrong.resume()
        expect(scriptWrong.statusCode).toBe(401)
        expect(scriptWrong.headers['www-authenticate']).toMatch(/^Basic /)
        const scripted = await harness.call('/api/x_oal_lifecycle/lifecycle/rules/lint')
        expect(scripted.status).toBe(401)
        expect(scripted.headers.get('www-authenticate')).toBeNull()
    })

    it("relies on the app's pages sending the token: src/client's requestJson sets X-UserToken from window.g_ck", () => {
        const api = readFileSync(join(__dirname, '../../../../src/client/shared/api.ts'), 'utf8')
        expect(api).toMatch(/headers\['X-UserToken'\] = window\.g_ck/)
    })
})
