/**
 * Browser tests of the agent timeline and the admin rules workbench (issue 10's "what agents / admins need"),
 * against the local instance with the demo seed and the built app. axe-core runs on every page state visited.
 */
import type { Page, Request } from 'playwright-core'
import { SCOPE_LABELS } from '../../src/server/lifecycle/labels'
import { RULE_SCOPES } from '../../src/server/lifecycle/model'
import { PROPERTIES } from '../../src/server/app-schema'
import { CHANGE_OUTCOMES } from '../../src/server/api/timeline-contract'
import { insertBulkEvents } from '../support/bulk-events'
import { accountNamed, expectNoAxeViolations, harness, horizontalOverflow, loggedIn, screenshot, timelineUrl, useHarness, workbenchUrl } from './harness'

jest.setTimeout(180_000)
useHarness()

const rows = (page: Page) => page.getByTestId('event-row')
const changeRows = (accountId: string) => harness.instance.timeline(accountId).filter((row) => (CHANGE_OUTCOMES as readonly string[]).includes(row.outcome as string))

async function tabTo(page: Page, matches: () => boolean | Promise<boolean>, max = 80): Promise<void> {
    for (let i = 0; i < max; i++) {
        if (await matches()) return
        await page.keyboard.press('Tab')
    }
    throw new Error('focus never reached the element by Tab')
}

describe('agent timeline', () => {
    it('answers why, since when and which order in the header, with stage bar and state lane', async () => {
        const accountId = accountNamed('Borealis Media')
        const page = await loggedIn('agent')
        await page.goto(timelineUrl(accountId))
        await page.getByRole('heading', { name: 'Borealis Media' }).waitFor()
        const state = page.getByTestId('account-state')
        await state.filter({ hasText: 'rule' }).waitFor()
        const stateText = await state.textContent()
        expect(stateText).toMatch(/Suspended since \d{1,2} \w{3} \d{4} \((today|1 day|\d+ days)\)/)
        expect(stateText).toMatch(/order ORD\d{7}/)
        await expect(page.getByTestId('account-stage').textContent()).resolves.toMatch(/since/)
        const stages = page.getByRole('list', { name: 'Lifecycle stages' }).getByRole('listitem')
        expect(await stages.count()).toBe(5)
        const lane = page.getByRole('list', { name: 'State history' }).getByRole('listitem')
        // Newest two periods: active until the suspend order completed, suspended since (the current one).
        expect((await lane.allTextContents()).slice(-2)).toEqual([expect.stringContaining('Active'), expect.stringContaining('Suspended')])
        expect(await lane.last().getAttribute('aria-current')).toBe('step')
        expect(await page.getByRole('link', { name: /Account Lifecycle view/ }).getAttribute('href')).toContain('sysparm_view=x_oal_lifecycle')
        await expectNoAxeViolations(page, 'timeline header and history')
        await screenshot(page, 'timeline-borealis')
        await page.close()
    })

    it('shows changes by default, all evaluations one click away, grouped by order, with details on demand', async () => {
        const accountId = accountNamed('Aurora Logistics')
        const all = harness.instance.timeline(accountId)
        const changes = changeRows(accountId)
        expect(changes.length).toBeLessThan(all.length)
        const page = await loggedIn('agent')
        await page.goto(timelineUrl(accountId))
        await rows(page).first().waitFor()
        expect(await rows(page).count()).toBe(changes.length)
        await page.getByRole('button', { name: 'All evaluations' }).click()
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid=event-row]').length === n, all.length)
        expect(page.url()).toContain('view=all')
        expect(await page.locator('.event-group').count()).toBeGreaterThan(0)
        const details = rows(page).first().getByRole('button', { name: /^Details/ })
        await details.click()
        expect(await details.getAttribute('aria-expanded')).toBe('true')
        await page.locator('.event__details .explanation').first().waitFor()
        await expectNoAxeViolations(page, 'timeline, all evaluations, details open')
        await page.close()
    })

    it('filters as they change: several outcomes at once and a search by order number, no Apply button', async () => {
        const accountId = accountNamed('Borealis Media')
        const all = harness.instance.timeline(accountId)
        const page = await loggedIn('agent')
        await page.goto(`${timelineUrl(accountId)}&view=all`)
        await rows(page).first().waitFor()
        expect(await page.getByRole('button', { name: /Apply/ }).count()).toBe(0)
        await page.getByLabel('Outcome: Any').click()
        await page.getByRole('checkbox', { name: 'Applied' }).check()
        await page.getByRole('checkbox', { name: 'No matching rule' }).check()
        const wanted = all.filter((row) => row.outcome === 'applied' || row.outcome === 'no_matching_rule')
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid=event-row]').length === n, wanted.length)
        expect(page.url()).toMatch(/outcome=applied(%2C|,)no_matching_rule/)
        await page.keyboard.press('Escape')
        const suspendOrder = harness.instance.get('sn_ind_tmt_orm_order', all.find((row) => row.action === 'suspend')?.order as string)
        const number = suspendOrder?.number as string
        await page.getByLabel('Search order or rule').fill(number)
        const ofOrder = wanted.filter((row) => row.order === suspendOrder?.sys_id)
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid=event-row]').length === n, ofOrder.length)
        await expect(page.getByTestId('event-count').textContent()).resolves.toContain(`of ${ofOrder.length} matching events`)
        await expectNoAxeViolations(page, 'timeline filtered')
        await screenshot(page, 'timeline-filtered')
        await page.close()
    })

    it('shows relative times with the absolute time in the user time zone on hover, and UTC nowhere', async () => {
        const accountId = accountNamed('Aurora Logistics')
        const page = await loggedIn('agent')
        await page.goto(`${timelineUrl(accountId)}&view=all`)
        await rows(page).first().waitFor()
        const time = rows(page).first().locator('time')
        expect(await time.textContent()).toMatch(/ago|just now|yesterday|now/)
        const title = (await time.getAttribute('title')) ?? ''
        expect(title).toMatch(/CES?T/)
        expect(await page.locator('body').textContent()).not.toContain('UTC')
        await page.close()
    })

    it('keyboard only: pick an account, filter, open an event, then its order', async () => {
        const page = await loggedIn('agent')
        await page.goto(timelineUrl())
        const box = page.getByRole('combobox', { name: 'Account' })
        await box.focus()
        await page.keyboard.type('Borealis')
        await page.getByRole('option', { name: /Borealis Media/ }).waitFor()
        await page.keyboard.press('ArrowDown')
        await page.keyboard.press('Enter')
        await page.waitForFunction(() => document.activeElement?.id === 'account-heading')
        await tabTo(page, () => page.evaluate(() => document.activeElement?.id === 'filter-q'))
        const accountId = accountNamed('Borealis Media')
        const suspend = harness.instance.timeline(accountId).find((row) => row.action === 'suspend' && row.outcome === 'applied')
        const order = harness.instance.get('sn_ind_tmt_orm_order', suspend?.order as string)
        await page.keyboard.type(order?.number as string)
        await page.waitForFunction(() => document.querySelectorAll('[data-testid=event-row]').length >= 1 && /matching events/.test(document.querySelector('[data-testid=event-count]')?.textContent ?? ''))
        await tabTo(page, () => page.evaluate(() => /^Details/.test(document.activeElement?.textContent ?? '') && document.activeElement?.tagName === 'BUTTON'))
        await page.keyboard.press('Enter')
        await tabTo(page, () => page.evaluate(() => document.activeElement?.tagName === 'A' && /^Order ORD/.test(document.activeElement.textContent ?? '') && !!document.activeElement.closest('.event__details')))
        await Promise.all([page.waitForURL(/sn_ind_tmt_orm_order\.do\?sys_id=/), page.keyboard.press('Enter')])
        expect(page.url()).toContain(`sys_id=${order?.sys_id}`)
        await page.close()
    })

    it('loads 2,001 events by scrolling with few requests, keeps the DOM small, and jumps to a date', async () => {
        const accountId = harness.instance.insert('customer_account', { name: 'Scale Test Co' }) as string
        insertBulkEvents(harness.instance, accountId, 2001, { keyPrefix: 'e2e-scale' })
        const page = await loggedIn('agent')
        const calls: string[] = []
        page.on('request', (request: Request) => request.url().includes('/timeline?') && calls.push(request.url()))
        await page.goto(`${timelineUrl(accountId)}&view=all`)
        await rows(page).first().waitFor()
        await expect(page.getByTestId('event-count').textContent()).resolves.toBe('Showing 50 of 2,001 events')
        await expect(rows(page).first().textContent()).resolves.toContain('Bulk event 2000')
        for (let i = 0; i < 200; i++) {
            const text = (await page.getByTestId('event-count').textContent()) ?? ''
            if (text.startsWith('Showing 2,001 of')) break
            await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
            await page.waitForTimeout(100)
        }
        await expect(page.getByTestId('event-count').textContent()).resolves.toBe('Showing 2,001 of 2,001 events')
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
        await page.getByText('End of the timeline.').waitFor()
        await page.waitForFunction(() => /Bulk event 0(?!\d)/.test(Array.from(document.querySelectorAll('[data-testid=event-row]')).pop()?.textContent ?? ''))
        const nodes = await page.evaluate(() => document.querySelectorAll('*').length)
        expect(nodes).toBeLessThanOrEqual(3000)
        expect(calls.length).toBeLessThanOrEqual(12)
        // Keyset pages: never an offset, and no row twice.
        expect(calls.some((url) => url.includes('offset='))).toBe(false)

        // Jump to 2020-02-01: bulk events are hourly from 2020-01-01 00:00 UTC, so the list starts at the newest event of that day.
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.getByLabel('Jump to date').fill('2020-02-01')
        await page.getByRole('button', { name: 'Go' }).click()
        await page.getByRole('button', { name: 'Back to newest' }).waitFor()
        await page.waitForFunction(() => /^Showing [\d,]+–/.test(document.querySelector('[data-testid=event-count]')?.textContent ?? ''))
        const first = (await rows(page).first().textContent()) ?? ''
        // 2020-02-01 23:59 in Paris is 22:59 UTC: hour index 31 × 24 + 22 = 766.
        expect(first).toContain('Bulk event 766')
        await page.close()
    })

    it('the picker searches names, account numbers and order numbers and says when it shows only some', async () => {
        for (let i = 0; i < 25; i++) harness.instance.insert('customer_account', { name: `Capacity Test ${String(i).padStart(2, '0')}`, number: `CAP${i}` })
        const page = await loggedIn('agent')
        await page.goto(timelineUrl())
        const box = page.getByRole('combobox', { name: 'Account' })
        await box.fill('Capacity Test')
        await page.getByRole('status').filter({ hasText: '20 of 25 accounts — type more to refine' }).waitFor()
        await box.fill('ACCT0001002')
        await page.getByRole('option', { name: /Borealis Media/ }).waitFor()
        const order = harness.instance.query('sn_ind_tmt_orm_order', `account=${accountNamed('Cascade Health')}`)[0]
        await box.fill(order.number as string)
        await page.getByRole('option', { name: new RegExp(`Cascade Health.*order ${order.number}`) }).waitFor()
        await expectNoAxeViolations(page, 'picker with options')
        await page.close()
    })

    it('designed loading failure per panel: the events panel shows the failure and Retry loads it', async () => {
        const accountId = accountNamed('Aurora Logistics')
        const page = await loggedIn('agent')
        let fail = true
        await page.route('**/api/x_oal_lifecycle/lifecycle/accounts/*/timeline*', (route) => (fail ? route.abort('internetdisconnected') : route.continue()))
        await page.goto(timelineUrl(accountId))
        await page.getByRole('alert').filter({ hasText: 'Could not load the events' }).waitFor()
        await page.getByRole('heading', { name: 'Aurora Logistics' }).waitFor()
        await expectNoAxeViolations(page, 'events panel failed')
        fail = false
        await page.getByRole('button', { name: 'Retry' }).click()
        await rows(page).first().waitFor()
        await page.close()
    })

    it('exports the events the list shows as CSV, and shows the refusal when the export is over the limit', async () => {
        const accountId = accountNamed('Borealis Media')
        const page = await loggedIn('agent')
        await page.goto(timelineUrl(accountId))
        await rows(page).first().waitFor()
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()])
        expect(download.suggestedFilename()).toMatch(/^account-timeline-.+\.csv$/)
        const stream = await download.createReadStream()
        let text = ''
        for await (const chunk of stream) text += chunk.toString()
        const lines = text.split('\r\n').filter(Boolean)
        // The default view is changes: the file holds exactly the account's change rows, whatever is loaded on screen.
        expect(lines).toHaveLength(1 + changeRows(accountId).length)
        expect(lines[0]).toMatch(/^Account number,Account,Sequence,/)
        await page.getByTestId('export-status').filter({ hasText: 'Saved account-timeline-' }).waitFor()

        harness.instance.setProperty(PROPERTIES.exportMaxRows, '1')
        try {
            await page.getByTestId('export-json').click()
            await page.getByTestId('export-status').filter({ hasText: 'Could not export: The export matches' }).waitFor()
            expect(await page.getByTestId('export-status').textContent()).toContain(`the limit is 1 (${PROPERTIES.exportMaxRows})`)
        } finally {
            harness.instance.setProperty(PROPERTIES.exportMaxRows, '10000')
        }
        await page.close()
    })

    it('runs under a strict Content-Security-Policy (no inline style at all)', async () => {
        const page = await loggedIn('agent')
        const violations: string[] = []
        page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()))
        // The instance's own policy (scripts by nonce), with styles tightened to 'self': the pages need no inline style.
        await page.route('**/x_oal_lifecycle_timeline.do*', async (route) => {
            const response = await route.fetch()
            const csp = (response.headers()['content-security-policy'] ?? '').replace("style-src 'self' 'unsafe-inline'", "style-src 'self'")
            expect(csp).toContain("style-src 'self';")
            await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } })
        })
        await page.goto(`${timelineUrl(accountNamed('Borealis Media'))}&view=all`)
        await rows(page).first().waitFor()
        const radius = await page.locator('.card').first().evaluate((el) => getComputedStyle(el).borderTopLeftRadius)
        expect(radius).not.toBe('0px')
        expect(violations).toEqual([])
        await page.close()
    })
})

describe('rules workbench', () => {
    it('tells an agent they need the admin role and shows no rule data', async () => {
        const page = await loggedIn('agent')
        await page.goto(workbenchUrl())
        await page.getByRole('alert').filter({ hasText: 'You need the x_oal_lifecycle.admin role' }).waitFor()
        expect(await page.getByTestId('rule-row').count()).toBe(0)
        await expectNoAxeViolations(page, 'workbench denied')
        await page.close()
    })

    it('lists every column that decides a match and filters by action × milestone', async () => {
        const rules = harness.instance.query('x_oal_lifecycle_rule')
        const page = await loggedIn('admin')
        await page.goto(workbenchUrl())
        await page.getByTestId('rule-row').first().waitFor()
        expect(await page.getByTestId('rule-row').count()).toBe(rules.length)
        const headers = await page.getByRole('columnheader').allTextContents()
        expect(headers).toEqual(expect.arrayContaining(['From state', 'Scope', 'Condition', 'Stop', 'Allow back']))
        await page.getByLabel('Rules for action').selectOption('suspend')
        await page.getByLabel('Rules at milestone').selectOption('completed')
        const wanted = rules.filter((r) => r.action === 'suspend' && r.milestone === 'completed')
        expect(await page.getByTestId('rule-row').count()).toBe(wanted.length)
        await expectNoAxeViolations(page, 'workbench list filtered')
        await page.close()
    })

    it('validates inline before calling the server, with the scope choices of the model', async () => {
        const page = await loggedIn('admin')
        const writes: string[] = []
        page.on('request', (request) => request.url().includes('/api/now/table/x_oal_lifecycle_rule') && request.method() !== 'GET' && writes.push(request.method()))
        await page.goto(workbenchUrl())
        await page.getByRole('button', { name: 'New rule' }).click()
        await page.getByRole('heading', { name: 'New rule' }).waitFor()
        const scopes = await page.getByLabel('Scope', { exact: true }).locator('option').allTextContents()
        expect(scopes).toEqual(RULE_SCOPES.map((scope) => SCOPE_LABELS[scope]))
        await page.getByLabel('Name', { exact: true }).fill('E2E invalid rule')
        await page.getByLabel('Condition field').selectOption('channel')
        await page.getByRole('button', { name: 'Save rule' }).click()
        await page.locator('#rule-action-message').waitFor()
        await page.locator('#rule-condition_operator-message').filter({ hasText: 'Condition operator' }).waitFor()
        // Focus goes to the first field that needs attention.
        expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true')
        expect(writes).toEqual([])
        await expectNoAxeViolations(page, 'rule form invalid')
        await screenshot(page, 'workbench-invalid-rule')
        await page.close()
    })

    it('creates a rule whose product offering is chosen by name, confirming what changes, then simulates an order by number', async () => {
        const fiber = harness.instance.query('sn_prd_pm_product_offering', 'name=Fiber 1 Gbps')[0]
        const before = harness.instance.query('x_oal_lifecycle_rule').length
        const page = await loggedIn('admin')
        await page.goto(workbenchUrl())
        await page.getByRole('button', { name: 'New rule' }).click()
        await page.getByLabel('Name', { exact: true }).fill('E2E fiber completion marks expansion')
        await page.getByLabel('Action', { exact: true }).selectOption('place')
        await page.getByLabel('Milestone', { exact: true }).selectOption('completed')
        await page.getByLabel('Order', { exact: true }).fill('1')
        await page.getByLabel('Condition field').selectOption('product_offering')
        await page.getByLabel('Condition operator').selectOption('is')
        const offering = page.getByRole('combobox', { name: /Condition value/ })
        await offering.fill('Fiber')
        await page.getByRole('option', { name: /Fiber 1 Gbps/ }).click()
        await page.getByRole('listitem').filter({ hasText: 'Fiber 1 Gbps' }).first().waitFor()
        await page.getByLabel('Target stage').selectOption('expansion')
        await page.getByRole('button', { name: 'Save rule' }).click()
        const diff = page.getByRole('list', { name: 'What changes' })
        await diff.filter({ hasText: 'Fiber 1 Gbps' }).waitFor()
        await expectNoAxeViolations(page, 'rule confirm')
        await page.getByRole('button', { name: 'Confirm save' }).click()
        await page.getByRole('status').filter({ hasText: 'Saved rule E2E fiber completion marks expansion' }).waitFor()
        const [saved] = harness.instance.query('x_oal_lifecycle_rule', 'name=E2E fiber completion marks expansion')
        expect(saved.condition_value).toBe(fiber.sys_id)
        expect(harness.instance.query('x_oal_lifecycle_rule').length).toBe(before + 1)
        await page.getByTestId('rule-row').filter({ hasText: 'E2E fiber completion' }).filter({ hasText: 'Product Offering is Fiber 1 Gbps' }).waitFor()

        const [placedOrder] = harness.instance
            .query('sn_ind_tmt_orm_order_line_item', `action=add^product_offering=${fiber.sys_id}`)
            .map((line) => harness.instance.get('sn_ind_tmt_orm_order', line.order as string))
            .filter((order) => order && order.state === 'completed')
        const order = page.getByRole('combobox', { name: 'Order number' })
        await order.fill(placedOrder?.number as string)
        await page.getByRole('option', { name: new RegExp(placedOrder?.number as string) }).waitFor()
        await order.press('ArrowDown')
        await order.press('Enter')
        await page.getByText("against its account's current state and stage", { exact: false }).waitFor()
        await page.getByRole('button', { name: 'Simulate' }).click()
        const result = page.getByTestId('simulation-result').first()
        await result.waitFor()
        await expect(result.getByTestId('sim-stage-rule').first().textContent()).resolves.toBe('E2E fiber completion marks expansion')
        await expectNoAxeViolations(page, 'simulation result')
        await screenshot(page, 'workbench-simulation')
        await page.close()
    })

    it('simulates a described event against a hypothetical state and stage chosen from dropdowns', async () => {
        const page = await loggedIn('admin')
        await page.goto(workbenchUrl())
        await page.getByRole('radio', { name: 'A described event' }).check()
        await page.getByText('Judged against the hypothetical account state and stage').waitFor()
        await page.getByLabel('Event action').selectOption('suspend')
        await page.getByLabel('Event milestone').selectOption('completed')
        await page.getByLabel('Account state').selectOption('active')
        await page.getByLabel('Account stage').selectOption('adoption')
        await page.getByRole('button', { name: 'Simulate' }).click()
        await page.getByTestId('simulation-result').first().waitFor()
        await expect(page.getByTestId('simulation-result').first().textContent()).resolves.toContain('state Active →')
        await page.close()
    })

    it('shows what each sold-product state counts as, following the inventory properties', async () => {
        const page = await loggedIn('admin')
        await page.goto(workbenchUrl())
        const meaningOf = async (state: string) =>
            (await page.getByTestId('inventory-state-row').filter({ has: page.locator('code', { hasText: new RegExp(`^${state}$`) }) }).locator('td').nth(1).textContent())?.trim()
        await page.getByTestId('inventory-state-row').first().waitFor()
        expect(await meaningOf('change_pending')).toBe('In service')
        expect(await meaningOf('installation_pending')).toBe('Not yet in service')
        expect(await meaningOf('inactive')).toBe('Gone')
        await expectNoAxeViolations(page, 'workbench inventory states')

        // An admin narrows "in service" to active only: a pending change now counts as gone.
        harness.instance.setProperty(PROPERTIES.inServiceStates, 'active')
        try {
            await page.reload()
            await page.getByTestId('inventory-state-row').first().waitFor()
            expect(await meaningOf('change_pending')).toBe('Gone')
            expect(await meaningOf('active')).toBe('In service')
        } finally {
            harness.instance.setProperty(PROPERTIES.inServiceStates, 'active,change_pending,inactivation_pending')
        }
        await page.close()
    })

    it('fits a phone: rule list as cards, form below, no horizontal scroll', async () => {
        const page = await loggedIn('admin', { width: 390, height: 844 })
        await page.goto(workbenchUrl())
        await page.getByTestId('rule-row').first().waitFor()
        expect(await horizontalOverflow(page)).toBe(0)
        await expectNoAxeViolations(page, 'workbench 390 px')
        await page.close()
    })
})
