// Password checks for HTTP callers (Basic credentials and the login form), built so that they cannot be used
// to stall the server or to learn which user names exist:
// - scrypt runs asynchronously (libuv thread pool), never on the request thread;
// - verified credentials are cached briefly, keyed by a hash of user name + password; a hit re-reads the
//   stored hash (one indexed SELECT) so a password change, deactivation or deletion ends it at once;
// - an unknown or inactive user costs the same scrypt as a known one (against a dummy hash);
// - repeated failures lock the user name and, separately, the client address for a while (429).
// Numbers (DEFAULTS below) are local choices, documented in DIFFERENCES.md; the platform has its own lockout
// (VERIFY: glide.user.max_unlock_attempts / account lockout), which is not emulated.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import type { InstanceView } from './instance-view.ts'
import { PASSWORD_COLUMN, type Credentials } from './users.ts'

export interface FailureLimit {
    /** Failures within `windowMs` that trigger a lock. */
    limit: number
    windowMs: number
    lockMs: number
}

export interface AuthenticatorOptions {
    /** Milliseconds clock (tests). */
    now?: () => number
    /** The password KDF for `scrypt$salt$hash` values (32-byte key); injectable so tests can count calls. */
    kdf?: (password: string, salt: string) => Promise<Buffer>
    /** How long verified credentials are reused without scrypt. */
    cacheTtlMs?: number
    cacheMaxEntries?: number
    perUser?: FailureLimit
    perAddress?: FailureLimit
}

export const AUTH_DEFAULTS = {
    cacheTtlMs: 60_000,
    cacheMaxEntries: 1000,
    perUser: { limit: 5, windowMs: 15 * 60_000, lockMs: 5 * 60_000 },
    perAddress: { limit: 20, windowMs: 15 * 60_000, lockMs: 5 * 60_000 },
} as const

export type AuthResult = { ok: true; userName: string } | { ok: false; locked: false } | { ok: false; locked: true; retryAfterSeconds: number }

export function scryptAsync(password: string, salt: string): Promise<Buffer> {
    return new Promise((resolve, reject) => scrypt(password, salt, 32, (error, key) => (error ? reject(error) : resolve(key))))
}

interface CacheEntry {
    userName: string
    stored: string
    expires: number
}

interface FailureState {
    failures: number[]
    lockedUntil: number
}

class FailureTracker {
    private readonly states = new Map<string, FailureState>()

    constructor(
        private readonly limits: FailureLimit,
        private readonly now: () => number,
    ) {}

    /** Seconds until the key is unlocked, or 0. */
    lockedFor(key: string): number {
        const state = this.states.get(key)
        if (!state || state.lockedUntil <= this.now()) return 0
        return Math.ceil((state.lockedUntil - this.now()) / 1000)
    }

    fail(key: string): void {
        const now = this.now()
        const state = this.states.get(key) ?? { failures: [], lockedUntil: 0 }
        state.failures = state.failures.filter((at) => at > now - this.limits.windowMs)
        state.failures.push(now)
        if (state.failures.length >= this.limits.limit) {
            state.lockedUntil = now + this.limits.lockMs
            state.failures = []
        }
        this.states.set(key, state)
        // Forget stale entries now and then so the map stays small.
        if (this.states.size > 10_000) for (const [name, entry] of this.states) if (entry.lockedUntil <= now && entry.failures.every((at) => at <= now - this.limits.windowMs)) this.states.delete(name)
    }

    clear(key: string): void {
        this.states.delete(key)
    }
}

export class Authenticator {
    private readonly now: () => number
    private readonly kdf: (password: string, salt: string) => Promise<Buffer>
    private readonly cache = new Map<string, CacheEntry>()
    private readonly inFlight = new Map<string, Promise<string | null>>()
    private readonly ttl: number
    private readonly maxEntries: number
    private readonly users: FailureTracker
    private readonly addresses: FailureTracker
    /** A well-formed scrypt value no password matches: unknown users cost one scrypt too. */
    private readonly dummy = `scrypt$${randomBytes(16).toString('hex')}$${'0'.repeat(64)}`
    /** Hashes the cache keys with a per-process secret, so the map holds nothing a password can be tested against offline. */
    private readonly pepper = randomBytes(16)

    constructor(
        private readonly instance: InstanceView,
        options: AuthenticatorOptions = {},
    ) {
        this.now = options.now ?? Date.now
        this.kdf = options.kdf ?? scryptAsync
        this.ttl = options.cacheTtlMs ?? AUTH_DEFAULTS.cacheTtlMs
        this.maxEntries = options.cacheMaxEntries ?? AUTH_DEFAULTS.cacheMaxEntries
        this.users = new FailureTracker(options.perUser ?? AUTH_DEFAULTS.perUser, this.now)
        this.addresses = new FailureTracker(options.perAddress ?? AUTH_DEFAULTS.perAddress, this.now)
    }

    private storedFor(userName: string): { userName: string; stored: string | null; active: boolean } | undefined {
        const row = this.instance.db.prepare(`SELECT user_name, ${PASSWORD_COLUMN} AS stored, active FROM sys_user WHERE user_name = ?`).get(userName) as
            | { user_name: string; stored: string | null; active: string | null }
            | undefined
        return row ? { userName: row.user_name, stored: typeof row.stored === 'string' ? row.stored : null, active: row.active !== 'false' } : undefined
    }

    private async matches(password: string, stored: string): Promise<boolean> {
        const [scheme, salt, expected] = stored.split('$')
        if (!salt || !expected) return false
        let actual: Buffer
        if (scheme === 'scrypt') actual = await this.kdf(password, salt)
        else if (scheme === 'sha256') actual = createHash('sha256').update(salt + password).digest()
        else return false
        const wanted = Buffer.from(expected, 'hex')
        return wanted.length === actual.length && timingSafeEqual(wanted, actual)
    }

    /** Checks credentials from `address` (the client's IP). Never throws for bad input. */
    async verify(credentials: Credentials, address: string): Promise<AuthResult> {
        const userKey = credentials.userName.toLowerCase()
        const locked = Math.max(this.addresses.lockedFor(address), this.users.lockedFor(userKey))
        if (locked > 0) return { ok: false, locked: true, retryAfterSeconds: locked }

        const cacheKey = createHash('sha256').update(this.pepper).update(credentials.userName).update('\0').update(credentials.password).digest('hex')
        const cached = this.cache.get(cacheKey)
        if (cached && cached.expires > this.now()) {
            const current = this.storedFor(cached.userName)
            if (current && current.active && current.stored === cached.stored) return { ok: true, userName: cached.userName }
        }
        if (cached) this.cache.delete(cacheKey)
        // Concurrent requests with the same credentials share one check (50 clients starting together cost one
        // scrypt, not 50). Failures are still counted per request.
        let pending = this.inFlight.get(cacheKey)
        if (!pending) {
            pending = this.check(credentials, cacheKey).finally(() => this.inFlight.delete(cacheKey))
            this.inFlight.set(cacheKey, pending)
        }
        const ok = await pending
        if (ok) {
            this.users.clear(userKey)
            return { ok: true, userName: ok }
        }
        this.users.fail(userKey)
        this.addresses.fail(address)
        return { ok: false, locked: false }
    }

    /** One password check; the user's name when it matched (and the cache is filled), else null. */
    private async check(credentials: Credentials, cacheKey: string): Promise<string | null> {
        const user = this.storedFor(credentials.userName)
        // Unknown, inactive or password-less users spend the same scrypt, against a hash nothing matches.
        const stored = user?.stored ?? this.dummy
        const matched = await this.matches(credentials.password, user?.active ? stored : this.dummy).catch(() => false)
        if (!user || !user.active || !user.stored || !matched) return null
        if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value as string)
        this.cache.set(cacheKey, { userName: user.userName, stored: user.stored, expires: this.now() + this.ttl })
        return user.userName
    }
}
