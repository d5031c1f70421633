// Section 4: the agent timeline page in Chromium for an account with 10,000 events: time from navigation to
// the first page of event rows on screen, the REST calls the page makes and the rows they return, and the
// Glide queries the server ran to answer them.
import type { Page, Response } from 'playwright-core'
import { insertBulkEvents } from '../test/support/bulk-events'
import { launchChromium, logIn } from '../test/support/chromium'
import { startServer } from '../tools/local-instance/src/http/server'
import { DEMO_LOGINS, seedDemo } from '../scripts/demo-seed'
import { benchInstance, median, progress } from './support'

export const TIMELINE_EVENTS = 10_000
const LOADS = 3

export interface RestCall {
    method: string
    path: string
    status: number
    rows: number
}

export interface TimelineResult {
    events: number
    firstLoadMs: number
    medianLoadMs: number
    loadsMs: number[]
    rowsOnScreen: number
    restCalls: RestCall[]
    rowsFetched: number
    serverQueries: number
}

/** Rows in a REST answer: every array in its `result` (events, periods, accounts …), or the result itself. */
function rowsIn(body: unknown): number {
    const result = (body as { result?: unknown })?.result
    if (Array.isArray(result)) return result.length
    if (!result || typeof result !== 'object') return 0
    return Object.values(result).reduce<number>((total, value) => total + (Array.isArray(value) ? value.length : 0), 0)
}

async function loadTimeline(page: Page, url: string): Promise<{ ms: number; calls: RestCall[]; rowsOnScreen: number }> {
    const pending: Array<Promise<RestCall>> = []
    const onResponse = (response: Response) => {
        const request = response.request()
        const path = new URL(request.url()).pathname
        if (!path.startsWith('/api/')) return
        pending.push(
            response
                .json()
                .catch(() => null)
                .then((body) => ({ method: request.method(), path: new URL(request.url()).pathname + new URL(request.url()).search, status: response.status(), rows: rowsIn(body) })),
        )
    }
    page.on('response', onResponse)
    const started = performance.now()
    await page.goto(url)
    await page.getByTestId('event-row').first().waitFor()
    const ms = performance.now() - started
    const rowsOnScreen = await page.getByTestId('event-row').count()
    // Let calls started with the first render finish so they are counted too.
    await page.waitForLoadState('networkidle')
    page.off('response', onResponse)
    return { ms, calls: await Promise.all(pending), rowsOnScreen }
}

export async function benchTimelinePage(): Promise<TimelineResult> {
    const instance = benchInstance()
    seedDemo(instance)
    const accountId = instance.insert('customer_account', { name: 'Bench Bulk Co', customer: 'true' }) as string
    insertBulkEvents(instance, accountId, TIMELINE_EVENTS, { keyPrefix: 'bench-timeline' })
    const server = await startServer(instance, { port: 0, demoLogins: DEMO_LOGINS })
    const browser = await launchChromium()
    try {
        const agent = DEMO_LOGINS.find((login) => login.userName === 'agent')
        if (!agent) throw new Error('no demo agent login')
        const url = `${server.url}/x_oal_lifecycle_timeline.do?account=${accountId}`
        const loads: Array<{ ms: number; calls: RestCall[]; rowsOnScreen: number; queries: number }> = []
        for (let index = 0; index < LOADS; index++) {
            progress(`timeline page: load ${index + 1}/${LOADS}`)
            // A fresh page (and session) each time; the first load also fetches the page's assets.
            const page = await logIn(browser.context, server.url, agent.userName, agent.password)
            instance.counters.reset()
            const load = await loadTimeline(page, url)
            loads.push({ ...load, queries: instance.counters.queries })
            await page.close()
        }
        const first = loads[0]
        return {
            events: TIMELINE_EVENTS,
            firstLoadMs: first.ms,
            medianLoadMs: median(loads.map((load) => load.ms)),
            loadsMs: loads.map((load) => load.ms),
            rowsOnScreen: first.rowsOnScreen,
            restCalls: first.calls,
            rowsFetched: first.calls.reduce((total, call) => total + call.rows, 0),
            serverQueries: first.queries,
        }
    } finally {
        await browser.close()
        await server.close()
        instance.close()
    }
}
