// Response shapes shared by every route, modelled on the platform's REST responses:
// success `{"result": …}`, failure `{"error":{"message","detail"},"status":"failure"}`.
import type { ServerResponse } from 'node:http'

export interface ErrorBody {
    error: { message: string; detail: string | null }
    status: 'failure'
}

export function errorBody(message: string, detail: string | null = null): ErrorBody {
    return { error: { message, detail }, status: 'failure' }
}

/** An error a route raises to end the request with a platform-shaped failure. */
export class HttpError {
    constructor(
        readonly status: number,
        readonly message: string,
        readonly detail: string | null = null,
        readonly headers: Record<string, string> = {},
    ) {}
}

/**
 * 401 without a challenge: the server adds `WWW-Authenticate: Basic` only for API clients that sent Basic
 * credentials (see basicChallenge in server.ts), so a browser never shows the Basic dialog and never caches
 * credentials it would then send with cross-site requests.
 */
export const unauthenticated = (detail = 'Required to provide Auth information'): HttpError => new HttpError(401, 'User Not Authenticated', detail)

export const BASIC_CHALLENGE = { 'WWW-Authenticate': 'Basic realm="Local instance"' }

export const forbidden = (detail: string): HttpError => new HttpError(403, 'User Not Authorized', detail)

export const notFound = (detail = "Record doesn't exist or ACL restricts the record retrieval"): HttpError =>
    new HttpError(404, 'No Record found', detail)

/** Sent with every response: no MIME sniffing, no referrer to other sites. */
export const COMMON_HEADERS: Record<string, string> = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin' }

/**
 * The Content-Security-Policy of every HTML response: scripts only from this server, plus inline scripts
 * carrying the response's nonce (the UI pages' globals block); no plugins, no framing, forms post here only.
 * Styles may be inline (the local pages use a <style> block; React sets style attributes).
 */
export function contentSecurityPolicy(nonce?: string): string {
    return [
        "default-src 'self'",
        `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ].join('; ')
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body)
    res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(text), ...headers })
    res.end(text)
}

export function sendError(res: ServerResponse, error: HttpError): void {
    sendJson(res, error.status, errorBody(error.message, error.detail), error.headers)
}

/** An HTML answer with the CSP (pass the nonce the page's inline scripts carry, if any). */
export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}, nonce?: string): void {
    res.writeHead(status, {
        ...COMMON_HEADERS,
        'Content-Type': 'text/html;charset=UTF-8',
        'Content-Length': Buffer.byteLength(html),
        'Content-Security-Policy': contentSecurityPolicy(nonce),
        'X-Frame-Options': 'DENY',
        'Cache-Control': 'no-store',
        ...headers,
    })
    res.end(html)
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
    res.writeHead(302, { Location: location, ...headers })
    res.end()
}

/** JSON for a <script> block: `<`, `>`, `&` and the JS line separators are escaped so no value ends the block. */
export function scriptJson(value: unknown): string {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}
