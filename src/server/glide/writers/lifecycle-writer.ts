/**
 * The one Glide writer of lifecycle steps. Live business rules, the daily time-rule job and the re-check all
 * apply a decision through applyDecision(): progress() (pure) says what changes, this module writes it — the
 * timeline row, the stage periods, the account — so no caller keeps its own copy of the write order, undo or
 * failure marking.
 */
import type { GlideRecord } from '@servicenow/glide'
import { errorDecision } from '../../lifecycle/engine.ts'
import type { TimedAccount } from '../../lifecycle/model.ts'
import { changesStage, progress } from '../../lifecycle/progress.ts'
import type { Progress, TimelineEntry } from '../../lifecycle/progress.ts'
import { writeAccountUpdate } from './account-writer.ts'
import { insertTimelineEvent, markTimelineEventFailed } from './event-writer.ts'
import { queueOutboundEvents } from './outbound-writer.ts'
import { flagOpenPeriodOverdue, readOpenPeriods, writePeriodPlan } from './stage-period-writer.ts'
import type { OpenPeriods, Undo } from './stage-period-writer.ts'

export interface AppliedStep {
    /** sys_id of the timeline row. */
    eventId: string
    /** The account after the step: as progress() computed it, or unchanged when applying failed. */
    account: TimedAccount
    /** Why writing the change failed ('' when it did not); the row then records an error and nothing changed. */
    failure: string
    step: Progress
    /** Outbound platform events queued for the step (none when it failed or changed nothing). */
    events: string[]
}

function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error)
}

/**
 * Writes one step, in the order that keeps records consistent: the timeline row first (a new stage period
 * points at it), then the stage periods, then the account fields last. If anything after the row fails, the
 * stage periods are put back, the account keeps its values, and the row is rewritten as an error that says
 * nothing changed (its key freed, so the next save that reports the change evaluates it again). After a
 * complete write it queues the outbound events of the change (state changed / stage changed / target missed,
 * outbound-writer.ts): every path that changes an account goes through here, so none is missed. Throws only
 * when the row itself cannot be inserted (nothing was written).
 */
export function writeStep(step: Progress, accountRecord: GlideRecord | null, open: OpenPeriods | null, before: TimedAccount): AppliedStep {
    const eventId = insertTimelineEvent(step.entry)
    let undoPeriods: Undo | null = null
    try {
        if (step.periodPlan) undoPeriods = writePeriodPlan(step.entry.accountId, step.periodPlan, open ?? { period: null, cursor: null }, eventId)
        // A missed time-in-stage target flags the open period (the time-rule job never changes the stage with it).
        else if (step.periodOverdueSince) undoPeriods = flagOpenPeriodOverdue(step.entry.accountId, step.periodOverdueSince)
        if (step.accountUpdate) {
            if (!accountRecord) throw new Error(`account "${step.entry.accountId}" not loaded`)
            writeAccountUpdate(accountRecord, step.accountUpdate)
        }
        // Only once everything is written: a subscriber never hears of a change that was undone.
        const events = queueOutboundEvents(eventId, before, step.account, step.entry, accountRecord)
        return { eventId, account: step.account, failure: '', step, events }
    } catch (error) {
        const failure = messageOf(error)
        if (undoPeriods) {
            try {
                undoPeriods()
            } catch (undoFailure) {
                return markFailed(eventId, before, step, `${failure}; putting the stage periods back failed too: ${messageOf(undoFailure)}`)
            }
        }
        return markFailed(eventId, before, step, failure)
    }
}

function markFailed(eventId: string, before: TimedAccount, step: Progress, failure: string): AppliedStep {
    try {
        markTimelineEventFailed(eventId, errorDecision(before, `applying the decision failed: ${failure}`))
    } catch (markFailure) {
        failure = `${failure}; marking the timeline row as failed failed too: ${messageOf(markFailure)}`
    }
    return { eventId, account: before, failure, step, events: [] }
}

/**
 * Applies a decision to a loaded account: reads the open stage period only when the stage changes, computes
 * the step with progress() and writes it with writeStep().
 */
export function applyDecision(account: TimedAccount, accountRecord: GlideRecord | null, entry: TimelineEntry): AppliedStep {
    const open = changesStage(entry.decision) ? readOpenPeriods(entry.accountId) : null
    const step = progress(account, open ? open.period : null, entry)
    return writeStep(step, accountRecord, open, account)
}
