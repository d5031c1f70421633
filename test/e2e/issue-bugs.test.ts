/**
 * The bugs of issue 10, one browser test each (every one failed on the pages before the rework; see the
 * report of the `ui` branch). They assert what a user sees or can do, not how the page is built.
 */
import type { Page } from 'playwright-core'
import { insertBulkEvents } from '../support/bulk-events'
import { accountNamed, expectNoAxeViolations, horizontalOverflow, harness, loggedIn, timelineUrl, useHarness, workbenchUrl } from './harness'

jest.setTimeout(120_000)
useHarness()

function ruleNamed(name: string) {
    const [rule] = harness.instance.query('x_oal_lifecycle_rule', `name=${name}`)
    if (!rule) throw new Error(`rule ${name} not found`)
    return rule
}

describe('bug 1: editing a rule', () => {
    it('changes that rule (no duplicate), and a second rule click loads the second rule', async () => {
        const rules = harness.instance.query('x_oal_lifecycle_rule')
        const [first, second] = rules.filter((r) => r.active === '1' || r.active === 'true')
        const before = rules.length
        const page = await loggedIn('admin')
        await page.goto(workbenchUrl())
        await page.getByRole('button', { name: `Edit rule ${first.name}` }).click()
        await page.getByRole('heading', { name: `Edit rule ${first.name}` }).waitFor()
        await page.getByLabel('Description', { exact: true }).fill('Edited in the browser test')
        await page.getByRole('button', { name: 'Save rule' }).click()
        await page.getByRole('button', { name: 'Confirm save' }).click()
        await page.getByRole('status').filter({ hasText: `Saved rule ${first.name}` }).waitFor()
        expect(harness.instance.query('x_oal_lifecycle_rule').length).toBe(before)
        expect(ruleNamed(first.name as string).description).toBe('Edited in the browser test')
        expect(ruleNamed(first.name as string).sys_id).toBe(first.sys_id)

        await page.getByRole('button', { name: `Edit rule ${second.name}` }).click()
        await page.getByRole('heading', { name: `Edit rule ${second.name}` }).waitFor()
        await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe(second.name)
        await page.close()
    })
})

describe("bug 2: the server's own error message reaches the screen", () => {
    it('shows "id must be an account sys_id" for a malformed account id', async () => {
        const page = await loggedIn('agent')
        await page.goto(timelineUrl('not-a-sys-id'))
        await page.getByRole('alert').filter({ hasText: 'id must be an account sys_id' }).first().waitFor()
        await page.close()
    })

    it('shows "No order ORD9999999" when simulating an unknown order', async () => {
        const page = await loggedIn('admin')
        await page.goto(workbenchUrl())
        await page.getByRole('button', { name: /^Edit rule / }).first().waitFor()
        // #sim-order: the order field of the simulate panel (a text box before, a typeahead now).
        await page.locator('#sim-order').fill('ORD9999999')
        await page.getByRole('button', { name: 'Simulate' }).click()
        await page.getByRole('alert').filter({ hasText: 'No order ORD9999999' }).waitFor()
        await page.close()
    })
})

/** Scrolls to the end of the list (infinite scroll asks for the next page) and presses Load more if it is still there. */
async function askForMore(page: Page): Promise<void> {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const button = page.getByRole('button', { name: 'Load more' })
    // The scroll may already have replaced the button (loading, or the failure notice): then there is nothing to press.
    if (await button.isVisible()) await button.click({ timeout: 2000 }).catch(() => undefined)
}

describe('bug 3: a failure keeps the page and offers Retry', () => {
    it('a failed Load more keeps the header, stage bar and loaded rows, and Retry loads the rows', async () => {
        const accountId = harness.instance.insert('customer_account', { name: 'Retry Bulk Co' }) as string
        insertBulkEvents(harness.instance, accountId, 120, { keyPrefix: 'bug3-retry' })
        const page = await loggedIn('agent')
        let timelineCalls = 0
        let failing = true
        await page.route('**/api/x_oal_lifecycle/lifecycle/accounts/*/timeline*', async (route) => {
            timelineCalls += 1
            if (timelineCalls > 1 && failing) return route.abort('internetdisconnected')
            return route.continue()
        })
        await page.goto(`${timelineUrl(accountId)}&view=all`)
        await page.getByTestId('event-row').first().waitFor()
        await expect(page.getByTestId('event-count').textContent()).resolves.toBe('Showing 50 of 120 events')
        await askForMore(page)
        const alert = page.getByRole('alert').filter({ hasText: /could not/i })
        await alert.waitFor()
        await page.getByRole('heading', { name: 'Retry Bulk Co' }).waitFor()
        expect(await page.getByRole('list', { name: /Lifecycle stage/ }).count()).toBe(1)
        // The 50 rows already loaded stay (the list renders those near the viewport).
        await expect(page.getByTestId('event-count').textContent()).resolves.toBe('Showing 50 of 120 events')
        expect(await page.getByTestId('event-row').count()).toBeGreaterThan(0)
        failing = false
        await page.getByRole('button', { name: 'Retry' }).click()
        await page.waitForFunction(() => document.querySelector('[data-testid=event-count]')?.textContent === 'Showing 120 of 120 events')
        expect(await alert.count()).toBe(0)
        await page.close()
    })

    it('an invalid filter keeps the header and stage bar and names the problem', async () => {
        const page = await loggedIn('agent')
        await page.goto(timelineUrl(accountNamed('Aurora Logistics'), '&from=yesterday'))
        await page.getByRole('alert').filter({ hasText: 'from must be a date' }).waitFor()
        await page.getByRole('heading', { name: 'Aurora Logistics' }).waitFor()
        expect(await page.getByRole('list', { name: /Lifecycle stage/ }).count()).toBe(1)
        await page.close()
    })

    it('an expired session says so and links to the login page instead of loading forever', async () => {
        const accountId = harness.instance.insert('customer_account', { name: 'Expired Session Co' }) as string
        insertBulkEvents(harness.instance, accountId, 120, { keyPrefix: 'bug3-session' })
        const page = await loggedIn('agent')
        await page.goto(`${timelineUrl(accountId)}&view=all`)
        await page.getByTestId('event-row').first().waitFor()
        await harness.browser.context.clearCookies()
        await askForMore(page)
        await page.getByRole('alert').filter({ hasText: /session has expired/i }).waitFor({ timeout: 15_000 })
        await page.getByRole('link', { name: 'Log in again' }).waitFor()
        await page.getByRole('heading', { name: 'Expired Session Co' }).waitFor()
        await page.close()
    })
})

describe('bug 4: both pages fit a 390 px phone screen', () => {
    const phone = { width: 390, height: 844 }

    it('timeline: viewport meta, no horizontal scroll, all five stages visible', async () => {
        const page = await loggedIn('agent', phone)
        await page.goto(`${timelineUrl(accountNamed('Borealis Media'))}&view=all`)
        await page.getByTestId('event-row').first().waitFor()
        expect(await page.locator('meta[name=viewport]').getAttribute('content')).toContain('width=device-width')
        expect(await horizontalOverflow(page)).toBe(0)
        const stages = page.getByRole('list', { name: /Lifecycle stage/ }).getByRole('listitem')
        expect(await stages.count()).toBe(5)
        for (const box of await stages.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect))) {
            expect(box.left).toBeGreaterThanOrEqual(0)
            expect(box.right).toBeLessThanOrEqual(phone.width)
        }
        await page.close()
    })

    it('workbench: no horizontal scroll with the rule list and the rule form open', async () => {
        const page = await loggedIn('admin', phone)
        await page.goto(workbenchUrl())
        const edit = page.getByRole('button', { name: /^Edit rule / }).first()
        await edit.waitFor()
        expect(await horizontalOverflow(page)).toBe(0)
        await edit.click()
        await page.getByRole('heading', { name: /^Edit rule / }).waitFor()
        expect(await horizontalOverflow(page)).toBe(0)
        await page.close()
    })
})

/** Contrast ratio of two `rgb(…)` colours (WCAG relative luminance). */
function contrast(a: string, b: string): number {
    const lum = (color: string) => {
        const [r, g, bl] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number).map((v) => {
            const c = v / 255
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
        })
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl
    }
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
    return (hi + 0.05) / (lo + 0.05)
}

describe('bug 5: accessibility', () => {
    it('axe-core finds nothing on the account picker and a loaded timeline', async () => {
        const page = await loggedIn('agent')
        await page.goto(timelineUrl())
        await page.getByRole('heading', { name: 'Choose an account' }).waitFor()
        await expectNoAxeViolations(page, 'account picker')
        await page.goto(timelineUrl(accountNamed('Aurora Logistics')))
        await page.getByTestId('event-row').first().waitFor()
        await expectNoAxeViolations(page, 'timeline')
        await page.close()
    })

    it("the primary buttons' focus ring has at least 3:1 contrast against what surrounds it", async () => {
        const page = await loggedIn('admin')
        await page.goto(workbenchUrl())
        const button = page.getByRole('button', { name: 'New rule' })
        await button.waitFor()
        await page.keyboard.press('Tab')
        await button.focus()
        const ring = await button.evaluate((el) => {
            const style = getComputedStyle(el)
            let surface = 'rgb(255, 255, 255)'
            for (let node = el.parentElement; node; node = node.parentElement) {
                const bg = getComputedStyle(node).backgroundColor
                if (bg && bg !== 'transparent' && !bg.startsWith('rgba(0, 0, 0, 0')) { surface = bg; break }
            }
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? style.outlineColor : ''
            const shadow = /rgba?\([^)]*\)/.exec(style.boxShadow)?.[0] ?? ''
            return { outline, shadow, button: style.backgroundColor, surface, offset: parseFloat(style.outlineOffset) }
        })
        // An outline drawn outside the button (offset > 0) sits on the surface; an inset ring sits on the button.
        const ringColor = ring.outline || ring.shadow
        expect(ringColor).not.toBe('')
        const against = ring.outline && ring.offset > 0 ? ring.surface : ring.button
        expect(contrast(ringColor, against)).toBeGreaterThanOrEqual(3)
        await page.close()
    })

    it('picking an account with the keyboard (combobox) moves focus to the account heading', async () => {
        const page = await loggedIn('agent')
        await page.goto(timelineUrl())
        const box = page.getByRole('combobox', { name: /Account/ })
        await box.fill('Aurora')
        await page.getByRole('option', { name: /Aurora Logistics/ }).waitFor()
        await box.press('ArrowDown')
        await box.press('Enter')
        await page.getByRole('heading', { name: 'Aurora Logistics' }).waitFor()
        await page.waitForFunction(() => document.activeElement?.textContent?.includes('Aurora Logistics') === true)
        await page.close()
    })

    it('opening a rule moves focus into its form, and invalid fields are not each announced as alerts', async () => {
        const page = await loggedIn('admin')
        await page.goto(workbenchUrl())
        const first = harness.instance.query('x_oal_lifecycle_rule', 'ORDERBYorder')[0]
        await page.getByRole('button', { name: `Edit rule ${first.name}` }).click()
        await page.getByRole('heading', { name: `Edit rule ${first.name}` }).waitFor()
        // Focus is inside the panel that holds the rule form (its heading or a field), not left on the list's button.
        await page.waitForFunction(() => {
            const panel = document.getElementById('form-heading')?.closest('section')
            return !!panel && !!document.activeElement && panel.contains(document.activeElement)
        })
        await page.getByLabel('Name', { exact: true }).fill('')
        await page.getByLabel('Order', { exact: true }).fill('-4')
        await page.getByLabel('Action', { exact: true }).selectOption('')
        expect(await page.locator('form [role=alert]').count()).toBeLessThanOrEqual(1)
        await page.close()
    })

    it('event rows link to their order and rules by name, never "event record"', async () => {
        const page = await loggedIn('agent')
        await page.goto(`${timelineUrl(accountNamed('Aurora Logistics'))}&view=all`)
        await page.getByTestId('event-row').first().waitFor()
        expect(await page.getByRole('link', { name: 'event record' }).count()).toBe(0)
        await page.close()
    })
})
