// Who is calling: HTTP Basic credentials, or a browser session created by the login form (cookie + g_ck token).
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Authenticator } from '../security/authenticator.ts'
import { hasQueryScript } from '../security/query-script.ts'
import { parseBasicAuth } from '../security/users.ts'

export const SESSION_COOKIE = 'JSESSIONID'

export interface Session {
    id: string
    userName: string
    /** The CSRF token pages read as window.g_ck and send back as X-UserToken. */
    token: string
}

interface StoredSession {
    session: Session
    createdAt: number
    lastSeenAt: number
}

export interface SessionLimits {
    /** A session unused this long ends (ms). */
    idleMs: number
    /** A session ends this long after login, used or not (ms). */
    absoluteMs: number
    /** Sessions per user; a new login beyond it ends that user's least recently used session. */
    maxPerUser: number
    /** Sessions in all; a new login beyond it ends the least recently used session. */
    maxTotal: number
}

/**
 * VERIFY: the platform's default session timeout (glide.ui.session_timeout) is 30 minutes; it has no
 * absolute lifetime or per-user cap by default. The 12 h lifetime and the caps are local choices that keep a
 * long-running local instance from accumulating sessions.
 */
export const SESSION_DEFAULTS: SessionLimits = { idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000, maxPerUser: 10, maxTotal: 10_000 }

/** In-memory sessions: a restart logs everybody out (data is kept; sessions are not). */
export class SessionStore {
    // Map order = least recently used first: get() moves a session to the end.
    private readonly sessions = new Map<string, StoredSession>()
    private readonly limits: SessionLimits

    constructor(
        limits: Partial<SessionLimits> = {},
        private readonly now: () => number = Date.now,
    ) {
        this.limits = { ...SESSION_DEFAULTS, ...limits }
    }

    create(userName: string): Session {
        const now = this.now()
        this.sweep(now)
        const mine = [...this.sessions.values()].filter((stored) => stored.session.userName === userName)
        for (const old of mine.slice(0, Math.max(0, mine.length - this.limits.maxPerUser + 1))) this.sessions.delete(old.session.id)
        while (this.sessions.size >= this.limits.maxTotal) this.sessions.delete(this.sessions.keys().next().value as string)
        const session = { id: randomBytes(24).toString('hex'), userName, token: randomBytes(24).toString('hex') }
        this.sessions.set(session.id, { session, createdAt: now, lastSeenAt: now })
        return session
    }

    get(id: string | undefined): Session | undefined {
        const stored = id ? this.sessions.get(id) : undefined
        if (!stored) return undefined
        const now = this.now()
        this.sessions.delete(stored.session.id)
        if (this.expired(stored, now)) return undefined
        stored.lastSeenAt = now
        this.sessions.set(stored.session.id, stored)
        return stored.session
    }

    destroy(id: string | undefined): void {
        if (id) this.sessions.delete(id)
    }

    /** Live sessions, of one user or in all (tests, diagnostics). */
    count(userName?: string): number {
        const now = this.now()
        return [...this.sessions.values()].filter((stored) => !this.expired(stored, now) && (userName === undefined || stored.session.userName === userName)).length
    }

    private expired(stored: StoredSession, now: number): boolean {
        return now - stored.lastSeenAt > this.limits.idleMs || now - stored.createdAt > this.limits.absoluteMs
    }

    private sweep(now: number): void {
        for (const stored of this.sessions.values()) if (this.expired(stored, now)) this.sessions.delete(stored.session.id)
    }
}

/** Cookies of a request; a value that is not valid percent-encoding is ignored (it cannot be a session id). */
export function parseCookies(header: string | undefined): Record<string, string> {
    const cookies: Record<string, string> = {}
    for (const part of (header ?? '').split(';')) {
        const eq = part.indexOf('=')
        if (eq <= 0) continue
        try {
            cookies[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim())
        } catch {
            // Malformed: ignored, as if the cookie were absent.
        }
    }
    return cookies
}

/** Does the request carry the session's token (X-UserToken header, or a sysparm_ck form field)? */
export function tokenMatches(session: Session, sent: string | null | undefined): boolean {
    if (typeof sent !== 'string' || sent.length !== session.token.length) return false
    return timingSafeEqual(Buffer.from(sent), Buffer.from(session.token))
}

export interface Caller {
    userName: string | null
    via: 'basic' | 'session' | null
    session?: Session
    /** Basic credentials were sent but were wrong (never fall back to the session then). */
    badCredentials: boolean
    /** Basic credentials refused without checking: the user name or the client address is locked (seconds left). */
    lockedFor?: number
}

/** The client's address, the key of the per-address failure count. */
export function clientAddress(req: IncomingMessage): string {
    return req.socket.remoteAddress ?? 'unknown'
}

export async function identify(authenticator: Authenticator, sessions: SessionStore, req: IncomingMessage): Promise<Caller> {
    if (req.headers.authorization) {
        const credentials = parseBasicAuth(req.headers.authorization)
        if (!credentials) return { userName: null, via: null, badCredentials: true }
        const result = await authenticator.verify(credentials, clientAddress(req))
        if (result.ok) return { userName: result.userName, via: 'basic', badCredentials: false }
        return { userName: null, via: null, badCredentials: true, lockedFor: result.locked ? result.retryAfterSeconds : undefined }
    }
    const session = sessions.get(parseCookies(req.headers.cookie)[SESSION_COOKIE])
    if (session) return { userName: session.userName, via: 'session', session, badCredentials: false }
    return { userName: null, via: null, badCredentials: false }
}

/**
 * Does a session (cookie) call need the session token in X-UserToken? Calls that change data, Table API reads
 * whose query carries a `javascript:` value, and every scripted REST call (its operation runs script) do.
 * Table API reads without script do not, so record links open in the browser (a cross-site page cannot read
 * their answer). VERIFY: the platform checks the token on every session REST call.
 */
export function tokenRequired(req: IncomingMessage, url: URL, kind: 'table' | 'scripted'): boolean {
    if (kind === 'scripted') return true
    if (req.method !== 'GET' && req.method !== 'HEAD') return true
    return hasQueryScript(url.searchParams.get('sysparm_query'))
}

/** True unless the caller is a session, the call needs the token, and X-UserToken is not the session's token. */
export function hasValidToken(caller: Caller, req: IncomingMessage, required = req.method !== 'GET' && req.method !== 'HEAD'): boolean {
    if (caller.via !== 'session' || !caller.session || !required) return true
    const sent = req.headers['x-usertoken']
    return tokenMatches(caller.session, typeof sent === 'string' ? sent : undefined)
}

/**
 * Where a login may send the browser: a path on this server only. It must start with a single `/` followed by
 * something other than `/` or `\` (`//host` and `/\host` are other sites to a browser), contain no backslash
 * and no control character (browsers drop tabs and newlines, so `/\t/host` would become `//host`), and stay
 * short. Anything else → null (the caller falls back to `/`).
 */
export function safeRedirectPath(value: string): string | null {
    if (value.length === 0 || value.length > 2048) return null
    if (!/^\/(?![/\\])/.test(value)) return null
    // eslint-disable-next-line no-control-regex
    if (/[\\\u0000-\u001f\u007f]/.test(value)) return null
    return value
}
