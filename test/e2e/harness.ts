// Shared set-up of the browser suites: the local instance (in-memory SQLite, the built app from dist/app, the
// demo seed) behind its HTTP server, one Chromium (see test/support/chromium.ts), logged-in pages, axe-core.
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { createTestInstance } from '../../tools/local-instance/src/testkit'
import type { TestInstance } from '../../tools/local-instance/src/testkit'
import { seedDemo, DEMO_LOGINS } from '../../scripts/demo-seed'
import { startServer } from '../../tools/local-instance/src/http/server'
import type { RunningServer } from '../../tools/local-instance/src/http/server'
import { launchChromium, logIn } from '../support/chromium'
import type { LaunchedChromium } from '../support/chromium'

/** The built app with the demo seed on a local instance, and its HTTP server. */
export interface DemoServer {
    instance: TestInstance
    server: RunningServer
}

export interface Harness extends DemoServer {
    browser: LaunchedChromium
}

export const harness = {} as Harness
export const E2E_TIME_ZONE = 'Europe/Paris'

/** Registers beforeAll/afterAll that start and stop the instance and its server (REST tests need no browser). */
export function useDemoServer<T extends DemoServer>(target: T = {} as T): T {
    beforeAll(async () => {
        // E2E_DIST: run against a copy of dist/app while other builds rewrite the working tree's.
        target.instance = createTestInstance(process.env.E2E_DIST ? { dist: process.env.E2E_DIST } : {})
        seedDemo(target.instance)
        target.server = await startServer(target.instance, { port: 0, demoLogins: DEMO_LOGINS })
    })
    afterAll(async () => {
        await target.server?.close()
        target.instance?.close()
    })
    return target
}

/** Registers beforeAll/afterAll that start and stop the instance, its server and the browser. */
export function useHarness(): Harness {
    useDemoServer(harness)
    beforeAll(async () => {
        // A zone that is not UTC, so a test can tell the user's local time from the stored UTC time.
        harness.browser = await launchChromium({ timezoneId: E2E_TIME_ZONE })
    })
    afterAll(async () => {
        await harness.browser?.close()
    })
    return harness
}

export async function loggedIn(userName: 'agent' | 'admin', viewport?: { width: number; height: number }): Promise<Page> {
    const login = DEMO_LOGINS.find((l) => l.userName === userName)
    if (!login) throw new Error(`no demo login ${userName}`)
    const page = await logIn(harness.browser.context, harness.server.url, login.userName, login.password)
    if (viewport) await page.setViewportSize(viewport)
    // Every test ends by closing its page: axe-core checks the state it ended in first (on the app's pages).
    const close = page.close.bind(page)
    page.close = async (options?: Parameters<Page['close']>[0]) => {
        if (APP_PAGE.test(page.url())) await expectNoAxeViolations(page, `final state of ${new URL(page.url()).pathname}${new URL(page.url()).search}`)
        return close(options)
    }
    return page
}

const APP_PAGE = /\/x_oal_lifecycle_(timeline|workbench)\.do/

export function accountNamed(name: string): string {
    const [row] = harness.instance.query('customer_account', `name=${name}`)
    if (!row) throw new Error(`seeded account ${name} not found`)
    return row.sys_id as string
}

export function timelineUrl(accountId?: string, extra = ''): string {
    return `${harness.server.url}/x_oal_lifecycle_timeline.do${accountId ? `?account=${accountId}${extra}` : ''}`
}

export function workbenchUrl(): string {
    return `${harness.server.url}/x_oal_lifecycle_workbench.do`
}

const SCREENSHOT_DIR = join(__dirname, '__screenshots__')

/** SCREENSHOTS=1 saves a PNG of the state under test/e2e/__screenshots__/ (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
    if (process.env.SCREENSHOTS !== '1') return
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']

export interface AxeViolation {
    id: string
    help: string
    nodes: string[]
}

/** axe-core (WCAG 2.0–2.2 A/AA + best practice) on the page as it is now; [] = no violation. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
    // Evaluated through the DevTools protocol: the page's Content-Security-Policy does not apply to it.
    if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE)
    return page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }))
    }, AXE_TAGS)
}

/** Fails with the violations listed, so a red test says what to fix. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
    const violations = await axeViolations(page)
    expect({ state, violations }).toEqual({ state, violations: [] })
}

/** Horizontal overflow of the page in CSS pixels (0 = no horizontal scroll). */
export async function horizontalOverflow(page: Page): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}
