/**
 * Queues the app's outbound platform events for a written step (gs.eventQueue: parm1 the account sys_id, parm2
 * the JSON payload). What to send is decided by the pure core (lifecycle/outbound.ts); this only queues it.
 * Queuing never fails the step: the account change is already written and explained, so a failure is logged.
 */
import { gs } from '@servicenow/glide'
import type { GlideRecord } from '@servicenow/glide'
import type { TimedAccount } from '../../lifecycle/model.ts'
import { outboundEventsOf, serializePayload } from '../../lifecycle/outbound.ts'
import type { TimelineEntry } from '../../lifecycle/progress.ts'
import { nowDateTime } from '../glide-values.ts'

/** Queues the events of one written step; returns the names queued (in order). */
export function queueOutboundEvents(eventId: string, before: TimedAccount, after: TimedAccount, entry: TimelineEntry, accountRecord: GlideRecord | null): string[] {
    const queued: string[] = []
    try {
        const events = outboundEventsOf({ eventId, recordedAt: nowDateTime(), before, after, entry })
        for (const event of events) {
            gs.eventQueue(event.name, accountRecord, entry.accountId, serializePayload(event.payload))
            queued.push(event.name)
        }
    } catch (error) {
        gs.error(`[x_oal_lifecycle] Account ${entry.accountId}: queuing outbound events for ${entry.key || eventId} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
    return queued
}
