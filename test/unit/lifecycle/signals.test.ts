import { decide } from '../../../src/server/lifecycle/engine'
import { progress } from '../../../src/server/lifecycle/progress'
import type { TimelineEntry } from '../../../src/server/lifecycle/progress'
import { changedSignals, movementOf, nextSignals, pendingOf } from '../../../src/server/lifecycle/signals'
import { chargeDeltaOf, classifyOrderChange, parseCharge } from '../../../src/server/lifecycle/classify'
import { NO_SIGNALS } from '../../../src/server/lifecycle/model'
import type { Decision, TimedAccount } from '../../../src/server/lifecycle/model'
import { account, event, facts, line, order, rule } from './fixtures'

const timed = (overrides: Partial<TimedAccount> = {}): TimedAccount => ({ ...account(), stateSince: '2024-01-01 00:00:00', stageSince: '2024-01-01 00:00:00', ...overrides })

describe('revenue movement', () => {
    it('tags a first service as new and a win-back as reactivation', () => {
        expect(movementOf(event(), facts(), account({ state: 'prospect' }))).toBe('new')
        const former = account({ state: 'inactive', signals: { ...NO_SIGNALS, churnedAt: '2024-01-01 00:00:00' } })
        expect(movementOf(event(), facts(), former)).toBe('reactivation')
        expect(movementOf(event(), facts(), account({ state: 'inactive' }))).toBe('reactivation')
        // All services suspended, then a new one: the customer comes back.
        expect(movementOf(event(), facts({ suspendedServices: 1 }), account())).toBe('reactivation')
    })

    it('tags more services as expansion, fewer as contraction, none left as churn', () => {
        expect(movementOf(event(), facts({ activeServices: 1 }), account())).toBe('expansion')
        const disconnect = event({ action: 'disconnect', key: 'order-1:disconnect:completed' })
        expect(movementOf(disconnect, facts({ activeServices: 1 }), account())).toBe('contraction')
        expect(movementOf(disconnect, facts(), account())).toBe('churn')
        // A full suspension is churn of revenue too.
        expect(movementOf(event({ action: 'suspend' }), facts(), account())).toBe('churn')
    })

    it('uses the recurring charges for a same-count swap, and says nothing without them', () => {
        const swap = event({ action: 'modify', effects: [{ serviceId: 'sp-2', action: 'place' }, { serviceId: 'sp-1', action: 'disconnect' }] })
        expect(movementOf(swap, facts(), account())).toBe('')
        expect(movementOf({ ...swap, chargeDelta: 20 }, facts(), account())).toBe('expansion')
        expect(movementOf({ ...swap, chargeDelta: -5 }, facts(), account())).toBe('contraction')
    })

    it('has no movement before completion, for a withdrawn order, or when the services were not read', () => {
        expect(movementOf(event({ milestone: 'submitted' }), facts(), account())).toBe('')
        expect(movementOf(event({ action: 'cancel', milestone: 'canceled' }), facts(), account())).toBe('')
        expect(movementOf(event(), { others: null, completedOrders: null }, account())).toBe('')
    })

    it('tags an order that adds and suspends once, on its primary event', () => {
        const effects = [
            { serviceId: 'sp-2', action: 'place' as const },
            { serviceId: 'sp-3', action: 'place' as const },
            { serviceId: 'sp-1', action: 'suspend' as const },
        ]
        expect(movementOf(event({ action: 'place', effects }), facts({ activeServices: 1 }), account())).toBe('')
        expect(movementOf(event({ action: 'suspend', effects }), facts({ activeServices: 1 }), account())).toBe('expansion')
    })

    it('reads charges from plain and currency storage; a change line or a missing charge gives none', () => {
        expect(parseCharge('USD;12.50')).toBe(12.5)
        expect(parseCharge(' 30 ')).toBe(30)
        expect(parseCharge('')).toBeNaN()
        expect(parseCharge('abc')).toBeNaN()
        const lines = [line({ action: 'add', recurringCharge: '50' }), line({ sysId: 'line-2', action: 'delete', soldProductId: 'sp-0', recurringCharge: 'USD;30' })]
        expect(chargeDeltaOf(order(), lines)).toBe(20)
        expect(chargeDeltaOf(order(), [line({ action: 'add' })])).toBeNull()
        expect(chargeDeltaOf(order(), [line({ action: 'change', recurringCharge: '10' })])).toBeNull()
        expect(chargeDeltaOf(order({ state: 'canceled' }), lines)).toBeNull()
    })
})

describe('pending change', () => {
    const submittedDisconnect = event({ action: 'disconnect', milestone: 'submitted', key: 'order-1:disconnect:submitted', dueDate: '2024-06-30 00:00:00' })

    it('is set when a submitted disconnect would leave nothing in service, due on the committed date', () => {
        expect(pendingOf(submittedDisconnect, facts(), account())).toEqual({ kind: 'set', change: 'churn', orderId: 'order-1', due: '2024-06-30 00:00:00', since: '2024-05-01 10:00:00' })
        expect(pendingOf(submittedDisconnect, facts({ suspendedServices: 1 }), account())).toMatchObject({ kind: 'set', change: 'suspension' })
    })

    it('is not set for a partial disconnect', () => {
        expect(pendingOf(submittedDisconnect, facts({ activeServices: 1 }), account())).toBeNull()
    })

    it('is settled by the completion and withdrawn by the cancellation of the same order only', () => {
        const pendingAccount = account({ signals: { ...NO_SIGNALS, pendingChange: 'churn', pendingOrderId: 'order-1', pendingDue: '2024-06-30 00:00:00', pendingSince: '2024-05-01 10:00:00' } })
        expect(pendingOf(event({ action: 'cancel', milestone: 'canceled' }), facts(), pendingAccount)).toEqual({ kind: 'clear', orderId: 'order-1', why: 'withdrawn' })
        expect(pendingOf(event({ action: 'disconnect', milestone: 'rejected' }), facts(), pendingAccount)).toEqual({ kind: 'clear', orderId: 'order-1', why: 'withdrawn' })
        expect(pendingOf(event({ action: 'disconnect' }), facts(), pendingAccount)).toEqual({ kind: 'clear', orderId: 'order-1', why: 'completed' })
        expect(pendingOf(event({ orderId: 'order-2', action: 'cancel', milestone: 'canceled' }), facts(), pendingAccount)).toBeNull()
    })

    it('is explained and carried onto the account by progress()', () => {
        const decision = decide({ event: submittedDisconnect, rules: [], account: account(), facts: facts(), dryRun: false })
        expect(decision.explanation).toContain('Churn pending on 2024-06-30 00:00:00')
        const entry: TimelineEntry = { key: submittedDisconnect.key, source: 'order', accountId: 'acct-1', orderId: 'order-1', lineItemId: '', action: 'disconnect', milestone: 'submitted', occurredAt: submittedDisconnect.occurredAt, decision }
        const step = progress(timed(), null, entry)
        expect(step.accountUpdate).toEqual({ signals: { pendingChange: 'churn', pendingOrderId: 'order-1', pendingDue: '2024-06-30 00:00:00', pendingSince: '2024-05-01 10:00:00' } })
        const canceled = decide({ event: event({ action: 'cancel', milestone: 'canceled' }), rules: [], account: step.account, facts: facts(), dryRun: false })
        expect(canceled.explanation).toContain('withdrawn')
        const after = progress(step.account, null, { ...entry, milestone: 'canceled', decision: canceled })
        expect(after.accountUpdate).toEqual({ signals: { pendingChange: '', pendingOrderId: '', pendingDue: '', pendingSince: '' } })
    })

    it('is not written by a dry run or an error', () => {
        const decision: Decision = { ...decide({ event: submittedDisconnect, rules: [], account: account(), facts: facts(), dryRun: true }), outcome: 'dry_run' }
        expect(nextSignals(NO_SIGNALS, decision, '2024-05-01 10:00:00')).toBe(NO_SIGNALS)
    })
})

describe('account signals', () => {
    const applied = (overrides: Partial<Decision>): Decision => ({ outcome: 'applied', stateFrom: 'active', stateTo: 'active', stageFrom: 'onboarding', stageTo: 'onboarding', stateRuleId: '', stageRuleId: '', explanation: '', dependsOnServices: false, ...overrides })

    it('records the churn date and keeps it after a reactivation', () => {
        const churned = nextSignals(NO_SIGNALS, applied({ movement: 'churn' }), '2024-05-01 10:00:00')
        expect(churned.churnedAt).toBe('2024-05-01 10:00:00')
        expect(nextSignals(churned, applied({ movement: 'reactivation' }), '2024-07-01 10:00:00').churnedAt).toBe('2024-05-01 10:00:00')
    })

    it('flags a missed target and clears it when the stage changes', () => {
        const overdue = nextSignals(NO_SIGNALS, applied({ outcome: 'no_change', overdue: { ruleId: 't-1', since: '2024-05-01 00:00:00' } }), '2024-05-01 00:00:00')
        expect(overdue).toMatchObject({ overdueSince: '2024-05-01 00:00:00', overdueRuleId: 't-1' })
        expect(nextSignals(overdue, applied({ stageTo: 'engagement' }), '2024-05-02 00:00:00')).toMatchObject({ overdueSince: '', overdueRuleId: '' })
        expect(changedSignals(overdue, overdue)).toBeNull()
    })
})

describe('reasons on events', () => {
    it('collects the reasons of the lines with the event\'s action, the same from the order as from a line', () => {
        const lines = [
            line({ action: 'delete', actionReason: 'Moved abroad ' }),
            line({ sysId: 'line-2', action: 'delete', soldProductId: 'sp-2', actionReason: 'Competitor offer' }),
            line({ sysId: 'line-3', action: 'suspend', soldProductId: 'sp-3', actionReason: 'ignored: other action' }),
        ]
        const events = classifyOrderChange(order({ state: 'in_progress' }), order(), lines, '2024-05-01 10:00:00')
        const disconnect = events.find((candidate) => candidate.action === 'disconnect')
        expect(disconnect?.reasons).toEqual(['Competitor offer', 'Moved abroad'])
        expect(disconnect?.attributes.action_reason).toBe('Competitor offer; Moved abroad')
    })

    it('lets a rule condition test the churn type', () => {
        const involuntary = rule({ id: 'r-inv', action: 'disconnect', conditionField: 'churn_type', conditionOperator: 'is', conditionValue: 'involuntary', targetState: 'inactive' })
        const base = event({ action: 'disconnect', key: 'order-1:disconnect:completed' })
        const nonPayment = decide({ event: { ...base, reasons: ['Non_Payment'] }, rules: [involuntary], account: account(), facts: facts(), dryRun: false, reasons: [{ id: 'm', reason: 'non payment', match: 'contains', churnType: 'involuntary', order: 1, active: true }] })
        expect(nonPayment).toMatchObject({ outcome: 'applied', stateTo: 'inactive', churnType: 'involuntary', actionReason: 'Non_Payment' })
        const unknown = decide({ event: { ...base, reasons: ['Moved abroad'] }, rules: [involuntary], account: account(), facts: facts(), dryRun: false, reasons: [] })
        expect(unknown).toMatchObject({ outcome: 'no_matching_rule', churnType: 'other' })
    })
})
