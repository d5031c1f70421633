// Time-in-stage targets, tried as a customer-success lead would: an account whose onboarding takes longer than the
// shipped target (the alert time rule "Onboarding longer than 45 days") is flagged overdue on the account and its
// stage period by the daily job, listed in "Accounts Overdue in Stage", announced by a target-missed event, and
// cleared when it moves on. Orders through the shipped business rules; the job through its scheduled script.
import { createTestInstance, type TestInstance } from '../../tools/local-instance/src/testkit'
import { runScheduledScript } from '../../tools/local-instance/src/engine/scheduled'
import { ACCOUNT_SIGNAL_FIELDS, STAGE_TABLE } from '../../src/server/app-schema'
import { ACCOUNT_TABLE } from '../../src/server/order-management/om-model'
import { OUTBOUND_EVENT_NAMES, parsePayload } from '../../src/server/lifecycle/outbound'
import { OmDriver } from './support/om-driver'
import { moduleRows } from './support/app-probes'

let instance: TestInstance
let om: OmDriver

beforeEach(() => {
    instance = createTestInstance()
    om = new OmDriver(instance)
})
afterEach(() => instance.close())

const DAY = 24 * 3600 * 1000

function overdue(account: string): string | null {
    return instance.get(ACCOUNT_TABLE, account)![ACCOUNT_SIGNAL_FIELDS.overdueSince]
}

function listed(): string[] {
    return moduleRows(instance, 'Accounts Overdue in Stage').map((row) => String(row.sys_id))
}

function targetMissedEvents(account: string) {
    return instance.jobs.queue.sysevents().filter((event) => event.name === OUTBOUND_EVENT_NAMES.targetMissed && event.parm1 === account)
}

describe('time-in-stage target', () => {
    it('flags a stalled onboarding once, announces it, and clears when the stage changes', () => {
        const account = om.account('Slow Start Ltd')
        const placed = om.submit(account, [{ action: 'add' }])
        om.advance(placed, 'in_progress')
        const onTime = om.account('On Time Ltd')
        instance.clock.advance(40 * DAY)
        om.submit(onTime, [{ action: 'add' }])

        instance.clock.advance(6 * DAY)
        runScheduledScript(instance, 'Account lifecycle: time rules')
        const since = overdue(account)
        expect(since).toBeTruthy()
        expect(overdue(onTime)).toBeNull()
        expect(listed()).toEqual([account])
        const [period] = instance.query(STAGE_TABLE, `account=${account}^current=true`)
        expect(period).toMatchObject({ stage: 'onboarding', overdue_since: since })
        const alert = om.events(account).at(-1)!
        expect(alert).toMatchObject({ source: 'schedule', outcome: 'no_change' })
        expect(alert.explanation).toContain('Time-in-stage target missed: Onboarding should take at most 45 days')
        const events = targetMissedEvents(account)
        expect(events).toHaveLength(1)
        expect(parsePayload(String(events[0].parm2))).toMatchObject({ eventType: 'CustomerLifecycleTargetMissedEvent', target: { overdueSince: since } })

        // The next daily runs do not flag or announce it again.
        instance.clock.advance(DAY)
        runScheduledScript(instance, 'Account lifecycle: time rules')
        expect(targetMissedEvents(account)).toHaveLength(1)

        // The order completes (Active), and 30 days later the shipped time rule moves it to Adoption: no longer overdue.
        om.advance(placed, 'completed')
        instance.clock.advance(31 * DAY)
        runScheduledScript(instance, 'Account lifecycle: time rules')
        expect(om.accountState(account)).toEqual({ state: 'active', stage: 'adoption' })
        expect(overdue(account)).toBeNull()
        expect(listed()).toEqual([])
        // The onboarding period keeps its flag: history says it missed the target.
        const periods = instance.query(STAGE_TABLE, `account=${account}^ORDERBYstarted_at`)
        expect(periods.map((row) => [row.stage, Boolean(row.overdue_since)])).toEqual([
            ['onboarding', true],
            ['adoption', false],
        ])
    })
})
