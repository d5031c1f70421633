// Security item 3 (high): reflected XSS. The list view's error page echoed the query unescaped
// (/customer_account_list.do?sysparm_query=<img src=x onerror=…>=1). Everything written into HTML is
// escaped, values in the UI pages' inline script cannot end the script block, and every HTML answer carries
// a Content-Security-Policy whose script-src allows this server and the response's nonce only.
import { AGENT_ROLE, basic, startHarness, type Harness } from './support'

const EVIL_USER = 'eve</script><script>alert(1)</script>'
let harness: Harness

beforeAll(async () => {
    harness = await startHarness({
        users: [
            { userName: 'agent', roles: [AGENT_ROLE] },
            { userName: EVIL_USER, password: 'eve', roles: [AGENT_ROLE] },
        ],
    })
})

afterAll(async () => {
    await harness?.close()
})

function expectCsp(response: Response, nonce?: string): void {
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    const scriptSrc = csp.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src')) ?? ''
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(scriptSrc).not.toContain('unsafe-eval')
    if (nonce) expect(scriptSrc).toBe(`script-src 'self' 'nonce-${nonce}'`)
    else expect(scriptSrc).toBe("script-src 'self'")
}

describe('security item 3: HTML output is escaped and carries a CSP', () => {
    const payload = '<img src=x onerror=alert(document.domain)>'

    it('escapes the query echoed by the list view error page', async () => {
        const session = await harness.login('agent')
        const response = await harness.call(`/customer_account_list.do?sysparm_query=${encodeURIComponent(`${payload}=1`)}`, {
            headers: { Cookie: session.cookie, Accept: 'text/html' },
        })
        expect(response.status).toBe(400)
        const html = await response.text()
        expect(html).not.toContain('<img')
        expect(html).toContain('&lt;img src=x onerror=alert(document.domain)&gt;')
        expectCsp(response)
    })

    it('escapes the path on the not-found page and the query on other error pages', async () => {
        const session = await harness.login('agent')
        const headers = { Cookie: session.cookie, Accept: 'text/html' }
        const missing = await harness.call(`/x_${encodeURIComponent('"><svg onload=alert(1)>')}.do`, { headers })
        expect(missing.status).toBe(404)
        expect(await missing.text()).not.toMatch(/<svg/i)
        expectCsp(missing)
        const badTable = await harness.call(`/customer_account_list.do?sysparm_query=${encodeURIComponent(`name=x^ORDERBY${payload}`)}`, { headers })
        expect(await badTable.text()).not.toContain('<img')
    })

    it('keeps a user name from ending the UI page globals script, and gives the page scripts a nonce', async () => {
        const response = await harness.call('/x_oal_lifecycle_timeline.do', { headers: { Authorization: basic(EVIL_USER, 'eve'), Accept: 'text/html' } })
        expect(response.status).toBe(200)
        const html = await response.text()
        expect(html).not.toContain('<script>alert(1)')
        expect(html).toContain('\\u003c/script\\u003e')
        const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
        expect(nonce).toBeTruthy()
        expectCsp(response, nonce)
        const scripts = html.match(/<script\b[^>]*>/g) ?? []
        expect(scripts.length).toBeGreaterThanOrEqual(2)
        for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
        // A fresh nonce per response.
        const again = await harness.call('/x_oal_lifecycle_timeline.do', { headers: { Authorization: basic(EVIL_USER, 'eve'), Accept: 'text/html' } })
        expect(again.headers.get('content-security-policy')).not.toBe(response.headers.get('content-security-policy'))
    })

    it('escapes the user name on the home page and sends the CSP on every HTML page', async () => {
        const home = await harness.call('/', { headers: { Authorization: basic(EVIL_USER, 'eve') } })
        const html = await home.text()
        expect(html).not.toContain('<script>alert(1)')
        expect(html).toContain('eve&lt;/script&gt;')
        expectCsp(home)
        for (const path of ['/login.do', '/']) expectCsp(await harness.call(path))
        const session = await harness.login('agent')
        expectCsp(await harness.call('/customer_account_list.do', { headers: { Cookie: session.cookie } }))
    })
})
