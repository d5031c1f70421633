/**
 * Turns raw Order Management record snapshots (values exactly as stored) into order lifecycle events.
 * Only the maps in om-model.ts decide what a stored value means, so an unconfirmed OM spelling is fixed
 * in one place. See docs/EVENT-MODEL.md for the semantics.
 */
import { CANCELLATION_STATES, LINE_ACTION_TO_ACTION, STATE_TO_MILESTONE } from '../order-management/om-model.ts'
import { eventKey } from './event-key.ts'
import type { Action, ConditionField, Milestone, OrderEvent } from './model.ts'

/** A customer order (sn_ind_tmt_orm_order) as stored. */
export interface OrderSnapshot {
    sysId: string
    number: string
    accountId: string
    state: string
    channel: string
    orderCategory: string
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

function orderAttributes(order: OrderSnapshot, productOffering: string): Record<ConditionField, string> {
    return { product_offering: productOffering, channel: order.channel, order_category: order.orderCategory }
}

/**
 * The event produced by a line item save, or null when the save is not a lifecycle event: the state did
 * not change into a milestone state, the line's action is no-change/unknown, or the line alone was canceled
 * or rejected while its order goes on. On the cancellation path the action is `cancel` whatever the line's
 * own action.
 *
 * `orderLines` are all lines of the order. The event carries the services of every line with the same
 * action, exactly like the order's event with the same key: whichever of the two is recorded first, a
 * disconnect of all of an account's services in one order is seen as the last one, not as a partial one.
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
    const action: Action = isCancellationState(current.state) ? 'cancel' : ownAction
    const orderId = order.sysId || current.orderId
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
        attributes: orderAttributes(order, current.productOffering),
        serviceIds: distinctNonBlank([current.soldProductId, ...linesOfEvent(linesInEffect(orderLines, order), action).map((line) => line.soldProductId)]),
    }
}

/** The lines an order-level event with this action covers: the same action, or every actionable line for cancel. */
function linesOfEvent(lines: LineSnapshot[], action: Action): LineSnapshot[] {
    return lines.filter((line) => {
        const own = lineAction(line.action)
        return own !== null && (action === 'cancel' || own === action)
    })
}

interface ActionGroup {
    action: Action
    lines: LineSnapshot[]
}

/** Actionable lines grouped by app action, in order of first appearance (deterministic output order). */
function groupLinesByAction(lines: LineSnapshot[]): ActionGroup[] {
    const groups: ActionGroup[] = []
    for (const line of lines) {
        const action = lineAction(line.action)
        if (!action) continue
        const group = groups.find((candidate) => candidate.action === action)
        if (group) group.lines.push(line)
        else groups.push({ action, lines: [line] })
    }
    return groups
}

function distinctNonBlank(values: string[]): string[] {
    const result: string[] = []
    for (const value of values) if (value && result.indexOf(value) < 0) result.push(value)
    return result
}

/** The offering shared by every line, or '' when they differ (a condition on it would be ambiguous). */
function sharedOffering(lines: LineSnapshot[]): string {
    const first = lines[0].productOffering
    return lines.every((line) => line.productOffering === first) ? first : ''
}

function orderEvent(order: OrderSnapshot, action: Action, milestone: Milestone, lines: LineSnapshot[], occurredAt: string): OrderEvent {
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
        attributes: orderAttributes(order, sharedOffering(lines)),
        serviceIds: distinctNonBlank(lines.map((line) => line.soldProductId)),
    }
}

/**
 * The events produced by an order save: one per distinct action among its actionable lines, or a single
 * `cancel` event on the cancellation path. An order whose lines are all no-change/unknown produces none.
 */
export function classifyOrderChange(
    previous: OrderSnapshot | null,
    current: OrderSnapshot,
    lines: LineSnapshot[],
    occurredAt: string,
): OrderEvent[] {
    const milestone = milestoneReached(previous ? previous.state : null, current.state)
    if (!milestone) return []
    const groups = groupLinesByAction(linesInEffect(lines, current))
    if (groups.length === 0) return []
    if (isCancellationState(current.state)) {
        const actionable = lines.filter((line) => lineAction(line.action) !== null)
        return [orderEvent(current, 'cancel', milestone, actionable, occurredAt)]
    }
    return groups.map((group) => orderEvent(current, group.action, milestone, group.lines, occurredAt))
}
