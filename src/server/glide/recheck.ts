/**
 * Convergence after decisions that depended on other services. An event is judged on the account's services
 * after its order, counting the services of OTHER orders from inventory; when two orders of one account finish
 * in parallel transactions, or fulfilment updates inventory only after both completed, each sees the other's
 * service as still in service and neither is "the last one". The re-check re-decides the account's latest
 * order event with the services as they are now, through the same decide() and writer as live processing,
 * and records a correction (source `recheck`) only when that changes the account.
 *
 * Triggers (docs/EVENT-MODEL.md, "Parallel orders"): an async rule after a service-dependent timeline row is
 * recorded, an async rule after a sold product's state changes, and the daily time-rule job.
 */
import { createReasonCache, readReasonMappings } from './readers/reason-reader.ts'
import { GlideRecord, gs } from '@servicenow/glide'
import { EVENT_FIELDS, EVENT_TABLE, PROPERTIES } from '../app-schema.ts'
import { classifyOrderChange, isWithdrawnState, stateOfMilestone } from '../lifecycle/classify.ts'
import { formatDateTime, parseDateTime } from '../lifecycle/datetime.ts'
import { decide } from '../lifecycle/engine.ts'
import { clipExplanation, describeEvent } from '../lifecycle/explain.ts'
import { ACTIONS, MILESTONES, oneOf } from '../lifecycle/model.ts'
import type { Action, EventSource, Milestone, OrderEvent } from '../lifecycle/model.ts'
import { factsNeeded } from '../lifecycle/net-effect.ts'
import { LINE_FIELDS, LINE_TABLE, SOLD_PRODUCT_FIELDS, STATE_TO_MILESTONE } from '../order-management/om-model.ts'
import { isTrueValue, nowDateTime, textValue } from './glide-values.ts'
import { glideAccountFactsReader } from './readers/account-facts-reader.ts'
import { readAccount, timedAccountOf } from './readers/account-reader.ts'
import { readOrderLines, readOrderSnapshot } from './readers/order-snapshots.ts'
import { createRuleCache, readActiveRules } from './readers/rules-reader.ts'
import { applyDecision } from './writers/lifecycle-writer.ts'
import { rollUp } from './rollup.ts'

const LOG_PREFIX = '[x_oal_lifecycle] '

/** Only an order event this recent is re-checked: by then inventory has caught up, and older decisions stand. */
export const RECHECK_WINDOW_DAYS = 7

/** The key a correction of the event `key` is recorded under: one correction per event. */
export function recheckKey(key: string): string {
    return `${key}:recheck`
}

interface LatestOrderEvent {
    key: string
    orderId: string
    action: Action
    milestone: Milestone
    source: string
    dependsOnServices: boolean
}

/** The account's latest row about an order (not an error), by occurred_at then sequence: one query. */
function latestOrderEvent(accountId: string, since: string): LatestOrderEvent | null {
    const row = new GlideRecord(EVENT_TABLE)
    row.addQuery(EVENT_FIELDS.account, accountId)
    row.addQuery(EVENT_FIELDS.order, 'ISNOTEMPTY', '')
    row.addQuery(EVENT_FIELDS.outcome, 'NOT IN', 'error,dry_run')
    row.addQuery(EVENT_FIELDS.occurredAt, '>=', since)
    row.orderByDesc(EVENT_FIELDS.occurredAt)
    row.orderByDesc(EVENT_FIELDS.sequence)
    row.setLimit(1)
    row.query()
    if (!row.next()) return null
    const action = oneOf(ACTIONS, textValue(row, EVENT_FIELDS.action))
    const milestone = oneOf(MILESTONES, textValue(row, EVENT_FIELDS.milestone))
    if (!action || !milestone) return null
    return {
        key: textValue(row, EVENT_FIELDS.eventKey),
        orderId: textValue(row, EVENT_FIELDS.order),
        action,
        milestone,
        source: textValue(row, EVENT_FIELDS.source),
        dependsOnServices: isTrueValue(textValue(row, EVENT_FIELDS.dependsOnServices)),
    }
}

/** The event as its order and lines are now, at the recorded milestone (null when the order no longer yields it). */
function rebuildEvent(latest: LatestOrderEvent, source: EventSource, at: string): OrderEvent | null {
    const order = readOrderSnapshot(latest.orderId)
    if (!order) return null
    const state = stateOfMilestone(latest.milestone, latest.action === 'cancel')
    if (!state) return null
    const events = classifyOrderChange(null, { ...order, state }, readOrderLines(order.sysId), at)
    const event = events.find((candidate) => candidate.key === latest.key)
    return event ? { ...event, key: recheckKey(latest.key), source } : null
}

/**
 * Re-decides the account's latest order event with its services as they are now; applies and records the
 * decision when it changes the account. Returns true when it did. Does nothing with the kill switch off, in
 * dry run, or when the latest order event did not depend on other services (or is already a correction).
 */
export function recheckAccount(accountId: string, source: EventSource = 'recheck'): boolean {
    if (!accountId) return false
    if (!isTrueValue(gs.getProperty(PROPERTIES.enabled, 'false')) || isTrueValue(gs.getProperty(PROPERTIES.dryRun, 'false'))) return false
    const now = nowDateTime()
    const latest = latestOrderEvent(accountId, formatDateTime(parseDateTime(now) - RECHECK_WINDOW_DAYS * 24 * 3600 * 1000))
    if (!latest || !latest.dependsOnServices || latest.source === 'recheck') return false
    if (hasOrdersInFlight(accountId)) return false
    const event = rebuildEvent(latest, 'recheck', now)
    if (!event) return false
    const loaded = readAccount(accountId)
    if (!loaded) return false
    const account = timedAccountOf(loaded)
    const rules = readActiveRules(createRuleCache())
    const facts = glideAccountFactsReader.read(event, factsNeeded(event, rules))
    const reasons = event.reasons && event.reasons.length > 0 ? readReasonMappings(createReasonCache()) : []
    const decision = decide({ event, rules, account, facts, dryRun: false, reasons })
    if (decision.outcome !== 'applied') return false
    const explanation = clipExplanation(
        `Re-check (${source === 'schedule' ? 'daily job' : 'after a change of services'}): ${describeEvent({ ...event, key: latest.key })} was decided while another order's change to the account's services was not yet visible; decided again on the services as they are now. ${decision.explanation}`,
    )
    const applied = applyDecision(account, loaded.record, {
        key: event.key,
        source: 'recheck',
        accountId,
        orderId: event.orderId,
        lineItemId: '',
        action: event.action,
        milestone: event.milestone,
        occurredAt: now,
        decision: { ...decision, explanation, dependsOnServices: false },
    })
    if (applied.failure) {
        gs.error(`${LOG_PREFIX}Re-check of account ${accountId} failed: ${applied.failure}`)
        return false
    }
    rollUp({ before: account, after: applied.account, record: loaded.record, eventId: applied.eventId })
    return true
}

/** Async business rule on the timeline: after a service-dependent decision is recorded, re-check its account. */
export function onServiceDependentEvent(current: GlideRecord, _previous: GlideRecord | null): void {
    try {
        recheckAccount(textValue(current, EVENT_FIELDS.account))
    } catch (error) {
        gs.error(`${LOG_PREFIX}Re-check after event ${current.getUniqueValue()} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
}

/** Line states after which a line no longer changes its service: completed, or withdrawn (canceled, rejected). */
const SETTLED_LINE_STATES = Object.keys(STATE_TO_MILESTONE).filter((state) => STATE_TO_MILESTONE[state] === 'completed' || isWithdrawnState(state))

/**
 * True when an order of the account is still in flight with a line acting on an existing service (one query):
 * fulfilment may be updating inventory ahead of that order's completion, whose own event will judge it, so a
 * re-check now would anticipate it. The re-check waits until the account's orders have settled.
 */
function hasOrdersInFlight(accountId: string): boolean {
    const line = new GlideRecord(LINE_TABLE)
    line.addQuery(LINE_FIELDS.account, accountId)
    line.addQuery(LINE_FIELDS.soldProduct, 'ISNOTEMPTY', '')
    line.addQuery(LINE_FIELDS.state, 'NOT IN', SETTLED_LINE_STATES.join(','))
    line.setLimit(1)
    line.query()
    return line.hasNext()
}

/** Async business rule on sold products: after a service's state changes, re-check its account. */
export function onServiceStateChanged(current: GlideRecord, _previous: GlideRecord | null): void {
    try {
        recheckAccount(textValue(current, SOLD_PRODUCT_FIELDS.account))
    } catch (error) {
        gs.error(`${LOG_PREFIX}Re-check after service ${current.getUniqueValue()} changed failed: ${error instanceof Error ? error.message : String(error)}`)
    }
}
