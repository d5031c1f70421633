/** Writes timeline rows (x_oal_lifecycle_event): one per evaluated order event, whatever the outcome. */
import { GlideRecord, gs } from '@servicenow/glide'
import { EVENT_FIELDS, EVENT_TABLE } from '../../app-schema.ts'
import type { Action, Decision, EventSource, Milestone } from '../../lifecycle/model.ts'
import { nowDateTime } from '../glide-values.ts'

/** What the timeline row is about; blank strings where the evaluation failed before it was known. */
export interface TimelineSubject {
    key: string
    source: EventSource
    accountId: string
    orderId: string
    lineItemId: string
    action: Action | ''
    milestone: Milestone | ''
    occurredAt: string
}

function setDecision(row: GlideRecord, decision: Decision): void {
    row.setValue(EVENT_FIELDS.outcome, decision.outcome)
    row.setValue(EVENT_FIELDS.stateRule, decision.stateRuleId)
    row.setValue(EVENT_FIELDS.stageRule, decision.stageRuleId)
    row.setValue(EVENT_FIELDS.stateFrom, decision.stateFrom)
    row.setValue(EVENT_FIELDS.stateTo, decision.stateTo)
    row.setValue(EVENT_FIELDS.stageFrom, decision.stageFrom)
    row.setValue(EVENT_FIELDS.stageTo, decision.stageTo)
    row.setValue(EVENT_FIELDS.explanation, decision.explanation)
}

/**
 * The key of an error row: unique, and never the event's own key, so the failure stays visible without
 * blocking the change from being evaluated again (the line rule and the order rule report it twice anyway).
 */
function errorEventKey(key: string): string {
    return `${key || 'unkeyed'}:error:${gs.generateGUID()}`
}

/** Inserts the timeline row (recorded now, by the current user) and returns its sys_id. */
export function insertTimelineEvent(subject: TimelineSubject, decision: Decision): string {
    const row = new GlideRecord(EVENT_TABLE)
    row.initialize()
    row.setValue(EVENT_FIELDS.eventKey, decision.outcome === 'error' ? errorEventKey(subject.key) : subject.key)
    row.setValue(EVENT_FIELDS.account, subject.accountId)
    row.setValue(EVENT_FIELDS.order, subject.orderId)
    row.setValue(EVENT_FIELDS.lineItem, subject.lineItemId)
    row.setValue(EVENT_FIELDS.source, subject.source)
    row.setValue(EVENT_FIELDS.action, subject.action)
    row.setValue(EVENT_FIELDS.milestone, subject.milestone)
    row.setValue(EVENT_FIELDS.occurredAt, subject.occurredAt)
    row.setValue(EVENT_FIELDS.recordedAt, nowDateTime())
    row.setValue(EVENT_FIELDS.actor, gs.getUserID())
    setDecision(row, decision)
    const sysId = row.insert()
    if (!sysId) throw new Error(`the timeline event ${subject.key || '(no key)'} could not be inserted`)
    return sysId
}

/**
 * Rewrites an already-recorded timeline row with an error decision: used when applying its decision
 * failed after the row was written, so the timeline does not claim a change that did not (fully) happen.
 */
export function markTimelineEventFailed(eventId: string, decision: Decision): void {
    const row = new GlideRecord(EVENT_TABLE)
    if (!row.get(eventId)) throw new Error(`timeline event ${eventId} not found`)
    row.setValue(EVENT_FIELDS.eventKey, errorEventKey(row.getValue(EVENT_FIELDS.eventKey) || ''))
    setDecision(row, decision)
    if (!row.update()) throw new Error(`timeline event ${eventId} could not be marked as failed`)
}
