/**
 * Browser tests of the agent timeline and the admin rules workbench, in Debian's Chromium against the local
 * instance (in-memory SQLite, the built app from dist/app, the demo seed). Run `now-sdk build` first.
 * SCREENSHOTS=1 saves PNGs of the main states under test/e2e/__screenshots__/ (git-ignored).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { createTestInstance } from '../../tools/local-instance/src/testkit'
import type { TestInstance } from '../../tools/local-instance/src/testkit'
import { seedDemo, DEMO_LOGINS } from '../../scripts/demo-seed'
import { startServer } from '../../tools/local-instance/src/http/server'
import type { RunningServer } from '../../tools/local-instance/src/http/server'
import { insertBulkEvents } from '../support/bulk-events'
import { launchChromium, logIn } from '../support/chromium'
import type { LaunchedChromium } from '../support/chromium'

jest.setTimeout(120_000)

const SCREENSHOT_DIR = join(__dirname, '__screenshots__')
let instance: TestInstance
let server: RunningServer
let browser: LaunchedChromium

async function screenshot(page: Page, name: string) {
    if (process.env.SCREENSHOTS !== '1') return
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

async function loggedIn(userName: 'agent' | 'admin'): Promise<Page> {
    // One persistent profile (fresh per run); each test starts logged out.
    const login = DEMO_LOGINS.find((l) => l.userName === userName)
    if (!login) throw new Error(`no demo login ${userName}`)
    return logIn(browser.context, server.url, login.userName, login.password)
}

function accountNamed(name: string): string {
    const [row] = instance.query('customer_account', `name=${name}`)
    if (!row) throw new Error(`seeded account ${name} not found`)
    return row.sys_id as string
}

beforeAll(async () => {
    // E2E_DIST: run against a copy of dist/app while other builds rewrite the working tree's.
    instance = createTestInstance(process.env.E2E_DIST ? { dist: process.env.E2E_DIST } : {})
    seedDemo(instance)
    server = await startServer(instance, { port: 0, demoLogins: DEMO_LOGINS })
    browser = await launchChromium()
})

afterAll(async () => {
    await browser?.close()
    await server?.close()
    instance?.close()
})

describe('agent timeline', () => {
    it("shows a seeded account's events and stage band", async () => {
        const accountId = accountNamed('Aurora Logistics')
        const recorded = instance.timeline(accountId)
        expect(recorded.length).toBeGreaterThan(0)
        const page = await loggedIn('agent')
        await page.goto(`${server.url}/x_oal_lifecycle_timeline.do?account=${accountId}`)
        await page.getByRole('heading', { name: 'Aurora Logistics' }).waitFor()
        await page.getByTestId('event-row').first().waitFor()
        expect(await page.getByTestId('event-row').count()).toBe(recorded.length)
        await expect(page.getByTestId('event-count').textContent()).resolves.toContain(`of ${recorded.length} events`)
        const band = page.getByRole('list', { name: /Lifecycle stage band/ })
        expect(await band.getByRole('listitem').allTextContents()).toEqual(
            expect.arrayContaining([expect.stringContaining('Onboarding'), expect.stringContaining('Expansion')]),
        )
        expect(await page.locator('[aria-current=step]').count()).toBe(1)
        await screenshot(page, 'timeline-agent')
        await page.close()
    })

    it('narrows the list with filters', async () => {
        const accountId = accountNamed('Borealis Media')
        const all = instance.timeline(accountId)
        const suspends = all.filter((row) => row.action === 'suspend')
        expect(suspends.length).toBeGreaterThan(0)
        expect(suspends.length).toBeLessThan(all.length)
        const page = await loggedIn('agent')
        await page.goto(`${server.url}/x_oal_lifecycle_timeline.do?account=${accountId}`)
        await page.getByTestId('event-row').first().waitFor()
        expect(await page.getByTestId('event-row').count()).toBe(all.length)
        await page.getByLabel('Action').selectOption('suspend')
        await page.getByRole('button', { name: 'Apply filters' }).click()
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid=event-row]').length === n, suspends.length)
        const actions = await page.locator('[data-testid=event-row] td:nth-child(3)').allTextContents()
        expect(actions.every((text) => text === 'Suspend')).toBe(true)
        expect(page.url()).toContain('action=suspend')
        await screenshot(page, 'timeline-filtered')
        await page.close()
    })

    it('renders the first page of an account with 10,000 events and loads more on demand', async () => {
        const accountId = instance.insert('customer_account', { name: 'Zenith Bulk Co' }) as string
        insertBulkEvents(instance, accountId, 10000)
        const page = await loggedIn('agent')
        await page.goto(`${server.url}/x_oal_lifecycle_timeline.do?account=${accountId}`)
        await page.getByTestId('event-row').first().waitFor()
        expect(await page.getByTestId('event-row').count()).toBe(50)
        await expect(page.getByTestId('event-count').textContent()).resolves.toBe('Showing 50 of 10000 events')
        // Newest first: the last inserted event heads the list.
        await expect(page.getByTestId('event-row').first().textContent()).resolves.toContain('Bulk event 9999')
        await page.getByRole('button', { name: 'Load more' }).click()
        await page.waitForFunction(() => document.querySelectorAll('[data-testid=event-row]').length === 100)
        await expect(page.getByTestId('event-row').nth(50).textContent()).resolves.toContain('Bulk event 9949')
        await screenshot(page, 'timeline-10000-events')
        await page.close()
    })
})

describe('rules workbench', () => {
    it('tells an agent they need the admin role and shows no rule data', async () => {
        const page = await loggedIn('agent')
        await page.goto(`${server.url}/x_oal_lifecycle_workbench.do`)
        await page.getByRole('alert').filter({ hasText: 'You need the x_oal_lifecycle.admin role' }).waitFor()
        expect(await page.getByTestId('rule-row').count()).toBe(0)
        expect(await page.getByRole('heading', { name: 'Mapping rules' }).count()).toBe(0)
        await screenshot(page, 'workbench-agent-denied')
        await page.close()
    })

    it('lets an admin fix an invalid rule, save it and simulate an order that it matches', async () => {
        const page = await loggedIn('admin')
        await page.goto(`${server.url}/x_oal_lifecycle_workbench.do`)
        await page.getByTestId('rule-row').first().waitFor()
        const rulesBefore = instance.query('x_oal_lifecycle_rule').length
        await page.getByRole('button', { name: 'New rule' }).click()
        await page.getByLabel('Name', { exact: true }).fill('E2E completed order marks expansion')
        await page.getByLabel('Action', { exact: true }).selectOption('place')
        await page.getByLabel('Milestone', { exact: true }).selectOption('completed')
        await page.getByLabel('Order', { exact: true }).fill('1')
        await page.getByLabel('Target stage').selectOption('expansion')
        // A condition field without an operator is invalid: the message names the field.
        await page.getByLabel('Condition field').selectOption('channel')
        await page.getByLabel('Condition value').fill('web')
        await page.getByRole('button', { name: 'Save rule' }).click()
        await page.locator('#rule-condition_operator-message').filter({ hasText: 'Condition operator' }).waitFor()
        await screenshot(page, 'workbench-invalid-rule')
        expect(instance.query('x_oal_lifecycle_rule').length).toBe(rulesBefore)

        await page.getByLabel('Condition field').selectOption('')
        await page.getByLabel('Condition value').fill('')
        await page.getByRole('button', { name: 'Save rule' }).click()
        await page.getByRole('button', { name: 'Edit rule E2E completed order marks expansion' }).waitFor()
        expect(instance.query('x_oal_lifecycle_rule', 'name=E2E completed order marks expansion')).toHaveLength(1)

        const [placedOrder] = instance
            .query('sn_ind_tmt_orm_order_line_item', 'action=add')
            .map((line) => instance.get('sn_ind_tmt_orm_order', line.order as string))
            .filter((order) => order && order.state === 'completed')
        if (!placedOrder) throw new Error('the demo seed has no completed order placing a service')
        await page.getByLabel('Order number or sys_id').fill(placedOrder.number as string)
        await page.getByRole('button', { name: 'Simulate' }).click()
        const result = page.getByTestId('simulation-result').first()
        await result.waitFor()
        await expect(result.getByTestId('sim-stage-rule').first().textContent()).resolves.toBe('E2E completed order marks expansion')
        await screenshot(page, 'workbench-simulation')
        await page.close()
    })
})
