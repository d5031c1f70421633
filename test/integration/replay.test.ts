/**
 * Recalculation on the local instance (the real build): orders that existed before the app was enabled are
 * backfilled into the timeline, a dry run writes nothing, applying twice changes nothing the second time,
 * and the daily time-rule job moves the backfilled account once (test/integration/replay-time-rules.test.ts covers
 * the job in full).
 */
import { createTestInstance } from '../../tools/local-instance/src/testkit'
import type { TestInstance } from '../../tools/local-instance/src/testkit'
import { runScheduledScript } from '../../tools/local-instance/src/engine/scheduled'
import { ACCOUNT_APP_FIELDS, PROPERTIES } from '../../src/server/app-schema'
import { OmDriver } from './support/om-driver'
import { recalculate } from './support/app-probes'

const DAY = 24 * 3600 * 1000

describe('recalculation on the local instance', () => {
    let instance: TestInstance
    let account: string
    const recalc = (mode: 'dry_run' | 'apply') => recalculate(instance, account, mode)

    beforeAll(() => {
        instance = createTestInstance()
        // Orders that existed before install: the app is disabled while they happen.
        instance.setProperty(PROPERTIES.enabled, 'false')
        const om = new OmDriver(instance)
        account = om.account('Backfill Ltd')
        const placed = om.submit(account, [{ action: 'add' }])
        instance.clock.advance(DAY)
        for (const state of ['in_progress', 'completed']) instance.update('sn_ind_tmt_orm_order', placed.order, { state })
        instance.setProperty(PROPERTIES.enabled, 'true')
    })

    afterAll(() => instance.close())

    it('shows the diff in a dry run without writing anything', () => {
        expect(instance.timeline(account)).toHaveLength(0)
        const result = recalc('dry_run')
        expect(result.status).toBe('changed')
        expect(result.lines.join(' ')).toContain('Timeline events added: 3')
        expect(instance.timeline(account)).toHaveLength(0)
    })

    it('applies: the timeline is filled with the order milestones, and a second run changes nothing', () => {
        expect(recalc('apply').status).toBe('applied')
        const keys = instance.timeline(account).map((row) => row.event_key)
        expect(keys.filter((key) => key?.endsWith(':place:submitted') || key?.endsWith(':place:in_progress') || key?.endsWith(':place:completed'))).toHaveLength(3)
        expect(recalc('dry_run').status).toBe('unchanged')
    })

    it('after the backfill the daily job moves the stage once, and a later recalculation agrees with it', () => {
        // The shipped rules leave the backfilled account active in onboarding: the 30-day time rule applies.
        expect(instance.get('customer_account', account)).toMatchObject({ [ACCOUNT_APP_FIELDS.state]: 'active', [ACCOUNT_APP_FIELDS.stage]: 'onboarding' })
        const beforeJob = instance.timeline(account).length
        instance.clock.advance(31 * DAY)
        runScheduledScript(instance, 'Account lifecycle: time rules')
        expect(instance.get('customer_account', account)?.[ACCOUNT_APP_FIELDS.stage]).toBe('adoption')
        expect(instance.timeline(account)).toHaveLength(beforeJob + 1)
        runScheduledScript(instance, 'Account lifecycle: time rules')
        expect(instance.timeline(account)).toHaveLength(beforeJob + 1)
        // The replay fires the same time rule at the same threshold: nothing to correct.
        expect(recalc('dry_run').status).toBe('unchanged')
    })
})
