/**
 * Reads what a recalculation needs for one account: its order histories (orders, lines, record dates and the
 * milestones the timeline recorded), the stored state/stage/periods/timeline keys, and the time rules.
 */
import { GlideRecord } from '@servicenow/glide'
import { EVENT_FIELDS, EVENT_TABLE, STAGE_FIELDS, STAGE_TABLE } from '../../app-schema.ts'
import { ACCOUNT_STATES, ACTIONS, MILESTONES, oneOf, OUTCOMES, STAGES } from '../../lifecycle/model.ts'
import type { Action, Milestone, Outcome, Stage } from '../../lifecycle/model.ts'
import type { InventoryRecord, OrderHistory, RecordedMilestone } from '../../lifecycle/replay.ts'
import type { CurrentAccount, StoredPeriod } from '../../lifecycle/replay-diff.ts'
import { TIME_RULE_MEASURES } from '../../lifecycle/time-rules.ts'
import type { TimeRule } from '../../lifecycle/time-rules.ts'
import type { TimedAccount } from '../../lifecycle/model.ts'
import { LINE_FIELDS, LINE_TABLE, ORDER_FIELDS, ORDER_TABLE, SOLD_PRODUCT_FIELDS, SOLD_PRODUCT_TABLE } from '../../order-management/om-model.ts'
import { booleanValue, textValue } from '../glide-values.ts'
import type { LineSnapshot, OrderSnapshot } from '../../lifecycle/classify.ts'
import { lineSnapshotOf, orderSnapshotOf } from '../readers/order-snapshots.ts'
import { TIME_RULE_FIELDS, TIME_RULE_TABLE } from './recalc-schema.ts'

const CREATED_ON = 'sys_created_on'
const UPDATED_ON = 'sys_updated_on'

/** Active time rules in order (one query). */
export function readTimeRules(): TimeRule[] {
    const rules: TimeRule[] = []
    const rule = new GlideRecord(TIME_RULE_TABLE)
    rule.addQuery(TIME_RULE_FIELDS.active, true)
    rule.orderBy(TIME_RULE_FIELDS.order)
    rule.query()
    while (rule.next()) {
        const days = Number(textValue(rule, TIME_RULE_FIELDS.afterDays))
        rules.push({
            id: rule.getUniqueValue(),
            name: textValue(rule, TIME_RULE_FIELDS.name),
            active: booleanValue(rule, TIME_RULE_FIELDS.active),
            order: Number(textValue(rule, TIME_RULE_FIELDS.order)) || 0,
            measure: oneOf(TIME_RULE_MEASURES, textValue(rule, TIME_RULE_FIELDS.measure)) || 'stage',
            inState: oneOf(ACCOUNT_STATES, textValue(rule, TIME_RULE_FIELDS.inState)),
            inStage: oneOf(STAGES, textValue(rule, TIME_RULE_FIELDS.inStage)),
            afterDays: isNaN(days) ? -1 : days,
            targetState: oneOf(ACCOUNT_STATES, textValue(rule, TIME_RULE_FIELDS.targetState)),
            targetStage: oneOf(STAGES, textValue(rule, TIME_RULE_FIELDS.targetStage)),
            allowBackward: booleanValue(rule, TIME_RULE_FIELDS.allowBackward),
        })
    }
    return rules
}

export interface AccountTimeline {
    /** key → outcome of every recorded row with a key. */
    outcomes: Record<string, Outcome>
    /** Order milestones recorded by the live rules or an earlier replay, by order sys_id. */
    milestones: Record<string, RecordedMilestone[]>
}

/** The account's timeline keys and recorded order milestones (one query). Error rows carry no milestone. */
export function readAccountTimeline(accountId: string): AccountTimeline {
    const timeline: AccountTimeline = { outcomes: {}, milestones: {} }
    const row = new GlideRecord(EVENT_TABLE)
    row.addQuery(EVENT_FIELDS.account, accountId)
    row.query()
    while (row.next()) {
        const key = textValue(row, EVENT_FIELDS.eventKey)
        const outcome = oneOf(OUTCOMES, textValue(row, EVENT_FIELDS.outcome))
        if (key && outcome) timeline.outcomes[key] = outcome
        const orderId = textValue(row, EVENT_FIELDS.order)
        const action = oneOf<Action>(ACTIONS, textValue(row, EVENT_FIELDS.action))
        const milestone = oneOf<Milestone>(MILESTONES, textValue(row, EVENT_FIELDS.milestone))
        if (!orderId || !action || !milestone || outcome === 'error') continue
        const sequence = Number(textValue(row, EVENT_FIELDS.sequence)) || 0
        ;(timeline.milestones[orderId] = timeline.milestones[orderId] || []).push({ action, milestone, occurredAt: textValue(row, EVENT_FIELDS.occurredAt), sequence })
    }
    return timeline
}

/** Every order of the account with its lines: one query for the orders and one for all of their lines. */
export function readOrderHistories(accountId: string, timeline: AccountTimeline): OrderHistory[] {
    const orders: Array<{ snapshot: OrderSnapshot; createdAt: string; updatedAt: string }> = []
    const order = new GlideRecord(ORDER_TABLE)
    order.addQuery(ORDER_FIELDS.account, accountId)
    order.query()
    while (order.next()) {
        orders.push({ snapshot: orderSnapshotOf(order), createdAt: textValue(order, CREATED_ON), updatedAt: textValue(order, UPDATED_ON) })
    }
    const linesByOrder = readLinesOfOrders(orders.map((entry) => entry.snapshot.sysId))
    return orders.map((entry) => ({
        order: entry.snapshot,
        lines: linesByOrder[entry.snapshot.sysId] || [],
        createdAt: entry.createdAt,
        updatedAt: entry.updatedAt,
        recorded: timeline.milestones[entry.snapshot.sysId] || [],
    }))
}

/**
 * The lines of several orders in one query, grouped by order sys_id in stored order. One query per order
 * made a recalculation's reads grow with the account's order count (found by `npm run bench`).
 */
function readLinesOfOrders(orderIds: string[]): Record<string, LineSnapshot[]> {
    const byOrder: Record<string, LineSnapshot[]> = {}
    if (orderIds.length === 0) return byOrder
    const line = new GlideRecord(LINE_TABLE)
    line.addQuery(LINE_FIELDS.order, 'IN', orderIds.join(','))
    line.query()
    while (line.next()) {
        const snapshot = lineSnapshotOf(line)
        ;(byOrder[snapshot.orderId] = byOrder[snapshot.orderId] || []).push(snapshot)
    }
    return byOrder
}

/** The account's stage period rows. */
export function readStoredPeriods(accountId: string): StoredPeriod[] {
    const periods: StoredPeriod[] = []
    const period = new GlideRecord(STAGE_TABLE)
    period.addQuery(STAGE_FIELDS.account, accountId)
    period.orderBy(STAGE_FIELDS.startedAt)
    period.query()
    while (period.next()) {
        periods.push({
            id: period.getUniqueValue(),
            stage: oneOf<Stage>(STAGES, textValue(period, STAGE_FIELDS.stage)),
            startedAt: textValue(period, STAGE_FIELDS.startedAt),
            endedAt: textValue(period, STAGE_FIELDS.endedAt),
        })
    }
    return periods
}

export function currentAccountOf(account: TimedAccount, periods: StoredPeriod[], timeline: AccountTimeline): CurrentAccount {
    return { state: account.state, stage: account.stage, stateSince: account.stateSince, stageSince: account.stageSince, periods, recordedOutcomes: timeline.outcomes }
}

/** The account's sold products / product inventory as they are now (one query), for the services no order explains. */
export function readInventory(accountId: string): InventoryRecord[] {
    const records: InventoryRecord[] = []
    const product = new GlideRecord(SOLD_PRODUCT_TABLE)
    product.addQuery(SOLD_PRODUCT_FIELDS.account, accountId)
    product.query()
    while (product.next()) records.push({ id: product.getUniqueValue(), state: textValue(product, SOLD_PRODUCT_FIELDS.state), createdAt: textValue(product, CREATED_ON) })
    return records
}
