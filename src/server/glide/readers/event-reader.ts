/** Idempotency lookups on the timeline (x_oal_lifecycle_event). */
import { GlideRecord } from '@servicenow/glide'
import { EVENT_FIELDS, EVENT_TABLE } from '../../app-schema.ts'

/**
 * True when an event with this key was already decided; one query. Error rows never hold a real key (see
 * errorEventKey), so a change whose evaluation failed is evaluated again by the next save that reports it.
 */
export function isEventRecorded(eventKey: string): boolean {
    const existing = new GlideRecord(EVENT_TABLE)
    existing.addQuery(EVENT_FIELDS.eventKey, eventKey)
    existing.setLimit(1)
    existing.query()
    return existing.hasNext()
}
