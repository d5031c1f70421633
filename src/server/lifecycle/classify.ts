/**
 * Turns raw Order Management record snapshots (values exactly as stored) into order lifecycle events.
 * Only the maps in om-model.ts decide what a stored value means, so an unconfirmed OM spelling is fixed
 * in one place. See docs/EVENT-MODEL.md for the semantics.
 */
import { CANCELLATION_STATES, LINE_ACTION_TO_ACTION, STATE_TO_MILESTONE } from '../order-management/om-model.ts'
import { eventKey } from './event-key.ts'
import type { Action, ConditionField, Milestone, OrderEvent, ServiceEffect } from './model.ts'
import { distinctReasons, reasonText } from './reasons.ts'

/** A customer order (sn_ind_tmt_orm_order) as stored. */
export interface OrderSnapshot {
    sysId: string
    number: string
    accountId: string
    state: string
    channel: string
    orderCategory: string
    /** When the order is committed to be done (a pending churn is due then); absent or blank = none. */
    committedDueDate?: string
}

/** An order line item (sn_ind_tmt_orm_order_line_item) as stored. */
export interface LineSnapshot {
    sysId: string
    orderId: string
    accountId: string
    state: string
    action: string
    productOffering: string
    soldProductId: string
    /** Why the line does its action (e.g. why a service is disconnected); absent or blank = none given. */
    actionReason?: string
    /** The line's recurring charge as stored (column INFERRED, om-model.ts); absent or blank = unknown. */
    recurringCharge?: string
}

function ownValue<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
    // Guards against stored values such as "constructor" resolving to Object.prototype members.
    return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined
}

/** The milestone a state change reaches, or null when the state did not change or is not a milestone. */
export function milestoneReached(previousState: string | null, currentState: string): Milestone | null {
    if (previousState !== null && previousState === currentState) return null
    return ownValue(STATE_TO_MILESTONE, currentState) ?? null
}

/** The app action of a stored line action; null for `no-change` and for values the app does not know. */
export function lineAction(storedAction: string): Action | null {
    return ownValue(LINE_ACTION_TO_ACTION, storedAction) ?? null
}

/** True for states on the in-flight cancellation path (Assessing cancellation … Canceled). */
export function isCancellationState(state: string): boolean {
    return CANCELLATION_STATES.indexOf(state) >= 0
}

/** True for a record that no longer does its action: on the cancellation path, or rejected. */
export function isWithdrawnState(state: string): boolean {
    return isCancellationState(state) || ownValue(STATE_TO_MILESTONE, state) === 'rejected'
}

/**
 * The lines that still do their action. A line canceled or rejected on its own while its order goes on
 * (the customer keeps that service) acts on nothing; when the whole order is withdrawn, every line counts.
 */
function linesInEffect(lines: LineSnapshot[], order: OrderSnapshot): LineSnapshot[] {
    return isWithdrawnState(order.state) ? lines : lines.filter((line) => !isWithdrawnState(line.state))
}

function orderAttributes(order: OrderSnapshot, productOffering: string, reasons: string[]): Partial<Record<ConditionField, string>> {
    const attributes: Partial<Record<ConditionField, string>> = { product_offering: productOffering, channel: order.channel, order_category: order.orderCategory }
    // churn_type is filled in by decide(), which has the admin's reason mapping.
    if (reasons.length > 0) attributes.action_reason = reasonText(reasons)
    return attributes
}

/** The optional parts of an event, present only when they say something (reasons, charge change, due date). */
function eventExtras(reasons: string[], chargeDelta: number | null, order: OrderSnapshot): Pick<OrderEvent, 'reasons' | 'chargeDelta' | 'dueDate'> {
    const extras: Pick<OrderEvent, 'reasons' | 'chargeDelta' | 'dueDate'> = {}
    if (reasons.length > 0) extras.reasons = reasons
    if (chargeDelta !== null) extras.chargeDelta = chargeDelta
    if (order.committedDueDate) extras.dueDate = order.committedDueDate
    return extras
}

/** The reasons of the lines an event reports: distinct, non-blank, sorted, so the line's and the order's event agree. */
export function reasonsOf(lines: LineSnapshot[]): string[] {
    return distinctReasons(lines.map((line) => line.actionReason ?? ''))
}

/**
 * A stored charge as a number: plain ("12.5") or currency storage ("USD;12.50"); NaN when blank or unreadable.
 */
export function parseCharge(text: string | undefined): number {
    const value = (text ?? '').trim()
    if (!value) return NaN
    const amount = value.indexOf(';') >= 0 ? value.slice(value.indexOf(';') + 1) : value
    return /^-?\d+(\.\d+)?$/.test(amount.trim()) ? Number(amount) : NaN
}

const CHARGE_SIGN: Readonly<Record<Exclude<Action, 'cancel'>, number>> = { place: 1, resume: 1, disconnect: -1, suspend: -1, modify: 0 }

/**
 * What the order does to the recurring charges: added and resumed lines count up, disconnected and suspended ones
 * down. null when a line has no readable charge, or changes a service (its charge after the change says nothing
 * about the difference): the movement then comes from the service counts alone.
 */
export function chargeDeltaOf(order: OrderSnapshot, lines: LineSnapshot[]): number | null {
    if (isWithdrawnState(order.state)) return null
    let delta = 0
    let acting = 0
    for (const line of linesInEffect(lines, order)) {
        const action = lineAction(line.action)
        if (!action || action === 'cancel') continue
        if (action === 'modify') return null
        const charge = parseCharge(line.recurringCharge)
        if (isNaN(charge)) return null
        delta += CHARGE_SIGN[action] * charge
        acting++
    }
    return acting > 0 ? Math.round(delta * 100) / 100 : null
}

/** The lines an event of `action` reports: the lines whose (grouped) action it is; every actionable line for a cancel. */
function linesOfAction(lines: LineSnapshot[], action: Action, migration: boolean): LineSnapshot[] {
    return lines.filter((line) => {
        const own = lineAction(line.action)
        if (!own) return false
        return action === 'cancel' || groupedAction(own, migration) === action
    })
}

/** A line's service: the sold product it acts on, or (for a new service without one yet) the line itself. */
export function serviceIdOf(line: LineSnapshot): string {
    return line.soldProductId || line.sysId
}

/**
 * An order that both adds and disconnects services is a migration, upgrade or move: its add, change and
 * delete lines are one modification of the customer's services, not a new service plus a churn.
 */
export function isMigration(lines: LineSnapshot[]): boolean {
    let adds = false
    let deletes = false
    for (const line of lines) {
        const action = lineAction(line.action)
        adds = adds || action === 'place'
        deletes = deletes || action === 'disconnect'
    }
    return adds && deletes
}

/** The event action a line's own action is grouped under in its order. */
function groupedAction(own: Action, migration: boolean): Action {
    return migration && (own === 'place' || own === 'modify' || own === 'disconnect') ? 'modify' : own
}

/**
 * What the order does to the account's services: every line still in effect with its action. A withdrawn
 * order (canceled or rejected) does nothing to any service.
 */
export function orderEffects(order: OrderSnapshot, lines: LineSnapshot[]): ServiceEffect[] {
    if (isWithdrawnState(order.state)) return []
    const effects: ServiceEffect[] = []
    for (const line of linesInEffect(lines, order)) {
        const action = lineAction(line.action)
        if (action) effects.push({ serviceId: serviceIdOf(line), action })
    }
    return effects
}

/** The line as saved now replaces its (possibly older) copy among the order's lines. */
function withCurrentLine(lines: LineSnapshot[], current: LineSnapshot): LineSnapshot[] {
    return lines.some((line) => line.sysId === current.sysId) ? lines.map((line) => (line.sysId === current.sysId ? current : line)) : lines.concat([current])
}

/**
 * The keys a line save could be recorded under, known from the line alone (no order read): [] when the save
 * is not a lifecycle event. An add, change or delete line may belong to a migration, whose event is the
 * order's modification, so both its own key and the modify key are candidates.
 */
export function lineEventKeys(previous: LineSnapshot | null, current: LineSnapshot): string[] {
    const milestone = milestoneReached(previous ? previous.state : null, current.state)
    const own = lineAction(current.action)
    if (!milestone || !own || !current.orderId) return []
    if (isCancellationState(current.state)) return [eventKey(current.orderId, 'cancel', milestone)]
    const keys = [eventKey(current.orderId, own, milestone)]
    if (own === 'place' || own === 'disconnect') keys.push(eventKey(current.orderId, 'modify', milestone))
    return keys
}

/**
 * The event produced by a line item save, or null when the save is not a lifecycle event: the state did
 * not change into a milestone state, the line's action is no-change/unknown, or the line alone was canceled
 * or rejected while its order goes on. On the cancellation path the action is `cancel` whatever the line's
 * own action; in a migration order add, change and delete lines report the order's `modify`.
 *
 * `orderLines` are all lines of the order: the event carries what the whole order does to the account's
 * services, exactly like the order's event with the same key, so whichever of the two is recorded first the
 * account is judged on the services after the order.
 */
export function classifyLineChange(
    previous: LineSnapshot | null,
    current: LineSnapshot,
    order: OrderSnapshot,
    occurredAt: string,
    orderLines: LineSnapshot[] = [],
): OrderEvent | null {
    const milestone = milestoneReached(previous ? previous.state : null, current.state)
    if (!milestone) return null
    const ownAction = lineAction(current.action)
    if (!ownAction) return null
    // One line canceled or rejected while its order goes on is not an account event (and must not take the
    // order's cancel/rejected key): the order's own save reports a withdrawn order, with all of its lines.
    if (isWithdrawnState(current.state) && !isWithdrawnState(order.state)) return null
    const lines = withCurrentLine(orderLines, current)
    const inEffect = linesInEffect(lines, order)
    const migration = isMigration(inEffect)
    const action: Action = isCancellationState(current.state) ? 'cancel' : groupedAction(ownAction, migration)
    const orderId = order.sysId || current.orderId
    const reasons = reasonsOf(linesOfAction(action === 'cancel' ? lines : inEffect, action, migration))
    return {
        key: eventKey(orderId, action, milestone),
        source: 'line_item',
        accountId: current.accountId || order.accountId,
        orderId,
        orderNumber: order.number,
        lineItemId: current.sysId,
        action,
        milestone,
        occurredAt,
        attributes: orderAttributes(order, current.productOffering, reasons),
        effects: orderEffects(order, lines),
        ...eventExtras(reasons, chargeDeltaOf(order, lines), order),
    }
}

interface ActionGroup {
    action: Action
    lines: LineSnapshot[]
}

/** Actionable lines grouped by event action, in order of first appearance (deterministic output order). */
function groupLinesByAction(lines: LineSnapshot[], mergeMigrations: boolean): ActionGroup[] {
    const migration = mergeMigrations && isMigration(lines)
    const groups: ActionGroup[] = []
    for (const line of lines) {
        const own = lineAction(line.action)
        if (!own) continue
        const action = groupedAction(own, migration)
        const group = groups.find((candidate) => candidate.action === action)
        if (group) group.lines.push(line)
        else groups.push({ action, lines: [line] })
    }
    return groups
}

/** The offering shared by every line, or '' when they differ (a condition on it would be ambiguous). */
function sharedOffering(lines: LineSnapshot[]): string {
    const first = lines[0].productOffering
    return lines.every((line) => line.productOffering === first) ? first : ''
}

function orderEvent(order: OrderSnapshot, action: Action, milestone: Milestone, groupLines: LineSnapshot[], effects: ServiceEffect[], occurredAt: string, chargeDelta: number | null): OrderEvent {
    const reasons = reasonsOf(groupLines)
    return {
        key: eventKey(order.sysId, action, milestone),
        source: 'order',
        accountId: order.accountId,
        orderId: order.sysId,
        orderNumber: order.number,
        lineItemId: '',
        action,
        milestone,
        occurredAt,
        attributes: orderAttributes(order, sharedOffering(groupLines), reasons),
        effects,
        ...eventExtras(reasons, chargeDelta, order),
    }
}

/**
 * The events produced by an order save: one per distinct event action among its actionable lines (add,
 * change and delete lines of a migration are one `modify`), or a single `cancel` event on the cancellation
 * path. An order whose lines are all no-change/unknown produces none. `mergeMigrations` false groups by each
 * line's own action: what a line saved before the order's other lines existed was recorded as (replay uses it
 * to rebuild such a recorded event).
 */
export function classifyOrderChange(
    previous: OrderSnapshot | null,
    current: OrderSnapshot,
    lines: LineSnapshot[],
    occurredAt: string,
    mergeMigrations = true,
): OrderEvent[] {
    const milestone = milestoneReached(previous ? previous.state : null, current.state)
    if (!milestone) return []
    const inEffect = linesInEffect(lines, current)
    const groups = groupLinesByAction(inEffect, mergeMigrations)
    if (groups.length === 0) return []
    const effects = orderEffects(current, lines)
    const chargeDelta = chargeDeltaOf(current, lines)
    if (isCancellationState(current.state)) {
        const actionable = lines.filter((line) => lineAction(line.action) !== null)
        return [orderEvent(current, 'cancel', milestone, actionable, effects, occurredAt, chargeDelta)]
    }
    return groups.map((group) => orderEvent(current, group.action, milestone, group.lines, effects, occurredAt, chargeDelta))
}

/** The first stored state meaning `milestone` on the normal or the cancellation path (om-model order), or null. */
export function stateOfMilestone(milestone: Milestone, cancellation: boolean): string | null {
    for (const state of Object.keys(STATE_TO_MILESTONE)) {
        if (STATE_TO_MILESTONE[state] === milestone && isCancellationState(state) === cancellation) return state
    }
    return null
}

/** The stored state that means "submitted" on the normal path. */
function submissionState(): string {
    const state = stateOfMilestone('submitted', false)
    if (!state) throw new Error('om-model maps no state to the submitted milestone')
    return state
}

/**
 * The order's lines as they were when the order was in an earlier state: a line of a withdrawn (canceled or
 * rejected) order was withdrawn with it, so before that it was in effect; a line withdrawn on its own while its
 * order went on stays withdrawn (when is not known).
 */
export function linesAsOf(lines: LineSnapshot[], currentOrderState: string, earlierState: string): LineSnapshot[] {
    if (!isWithdrawnState(currentOrderState) || isWithdrawnState(earlierState)) return lines
    return lines.map((line) => (isWithdrawnState(line.state) ? { ...line, state: earlierState } : line))
}

/**
 * The submission events a later milestone implies when the order's submission was never recorded (a line
 * completed while its order was still a draft, an order created straight in progress): evaluated first, at the
 * same instant, so a first order is onboarded whatever order its records are saved in — the same path replay
 * synthesizes for an order it has no record of.
 */
export function impliedSubmissions(order: OrderSnapshot, lines: LineSnapshot[], occurredAt: string, source: OrderEvent['source']): OrderEvent[] {
    const submitted = submissionState()
    return classifyOrderChange(null, { ...order, state: submitted }, linesAsOf(lines, order.state, submitted), occurredAt).map((event) => ({ ...event, source }))
}
