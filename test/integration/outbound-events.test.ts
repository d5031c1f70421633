// Outbound events, tried as a subscriber would see them: orders driven through the shipped business rules on the
// local instance; every applied account change queues x_oal_lifecycle.account.state_changed or .stage_changed
// (parm1 the account, parm2 a TMF629-style payload); the app's script action subscribes and turns a state an
// admin listed into a notify event for the email notification.
import { createTestInstance, type TestInstance } from '../../tools/local-instance/src/testkit'
import { PROPERTIES } from '../../src/server/app-schema'
import { OUTBOUND_EVENT_NAMES, parsePayload } from '../../src/server/lifecycle/outbound'
import { OmDriver } from './support/om-driver'

let instance: TestInstance
let om: OmDriver

beforeEach(() => {
    instance = createTestInstance()
    om = new OmDriver(instance)
})
afterEach(() => instance.close())

const DAY = 24 * 3600 * 1000
const OUTBOUND = [OUTBOUND_EVENT_NAMES.stateChanged, OUTBOUND_EVENT_NAMES.stageChanged, OUTBOUND_EVENT_NAMES.targetMissed] as string[]

function outbound(account: string) {
    return instance.jobs.queue
        .sysevents()
        .filter((event) => OUTBOUND.indexOf(event.name) >= 0 && event.parm1 === account)
        .map((event) => ({ name: event.name, state: event.state, payload: parsePayload(String(event.parm2)) }))
}

function notifications() {
    return instance.jobs.queue.sysevents().filter((event) => event.name === OUTBOUND_EVENT_NAMES.notify)
}

describe('outbound events', () => {
    it('a first order queues one event per applied change, each with the change, the order and the rule; subscribers run', () => {
        const account = om.account('Acme Telecom')
        const service = om.service(account, 'Fiber 1G', 'installation_pending')
        const placed = om.submit(account, [{ action: 'add', soldProduct: service }])
        om.complete(placed, [service], 'active')

        const events = outbound(account)
        // Submitted: Not set → Pending and stage Onboarding (one event: the state changed, the stage with it); completed: Pending → Active.
        expect(events.map((event) => [event.name, event.payload?.event.customer.previousStatus, event.payload?.event.customer.status, event.payload?.event.customer.lifecycleStage])).toEqual([
            [OUTBOUND_EVENT_NAMES.stateChanged, '', 'pending', 'onboarding'],
            [OUTBOUND_EVENT_NAMES.stateChanged, 'pending', 'active', 'onboarding'],
        ])
        // Every queued event was processed by the job queue (its script action ran without error).
        expect(events.map((event) => event.state)).toEqual(['processed', 'processed'])
        const completed = events[1].payload!
        const row = om.events(account).find((event) => event.sys_id === completed.eventId)!
        expect(completed).toMatchObject({
            eventType: 'CustomerStateChangeEvent',
            event: { customer: { id: account, name: 'Acme Telecom', '@type': 'Customer', statusLabel: 'Active', lifecycleStageLabel: 'Onboarding' } },
            cause: { orderId: placed.order, orderNumber: placed.number, action: 'place', milestone: 'completed', stateRuleId: row.state_rule, stageRuleId: row.stage_rule ?? '' },
        })
        expect(row.state_rule).toBeTruthy()
        expect(completed.event.customer.statusReason).toBe(row.explanation)
    })

    it('a stage-only change queues stage_changed; a change that changes nothing and a duplicate save queue nothing', () => {
        const account = om.account('Acme Telecom')
        const first = om.service(account, 'Fiber 1G', 'installation_pending')
        om.complete(om.submit(account, [{ action: 'add', soldProduct: first }]), [first], 'active')
        instance.clock.advance(DAY)
        const before = outbound(account).length
        const second = om.service(account, 'TV', 'installation_pending')
        const addOn = om.submit(account, [{ action: 'add', soldProduct: second }])
        om.complete(addOn, [second], 'active')
        const added = outbound(account).slice(before)
        // An active customer adding a service: the default rules move the stage to Expansion, the state stays.
        expect(added.map((event) => [event.name, event.payload?.event.customer.previousLifecycleStage, event.payload?.event.customer.lifecycleStage])).toEqual([
            [OUTBOUND_EVENT_NAMES.stageChanged, 'onboarding', 'expansion'],
        ])
        expect(added[0].payload?.eventType).toBe('CustomerAttributeValueChangeEvent')
        // Saving the completed order again is not an event at all.
        instance.update('sn_ind_tmt_orm_order', addOn.order, { state: 'completed', channel: 'store' })
        expect(outbound(account)).toHaveLength(before + 1)
    })

    it('a dry run queues nothing', () => {
        instance.setProperty(PROPERTIES.dryRun, 'true')
        const account = om.account('Dry Run Ltd')
        om.complete(om.submit(account, [{ action: 'add' }]))
        expect(om.events(account).map((event) => event.outcome)).toContain('dry_run')
        expect(outbound(account)).toEqual([])
    })

    it('the subscriber emails only when an admin listed the state entered (off by default)', () => {
        const quiet = om.account('Quiet Co')
        om.complete(om.submit(quiet, [{ action: 'add' }]))
        expect(notifications()).toEqual([])

        instance.setProperty(PROPERTIES.notifyStates, 'active')
        instance.setProperty(PROPERTIES.notifyRecipients, 'success@example.com')
        const loud = om.account('Loud Co')
        om.complete(om.submit(loud, [{ action: 'add' }]))
        // Pending is not listed, Active is: one notify event for the account, to the configured recipients.
        expect(notifications().map((event) => [event.parm1, event.parm2, event.state])).toEqual([[loud, 'success@example.com', 'processed']])
    })
})
