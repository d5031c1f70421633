/**
 * Replay: rebuild an account's state, stage, stage periods and timeline outcomes from its order history,
 * through the same classify(), decide() and progress() the live business rules use, starting from a blank
 * account. Pure and deterministic: the same history, rules and `asOf` always give the same result.
 *
 * History reconstruction (docs/RECALCULATION.md):
 * - An order's milestones come from the timeline where they were recorded (their real instants and sequence
 *   numbers); an order with no recorded milestone only has its CURRENT state, so the path it must have taken is
 *   synthesized (a completed order was submitted, then in progress, then completed) with the first step at the
 *   order's creation and the last at its last update.
 * - Services: the live engine judges an event on inventory; replay keeps a ledger of the services orders put
 *   in or out of service (by sold product, at the order's first recorded completion), seeded with the
 *   inventory records no order line refers to (services that predate the orders), from their creation.
 */
import type { ReasonMapping } from './reasons.ts'
import type { LineSnapshot, OrderSnapshot } from './classify.ts'
import { classifyOrderChange, isCancellationState, isWithdrawnState, lineAction, linesAsOf, stateOfMilestone } from './classify.ts'
import { decide } from './engine.ts'
import type { AccountFacts, AccountSnapshot, Action, Decision, MappingRule, Milestone, OrderEvent, Stage, TimedAccount } from './model.ts'
import { MILESTONES } from './model.ts'
import { STATE_TO_MILESTONE } from '../order-management/om-model.ts'
import { meaningOf } from './inventory.ts'
import type { InventoryMapping } from './inventory.ts'
import { touchedServiceIds } from './net-effect.ts'
import { progress } from './progress.ts'
import type { TimelineEntry } from './progress.ts'
import type { StagePeriod } from './stage-periods.ts'
import { evaluateTimeRules } from './time-rules.ts'
import type { TimeRule } from './time-rules.ts'

/** A milestone the timeline already recorded for an order (its real instant and per-account sequence). */
export interface RecordedMilestone {
    action: Action
    milestone: Milestone
    occurredAt: string
    /** The row's sequence number (0 when unknown: rows written before sequence numbers existed). */
    sequence: number
}

/** One order as the instance knows it: current snapshot, lines, record dates and recorded milestones. */
export interface OrderHistory {
    order: OrderSnapshot
    lines: LineSnapshot[]
    createdAt: string
    updatedAt: string
    recorded: RecordedMilestone[]
}

/** A sold product / product inventory record of the account as it is now. */
export interface InventoryRecord {
    id: string
    state: string
    createdAt: string
}

/** One step of an order's state path: the order entered `state` at `at`. */
export interface StateStep {
    state: string
    at: string
    /** Sequence of the first row recorded for this step; synthesized steps sort after recorded ones. */
    sequence: number
}

export interface ReplayInput {
    /** Identity and pin of the account; its current state and stage are ignored (replay starts blank). */
    account: AccountSnapshot
    orders: OrderHistory[]
    rules: MappingRule[]
    timeRules: TimeRule[]
    /** The account's inventory now, and what its states mean (services that predate the orders count). */
    inventory: InventoryRecord[]
    mapping: InventoryMapping
    /** The instant the replay runs up to (time rules due by then fire). */
    asOf: string
    /** The admin's reason mapping, so a rule condition on the churn type decides as it did live (absent = none). */
    reasons?: ReasonMapping[]
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

/** Sequence of synthesized steps: after every recorded row at the same instant. */
const UNRECORDED = Number.MAX_SAFE_INTEGER

function milestoneOf(state: string): Milestone | null {
    return Object.prototype.hasOwnProperty.call(STATE_TO_MILESTONE, state) ? STATE_TO_MILESTONE[state] : null
}

/** States the order must have passed through to be in `state` now (assumption documented above). */
export function synthesizedStates(state: string): string[] {
    const milestone = milestoneOf(state)
    if (!milestone) return []
    const submitted = stateOfMilestone('submitted', false) as string
    if (isCancellationState(state)) return [submitted, state]
    switch (milestone) {
        case 'submitted':
            return [state]
        case 'in_progress':
            return [submitted, state]
        case 'completed':
            return [submitted, stateOfMilestone('in_progress', false) as string, state]
        default:
            return [submitted, state]
    }
}

function later(left: string, right: string): string {
    return left > right ? left : right
}

function compareRecorded(a: RecordedMilestone, b: RecordedMilestone): number {
    if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? -1 : 1
    if (a.sequence !== b.sequence) return a.sequence - b.sequence
    return MILESTONES.indexOf(a.milestone) - MILESTONES.indexOf(b.milestone)
}

/**
 * The order's state path: recorded milestones at their real instants (in sequence order), plus the current
 * state when its milestone was never recorded; synthesized from the current state when nothing was recorded.
 */
export function orderStatePath(history: OrderHistory): StateStep[] {
    const { order, createdAt } = history
    const updatedAt = later(history.updatedAt, createdAt)
    if (history.recorded.length === 0) {
        const states = synthesizedStates(order.state)
        return states.map((state, index) => ({ state, at: index === states.length - 1 && index > 0 ? updatedAt : createdAt, sequence: UNRECORDED }))
    }
    const steps: StateStep[] = []
    for (const milestone of history.recorded.slice().sort(compareRecorded)) {
        const state = stateOfMilestone(milestone.milestone, milestone.action === 'cancel')
        if (!state) continue
        // Several actions of one order save record the same milestone once each: one step.
        if (steps.some((step) => step.state === state)) continue
        steps.push({ state, at: milestone.occurredAt, sequence: milestone.sequence || UNRECORDED })
    }
    const currentMilestone = milestoneOf(order.state)
    const currentRepresented = steps.some((step) => STATE_TO_MILESTONE[step.state] === currentMilestone && isCancellationState(step.state) === isCancellationState(order.state))
    if (currentMilestone && !currentRepresented) {
        steps.push({ state: order.state, at: later(updatedAt, steps.length ? steps[steps.length - 1].at : updatedAt), sequence: UNRECORDED })
    }
    return steps
}

/**
 * One evaluation in the replay: an event of an order save (or, for a save that produces none, the save itself so
 * its completion still reaches the ledger), at the instant and sequence it was recorded under when the timeline
 * has it, else at the save's.
 */
export interface ReplayStep {
    history: OrderHistory
    /** The order state the save entered. */
    state: string
    at: string
    sequence: number
    /** Position of the save in the order's path, then of the event in the save: ties keep the live order. */
    index: number
    eventIndex: number
    /** Identifies the save: its completion is applied to the ledger once, after its first evaluation. */
    saveKey: string
    event: OrderEvent | null
}

function compareText(left: string, right: string): number {
    return left < right ? -1 : left > right ? 1 : 0
}

/**
 * The events one save of the order yields: what classify() makes of the order's lines as they are now, plus any
 * event the timeline recorded for this milestone under another grouping (a line saved before the order's other
 * lines existed is recorded by its own action, e.g. place:submitted of what later became a migration).
 */
function eventsOfSave(history: OrderHistory, previous: OrderSnapshot | null, current: OrderSnapshot, lines: LineSnapshot[], at: string): OrderEvent[] {
    const events = classifyOrderChange(previous, current, lines, at)
    const milestone = milestoneOf(current.state)
    const missing = history.recorded.filter(
        (entry) => entry.milestone === milestone && (entry.action === 'cancel') === isCancellationState(current.state) && !events.some((event) => event.action === entry.action),
    )
    if (missing.length === 0) return events
    const byOwnAction = classifyOrderChange(previous, current, lines, at, false)
    for (const entry of missing) {
        const found = byOwnAction.find((event) => event.action === entry.action)
        if (found) events.push(found)
    }
    return events
}

/**
 * Every evaluation of every order, in replay order: instant, sequence (the order the live rules recorded them
 * in, so saves within one second — and the events one save's lines reported at different moments — keep their
 * order), order number, order id, path position.
 */
export function replaySteps(orders: OrderHistory[]): ReplayStep[] {
    const steps: ReplayStep[] = []
    for (const history of orders) {
        let previous: OrderSnapshot | null = null
        orderStatePath(history).forEach((step, index) => {
            const current: OrderSnapshot = { ...history.order, state: step.state }
            const lines = linesAsOf(history.lines, history.order.state, step.state)
            const events = eventsOfSave(history, previous, current, lines, step.at)
            const saveKey = `${history.order.sysId}:${index}`
            if (events.length === 0) steps.push({ history, state: step.state, at: step.at, sequence: step.sequence, index, eventIndex: 0, saveKey, event: null })
            events.forEach((event, eventIndex) => {
                const recorded = history.recorded.find((entry) => entry.action === event.action && entry.milestone === event.milestone)
                const at = recorded ? recorded.occurredAt : step.at
                const sequence = recorded && recorded.sequence ? recorded.sequence : step.sequence
                steps.push({ history, state: step.state, at, sequence, index, eventIndex, saveKey, event: { ...event, occurredAt: at, source: 'replay' } })
            })
            previous = current
        })
    }
    return steps.sort(
        (a, b) =>
            compareText(a.at, b.at) ||
            a.sequence - b.sequence ||
            compareText(a.history.order.number, b.history.order.number) ||
            compareText(a.history.order.sysId, b.history.order.sysId) ||
            a.index - b.index ||
            a.eventIndex - b.eventIndex,
    )
}

/** What a service means to the account in the ledger. */
type LedgerMeaning = 'in_service' | 'suspended' | 'gone'

/** Services known during the replay (id → meaning), and the orders completed so far. */
export interface ServiceLedger {
    services: Record<string, LedgerMeaning>
    completedOrders: Record<string, true>
}

export function emptyLedger(): ServiceLedger {
    return { services: {}, completedOrders: {} }
}

/** Facts as the live facts reader counts them: the services the event's order does not act on, other completed orders. */
export function ledgerFacts(ledger: ServiceLedger, event: OrderEvent): AccountFacts {
    const touched = touchedServiceIds(event.effects)
    const others = { inService: 0, suspended: 0 }
    for (const id of Object.keys(ledger.services)) {
        if (touched.indexOf(id) >= 0) continue
        if (ledger.services[id] === 'in_service') others.inService++
        else if (ledger.services[id] === 'suspended') others.suspended++
    }
    const completedOrders = Object.keys(ledger.completedOrders).filter((id) => id !== event.orderId).length
    return { others, completedOrders }
}

const AFTER_COMPLETION: Readonly<Record<Exclude<Action, 'cancel'>, LedgerMeaning>> = {
    place: 'in_service',
    modify: 'in_service',
    resume: 'in_service',
    suspend: 'suspended',
    disconnect: 'gone',
}

/**
 * What an order reaching its completed state does to the account's services, as inventory will show it:
 * every line still in effect acting on a sold product sets that product's meaning. A line without a sold
 * product leaves nothing the live engine could count later (inventory has no record of it), so neither does
 * the ledger; a product fulfilment creates without writing it back to its line is seeded from inventory.
 */
export function applyCompletion(ledger: ServiceLedger, order: OrderSnapshot, state: string, lines: LineSnapshot[]): void {
    if (milestoneOf(state) !== 'completed') return
    ledger.completedOrders[order.sysId] = true
    for (const line of lines) {
        // A line canceled or rejected on its own did nothing to its service (the order completed without it).
        if (isWithdrawnState(line.state) || !line.soldProductId) continue
        const action = lineAction(line.action)
        if (action && action !== 'cancel') ledger.services[line.soldProductId] = AFTER_COMPLETION[action]
    }
}

/** What a service was before the first completed order that acted on it, presumed from that order's action. */
const BEFORE_ACTION: Readonly<Record<string, LedgerMeaning>> = { resume: 'suspended' }

/**
 * Inventory records no add line created: services that came into being outside the orders (migrated before the
 * app, or created without a link to their add line). They count from their creation: with the meaning the first
 * completed order acting on them implies they had (a resume means it was suspended, anything else in service),
 * or with the meaning of their current state when no completed order acts on them.
 */
export function unexplainedServices(inventory: InventoryRecord[], orders: OrderHistory[], mapping: InventoryMapping): Array<{ id: string; meaning: LedgerMeaning; since: string }> {
    const created: Record<string, true> = {}
    const firstAction: Record<string, { at: string; action: string }> = {}
    for (const history of orders) {
        const completed = milestoneOf(history.order.state) === 'completed'
        for (const line of history.lines) {
            if (!line.soldProductId) continue
            const action = lineAction(line.action)
            if (action === 'place') created[line.soldProductId] = true
            else if (action && completed && !isWithdrawnState(line.state)) {
                const known = firstAction[line.soldProductId]
                if (!known || history.createdAt < known.at) firstAction[line.soldProductId] = { at: history.createdAt, action }
            }
        }
    }
    const services: Array<{ id: string; meaning: LedgerMeaning; since: string }> = []
    for (const record of inventory) {
        if (created[record.id]) continue
        const first = firstAction[record.id]
        const meaning = first ? (BEFORE_ACTION[first.action] ?? 'in_service') : meaningOf(mapping, record.state)
        if (meaning === 'in_service' || meaning === 'suspended') services.push({ id: record.id, meaning, since: record.createdAt })
    }
    return services.sort((a, b) => compareText(a.since, b.since) || compareText(a.id, b.id))
}

export function blankTimedAccount(account: AccountSnapshot): TimedAccount {
    return { ...account, state: '', stage: '', stateSince: '', stageSince: '' }
}

/** Rebuilds the account from a blank start. Replaying the result's own history again gives the same result. */
export function replayAccount(input: ReplayInput): ReplayResult {
    let account = blankTimedAccount(input.account)
    let open: (StagePeriod & { openedBy: string }) | null = null
    const events: ReplayedEvent[] = []
    const periods: ReplayedPeriod[] = []
    const seen: Record<string, true> = {}
    const ledger = emptyLedger()
    const unexplained = unexplainedServices(input.inventory, input.orders, input.mapping)

    const record = (entry: ReplayedEvent): void => {
        events.push(entry)
        seen[entry.key] = true
        const timelineEntry: TimelineEntry = {
            key: entry.key,
            source: entry.kind === 'time' ? 'schedule' : 'replay',
            accountId: account.id,
            orderId: entry.orderId,
            lineItemId: '',
            action: entry.action,
            milestone: entry.milestone,
            occurredAt: entry.occurredAt,
            decision: entry.decision,
        }
        const step = progress(account, open, timelineEntry)
        const plan = step.periodPlan
        if (plan) {
            if (open && plan.close) periods.push({ stage: open.stage, startedAt: open.startedAt, endedAt: plan.close.endedAt, duration: plan.close.duration, openedBy: open.openedBy })
            open = { stage: plan.open.stage, startedAt: plan.open.startedAt, openedBy: plan.open.openedBy }
        }
        account = step.account
    }

    const admitServicesUpTo = (at: string): void => {
        while (unexplained.length > 0 && unexplained[0].since <= at) {
            const service = unexplained.shift() as { id: string; meaning: LedgerMeaning }
            ledger.services[service.id] = service.meaning
        }
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

    const completedSaves: Record<string, true> = {}
    for (const step of replaySteps(input.orders)) {
        runTimeRules(step.at)
        admitServicesUpTo(step.at)
        const event = step.event
        if (event && !seen[event.key]) {
            const decision = decide({ event, rules: input.rules, account, facts: ledgerFacts(ledger, event), dryRun: false, reasons: input.reasons ?? [] })
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
        // Inventory follows the order's completion: later evaluations see its services as it left them.
        if (!completedSaves[step.saveKey]) {
            completedSaves[step.saveKey] = true
            applyCompletion(ledger, step.history.order, step.state, step.history.lines)
        }
    }
    runTimeRules(input.asOf)

    const last = open as (StagePeriod & { openedBy: string }) | null
    if (last) periods.push({ stage: last.stage, startedAt: last.startedAt, endedAt: '', duration: '', openedBy: last.openedBy })
    return { account, events, periods }
}
