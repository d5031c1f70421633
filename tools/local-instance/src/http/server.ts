// The local instance's HTTP server (node:http): Table API, scripted REST, UI pages and assets, login/session,
// home page. `startServer(instance, { port })`; port 0 picks a free port (tests).
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { InstanceView } from '../security/instance-view.ts'
import { Authenticator, type AuthenticatorOptions } from '../security/authenticator.ts'
import { clientAddress, hasValidToken, identify, safeRedirectPath, SESSION_COOKIE, SessionStore, tokenMatches, tokenRequired, type Caller, type SessionLimits } from './auth.ts'
import { errorPage, homePage, listPage, loginPage, logoutPage, type DemoLogin } from './pages.ts'
import { runAjax } from './ajax.ts'
import { BASIC_CHALLENGE, COMMON_HEADERS, errorBody, HttpError, redirect, sendError, sendHtml, sendJson, unauthenticated } from './responses.ts'
import { matchRoute, pathExists, restOperations, runOperation, ScriptEvaluationError } from './scripted-rest.ts'
import { handleTableApi, listRecords, requireTable } from './table-api.ts'
import { findAsset, findPage, renderPageHtml } from './ui-pages.ts'

export interface ServerOptions {
    port?: number
    host?: string
    /** Shown on the login and home pages. */
    demoLogins?: DemoLogin[]
    /** Request bodies above this size are refused with 413 (bytes; default 1 MiB, the login form 64 KiB). */
    maxBodyBytes?: number
    /** Password checks: credential cache, lockout limits, an injectable KDF and clock (tests). */
    auth?: AuthenticatorOptions
    /** Session lifetimes and caps (defaults: SESSION_DEFAULTS in auth.ts) and their clock (tests). */
    sessions?: Partial<SessionLimits> & { now?: () => number }
    /** Where unexpected errors are reported with the reference the 500 answer names (default: console.error). */
    onError?: (reference: string, error: unknown, request: { method: string; url: string }) => void
}

/** Default request body limit: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

export interface RunningServer {
    server: Server
    port: number
    url: string
    sessions: SessionStore
    authenticator: Authenticator
    close(): Promise<void>
}

/** `application/json` or `application/<x>+json`, parameters (charset) ignored. */
function isJsonContentType(header: string | undefined): boolean {
    const type = (header ?? '').split(';')[0].trim().toLowerCase()
    return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
}

/**
 * Writes must be JSON: a cross-site <form> (text/plain, urlencoded, multipart) cannot send application/json
 * without a CORS preflight, which this server never grants. A body-less POST without Content-Type is allowed.
 */
function requireJsonBody(req: IncomingMessage, raw: string): void {
    const method = req.method ?? 'GET'
    if (method === 'GET' || method === 'HEAD' || method === 'DELETE') return
    const type = req.headers['content-type']
    if (type === undefined && raw.length === 0) return
    if (!isJsonContentType(type)) {
        throw new HttpError(415, 'Unsupported Media Type', `Request bodies must be sent as Content-Type: application/json (got ${type === undefined ? 'none' : JSON.stringify(type.slice(0, 100))})`)
    }
}

/**
 * Whether a 401 carries `WWW-Authenticate: Basic`: only when the request sent Basic credentials and is not
 * from a browser (browsers send Sec-Fetch-Mode on every request). A browser is never invited to show the
 * Basic dialog, so it never caches credentials that cross-site requests would then carry.
 * VERIFY: the platform sends the challenge more often; this is a local choice.
 */
function basicChallenge(req: IncomingMessage): boolean {
    return /^Basic\s/i.test(req.headers.authorization ?? '') && req.headers['sec-fetch-mode'] === undefined
}

/** 429 while a user name or client address is locked after repeated failed logins (security/authenticator.ts). */
const tooManyFailures = (seconds: number): HttpError =>
    new HttpError(429, 'Too Many Requests', `Too many failed logins for this user name or address: try again in ${seconds} s`, { 'Retry-After': String(seconds) })

const missingToken = (): HttpError =>
    new HttpError(401, 'User Not Authenticated', 'Session calls that change data, run a scripted REST operation or evaluate a javascript: query value need the X-UserToken header (window.g_ck)')

const TABLE_API = /^\/api\/now\/(?:v\d+\/)?table\/([^/]+)(?:\/([^/]+))?\/?$/

/**
 * The request body as text. Above `limit` bytes the rest is read and discarded (so the client, which is still
 * sending, receives the answer rather than a reset connection) and the promise rejects with 413; a client that
 * keeps sending far beyond the limit is cut off.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        let size = 0
        const declared = Number(req.headers['content-length'] ?? 0)
        let tooLarge = declared > limit
        req.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > limit) tooLarge = true
            if (tooLarge) {
                chunks.length = 0
                if (size > limit + 64 * 1024 * 1024) req.destroy()
                return
            }
            chunks.push(chunk)
        })
        req.on('end', () => {
            if (tooLarge) reject(new HttpError(413, 'Request entity too large', `Request bodies are limited to ${limit} bytes (this one has ${Math.max(size, declared)})`, { Connection: 'close' }))
            else resolve(Buffer.concat(chunks).toString('utf8'))
        })
        req.on('error', reject)
    })
}

/** A percent-encoded URL part, or 400 when it is not valid percent-encoding. */
export function decodePart(part: string): string {
    try {
        return decodeURIComponent(part)
    } catch {
        throw new HttpError(400, 'Malformed URI', 'The request URI is not valid percent-encoding')
    }
}

function parseJsonBody(raw: string): unknown {
    if (!raw.trim()) return undefined
    try {
        return JSON.parse(raw)
    } catch (error) {
        throw new HttpError(400, 'Exception while reading request', `The payload is not valid JSON: ${(error as Error).message}`)
    }
}

function cookieHeader(id: string): string {
    return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`
}

export function startServer(instance: InstanceView, options: ServerOptions = {}): Promise<RunningServer> {
    const sessions = new SessionStore(options.sessions, options.sessions?.now)
    const authenticator = new Authenticator(instance, options.auth)
    const demoLogins = options.demoLogins ?? []
    const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
    const reportError =
        options.onError ??
        ((reference: string, error: unknown, request: { method: string; url: string }) =>
            console.error(`local instance: error ${reference} on ${request.method} ${request.url}:`, error instanceof Error ? error.stack ?? error.message : error))
    const cacheBuster = String(Date.now())
    let baseUrl = ''

    const requireApiUser = (caller: Caller, req: IncomingMessage, url: URL): string => {
        if (caller.badCredentials || !caller.userName) throw unauthenticated()
        if (!hasValidToken(caller, req, tokenRequired(req, url, 'table'))) throw missingToken()
        return caller.userName
    }

    /** A browser user: the session, or Basic credentials (which then get a session so pages can call the API). */
    const browserUser = (caller: Caller, res: ServerResponse): { userName: string; token: string } | undefined => {
        if (caller.via === 'session' && caller.session) return { userName: caller.session.userName, token: caller.session.token }
        if (caller.via === 'basic' && caller.userName) {
            const session = sessions.create(caller.userName)
            res.setHeader('Set-Cookie', cookieHeader(session.id))
            return { userName: session.userName, token: session.token }
        }
        return undefined
    }

    async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, caller: Caller): Promise<void> {
        const method = (req.method ?? 'GET').toUpperCase()
        const raw = method === 'GET' || method === 'DELETE' ? '' : await readBody(req, maxBody)
        requireJsonBody(req, raw)
        const tableMatch = TABLE_API.exec(url.pathname)
        if (tableMatch) {
            const userName = requireApiUser(caller, req, url)
            const result = handleTableApi(instance, {
                method,
                table: decodePart(tableMatch[1]),
                sysId: tableMatch[2] ? decodePart(tableMatch[2]) : undefined,
                params: url.searchParams,
                body: parseJsonBody(raw),
                userName,
                baseUrl,
            })
            if (result.status === 204) {
                res.writeHead(204, result.headers ?? {})
                res.end()
            } else sendJson(res, result.status, result.body, result.headers)
            return
        }
        if (caller.badCredentials) throw unauthenticated()
        const operations = restOperations(instance)
        const match = matchRoute(operations, method, url.pathname)
        if (!match) {
            if (pathExists(operations, url.pathname)) throw new HttpError(405, 'Method not Supported', `${method} is not supported on ${url.pathname}`)
            throw new HttpError(400, 'Requested URI does not represent any resource', null)
        }
        if (caller.userName && !hasValidToken(caller, req, tokenRequired(req, url, 'scripted'))) throw missingToken()
        const body = parseJsonBody(raw)
        const result = runOperation(instance, match, { method, path: url.pathname, url, headers: req.headers, body, rawBody: raw, userName: caller.userName })
        res.writeHead(result.status, { 'Content-Length': Buffer.byteLength(result.body), ...result.headers })
        res.end(result.body)
    }

    async function handleLogin(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
        if (req.method !== 'POST') {
            sendHtml(res, 200, loginPage(demoLogins, { gotoUrl: url.searchParams.get('sysparm_goto_url') ?? '/' }))
            return
        }
        const form = new URLSearchParams(await readBody(req, Math.min(maxBody, 64 * 1024)))
        const gotoUrl = form.get('sysparm_goto_url') || '/'
        if (/[\r\n]/.test(gotoUrl)) throw new HttpError(400, 'Invalid redirect', 'sysparm_goto_url must not contain line breaks')
        const result = await authenticator.verify({ userName: form.get('user_name') ?? '', password: form.get('user_password') ?? '' }, clientAddress(req))
        if (!result.ok) {
            if (result.locked) {
                const error = tooManyFailures(result.retryAfterSeconds)
                return sendHtml(res, 429, loginPage(demoLogins, { error: error.detail ?? error.message, gotoUrl }), error.headers)
            }
            return sendHtml(res, 401, loginPage(demoLogins, { error: 'User name or password invalid', gotoUrl }))
        }
        const session = sessions.create(result.userName)
        // Only paths on this server: never redirect a login to another site.
        redirect(res, safeRedirectPath(gotoUrl) ?? '/', { 'Set-Cookie': cookieHeader(session.id) })
    }

    /**
     * Logging out changes state, so it is a POST carrying the session token (form field sysparm_ck); a GET
     * shows a confirmation form. Without a session both go to the login page.
     */
    async function handleLogout(req: IncomingMessage, res: ServerResponse, caller: Caller): Promise<void> {
        const session = caller.via === 'session' ? caller.session : undefined
        if (!session) return redirect(res, '/login.do', { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0` })
        if (req.method !== 'POST') return sendHtml(res, 200, logoutPage(session.userName, session.token))
        const form = new URLSearchParams(await readBody(req, Math.min(maxBody, 64 * 1024)))
        const sent = form.get('sysparm_ck') ?? (typeof req.headers['x-usertoken'] === 'string' ? req.headers['x-usertoken'] : undefined)
        if (!tokenMatches(session, sent)) throw new HttpError(403, 'Invalid token', 'Log out from the form on /logout.do (it carries the session token)')
        sessions.destroy(session.id)
        redirect(res, '/login.do', { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0` })
    }

    /** GlideAjax: a form POST from a logged-in caller; a session caller sends its token (X-UserToken or sysparm_ck). */
    async function handleAjax(req: IncomingMessage, res: ServerResponse, caller: Caller): Promise<void> {
        if ((req.method ?? 'GET').toUpperCase() !== 'POST') throw new HttpError(405, 'Method not Supported', 'GlideAjax calls are POST requests')
        if (caller.badCredentials || !caller.userName) throw unauthenticated()
        const form = new URLSearchParams(await readBody(req, maxBody))
        if (caller.via === 'session' && caller.session) {
            const header = req.headers['x-usertoken']
            if (!tokenMatches(caller.session, typeof header === 'string' ? header : form.get('sysparm_ck'))) throw missingToken()
        }
        const result = runAjax(instance, caller.userName, form)
        res.writeHead(result.status, { ...COMMON_HEADERS, 'Content-Type': 'text/xml; charset=utf-8', 'Content-Length': Buffer.byteLength(result.body) })
        res.end(result.body)
    }

    function handleListView(res: ServerResponse, url: URL, table: string, userName: string): void {
        const info = requireTable(instance, table)
        const params = new URLSearchParams(url.searchParams)
        params.set('sysparm_display_value', 'true')
        params.set('sysparm_exclude_reference_link', 'true')
        if (!params.has('sysparm_limit')) params.set('sysparm_limit', '100')
        const listed = listRecords(instance, { method: 'GET', table, params, userName, baseUrl })
        const records = (listed.body as { result: Array<Record<string, unknown>> }).result
        // The record's own fields first (the first one links to the record), then when it last changed.
        const fields = Object.keys(records[0] ?? {}).filter((field) => !field.startsWith('sys_'))
        if (records.length) fields.push('sys_updated_on')
        sendHtml(res, 200, listPage(table, info.label ?? table, records, fields, Number(listed.headers?.['X-Total-Count'] ?? records.length)))
    }

    async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
        let url: URL
        try {
            url = new URL(req.url ?? '/', baseUrl || 'http://localhost')
        } catch {
            throw new HttpError(400, 'Malformed URI', 'The request URI cannot be parsed')
        }
        const caller = await identify(authenticator, sessions, req)
        if (caller.lockedFor) throw tooManyFailures(caller.lockedFor)
        const path = url.pathname
        if (path.startsWith('/api/')) return handleApi(req, res, url, caller)
        if (path === '/login.do') return handleLogin(req, res, url)
        // Browsers ask for it on every page; there is no icon, and a 404 would clutter the console.
        if (path === '/favicon.ico') return void res.writeHead(204).end()
        if (path === '/logout.do') return handleLogout(req, res, caller)
        if (path === '/xmlhttp.do') return handleAjax(req, res, caller)
        const user = browserUser(caller, res)
        if (!user) {
            if (path === '/') return sendHtml(res, 200, loginPage(demoLogins))
            if (path.startsWith('/uxasset/')) return sendError(res, unauthenticated())
            return redirect(res, `/login.do?sysparm_goto_url=${encodeURIComponent(path + url.search)}`)
        }
        const roles = instance.userRoles(user.userName)
        if (path === '/') return sendHtml(res, 200, homePage(instance, user.userName, roles, demoLogins, user.token))
        if (path.startsWith('/uxasset/')) {
            const asset = findAsset(instance, path)
            if (!asset) return sendHtml(res, 404, errorPage(404, 'Not found'))
            res.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': asset.contentType, 'Content-Length': Buffer.byteLength(asset.body) })
            return void res.end(asset.body)
        }
        const list = /^\/([A-Za-z0-9_]+)_list\.do$/.exec(path)
        if (list) return handleListView(res, url, list[1], user.userName)
        const page = findPage(instance, path.slice(1))
        if (page) {
            const nonce = randomBytes(16).toString('base64')
            return sendHtml(res, 200, renderPageHtml(page.html ?? '', { userName: user.userName, roles, token: user.token }, cacheBuster, nonce), {}, nonce)
        }
        sendHtml(res, 404, errorPage(404, 'Not found', path))
    }

    const server = createServer((req, res) => {
        route(req, res).catch((error: unknown) => {
            if (res.headersSent) return void res.end()
            if (error instanceof HttpError) {
                const headers = error.status === 401 && basicChallenge(req) ? { ...error.headers, ...BASIC_CHALLENGE } : error.headers
                const wantsHtml = !(req.url ?? '').startsWith('/api/') && String(req.headers.accept ?? '').includes('text/html')
                if (wantsHtml) return sendHtml(res, error.status, errorPage(error.status, error.message, error.detail), headers)
                return sendJson(res, error.status, errorBody(error.message, error.detail), headers)
            }
            // Anything else is our fault: a generic answer with a reference; the details go to the server log.
            const reference = randomBytes(6).toString('hex')
            reportError(reference, error instanceof ScriptEvaluationError ? error.cause : error, { method: req.method ?? 'GET', url: req.url ?? '' })
            const message = error instanceof ScriptEvaluationError ? 'Script Evaluation Exception' : 'Internal Server Error'
            const detail = `An unexpected error occurred (reference ${reference} in the local instance's log)`
            if (!(req.url ?? '').startsWith('/api/') && String(req.headers.accept ?? '').includes('text/html')) return sendHtml(res, 500, errorPage(500, message, detail))
            sendJson(res, 500, errorBody(message, detail))
        })
    })

    return new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
            server.off('error', reject)
            const port = (server.address() as AddressInfo).port
            baseUrl = `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}`
            resolve({
                server,
                port,
                url: baseUrl,
                sessions,
                authenticator,
                close: () =>
                    new Promise<void>((done) => {
                        server.closeAllConnections?.()
                        server.close(() => done())
                    }),
            })
        })
    })
}
