import { OUTBOUND_EVENT_NAMES, outboundEventsOf, parsePayload, serializePayload, shouldNotify, notifyStates, MAX_PAYLOAD_LENGTH } from '../../../src/server/lifecycle/outbound'
import type { TimelineEntry } from '../../../src/server/lifecycle/progress'
import { checkChain, decideChainStop, decideRollup, rollupPolicyOf, rollupTarget } from '../../../src/server/lifecycle/rollup'
import type { Decision, TimedAccount } from '../../../src/server/lifecycle/model'
import { NO_SIGNALS } from '../../../src/server/lifecycle/model'
import { account } from './fixtures'

const timed = (overrides: Partial<TimedAccount> = {}): TimedAccount => ({ ...account(), stateSince: '', stageSince: '', ...overrides })
const decision = (overrides: Partial<Decision> = {}): Decision => ({ outcome: 'applied', stateFrom: 'pending', stateTo: 'active', stageFrom: '', stageTo: 'onboarding', stateRuleId: 'r-1', stageRuleId: 'r-2', explanation: 'Order ORD1: Place Completed', dependsOnServices: false, ...overrides })
const entry = (d: Decision): TimelineEntry => ({ key: 'o-1:place:completed', source: 'order', accountId: 'acct-1', orderId: 'o-1', orderNumber: 'ORD1', lineItemId: '', action: 'place', milestone: 'completed', occurredAt: '2024-05-01 10:00:00', decision: d })

describe('outbound events', () => {
    it('sends one state-changed event with a TMF629 CustomerStateChangeEvent payload', () => {
        const events = outboundEventsOf({ eventId: 'ev-1', recordedAt: '2024-05-01 10:00:01', before: timed({ state: 'pending', stage: '' }), after: timed({ state: 'active', stage: 'onboarding' }), entry: entry(decision({ actionReason: 'New site', churnType: 'other', movement: 'new' })) })
        expect(events.map((event) => event.name)).toEqual([OUTBOUND_EVENT_NAMES.stateChanged])
        const payload = events[0].payload
        expect(payload).toMatchObject({
            eventId: 'ev-1',
            eventType: 'CustomerStateChangeEvent',
            eventTime: '2024-05-01T10:00:01Z',
            timeOccurred: '2024-05-01T10:00:00Z',
            event: { customer: { id: 'acct-1', name: 'Acme', status: 'active', previousStatus: 'pending', lifecycleStage: 'onboarding', previousLifecycleStage: '' } },
            reason: { actionReason: 'New site', churnType: 'other', movement: 'new' },
            cause: { orderId: 'o-1', orderNumber: 'ORD1', stateRuleId: 'r-1', stageRuleId: 'r-2', action: 'place', milestone: 'completed' },
        })
        expect(parsePayload(serializePayload(payload))).toEqual(payload)
    })

    it('sends stage-changed when only the stage changed, and nothing when nothing changed', () => {
        const stageOnly = outboundEventsOf({ eventId: 'ev-2', recordedAt: '', before: timed({ stage: 'onboarding' }), after: timed({ stage: 'adoption' }), entry: entry(decision({ stateFrom: 'active', stateTo: 'active' })) })
        expect(stageOnly.map((event) => [event.name, event.payload.eventType])).toEqual([[OUTBOUND_EVENT_NAMES.stageChanged, 'CustomerAttributeValueChangeEvent']])
        expect(outboundEventsOf({ eventId: 'ev-3', recordedAt: '', before: timed(), after: timed(), entry: entry(decision({ outcome: 'no_change' })) })).toEqual([])
    })

    it('sends target-missed when a time-in-stage target is flagged', () => {
        const overdue = timed({ signals: { ...NO_SIGNALS, overdueSince: '2024-05-01 00:00:00', overdueRuleId: 't-1' } })
        const events = outboundEventsOf({ eventId: 'ev-4', recordedAt: '', before: timed(), after: overdue, entry: entry(decision({ outcome: 'no_change', overdue: { ruleId: 't-1', since: '2024-05-01 00:00:00' } })) })
        expect(events.map((event) => event.name)).toEqual([OUTBOUND_EVENT_NAMES.targetMissed])
        expect(events[0].payload.target).toEqual({ ruleId: 't-1', overdueSince: '2024-05-01 00:00:00' })
    })

    it('keeps parm2 within the column and refuses foreign payloads', () => {
        const long = outboundEventsOf({ eventId: 'e', recordedAt: '', before: timed({ state: 'pending' }), after: timed({ name: 'n'.repeat(5000) }), entry: entry(decision({ explanation: 'x'.repeat(5000), actionReason: 'r'.repeat(255) })) })
        expect(serializePayload(long[0].payload).length).toBeLessThanOrEqual(MAX_PAYLOAD_LENGTH)
        expect(parsePayload('{"domain":"other"}')).toBeNull()
        expect(parsePayload('not json')).toBeNull()
    })

    it('notifies only on entering a picked state', () => {
        const [event] = outboundEventsOf({ eventId: 'e', recordedAt: '', before: timed({ state: 'active' }), after: timed({ state: 'inactive' }), entry: entry(decision({ stateFrom: 'active', stateTo: 'inactive' })) })
        expect(shouldNotify(event.payload, notifyStates(' inactive, closed ,'))).toBe(true)
        expect(shouldNotify(event.payload, notifyStates(''))).toBe(false)
    })
})

describe('hierarchy roll-up', () => {
    const trigger = { childId: 'c-1', childName: 'Child One', stateFrom: 'pending', stateTo: 'active', stageFrom: '', stageTo: 'onboarding' }

    it('is off unless an admin picks a known policy', () => {
        expect(rollupPolicyOf('', '')).toEqual({ state: 'off', stage: 'off' })
        expect(rollupPolicyOf('any_active', 'nonsense')).toEqual({ state: 'any_active', stage: 'off' })
    })

    it('derives the parent from its children: any active ⇒ active, most or least advanced stage', () => {
        const children = [
            { state: 'inactive', stage: 'monitoring', count: 600 },
            { state: 'active', stage: 'onboarding', count: 400 },
        ]
        expect(rollupTarget(children, { state: 'any_active', stage: 'most_advanced' })).toEqual({ state: 'active', stage: 'monitoring' })
        expect(rollupTarget(children, { state: 'off', stage: 'least_advanced' })).toEqual({ state: '', stage: 'onboarding' })
    })

    it('names the child and counts the children; a pinned parent does not move; a closed parent keeps its state', () => {
        const children = [{ state: 'active', stage: 'onboarding', count: 3 }]
        const applied = decideRollup(account({ state: 'prospect', stage: '' }), children, { state: 'any_active', stage: 'most_advanced' }, trigger, '2024-05-01 10:00:00', false)
        expect(applied).toMatchObject({ outcome: 'applied', stateTo: 'active', stageTo: 'onboarding' })
        expect(applied.explanation).toContain('Roll-up from child account "Child One"')
        expect(applied.explanation).toContain('Children by state: 3 Active.')
        const pinned = decideRollup(account({ state: 'prospect', pinnedUntil: '2099-01-01 00:00:00', pinReason: 'x' }), children, { state: 'any_active', stage: 'off' }, trigger, '2024-05-01 10:00:00', false)
        expect(pinned).toMatchObject({ outcome: 'pinned', stateTo: 'prospect' })
        const closed = decideRollup(account({ state: 'closed', stage: 'expansion' }), children, { state: 'any_active', stage: 'off' }, trigger, '2024-05-01 10:00:00', false)
        expect(closed).toMatchObject({ outcome: 'blocked_by_guard', stateTo: 'closed' })
    })

    it('detects a loop and a runaway depth, and explains where the chain stopped', () => {
        expect(checkChain(['a', 'b'], 'a')).toEqual({ ok: false, reason: 'loop' })
        expect(checkChain(['a', 'b'], 'c')).toEqual({ ok: true })
        expect(checkChain(['1', '2', '3'], '4', 3)).toEqual({ ok: false, reason: 'too_deep' })
        const stop = decideChainStop(account({ name: 'A' }), 'loop', ['A', 'B'])
        expect(stop.outcome).toBe('blocked_by_guard')
        expect(stop.explanation).toContain('Hierarchy loop: A → B → A')
    })
})
