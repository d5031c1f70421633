// Shared harness of the security suite: the real build output (dist/app) on an in-memory local instance, the
// real HTTP server on a free port, and helpers for Basic and session (cookie + X-UserToken) callers.
import { createTestInstance, type TestInstance } from '../../../../tools/local-instance/src/testkit'
import { ensureUser } from '../../../../tools/local-instance/src/security/users'
import { startServer, type RunningServer, type ServerOptions } from '../../../../tools/local-instance/src/http/server'
import type { InstanceView } from '../../../../tools/local-instance/src/security/instance-view'
export { withArtifacts } from '../../../support/instance-view'

export const AGENT_ROLE = 'x_oal_lifecycle.agent'
export const APP_ADMIN_ROLE = 'x_oal_lifecycle.admin'

export const basic = (user: string, password = user): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`

export interface Session {
    cookie: string
    token: string
}

export interface Harness {
    instance: TestInstance
    server: RunningServer
    call(path: string, init?: RequestInit): Promise<Response>
    /** GET as a Basic caller; JSON accepted. */
    get(path: string, user: string, password?: string): Promise<Response>
    /** A JSON write as a Basic caller. */
    send(method: string, path: string, user: string, body?: unknown): Promise<Response>
    /** Logs in through the form; the session's cookie and token. */
    login(user: string, password?: string): Promise<Session>
    close(): Promise<void>
}

export interface HarnessOptions {
    users?: Array<{ userName: string; password?: string; roles: string[] }>
    server?: ServerOptions
    /** Wraps the instance the server sees (e.g. extra artifacts). */
    view?: (instance: TestInstance) => InstanceView
}

export const DEFAULT_USERS = [
    { userName: 'admin', roles: [APP_ADMIN_ROLE] },
    { userName: 'agent', roles: [AGENT_ROLE] },
]

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
    const instance = createTestInstance()
    for (const user of options.users ?? DEFAULT_USERS) ensureUser(instance, { userName: user.userName, password: (user as { password?: string }).password ?? user.userName, roles: user.roles })
    const server = await startServer(options.view ? options.view(instance) : instance, { port: 0, ...options.server })
    const call = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init })
    return {
        instance,
        server,
        call,
        get: (path, user, password) => call(path, { headers: { Authorization: basic(user, password), Accept: 'application/json' } }),
        send: (method, path, user, body) =>
            call(path, {
                method,
                headers: { Authorization: basic(user), 'Content-Type': 'application/json', Accept: 'application/json' },
                body: body === undefined ? undefined : JSON.stringify(body),
            }),
        async login(user, password = user) {
            const response = await call('/login.do', {
                method: 'POST',
                headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({ user_name: user, user_password: password }).toString(),
            })
            if (response.status !== 302) throw new Error(`login of ${user} answered ${response.status}`)
            const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]
            const session = server.sessions.get(cookie.split('=')[1])
            if (!session) throw new Error(`no session for ${user}`)
            return { cookie, token: session.token }
        },
        async close() {
            await server.close()
            instance.close()
        },
    }
}
