/**
 * Lifecycle signals on the agent timeline (issue 12): a disconnect in flight shows as pending churn in the header
 * with its due date and order, and goes away when the order completes; rows carry the revenue movement and the
 * reason with its churn type, in the list and in the export. Orders go through the shipped business rules.
 */
import type { Page } from 'playwright-core'
import { runScheduledScript } from '../../tools/local-instance/src/engine/scheduled'
import { OmDriver } from '../integration/support/om-driver'
import { PROPERTIES } from '../../src/server/app-schema'
import { expectNoAxeViolations, harness, loggedIn, timelineUrl, useHarness } from './harness'

jest.setTimeout(180_000)
useHarness()

const DUE = '2027-02-15 00:00:00'

async function openAll(page: Page, accountId: string): Promise<void> {
    await page.goto(timelineUrl(accountId, '&view=all'))
    await page.getByTestId('event-row').first().waitFor()
}

describe('signals on the agent timeline', () => {
    it('shows pending churn with its due date and order, the reason with its churn type, and the movements', async () => {
        const om = new OmDriver(harness.instance)
        const account = om.account('Signal Street Cafe')
        const service = om.service(account, 'Fiber 1G', 'installation_pending')
        om.complete(om.submit(account, [{ action: 'add', soldProduct: service }]), [service], 'active')
        const leave = om.submit(account, [{ action: 'delete', soldProduct: service, reason: 'Customer request: moving abroad' }], { dueDate: DUE })

        const page = await loggedIn('agent')
        await openAll(page, account)
        const pending = page.getByTestId('account-pending-change')
        await pending.waitFor()
        expect(await pending.textContent()).toBe(`Churn pending:due 15 Feb 2027· order ${leave.number}`)
        expect(await page.getByTestId('event-movement').allTextContents()).toEqual(['New'])
        expect(await page.getByTestId('event-reason').allTextContents()).toContainEqual(expect.stringContaining('Voluntary churn: Customer request: moving abroad'))
        await expectNoAxeViolations(page, 'timeline with pending churn')

        om.complete(leave, [service], 'inactive')
        await openAll(page, account)
        await page.getByTestId('account-state').filter({ hasText: 'Inactive' }).waitFor()
        expect(await page.getByTestId('account-pending-change').count()).toBe(0)
        // Newest first: the churn of the disconnect's completion, then the new business of the first order.
        expect(await page.getByTestId('event-movement').allTextContents()).toEqual(['Churn', 'New'])
        await page.close()

        // The export carries the same signals, oldest first.
        const response = await fetch(`${harness.server.url}/api/x_oal_lifecycle/lifecycle/export?format=json&account=${account}`, {
            headers: { Authorization: `Basic ${Buffer.from('agent:agent').toString('base64')}` },
        })
        const exported = (await response.json()) as { events: Array<Record<string, string>> }
        expect(exported.events.filter((row) => row.movement).map((row) => row.movement)).toEqual(['New', 'Churn'])
        expect(exported.events.filter((row) => row.churnType).map((row) => `${row.churnType}: ${row.actionReason}`)).toContain('Voluntary: Customer request: moving abroad')
    })

    it('flags a stage past its time-in-stage target in the header once the daily job has found it', async () => {
        const om = new OmDriver(harness.instance)
        const account = om.account('Slow Start Bakery')
        om.advance(om.submit(account, [{ action: 'add' }]), 'in_progress')
        harness.instance.clock.advance(46 * 24 * 3600 * 1000)
        runScheduledScript(harness.instance, 'Account lifecycle: time rules')

        const page = await loggedIn('agent')
        await page.goto(timelineUrl(account))
        const flag = page.getByTestId('account-overdue')
        await flag.waitFor()
        expect(await flag.textContent()).toMatch(/^Overdue: Onboarding is past its time-in-stage target since \d{1,2} \w{3} \d{4}$/)
        await expectNoAxeViolations(page, 'timeline with an overdue stage')
        await page.close()
    })

    it("shows a parent's rolled-up change on its timeline, naming the child that caused it", async () => {
        const om = new OmDriver(harness.instance)
        harness.instance.setProperty(PROPERTIES.rollupStatePolicy, 'any_active')
        harness.instance.setProperty(PROPERTIES.rollupStagePolicy, 'most_advanced')
        try {
            const parent = om.account('Harbor Group')
            const child = om.account('Harbor Branch East')
            harness.instance.update('customer_account', child, { account_parent: parent })
            om.complete(om.submit(child, [{ action: 'add' }]))

            const page = await loggedIn('agent')
            await page.goto(timelineUrl(parent))
            await page.getByTestId('account-state').filter({ hasText: 'Active since' }).waitFor()
            const row = page.getByTestId('event-row').first()
            await row.getByRole('button', { name: /Details/ }).click()
            expect(await row.locator('.explanation').textContent()).toContain('Roll-up from child account "Harbor Branch East"')
            expect(await row.textContent()).toContain('Hierarchy roll-up')
            await page.close()
        } finally {
            harness.instance.setProperty(PROPERTIES.rollupStatePolicy, 'off')
            harness.instance.setProperty(PROPERTIES.rollupStagePolicy, 'off')
        }
    })
})
