// Who is calling: HTTP Basic credentials, or a browser session created by the login form (cookie + g_ck token).
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { InstanceView } from '../security/instance-view.ts'
import { authenticate, parseBasicAuth } from '../security/users.ts'

export const SESSION_COOKIE = 'JSESSIONID'

export interface Session {
    id: string
    userName: string
    /** The CSRF token pages read as window.g_ck and send back as X-UserToken. */
    token: string
}

/** In-memory sessions: a restart logs everybody out (data is kept; sessions are not). */
export class SessionStore {
    private readonly sessions = new Map<string, Session>()

    create(userName: string): Session {
        const session = { id: randomBytes(24).toString('hex'), userName, token: randomBytes(24).toString('hex') }
        this.sessions.set(session.id, session)
        return session
    }

    get(id: string | undefined): Session | undefined {
        return id ? this.sessions.get(id) : undefined
    }

    destroy(id: string | undefined): void {
        if (id) this.sessions.delete(id)
    }
}

export function parseCookies(header: string | undefined): Record<string, string> {
    const cookies: Record<string, string> = {}
    for (const part of (header ?? '').split(';')) {
        const eq = part.indexOf('=')
        if (eq <= 0) continue
        cookies[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim())
    }
    return cookies
}

export interface Caller {
    userName: string | null
    via: 'basic' | 'session' | null
    session?: Session
    /** Basic credentials were sent but were wrong (never fall back to the session then). */
    badCredentials: boolean
}

export function identify(instance: InstanceView, sessions: SessionStore, req: IncomingMessage): Caller {
    const credentials = parseBasicAuth(req.headers.authorization)
    if (req.headers.authorization) {
        const userName = credentials ? authenticate(instance, credentials) : undefined
        return userName ? { userName, via: 'basic', badCredentials: false } : { userName: null, via: null, badCredentials: true }
    }
    const session = sessions.get(parseCookies(req.headers.cookie)[SESSION_COOKIE])
    if (session) return { userName: session.userName, via: 'session', session, badCredentials: false }
    return { userName: null, via: null, badCredentials: false }
}

/**
 * A session-authenticated call that changes data must carry the session's token in X-UserToken (as pages
 * built with the SDK do with window.g_ck). VERIFY: the platform checks the token on every session REST call;
 * here reads without it are allowed so Table API links open in the browser.
 */
export function hasValidToken(caller: Caller, req: IncomingMessage): boolean {
    if (caller.via !== 'session' || !caller.session) return true
    if (req.method === 'GET' || req.method === 'HEAD') return true
    return req.headers['x-usertoken'] === caller.session.token
}
