/**
 * Shared plumbing of the lifecycle REST API handlers: role checks, JSON errors and parameter reading.
 * Handlers return an ApiResult instead of writing the response themselves, so every route answers
 * errors in the same shape ({ error: { message } }) and an unexpected exception becomes a 500, never a
 * half-written body.
 */
import { gs } from '@servicenow/glide'
import { ROLES } from '../app-schema.ts'

export interface ApiResult {
    status: number
    body: unknown
}

/** The parts of the platform's RESTAPIRequest the handlers read. */
export interface ApiRequest {
    pathParams?: Record<string, string>
    queryParams?: Record<string, unknown>
    body?: { data?: unknown; dataString?: string }
}

/** The parts of the platform's RESTAPIResponse the handlers write. */
export interface ApiResponse {
    setStatus(status: number): void
    setBody(body: unknown): void
}

export function ok(body: unknown): ApiResult {
    return { status: 200, body }
}

export function failure(status: number, message: string, details?: Record<string, unknown>): ApiResult {
    return { status, body: { error: { message, ...(details ?? {}) } } }
}

/**
 * 401 for an anonymous caller, 403 without the role, null when the caller may proceed. The check runs in
 * the handler even though the route requires authentication: the role is the API's contract, whatever
 * ACLs an instance adds or removes on the REST resource.
 */
export function roleFailure(role: string): ApiResult | null {
    const user = gs.getUserName()
    if (!user || user === 'guest') return failure(401, 'Authentication required')
    if (!gs.hasRole(role)) return failure(403, `You need the ${role} role`)
    return null
}

export const AGENT_ROLE = ROLES.agent
export const ADMIN_ROLE = ROLES.admin

/** Logs an unexpected exception and answers it as a JSON 500 without its details. */
export function internalError(e: unknown, source = 'x_oal_lifecycle REST API'): ApiResult {
    const message = e instanceof Error ? e.message : String(e)
    gs.error(`${source}: ${message}`)
    return failure(500, 'Internal error: see the system log (source x_oal_lifecycle REST API)')
}

export function writeResult(response: ApiResponse, result: ApiResult): void {
    response.setStatus(result.status)
    response.setBody(result.body)
}

/** Runs a handler and writes its result; an exception is logged and answered as a JSON 500 without its details. */
export function respond(response: ApiResponse, handler: () => ApiResult): void {
    let result: ApiResult
    try {
        result = handler()
    } catch (e) {
        result = internalError(e)
    }
    writeResult(response, result)
}

/** A path parameter, trimmed ('' when absent). */
export function pathParam(request: ApiRequest, name: string): string {
    const value = request.pathParams ? request.pathParams[name] : undefined
    return value === undefined || value === null ? '' : String(value).trim()
}

/** The parsed JSON request body, or null when there is none or it is not an object. */
export function jsonBody(request: ApiRequest): Record<string, unknown> | null {
    const body = request.body
    if (!body) return null
    let data: unknown = body.data
    if ((data === undefined || data === null) && body.dataString) {
        try {
            data = JSON.parse(body.dataString)
        } catch {
            return null
        }
    }
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null
}
