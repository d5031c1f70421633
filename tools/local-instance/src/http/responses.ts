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

export const unauthenticated = (): HttpError =>
    new HttpError(401, 'User Not Authenticated', 'Required to provide Auth information', {
        'WWW-Authenticate': 'Basic realm="Local instance"',
    })

export const forbidden = (detail: string): HttpError => new HttpError(403, 'User Not Authorized', detail)

export const notFound = (detail = "Record doesn't exist or ACL restricts the record retrieval"): HttpError =>
    new HttpError(404, 'No Record found', detail)

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body)
    res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(text), ...headers })
    res.end(text)
}

export function sendError(res: ServerResponse, error: HttpError): void {
    sendJson(res, error.status, errorBody(error.message, error.detail), error.headers)
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'Content-Type': 'text/html;charset=UTF-8', 'Content-Length': Buffer.byteLength(html), ...headers })
    res.end(html)
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
    res.writeHead(302, { Location: location, ...headers })
    res.end()
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}
