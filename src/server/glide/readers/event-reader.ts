/** Idempotency lookups on the timeline (x_oal_lifecycle_event). */
import { GlideRecord } from '@servicenow/glide'
import { EVENT_FIELDS, EVENT_TABLE } from '../../app-schema.ts'
import { textValue } from '../glide-values.ts'

/** What the timeline already holds for an order: which of the asked keys, and whether any submission. */
export interface RecordedForOrder {
    keys: string[]
    submitted: boolean
}

/** The milestone whose absence makes the engine imply it (a first order is onboarded even if its line completes first). */
const SUBMITTED = 'submitted'

/**
 * One query: the order's rows with one of `keys` or at the submitted milestone. Error rows never hold a real
 * key (see errorEventKey), so a change whose evaluation failed is evaluated again by the next save that
 * reports it, and a failed submission does not count as recorded.
 */
export function readRecordedForOrder(orderId: string, keys: string[]): RecordedForOrder {
    const recorded: RecordedForOrder = { keys: [], submitted: false }
    if (!orderId) return recorded
    const row = new GlideRecord(EVENT_TABLE)
    row.addQuery(EVENT_FIELDS.order, orderId)
    row.addQuery(EVENT_FIELDS.outcome, '!=', 'error')
    const either = row.addQuery(EVENT_FIELDS.milestone, SUBMITTED)
    if (keys.length > 0) either.addOrCondition(EVENT_FIELDS.eventKey, 'IN', keys.join(','))
    row.query()
    while (row.next()) {
        const key = textValue(row, EVENT_FIELDS.eventKey)
        if (keys.indexOf(key) >= 0 && recorded.keys.indexOf(key) < 0) recorded.keys.push(key)
        if (textValue(row, EVENT_FIELDS.milestone) === SUBMITTED) recorded.submitted = true
    }
    return recorded
}

/** True when an event with this key was already decided; one query. */
export function isEventRecorded(eventKey: string): boolean {
    const existing = new GlideRecord(EVENT_TABLE)
    existing.addQuery(EVENT_FIELDS.eventKey, eventKey)
    existing.setLimit(1)
    existing.query()
    return existing.hasNext()
}
