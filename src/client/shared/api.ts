// Calls to the app's REST API and the Table API, with the session token and JSON errors as messages.
declare global {
    interface Window {
        g_ck?: string
    }
}

export const API_BASE = '/api/x_oal_lifecycle/lifecycle'

/** An HTTP failure with the server's message and status (403 = missing role). */
export interface ApiFailure {
    status: number
    message: string
    fields?: { field: string; message: string }[]
}

export function isApiFailure(value: unknown): value is ApiFailure {
    return typeof value === 'object' && value !== null && 'status' in value && 'message' in value
}

/** The message of a ServiceNow JSON error body ({error:{message, detail}}), or a fallback naming the status. */
export function errorMessageOf(body: unknown, status: number): string {
    const error = (body as { error?: { message?: string; detail?: string } } | null)?.error
    const parts = [error?.message, error?.detail].filter((part): part is string => !!part && part !== 'null')
    return parts.length ? parts.join(': ') : `Request failed (HTTP ${status})`
}

export async function requestJson<T>(method: string, url: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (window.g_ck) headers['X-UserToken'] = window.g_ck
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const response = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await response.text()
    let parsed: unknown = null
    try {
        parsed = text ? JSON.parse(text) : null
    } catch {
        parsed = null
    }
    if (!response.ok) {
        const fields = (parsed as { error?: { fields?: ApiFailure['fields'] } } | null)?.error?.fields
        const failure: ApiFailure = { status: response.status, message: errorMessageOf(parsed, response.status), fields }
        throw failure
    }
    // Scripted REST wraps bodies in {result}; accept both so the page works whichever way a server answers.
    const wrapped = parsed as { result?: T } | null
    return (wrapped && typeof wrapped === 'object' && 'result' in wrapped ? wrapped.result : parsed) as T
}

export function failureText(error: unknown): string {
    return isApiFailure(error) ? error.message : error instanceof Error ? error.message : String(error)
}
