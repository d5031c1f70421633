// Calls to the app's REST API and the Table API: the session token on every request, the server's own error
// message (whatever envelope it comes in), a time-out instead of waiting forever, and an expired session told
// apart from other failures.
declare global {
    interface Window {
        g_ck?: string
        NOW?: { user?: Record<string, unknown>; user_name?: string; [key: string]: unknown }
    }
}

export const API_BASE = '/api/x_oal_lifecycle/lifecycle'
/** A request that has not answered after this long is abandoned with a message (and a Retry). */
export const REQUEST_TIMEOUT_MS = 30_000

/** Why a request failed: HTTP status (0 = no answer), the message to show, and per-field messages. */
export interface ApiFailure {
    status: number
    kind: 'http' | 'session' | 'network' | 'timeout'
    message: string
    fields?: { field: string; message: string }[]
}

export function isApiFailure(value: unknown): value is ApiFailure {
    return typeof value === 'object' && value !== null && 'status' in value && 'message' in value && 'kind' in value
}

interface ErrorShape {
    message?: unknown
    detail?: unknown
    fields?: ApiFailure['fields']
}

/**
 * The error object of a ServiceNow JSON body: `{error:{…}}` (Table API, platform errors) or, from a scripted
 * REST handler that set its body, the same inside the envelope: `{result:{error:{…}}}`.
 */
export function errorOf(body: unknown): ErrorShape | null {
    if (!body || typeof body !== 'object') return null
    const direct = (body as { error?: unknown }).error
    if (direct && typeof direct === 'object') return direct as ErrorShape
    const result = (body as { result?: unknown }).result
    if (result && typeof result === 'object') {
        const wrapped = (result as { error?: unknown }).error
        if (wrapped && typeof wrapped === 'object') return wrapped as ErrorShape
    }
    return null
}

/** The server's message (and detail), or a fallback naming the status. */
export function errorMessageOf(body: unknown, status: number): string {
    const error = errorOf(body)
    const parts = [error?.message, error?.detail].filter((part): part is string => typeof part === 'string' && !!part && part !== 'null')
    return parts.length ? parts.join(': ') : `Request failed (HTTP ${status})`
}

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Log in again to continue.'

/** One request with the session token and a time-out; any non-2xx answer is thrown as an ApiFailure. */
async function send(method: string, url: string, accept: string, body?: unknown): Promise<{ response: Response; text: string }> {
    const headers: Record<string, string> = { Accept: accept, 'X-Requested-With': 'XMLHttpRequest' }
    if (window.g_ck) headers['X-UserToken'] = window.g_ck
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const controller = new AbortController()
    const timer = window.setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS)
    let response: Response
    let text: string
    try {
        response = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body), signal: controller.signal })
        text = await response.text()
    } catch {
        const failure: ApiFailure = controller.signal.aborted
            ? { status: 0, kind: 'timeout', message: `The server did not answer within ${REQUEST_TIMEOUT_MS / 1000} seconds.` }
            : { status: 0, kind: 'network', message: 'Could not reach the server. Check your connection.' }
        throw failure
    } finally {
        window.clearTimeout(timer)
    }
    if (!response.ok) {
        if (response.status === 401) throw { status: 401, kind: 'session', message: SESSION_EXPIRED_MESSAGE } satisfies ApiFailure
        const parsed = parseJson(text)
        const error = errorOf(parsed)
        const failure: ApiFailure = { status: response.status, kind: 'http', message: errorMessageOf(parsed, response.status), fields: error?.fields }
        throw failure
    }
    return { response, text }
}

function parseJson(text: string): unknown {
    try {
        return text ? JSON.parse(text) : null
    } catch {
        return null
    }
}

export async function requestJson<T>(method: string, url: string, body?: unknown): Promise<T> {
    const { text } = await send(method, url, 'application/json', body)
    const parsed = parseJson(text)
    // Scripted REST wraps bodies in {result}; accept both so the page works whichever way a server answers.
    const wrapped = parsed as { result?: T } | null
    return (wrapped && typeof wrapped === 'object' && 'result' in wrapped ? wrapped.result : parsed) as T
}

/**
 * Downloads a file the server streams (an export): fetched first, so a refusal shows the server's own message
 * on the page instead of saving an error document as the file.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<string> {
    const { response, text } = await send('GET', url, '*/*')
    const disposition = response.headers.get('Content-Disposition') ?? ''
    const match = /filename="([^"]+)"/.exec(disposition)
    const name = match ? match[1] : fallbackName
    const blob = new Blob([text], { type: response.headers.get('Content-Type') ?? 'application/octet-stream' })
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = name
    document.body.appendChild(link)
    link.click()
    link.remove()
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
    return name
}

export function failureText(error: unknown): string {
    return isApiFailure(error) ? error.message : error instanceof Error ? error.message : String(error)
}

/** Where "Log in again" goes: the login page, back to this page afterwards. */
export function loginUrl(): string {
    return `/login.do?sysparm_goto_url=${encodeURIComponent(window.location.pathname + window.location.search)}`
}
