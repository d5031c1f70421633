// Security item 8 (medium): open redirect after login. sysparm_goto_url=/\evil.example/x was sent back as
// Location: /\evil.example/x, which a browser reads as //evil.example/x. Only paths on this server are kept:
// a single `/` followed by something other than `/` or `\`, no backslash, no control character.
import { safeRedirectPath } from '../../../../tools/local-instance/src/http/auth'
import { startHarness, type Harness } from './support'

let harness: Harness

beforeAll(async () => {
    harness = await startHarness()
})

afterAll(async () => {
    await harness?.close()
})

async function loginTo(gotoUrl: string): Promise<Response> {
    return harness.call('/login.do', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ user_name: 'agent', user_password: 'agent', sysparm_goto_url: gotoUrl }).toString(),
    })
}

describe('security item 8: the login redirect stays on this server', () => {
    it.each(['/\\evil.example/x', '//evil.example/x', '\\\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/\t/evil.example', '/ok\\..\\evil', ' /x', '/x\u0000'])(
        'sends %j to / instead',
        async (gotoUrl) => {
            const response = await loginTo(gotoUrl)
            expect(response.status).toBe(302)
            expect(response.headers.get('location')).toBe('/')
        },
    )

    it('keeps a local path with its query', async () => {
        const response = await loginTo('/x_oal_lifecycle_timeline.do?account=abc&x=1')
        expect(response.headers.get('location')).toBe('/x_oal_lifecycle_timeline.do?account=abc&x=1')
    })

    it('accepts only single-slash local paths without backslashes or control characters', () => {
        expect(safeRedirectPath('/')).toBe('/')
        expect(safeRedirectPath('/customer_account_list.do?sysparm_query=a%3Db')).toBe('/customer_account_list.do?sysparm_query=a%3Db')
        for (const bad of ['', '//x', '/\\x', 'x', '/a\\b', '/a\rb', '/a\nb', '/a\tb', `/${'a'.repeat(3000)}`]) expect(safeRedirectPath(bad)).toBeNull()
    })
})
