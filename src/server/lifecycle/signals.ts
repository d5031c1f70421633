/**
 * Lifecycle signals an evaluated order event carries besides the state/stage decision: why (the lines' action
 * reason and its churn type), what it did to the customer's recurring business (revenue movement), and whether
 * it puts a churn or suspension in flight (pending change) or settles one. decide() computes them, progress()
 * carries them onto the account, so live processing, re-check and replay produce the same values. Pure.
 * See docs/EVENT-MODEL.md, "Signals".
 */
import type { AccountFacts, AccountSignals, AccountSnapshot, Action, ChurnType, Decision, MappingRule, Movement, OrderEvent, PendingSignal } from './model.ts'
import { signalsOf } from './model.ts'
import { factsNeeded, orderDelta, outlookOf } from './net-effect.ts'
import { churnTypeOf, reasonText } from './reasons.ts'
import type { ReasonMapping } from './reasons.ts'
import { MOVEMENT_LABELS, PENDING_CHANGE_LABELS, CHURN_TYPE_LABELS } from './labels.ts'

/**
 * When one order does several things (adds a service and suspends another), each action is an event carrying
 * the same net effect; the movement is tagged on one of them only, the first of these present, so a revenue
 * report never counts an order twice.
 */
const PRIMARY_ORDER: readonly Action[] = ['disconnect', 'suspend', 'modify', 'place', 'resume']

/** The event actions an order's effects produce (a migration's add/change/delete lines are one modify). */
export function eventActionsOf(effects: OrderEvent['effects']): Action[] {
    const own = effects.map((effect) => effect.action)
    const migration = own.indexOf('place') >= 0 && own.indexOf('disconnect') >= 0
    const actions: Action[] = []
    for (const action of own) {
        const grouped: Action = migration && (action === 'place' || action === 'modify' || action === 'disconnect') ? 'modify' : action
        if (actions.indexOf(grouped) < 0) actions.push(grouped)
    }
    return actions
}

/** True when this event is the one of its order that carries the order's movement. */
export function isPrimaryEvent(event: OrderEvent): boolean {
    const actions = eventActionsOf(event.effects)
    for (const action of PRIMARY_ORDER) if (actions.indexOf(action) >= 0) return action === event.action
    return false
}

/** A completed order that changes services (not a withdrawn one): the only events with a movement. */
export function hasMovement(event: OrderEvent): boolean {
    return event.milestone === 'completed' && event.action !== 'cancel' && event.effects.length > 0 && isPrimaryEvent(event)
}

/**
 * A disconnect or suspension submitted or in progress: it may put a churn in flight. In progress too, because the
 * first report of a submission may come from the order's first line while its other lines are not saved yet; by
 * the time the order is in progress it carries all of them.
 */
export function mayPendChurn(event: OrderEvent): boolean {
    return (event.milestone === 'submitted' || event.milestone === 'in_progress') && (event.action === 'disconnect' || event.action === 'suspend')
}

/**
 * Whether an event's movement or pending change depends on the account's other services: only when the order's
 * own services leave nothing in service before or after it (new, churn, reactivation, a pending churn). When the
 * order's own services are in service on both sides (a migration, an add-on next to a disconnect), the other
 * services cancel out and the movement follows from the order alone, so nothing more is read.
 */
export function signalsNeedOthers(event: OrderEvent): boolean {
    const own = orderDelta(event.effects)
    return own.before.inService === 0 || own.after.inService === 0
}

/**
 * Which facts the adapter reads for this event: what the rules need (net-effect.ts factsNeeded) plus the other
 * services when the event has a movement or may put a churn in flight. Never the completed orders for signals:
 * a former customer is recognized by the account's churn date, which is on the account already.
 */
export function factsToRead(event: OrderEvent, rules: readonly MappingRule[]): { services: boolean; completedOrders: boolean } {
    const needed = factsNeeded(event, rules)
    const signals = (hasMovement(event) || mayPendChurn(event)) && signalsNeedOthers(event)
    return { services: needed.services || signals, completedOrders: needed.completedOrders }
}

/**
 * The revenue movement of a completed order, judged on the services in service before and after it:
 * - churn: something was in service before, nothing after (a full suspension included);
 * - new / reactivation: nothing was in service before, something after; reactivation when the account is a
 *   former customer (it churned before, it is Inactive, or its services were all suspended);
 * - expansion / contraction: more / fewer services in service; with as many as before, the recurring charges
 *   decide where the instance keeps them (chargeDelta), else there is no movement.
 * '' when the event has no movement or the other services were not read.
 */
export function movementOf(event: OrderEvent, facts: AccountFacts, account: AccountSnapshot): Movement | '' {
    if (!hasMovement(event)) return ''
    // Without the other services the order's own counts decide, when they can (signalsNeedOthers).
    const known = facts.others ?? (signalsNeedOthers(event) ? null : { inService: 0, suspended: 0 })
    if (!known) return ''
    const { before, after } = outlookOf(event, { ...facts, others: known })
    if (before.inService > 0 && after.inService === 0) return 'churn'
    if (before.inService === 0) {
        if (after.inService === 0) return ''
        const former = signalsOf(account).churnedAt !== '' || account.state === 'inactive' || before.suspended > 0
        return former ? 'reactivation' : 'new'
    }
    if (after.inService > before.inService) return 'expansion'
    if (after.inService < before.inService) return 'contraction'
    const charge = event.chargeDelta
    if (typeof charge === 'number' && isFinite(charge) && charge !== 0) return charge > 0 ? 'expansion' : 'contraction'
    return ''
}

/**
 * The pending change an event sets or settles:
 * - a disconnect or suspension submitted or in progress while something is in service, that would leave nothing in service:
 *   churn pending (nothing left at all) or suspension pending (only suspended services left), due on the
 *   order's committed due date;
 * - the completion of the order that set it settles it; its cancellation or rejection withdraws it.
 */
export function pendingOf(event: OrderEvent, facts: AccountFacts, account: AccountSnapshot): PendingSignal | null {
    const current = signalsOf(account)
    if (current.pendingOrderId && current.pendingOrderId === event.orderId) {
        if (event.milestone === 'completed') return { kind: 'clear', orderId: event.orderId, why: 'completed' }
        if (event.milestone === 'canceled' || event.milestone === 'rejected') return { kind: 'clear', orderId: event.orderId, why: 'withdrawn' }
    }
    if (!mayPendChurn(event) || !facts.others || !signalsNeedOthers(event)) return null
    const { before, after } = outlookOf(event, facts)
    if (before.inService === 0 || after.inService > 0) return null
    return { kind: 'set', change: after.suspended > 0 ? 'suspension' : 'churn', orderId: event.orderId, due: event.dueDate ?? '', since: event.occurredAt }
}

export interface EventSignals {
    actionReason: string
    churnType: ChurnType | ''
    movement: Movement | ''
    pending: PendingSignal | null
}

/** Every signal of an event (reasons through the admin's mapping). */
export function eventSignals(event: OrderEvent, account: AccountSnapshot, facts: AccountFacts, mappings: readonly ReasonMapping[]): EventSignals {
    const reasons = event.reasons ?? []
    return {
        actionReason: reasonText(reasons),
        churnType: churnTypeOf(reasons, mappings),
        movement: movementOf(event, facts, account),
        pending: pendingOf(event, facts, account),
    }
}

/** The event as rule conditions see it: its reasons and churn type among the attributes. */
export function withSignalAttributes(event: OrderEvent, signals: EventSignals): OrderEvent {
    return { ...event, attributes: { ...event.attributes, action_reason: signals.actionReason, churn_type: signals.churnType } }
}

/** Sentences the explanation gains for a pending change (the other signals have their own columns). */
export function explainPending(pending: PendingSignal | null | undefined): string {
    if (!pending) return ''
    if (pending.kind === 'set') {
        const due = pending.due ? ` on ${pending.due}` : ' (the order has no committed due date)'
        const left = pending.change === 'churn' ? 'nothing would be left in service' : 'only suspended services would be left'
        return `${PENDING_CHANGE_LABELS[pending.change]}${due}: after this order ${left}.`
    }
    return pending.why === 'completed' ? 'The pending change of this order is settled: the order completed.' : 'The pending change of this order is withdrawn: the order was canceled or rejected.'
}

/** `Contraction; reason "Moved abroad" (Voluntary)`: the signals in words (export, logs). */
export function describeSignals(decision: Pick<Decision, 'movement' | 'actionReason' | 'churnType'>): string {
    const parts: string[] = []
    if (decision.movement) parts.push(MOVEMENT_LABELS[decision.movement])
    if (decision.actionReason) parts.push(`reason "${decision.actionReason}"${decision.churnType ? ` (${CHURN_TYPE_LABELS[decision.churnType]})` : ''}`)
    return parts.join('; ')
}

/**
 * The account's signals after a recorded decision (nothing changes for an error or a dry run): a pending change
 * set or settled, the churn date on a churn, a missed target set, and the missed target cleared when the stage
 * changes.
 */
export function nextSignals(current: AccountSignals, decision: Decision, occurredAt: string): AccountSignals {
    if (decision.outcome === 'error' || decision.outcome === 'dry_run') return current
    const next: AccountSignals = { ...current }
    const pending = decision.pending
    if (pending && pending.kind === 'set') {
        next.pendingChange = pending.change
        next.pendingOrderId = pending.orderId
        next.pendingDue = pending.due
        next.pendingSince = pending.since
    } else if (pending && pending.kind === 'clear' && current.pendingOrderId === pending.orderId) {
        next.pendingChange = ''
        next.pendingOrderId = ''
        next.pendingDue = ''
        next.pendingSince = ''
    }
    if (decision.movement === 'churn') next.churnedAt = occurredAt
    if (decision.outcome === 'applied' && decision.stageTo !== decision.stageFrom) {
        next.overdueSince = ''
        next.overdueRuleId = ''
    }
    if (decision.overdue) {
        next.overdueSince = decision.overdue.since
        next.overdueRuleId = decision.overdue.ruleId
    }
    return next
}

/** The signal fields that differ (null when none does). */
export function changedSignals(before: AccountSignals, after: AccountSignals): Partial<AccountSignals> | null {
    const changed: Partial<AccountSignals> = {}
    let any = false
    for (const field of Object.keys(after) as Array<keyof AccountSignals>) {
        if (before[field] !== after[field]) {
            ;(changed as Record<string, string>)[field] = after[field]
            any = true
        }
    }
    return any ? changed : null
}
