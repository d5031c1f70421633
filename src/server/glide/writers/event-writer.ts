/** Writes timeline rows (x_oal_lifecycle_event): one per evaluated event, whatever the outcome. */
import { GlideRecord, gs } from '@servicenow/glide'
import { EVENT_FIELDS, EVENT_TABLE } from '../../app-schema.ts'
import type { Decision } from '../../lifecycle/model.ts'
import type { TimelineEntry } from '../../lifecycle/progress.ts'
import { nowDateTime, textValue } from '../glide-values.ts'

function setDecision(row: GlideRecord, decision: Decision): void {
    row.setValue(EVENT_FIELDS.outcome, decision.outcome)
    row.setValue(EVENT_FIELDS.stateRule, decision.stateRuleId)
    row.setValue(EVENT_FIELDS.stageRule, decision.stageRuleId)
    row.setValue(EVENT_FIELDS.stateFrom, decision.stateFrom)
    row.setValue(EVENT_FIELDS.stateTo, decision.stateTo)
    row.setValue(EVENT_FIELDS.stageFrom, decision.stageFrom)
    row.setValue(EVENT_FIELDS.stageTo, decision.stageTo)
    row.setValue(EVENT_FIELDS.explanation, decision.explanation)
    row.setValue(EVENT_FIELDS.dependsOnServices, decision.dependsOnServices ? 'true' : 'false')
    row.setValue(EVENT_FIELDS.actionReason, decision.actionReason ?? '')
    row.setValue(EVENT_FIELDS.churnType, decision.churnType ?? '')
    row.setValue(EVENT_FIELDS.movement, decision.movement ?? '')
}

/**
 * The key of an error row: unique, and never the event's own key, so the failure stays visible without
 * blocking the change from being evaluated again (the line rule and the order rule report it twice anyway).
 */
function errorEventKey(key: string): string {
    return `${key || 'unkeyed'}:error:${gs.generateGUID()}`
}

/**
 * The account's next timeline sequence number (one query on the account + sequence index). Rows of one
 * account are ordered by occurred_at, then sequence: saves within the same second keep the order they were
 * recorded in. VERIFY: two transactions recording rows for the same account at the same instant can read the
 * same maximum; the tie is then broken by sys_id, which is the one place order is arbitrary.
 */
export function nextSequence(accountId: string): number {
    if (!accountId) return 1
    const last = new GlideRecord(EVENT_TABLE)
    last.addQuery(EVENT_FIELDS.account, accountId)
    last.orderByDesc(EVENT_FIELDS.sequence)
    last.setLimit(1)
    last.query()
    return last.next() ? (Number(textValue(last, EVENT_FIELDS.sequence)) || 0) + 1 : 1
}

/**
 * Inserts the timeline row (recorded now, by the current user, with the account's next sequence) and returns its
 * sys_id. A writer inserting several rows for one account in a row passes the numbers itself (one query for all).
 */
export function insertTimelineEvent(entry: TimelineEntry, sequence?: number): string {
    const row = new GlideRecord(EVENT_TABLE)
    row.initialize()
    row.setValue(EVENT_FIELDS.eventKey, entry.decision.outcome === 'error' ? errorEventKey(entry.key) : entry.key)
    row.setValue(EVENT_FIELDS.account, entry.accountId)
    row.setValue(EVENT_FIELDS.order, entry.orderId)
    row.setValue(EVENT_FIELDS.lineItem, entry.lineItemId)
    row.setValue(EVENT_FIELDS.source, entry.source)
    row.setValue(EVENT_FIELDS.action, entry.action)
    row.setValue(EVENT_FIELDS.milestone, entry.milestone)
    row.setValue(EVENT_FIELDS.occurredAt, entry.occurredAt)
    row.setValue(EVENT_FIELDS.recordedAt, nowDateTime())
    row.setValue(EVENT_FIELDS.actor, gs.getUserID())
    row.setValue(EVENT_FIELDS.sequence, String(sequence ?? nextSequence(entry.accountId)))
    setDecision(row, entry.decision)
    const sysId = row.insert()
    if (!sysId) throw new Error(`the timeline event ${entry.key || '(no key)'} could not be inserted`)
    return sysId
}

/**
 * Rewrites an already-recorded timeline row with an error decision: used when applying its decision
 * failed after the row was written, so the timeline does not claim a change that did not (fully) happen, and
 * its key is freed so the change is evaluated again.
 */
export function markTimelineEventFailed(eventId: string, decision: Decision): void {
    const row = new GlideRecord(EVENT_TABLE)
    if (!row.get(eventId)) throw new Error(`timeline event ${eventId} not found`)
    row.setValue(EVENT_FIELDS.eventKey, errorEventKey(row.getValue(EVENT_FIELDS.eventKey) || ''))
    setDecision(row, decision)
    if (!row.update()) throw new Error(`timeline event ${eventId} could not be marked as failed`)
}
