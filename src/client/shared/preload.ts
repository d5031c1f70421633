// First requests of a page, started while the modules are still being evaluated instead of after the first
// render's effects (which Preact runs after the next frame): the page asks for its data as early as it can.
import { requestJson } from './api'

const pending = new Map<string, Promise<unknown>>()

/**
 * Starts a GET now (or, with `after`, as soon as that preloaded request has settled, so the first one has the
 * server to itself); the first later `getOnce` of the same URL takes its answer.
 */
export function preload(url: string, after?: string): void {
    if (pending.has(url)) return
    const before = after ? pending.get(after) : undefined
    const request = before ? before.then(noop, noop).then(() => requestJson<unknown>('GET', url)) : requestJson<unknown>('GET', url)
    // Marks the rejection handled here; the consumer still sees it through the same promise.
    request.catch(noop)
    pending.set(url, request)
}

function noop(): void {
    // nothing to do
}

/** The preloaded answer for this URL (once), or a new GET. */
export function getOnce<T>(url: string): Promise<T> {
    const request = pending.get(url)
    if (request) {
        pending.delete(url)
        return request as Promise<T>
    }
    return requestJson<T>('GET', url)
}
