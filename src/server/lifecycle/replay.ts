/**
 * Replay: rebuild an account's state, stage, stage periods and timeline outcomes from its order history,
 * through the same classify() and decide() the live business rules use, starting from a blank account.
 * Pure and deterministic: the same history, rules and `asOf` always give the same result.
 *
 * History reconstruction (docs/RECALCULATION.md): an order's milestones come from the timeline where they
 * were recorded (their real instants); an order with no recorded milestone only has its CURRENT state, so the
 * path it must have taken is synthesized (a completed order was submitted, then in progress, then completed)
 * with the first step at the order's creation and the last at its last update.
 */
import type { LineSnapshot, OrderSnapshot } from './classify.ts'
import { classifyOrderChange, isCancellationState, isWithdrawnState, lineAction } from './classify.ts'
import { decide } from './engine.ts'
import type { AccountFacts, AccountSnapshot, Action, Decision, MappingRule, Milestone, OrderEvent, Stage } from './model.ts'
import { MILESTONES } from './model.ts'
import { STATE_TO_MILESTONE } from '../order-management/om-model.ts'
import { planStageChange } from './stage-periods.ts'
import type { StagePeriod } from './stage-periods.ts'
import { accountAfter, evaluateTimeRules } from './time-rules.ts'
import type { TimedAccount, TimeRule } from './time-rules.ts'

/** A milestone the timeline already recorded for an order (its real instant). */
export interface RecordedMilestone {
    action: Action
    milestone: Milestone
    occurredAt: string
}

/** One order as the instance knows it: current snapshot, lines, record dates and recorded milestones. */
export interface OrderHistory {
    order: OrderSnapshot
    lines: LineSnapshot[]
    createdAt: string
    updatedAt: string
    recorded: RecordedMilestone[]
}

/** One step of an order's state path: the order entered `state` at `at`. */
export interface StateStep {
    state: string
    at: string
}

export interface ReplayInput {
    /** Identity and pin of the account; its current state and stage are ignored (replay starts blank). */
    account: AccountSnapshot
    orders: OrderHistory[]
    rules: MappingRule[]
    timeRules: TimeRule[]
    /** The instant the replay runs up to (time rules due by then fire). */
    asOf: string
}

export interface ReplayedEvent {
    key: string
    kind: 'order' | 'time'
    orderId: string
    orderNumber: string
    action: Action | ''
    milestone: Milestone | ''
    occurredAt: string
    /** Set for time-rule events. */
    timeRuleId: string
    decision: Decision
}

export interface ReplayedPeriod {
    stage: Stage
    startedAt: string
    /** Blank for the open (current) period. */
    endedAt: string
    duration: string
    /** Key of the event that opened the period. */
    openedBy: string
}

export interface ReplayResult {
    account: TimedAccount
    events: ReplayedEvent[]
    periods: ReplayedPeriod[]
}

/** The first stored state meaning `milestone` on the normal or the cancellation path (om-model order). */
function representativeState(milestone: Milestone, cancellation: boolean): string | null {
    for (const state of Object.keys(STATE_TO_MILESTONE)) {
        if (STATE_TO_MILESTONE[state] === milestone && isCancellationState(state) === cancellation) return state
    }
    return null
}

/** States the order must have passed through to be in `state` now (assumption documented above). */
export function synthesizedStates(state: string): string[] {
    const milestone = Object.prototype.hasOwnProperty.call(STATE_TO_MILESTONE, state) ? STATE_TO_MILESTONE[state] : null
    if (!milestone) return []
    const submitted = representativeState('submitted', false) as string
    if (isCancellationState(state)) return [submitted, state]
    switch (milestone) {
        case 'submitted':
            return [state]
        case 'in_progress':
            return [submitted, state]
        case 'completed':
            return [submitted, representativeState('in_progress', false) as string, state]
        default:
            return [submitted, state]
    }
}

function later(left: string, right: string): string {
    return left > right ? left : right
}

/**
 * The order's state path: recorded milestones at their real instants, plus the current state when its
 * milestone was never recorded; synthesized from the current state when nothing was recorded.
 */
export function orderStatePath(history: OrderHistory): StateStep[] {
    const { order, createdAt } = history
    const updatedAt = later(history.updatedAt, createdAt)
    if (history.recorded.length === 0) {
        const states = synthesizedStates(order.state)
        return states.map((state, index) => ({ state, at: index === states.length - 1 && index > 0 ? updatedAt : createdAt }))
    }
    const steps: StateStep[] = []
    // Synthesized steps share an instant, so ties go by milestone order (submitted before in progress …).
    const recorded = history.recorded
        .slice()
        .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : MILESTONES.indexOf(a.milestone) - MILESTONES.indexOf(b.milestone)))
    for (const milestone of recorded) {
        const state = representativeState(milestone.milestone, milestone.action === 'cancel')
        if (!state) continue
        // Several actions of one order save record the same milestone once each: one step.
        if (steps.some((step) => step.state === state)) continue
        steps.push({ state, at: milestone.occurredAt })
    }
    const currentMilestone = Object.prototype.hasOwnProperty.call(STATE_TO_MILESTONE, order.state) ? STATE_TO_MILESTONE[order.state] : null
    const currentRepresented = steps.some((step) => STATE_TO_MILESTONE[step.state] === currentMilestone && isCancellationState(step.state) === isCancellationState(order.state))
    if (currentMilestone && !currentRepresented) {
        steps.push({ state: order.state, at: later(updatedAt, steps.length ? steps[steps.length - 1].at : updatedAt) })
    }
    return steps
}

/** One order save in the replay: the order entered `state`, producing `events` (maybe none). */
export interface ReplayStep {
    history: OrderHistory
    state: string
    at: string
    /** Position in the order's path, so an order's steps at one instant keep their order. */
    index: number
    events: OrderEvent[]
}

/**
 * Every order save of every order, in replay order: instant, order number, order id, path position. One
 * save's events keep classify()'s order, which is the order the live business rule evaluates them in.
 */
export function replaySteps(orders: OrderHistory[]): ReplayStep[] {
    const steps: ReplayStep[] = []
    for (const history of orders) {
        let previous: OrderSnapshot | null = null
        orderStatePath(history).forEach((step, index) => {
            const current: OrderSnapshot = { ...history.order, state: step.state }
            const events = classifyOrderChange(previous, current, history.lines, step.at).map((event) => ({ ...event, source: 'replay' as const }))
            steps.push({ history, state: step.state, at: step.at, index, events })
            previous = current
        })
    }
    return steps.sort((a, b) => {
        if (a.at !== b.at) return a.at < b.at ? -1 : 1
        if (a.history.order.number !== b.history.order.number) return a.history.order.number < b.history.order.number ? -1 : 1
        if (a.history.order.sysId !== b.history.order.sysId) return a.history.order.sysId < b.history.order.sysId ? -1 : 1
        return a.index - b.index
    })
}

/** Services in service during the replay: id → state, plus the orders completed so far. */
export interface ServiceLedger {
    services: Record<string, 'active' | 'suspended'>
    completedOrders: Record<string, true>
}

export function emptyLedger(): ServiceLedger {
    return { services: {}, completedOrders: {} }
}

/** A line's service: the sold product it acts on, or (for a new service without one yet) the line itself. */
export function serviceIdOf(line: LineSnapshot): string {
    return line.soldProductId || line.sysId
}

/** Facts as the live facts reader counts them: other services and other completed orders. */
export function ledgerFacts(ledger: ServiceLedger, event: OrderEvent): AccountFacts {
    let activeServices = 0
    let suspendedServices = 0
    for (const id of Object.keys(ledger.services)) {
        if (event.serviceIds.indexOf(id) >= 0) continue
        if (ledger.services[id] === 'active') activeServices++
        else suspendedServices++
    }
    const completedOrders = Object.keys(ledger.completedOrders).filter((id) => id !== event.orderId).length
    return { activeServices, suspendedServices, completedOrders }
}

/**
 * What an order reaching its completed state does to the account's services (every line, whatever events
 * it produced): new and resumed services are in service, suspended ones suspended, disconnected ones gone.
 */
export function applyCompletion(ledger: ServiceLedger, order: OrderSnapshot, state: string, lines: LineSnapshot[]): void {
    if (!Object.prototype.hasOwnProperty.call(STATE_TO_MILESTONE, state) || STATE_TO_MILESTONE[state] !== 'completed') return
    ledger.completedOrders[order.sysId] = true
    for (const line of lines) {
        // A line canceled or rejected on its own did nothing to its service (the order completed without it).
        if (isWithdrawnState(line.state)) continue
        const action = lineAction(line.action)
        const id = serviceIdOf(line)
        if (action === 'place' || action === 'resume') ledger.services[id] = 'active'
        else if (action === 'suspend') ledger.services[id] = 'suspended'
        else if (action === 'disconnect') delete ledger.services[id]
    }
}

export function blankTimedAccount(account: AccountSnapshot): TimedAccount {
    return { ...account, state: '', stage: '', stateSince: '', stageSince: '' }
}

/** Rebuilds the account from a blank start. Replaying the result's own history again gives the same result. */
export function replayAccount(input: ReplayInput): ReplayResult {
    let account = blankTimedAccount(input.account)
    const events: ReplayedEvent[] = []
    const closed: ReplayedPeriod[] = []
    let open: (StagePeriod & { openedBy: string }) | null = null
    const seen: Record<string, true> = {}
    const ledger = emptyLedger()

    const record = (entry: ReplayedEvent): void => {
        events.push(entry)
        seen[entry.key] = true
        const { decision } = entry
        if (decision.outcome !== 'applied') return
        if (decision.stageTo && decision.stageTo !== decision.stageFrom) {
            const plan = planStageChange(open, decision.stageTo, entry.occurredAt, entry.key)
            if (plan) {
                if (open && plan.close) closed.push({ stage: open.stage, startedAt: open.startedAt, endedAt: plan.close.endedAt, duration: plan.close.duration, openedBy: open.openedBy })
                open = { stage: plan.open.stage, startedAt: plan.open.startedAt, openedBy: plan.open.openedBy }
            }
        }
        account = accountAfter(account, decision, entry.occurredAt)
    }

    const runTimeRules = (now: string): void => {
        const result = evaluateTimeRules(account, input.timeRules, now, (key) => seen[key] === true, false)
        for (const evaluation of result.evaluations) {
            record({
                key: evaluation.key,
                kind: 'time',
                orderId: '',
                orderNumber: '',
                action: '',
                milestone: '',
                occurredAt: evaluation.due.occurredAt,
                timeRuleId: evaluation.due.rule.id,
                decision: evaluation.decision,
            })
        }
    }

    for (const step of replaySteps(input.orders)) {
        runTimeRules(step.at)
        for (const event of step.events) {
            if (seen[event.key]) continue
            const facts = ledgerFacts(ledger, event)
            const decision = decide({ event, rules: input.rules, account, facts, dryRun: false })
            record({
                key: event.key,
                kind: 'order',
                orderId: event.orderId,
                orderNumber: event.orderNumber,
                action: event.action,
                milestone: event.milestone,
                occurredAt: event.occurredAt,
                timeRuleId: '',
                decision,
            })
        }
        // The inventory changes after the order's business rule ran, as the live facts reader sees it.
        applyCompletion(ledger, step.history.order, step.state, step.history.lines)
    }
    runTimeRules(input.asOf)

    const periods = closed.slice()
    const last = open as (StagePeriod & { openedBy: string }) | null
    if (last) periods.push({ stage: last.stage, startedAt: last.startedAt, endedAt: '', duration: '', openedBy: last.openedBy })
    return { account, events, periods }
}
