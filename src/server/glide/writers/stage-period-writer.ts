/** Records lifecycle stage periods (x_oal_lifecycle_stage): one row per period an account spends in a stage. */
import { GlideRecord } from '@servicenow/glide'
import { STAGE_FIELDS, STAGE_TABLE } from '../../app-schema.ts'
import { STAGES } from '../../lifecycle/model.ts'
import type { Stage } from '../../lifecycle/model.ts'
import { durationMs, formatDuration } from '../../lifecycle/stage-periods.ts'
import type { StagePeriod, StagePlan } from '../../lifecycle/stage-periods.ts'
import { textValue } from '../glide-values.ts'

function knownStage(value: string): Stage | null {
    return (STAGES as readonly string[]).indexOf(value) >= 0 ? (value as Stage) : null
}

/**
 * The account's open period, and the query positioned on it so the writer closes it without reading it
 * again (normally one row is current; if earlier data left several, the cursor goes on to the older ones).
 */
export interface OpenPeriods {
    period: StagePeriod | null
    cursor: GlideRecord | null
}

/** One query: the account's current period rows, newest first. */
export function readOpenPeriods(accountId: string): OpenPeriods {
    const open = new GlideRecord(STAGE_TABLE)
    open.addQuery(STAGE_FIELDS.account, accountId)
    open.addQuery(STAGE_FIELDS.current, true)
    open.orderByDesc(STAGE_FIELDS.startedAt)
    open.query()
    if (!open.next()) return { period: null, cursor: null }
    const stage = knownStage(textValue(open, STAGE_FIELDS.stage))
    return { period: stage ? { stage, startedAt: textValue(open, STAGE_FIELDS.startedAt) } : null, cursor: open }
}

/** Puts the stage periods back as they were (used when a later write fails). */
export type Undo = () => void

function reopen(periodIds: string[]): void {
    for (const periodId of periodIds) {
        const period = new GlideRecord(STAGE_TABLE)
        if (!period.get(periodId)) continue
        period.setValue(STAGE_FIELDS.endedAt, '')
        period.setValue(STAGE_FIELDS.duration, '')
        period.setValue(STAGE_FIELDS.current, true)
        period.update()
    }
}

/**
 * Writes a period plan: closes every open row at the plan's instant (normally one; if earlier data left
 * several, all are closed so exactly one stays current) and opens the new period, opened by the timeline row
 * `eventId`. If a write fails, what was written is undone before the error is thrown; on success the returned
 * function undoes the whole change.
 */
export function writePeriodPlan(accountId: string, plan: StagePlan, open: OpenPeriods, eventId: string): Undo {
    const closed: string[] = []
    let openedId = ''
    const undo = (): void => {
        if (openedId) {
            const opened = new GlideRecord(STAGE_TABLE)
            if (opened.get(openedId)) opened.deleteRecord()
        }
        reopen(closed)
    }
    try {
        const cursor = open.cursor
        if (cursor) {
            do {
                const startedAt = textValue(cursor, STAGE_FIELDS.startedAt)
                cursor.setValue(STAGE_FIELDS.endedAt, plan.open.startedAt)
                // A period without a start has no meaningful duration; leave it blank rather than invent one.
                cursor.setValue(STAGE_FIELDS.duration, startedAt ? formatDuration(durationMs(startedAt, plan.open.startedAt)) : '')
                cursor.setValue(STAGE_FIELDS.current, false)
                if (!cursor.update()) throw new Error(`the ${textValue(cursor, STAGE_FIELDS.stage)} stage period could not be closed`)
                closed.push(cursor.getUniqueValue())
            } while (cursor.next())
        }
        const period = new GlideRecord(STAGE_TABLE)
        period.initialize()
        period.setValue(STAGE_FIELDS.account, accountId)
        period.setValue(STAGE_FIELDS.stage, plan.open.stage)
        period.setValue(STAGE_FIELDS.startedAt, plan.open.startedAt)
        period.setValue(STAGE_FIELDS.current, true)
        period.setValue(STAGE_FIELDS.openedBy, eventId)
        openedId = period.insert() || ''
        if (!openedId) throw new Error(`the ${plan.open.stage} stage period could not be opened`)
    } catch (error) {
        undo()
        throw error
    }
    return undo
}

/**
 * Flags the account's open stage period as having missed its time-in-stage target at `since` (one query, one
 * update; a period already flagged keeps its first date). Returns the undo, or null when there is no open period.
 */
export function flagOpenPeriodOverdue(accountId: string, since: string): Undo | null {
    const open = readOpenPeriods(accountId)
    const cursor = open.cursor
    if (!cursor) return null
    if (textValue(cursor, STAGE_FIELDS.overdueSince)) return () => undefined
    const periodId = cursor.getUniqueValue()
    cursor.setValue(STAGE_FIELDS.overdueSince, since)
    if (!cursor.update()) throw new Error('the open stage period could not be flagged overdue')
    return () => {
        const period = new GlideRecord(STAGE_TABLE)
        if (!period.get(periodId)) return
        period.setValue(STAGE_FIELDS.overdueSince, '')
        period.update()
    }
}
