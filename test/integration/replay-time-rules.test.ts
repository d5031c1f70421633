/**
 * The daily time-rule job on the local instance (the real build, shipped default mapping and time rules):
 * an account a completed first order left active in onboarding moves to adoption 30 days after it became
 * active and to monitoring 60 days after that, once per threshold, with an explained timeline row. Pins and
 * the kill switch stop it.
 */
import { createTestInstance } from '../../tools/local-instance/src/testkit'
import type { TestInstance } from '../../tools/local-instance/src/testkit'
import { runScheduledScript } from '../../tools/local-instance/src/engine/scheduled'
import { ACCOUNT_APP_FIELDS, PROPERTIES } from '../../src/server/app-schema'
import { ACCOUNT_TABLE } from '../../src/server/order-management/om-model'
import { OmDriver } from './support/om-driver'

const DAY = 24 * 3600 * 1000
const JOB = 'Account lifecycle: time rules'

let instance: TestInstance
let om: OmDriver

beforeEach(() => {
    instance = createTestInstance()
    om = new OmDriver(instance)
})
afterEach(() => instance.close())

const runDailyJob = () => runScheduledScript(instance, JOB)
const scheduleEvents = (account: string) => om.events(account).filter((event) => event.source === 'schedule')

/** 'YYYY-MM-DD HH:mm:ss' plus whole days (the instance stores UTC date-times). */
function plusDays(dateTime: string, days: number): string {
    return new Date(new Date(`${dateTime.replace(' ', 'T')}Z`).getTime() + days * DAY).toISOString().replace('T', ' ').slice(0, 19)
}

/** A new customer whose first order completed: the default mapping rules leave it active in onboarding. */
function newActiveCustomer(name: string): { account: string; activeSince: string } {
    const account = om.account(name)
    om.complete(om.submit(account, [{ action: 'add' }]))
    expect(om.accountState(account)).toEqual({ state: 'active', stage: 'onboarding' })
    const activeSince = instance.get(ACCOUNT_TABLE, account)?.[ACCOUNT_APP_FIELDS.stateSince]
    if (!activeSince) throw new Error('the completed order did not record when the account became active')
    return { account, activeSince }
}

describe('the daily time-rule job', () => {
    it('moves an account active for 30 days from onboarding to adoption once, and to monitoring 60 days later', () => {
        const { account, activeSince } = newActiveCustomer('Harbor Freight Co')
        const orderEvents = om.events(account).length

        instance.clock.advance(29 * DAY)
        runDailyJob()
        expect(om.accountState(account).stage).toBe('onboarding')
        expect(om.events(account)).toHaveLength(orderEvents)

        instance.clock.advance(2 * DAY)
        runDailyJob()
        expect(om.accountState(account)).toEqual({ state: 'active', stage: 'adoption' })
        const [adoption] = scheduleEvents(account)
        expect(scheduleEvents(account)).toHaveLength(1)
        // Recorded at the threshold instant, not at the job's run time, so the timeline reads in true order.
        expect(adoption).toMatchObject({ outcome: 'applied', stage_from: 'onboarding', stage_to: 'adoption', occurred_at: plusDays(activeSince, 30) })
        expect(adoption.explanation).toMatch(/Active for 30 days while onboarding/)
        expect(adoption.explanation).toMatch(/Onboarding → Adoption/)
        expect(om.stagePeriods(account).map((period) => [period.stage, period.current])).toEqual([
            ['onboarding', 'false'],
            ['adoption', 'true'],
        ])

        // The same day again: the threshold is already on the timeline, nothing new is written.
        const accountAfterFirstRun = instance.get(ACCOUNT_TABLE, account)
        runDailyJob()
        expect(om.events(account)).toHaveLength(orderEvents + 1)
        expect(instance.get(ACCOUNT_TABLE, account)).toEqual(accountAfterFirstRun)
        expect(om.stagePeriods(account)).toHaveLength(2)

        instance.clock.advance(60 * DAY)
        runDailyJob()
        expect(om.accountState(account)).toEqual({ state: 'active', stage: 'monitoring' })
        const monitoring = scheduleEvents(account)[1]
        expect(scheduleEvents(account)).toHaveLength(2)
        expect(monitoring).toMatchObject({ outcome: 'applied', stage_from: 'adoption', stage_to: 'monitoring', occurred_at: plusDays(activeSince, 90) })
        expect(monitoring.explanation).toMatch(/Adoption for 60 days/)
        expect(om.stagePeriods(account).map((period) => [period.stage, period.current])).toEqual([
            ['onboarding', 'false'],
            ['adoption', 'false'],
            ['monitoring', 'true'],
        ])
        // The adoption period lasted exactly the 60 days of the rule.
        expect(om.stagePeriods(account)[1].duration).toBe('1970-03-02 00:00:00')
    })

    it('leaves a pinned account where it is and records nothing while the pin holds', () => {
        const { account } = newActiveCustomer('Pinned Partners')
        instance.update(ACCOUNT_TABLE, account, {
            [ACCOUNT_APP_FIELDS.pinnedUntil]: '2030-01-01 00:00:00',
            [ACCOUNT_APP_FIELDS.pinReason]: 'Onboarding extended by contract',
        })
        const before = om.events(account).length
        instance.clock.advance(100 * DAY)
        runDailyJob()
        expect(om.accountState(account)).toEqual({ state: 'active', stage: 'onboarding' })
        expect(om.events(account)).toHaveLength(before)
        expect(om.stagePeriods(account)).toHaveLength(1)
    })

    it('does nothing with the kill switch off', () => {
        const { account } = newActiveCustomer('Dormant Mills')
        const before = om.events(account).length
        instance.setProperty(PROPERTIES.enabled, 'false')
        instance.clock.advance(100 * DAY)
        runDailyJob()
        expect(om.accountState(account)).toEqual({ state: 'active', stage: 'onboarding' })
        expect(om.events(account)).toHaveLength(before)

        // Switched back on, the job catches up: the account was active for 30 days long ago.
        instance.setProperty(PROPERTIES.enabled, 'true')
        runDailyJob()
        expect(om.accountState(account).stage).toBe('monitoring')
    })
})
