// Section 4: the agent timeline page in Chromium. For an account with 10,000 events: the JavaScript the page
// loads (uncompressed bytes of every script response), time from navigation to the first event rows on screen
// (first load with assets, then the median of 3 loads; also measured in the page from the navigation's start), the REST calls and rows they return, and the Glide
// queries the server ran. For an account with 2,000 events: scrolling to the end loads them all; the DOM
// nodes left on the page and the requests it took.
import type { Page, Response } from 'playwright-core'
import { insertBulkEvents } from '../test/support/bulk-events'
import { launchChromium, logIn } from '../test/support/chromium'
import { startServer } from '../tools/local-instance/src/http/server'
import { DEMO_LOGINS, seedDemo } from '../scripts/demo-seed'
import { benchInstance, median, progress } from './support'

export const TIMELINE_EVENTS = 10_000
export const SCROLL_EVENTS = 2_000
const LOADS = 3

export interface RestCall {
    method: string
    path: string
    status: number
    rows: number
}

export interface TimelineResult {
    events: number
    /** Uncompressed bytes of the JavaScript responses of one page load, and which files. */
    jsBytes: number
    jsFiles: Array<{ path: string; bytes: number }>
    firstLoadMs: number
    medianLoadMs: number
    loadsMs: number[]
    /** Navigation start → first event row in the DOM, measured in the page. */
    medianInPageMs: number
    inPageMs: number[]
    rowsOnScreen: number
    restCalls: RestCall[]
    rowsFetched: number
    serverQueries: number
    scroll: { events: number; loaded: number; domNodes: number; rowsInDom: number; timelineRequests: number; ms: number }
    browser: string
}

/** Rows in a REST answer: every array in its `result` (events, periods, accounts …), or the result itself. */
function rowsIn(body: unknown): number {
    const result = (body as { result?: unknown })?.result
    if (Array.isArray(result)) return result.length
    if (!result || typeof result !== 'object') return 0
    return Object.values(result).reduce<number>((total, value) => total + (Array.isArray(value) ? value.length : 0), 0)
}

interface Load {
    ms: number
    inPageMs: number
    calls: RestCall[]
    rowsOnScreen: number
    js: Array<{ path: string; bytes: number }>
}

async function loadTimeline(page: Page, url: string): Promise<Load> {
    // Responses are only collected during the load; their bodies are read afterwards, so reading them (through
    // the DevTools protocol) does not compete with the page for the browser while it is being measured.
    const responses: Response[] = []
    const onResponse = (response: Response) => responses.push(response)
    page.on('response', onResponse)
    // In the page: when the first event row enters the DOM, from the navigation's start (no driver round trips).
    await page.addInitScript(() => {
        const w = window as unknown as { __firstRowsMs?: number }
        new MutationObserver((_records, observer) => {
            if (document.querySelector('[data-testid=event-row]')) {
                w.__firstRowsMs = performance.now()
                observer.disconnect()
            }
        }).observe(document, { childList: true, subtree: true })
    })
    const started = performance.now()
    await page.goto(url)
    await page.getByTestId('event-row').first().waitFor()
    const ms = performance.now() - started
    const inPageMs = await page.evaluate(() => (window as unknown as { __firstRowsMs?: number }).__firstRowsMs ?? NaN)
    const rowsOnScreen = await page.getByTestId('event-row').count()
    // Let calls started with the first render finish so they are counted too.
    await page.waitForLoadState('networkidle')
    page.off('response', onResponse)
    const calls: RestCall[] = []
    const js: Array<{ path: string; bytes: number }> = []
    for (const response of responses) {
        const request = response.request()
        const parsed = new URL(request.url())
        if (request.resourceType() === 'script' && response.ok()) js.push({ path: parsed.pathname, bytes: (await response.body().catch(() => Buffer.alloc(0))).length })
        if (!parsed.pathname.startsWith('/api/')) continue
        const body = await response.json().catch(() => null)
        calls.push({ method: request.method(), path: parsed.pathname + parsed.search, status: response.status(), rows: rowsIn(body) })
    }
    return { ms, inPageMs, calls, rowsOnScreen, js }
}

/** Scrolls until every event is loaded (infinite scroll); then counts what stays in the DOM. */
async function scrollAll(page: Page, url: string, events: number): Promise<TimelineResult['scroll']> {
    let timelineRequests = 0
    page.on('request', (request) => {
        if (request.url().includes('/timeline?')) timelineRequests += 1
    })
    const started = performance.now()
    await page.goto(url)
    await page.getByTestId('event-row').first().waitFor()
    const done = `Showing ${events.toLocaleString('en')} of`
    for (let i = 0; i < 400; i++) {
        const text = (await page.getByTestId('event-count').textContent()) ?? ''
        if (text.startsWith(done)) break
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
        await page.waitForTimeout(50)
    }
    const ms = performance.now() - started
    const counted = await page.evaluate(() => ({
        text: document.querySelector('[data-testid=event-count]')?.textContent ?? '',
        domNodes: document.querySelectorAll('*').length,
        rowsInDom: document.querySelectorAll('[data-testid=event-row]').length,
    }))
    const loaded = Number((/Showing ([\d,]+) of/.exec(counted.text)?.[1] ?? '0').replace(/,/g, ''))
    if (loaded !== events) throw new Error(`scrolling loaded ${loaded} of ${events} events: the scenario did not run`)
    return { events, loaded, domNodes: counted.domNodes, rowsInDom: counted.rowsInDom, timelineRequests, ms }
}

export async function benchTimelinePage(): Promise<TimelineResult> {
    const instance = benchInstance()
    seedDemo(instance)
    const accountId = instance.insert('customer_account', { name: 'Bench Bulk Co', customer: 'true' }) as string
    insertBulkEvents(instance, accountId, TIMELINE_EVENTS, { keyPrefix: 'bench-timeline' })
    const scrollAccount = instance.insert('customer_account', { name: 'Bench Scroll Co', customer: 'true' }) as string
    insertBulkEvents(instance, scrollAccount, SCROLL_EVENTS, { keyPrefix: 'bench-scroll' })
    const server = await startServer(instance, { port: 0, demoLogins: DEMO_LOGINS })
    const browser = await launchChromium()
    try {
        const agent = DEMO_LOGINS.find((login) => login.userName === 'agent')
        if (!agent) throw new Error('no demo agent login')
        // view=all: the bulk events are "no change" evaluations, which the default "changes" view leaves out.
        const url = `${server.url}/x_oal_lifecycle_timeline.do?account=${accountId}&view=all`
        const loads: Array<Load & { queries: number }> = []
        for (let index = 0; index < LOADS; index++) {
            progress(`timeline page: load ${index + 1}/${LOADS}`)
            // A fresh page (and session) each time; the first load also fetches the page's assets.
            const page = await logIn(browser.context, server.url, agent.userName, agent.password)
            instance.counters.reset()
            const load = await loadTimeline(page, url)
            loads.push({ ...load, queries: instance.counters.queries })
            await page.close()
        }
        progress(`timeline page: scrolling through ${SCROLL_EVENTS} events`)
        const page = await logIn(browser.context, server.url, agent.userName, agent.password)
        const scroll = await scrollAll(page, `${server.url}/x_oal_lifecycle_timeline.do?account=${scrollAccount}&view=all`, SCROLL_EVENTS)
        await page.close()
        const first = loads[0]
        return {
            events: TIMELINE_EVENTS,
            jsBytes: first.js.reduce((total, file) => total + file.bytes, 0),
            jsFiles: first.js,
            firstLoadMs: first.ms,
            medianLoadMs: median(loads.map((load) => load.ms)),
            loadsMs: loads.map((load) => load.ms),
            medianInPageMs: median(loads.map((load) => load.inPageMs)),
            inPageMs: loads.map((load) => load.inPageMs),
            rowsOnScreen: first.rowsOnScreen,
            restCalls: first.calls,
            rowsFetched: first.calls.reduce((total, call) => total + call.rows, 0),
            serverQueries: first.queries,
            scroll,
            browser: `${browser.kind} (${browser.executablePath})`,
        }
    } finally {
        await browser.close()
        await server.close()
        instance.close()
    }
}
