// Security item 7 (medium): every Basic request ran scrypt synchronously on the one server thread (50 clients
// → ~25 req/s), user names were enumerable by timing (a known user cost scrypt, an unknown one nothing), and
// failures were unlimited. The authenticator counts as the proof here (an injected KDF counts scrypt calls
// instead of measuring time): one scrypt whatever the user, none on a cache hit, lockout per user name and per
// client address. tools/local-instance/test/http/basic-auth-load.ts measures req/s and the timing gap.
import { ensureUser } from '../../../../tools/local-instance/src/security/users'
import { scryptAsync } from '../../../../tools/local-instance/src/security/authenticator'
import { AGENT_ROLE, startHarness, type Harness } from './support'

const RULES = '/api/now/table/x_oal_lifecycle_rule?sysparm_limit=1'

interface Counted {
    harness: Harness
    calls: () => number
    advance: (ms: number) => void
}

async function countedHarness(auth: Record<string, unknown> = {}): Promise<Counted> {
    let calls = 0
    let now = 1_000_000
    const harness = await startHarness({
        users: [
            { userName: 'agent', roles: [AGENT_ROLE] },
            { userName: 'other', roles: [AGENT_ROLE] },
        ],
        server: {
            port: 0,
            auth: {
                now: () => now,
                kdf: (password: string, salt: string) => {
                    calls++
                    return scryptAsync(password, salt)
                },
                ...auth,
            },
        },
    })
    return { harness, calls: () => calls, advance: (ms) => void (now += ms) }
}

describe('security item 7: cost of Basic authentication', () => {
    let counted: Counted
    beforeAll(async () => {
        counted = await countedHarness({ perAddress: { limit: 1000, windowMs: 60_000, lockMs: 60_000 } })
    })
    afterAll(async () => {
        await counted?.harness.close()
    })

    const status = async (user: string, password: string) => (await counted.harness.get(RULES, user, password)).status

    it('spends exactly one scrypt for a wrong password, whether the user exists or not', async () => {
        const { harness } = counted
        harness.instance.update('sys_user', String(harness.instance.query('sys_user', 'user_name=other')[0].sys_id), { active: 'false' })
        for (const user of ['agent', 'nobody-at-all', 'other']) {
            const before = counted.calls()
            expect(await status(user, 'wrong-password')).toBe(401)
            expect({ user, scrypt: counted.calls() - before }).toEqual({ user, scrypt: 1 })
        }
        // The inactive user cannot log in with the right password either, and costs the same.
        const before = counted.calls()
        expect(await status('other', 'other')).toBe(401)
        expect(counted.calls() - before).toBe(1)
        counted.advance(16 * 60_000)
    })

    it('reuses verified credentials without scrypt until the TTL ends or the password changes', async () => {
        const { harness } = counted
        const first = counted.calls()
        expect(await status('agent', 'agent')).toBe(200)
        expect(counted.calls() - first).toBe(1)
        for (let i = 0; i < 5; i++) expect(await status('agent', 'agent')).toBe(200)
        expect(counted.calls() - first).toBe(1)
        counted.advance(61_000)
        expect(await status('agent', 'agent')).toBe(200)
        expect(counted.calls() - first).toBe(2)
        // A password change ends the cached entry at once.
        ensureUser(harness.instance, { userName: 'agent', password: 'changed', roles: [AGENT_ROLE] })
        expect(await status('agent', 'agent')).toBe(401)
        expect(await status('agent', 'changed')).toBe(200)
        ensureUser(harness.instance, { userName: 'agent', password: 'agent', roles: [AGENT_ROLE] })
        // 20 clients starting together with the same (new) credentials share one check.
        const together = counted.calls()
        const statuses = await Promise.all(Array.from({ length: 20 }, () => status('agent', 'agent')))
        expect(statuses).toEqual(Array(20).fill(200))
        expect(counted.calls() - together).toBe(1)
        counted.advance(16 * 60_000)
    })

    it('locks a user name after 5 failures (429 with Retry-After, no scrypt), for Basic and the login form, then unlocks', async () => {
        const { harness } = counted
        for (let i = 0; i < 5; i++) expect(await status('agent', `guess-${i}`)).toBe(401)
        const before = counted.calls()
        const locked = await harness.get(RULES, 'agent', 'agent')
        expect(locked.status).toBe(429)
        expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0)
        expect((await locked.json()).error.detail).toMatch(/Too many failed logins/)
        const form = await harness.call('/login.do', {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: 'user_name=agent&user_password=agent',
        })
        expect(form.status).toBe(429)
        expect(counted.calls()).toBe(before)
        // Another user from the same address is not affected.
        ensureUser(harness.instance, { userName: 'other', password: 'other', roles: [AGENT_ROLE] })
        expect(await status('other', 'other')).toBe(200)
        counted.advance(5 * 60_000 + 1000)
        expect(await status('agent', 'agent')).toBe(200)
    })

    it('locks a client address after repeated failures across user names', async () => {
        const address = await countedHarness({ perAddress: { limit: 3, windowMs: 60_000, lockMs: 60_000 } })
        try {
            for (const user of ['a1', 'a2', 'a3']) expect((await address.harness.get(RULES, user, 'x')).status).toBe(401)
            expect((await address.harness.get(RULES, 'agent', 'agent')).status).toBe(429)
            address.advance(61_000)
            expect((await address.harness.get(RULES, 'agent', 'agent')).status).toBe(200)
        } finally {
            await address.harness.close()
        }
    })

    it('keeps serving other requests while a password check is in progress (scrypt is asynchronous)', async () => {
        let release: () => void = () => undefined
        const gate = new Promise<void>((resolve) => (release = resolve))
        let waiting = 0
        const gated = await startHarness({
            server: { port: 0, auth: { kdf: async (password: string, salt: string) => (waiting++, await gate, scryptAsync(password, salt)) } },
        })
        try {
            const slow = gated.get(RULES, 'agent', 'agent')
            while (waiting === 0) await new Promise((resolve) => setTimeout(resolve, 5))
            // The Basic check is parked in the KDF; an anonymous call and a page are answered meanwhile.
            expect((await gated.call(RULES)).status).toBe(401)
            expect((await gated.call('/login.do')).status).toBe(200)
            release()
            expect((await slow).status).toBe(200)
        } finally {
            release()
            await gated.close()
        }
    })
})
