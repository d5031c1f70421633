/** Records lifecycle stage periods (x_oal_lifecycle_stage): one row per period an account spends in a stage. */
import { GlideRecord } from '@servicenow/glide'
import { STAGE_FIELDS, STAGE_TABLE } from '../../app-schema.ts'
import { STAGES } from '../../lifecycle/model.ts'
import type { Stage } from '../../lifecycle/model.ts'
import { durationMs, formatDuration, planStageChange } from '../../lifecycle/stage-periods.ts'
import { textValue } from '../glide-values.ts'

function knownStage(value: string): Stage | null {
    return (STAGES as readonly string[]).indexOf(value) >= 0 ? (value as Stage) : null
}

/** Puts the stage periods back as they were before a recordStageChange (used when a later write fails). */
export type UndoStageChange = () => void

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
 * Closes the account's open period(s) at `at` (end, duration, no longer current) and opens a period for
 * `newStage` opened by the timeline event `eventId`. Normally one period is open; if earlier data left
 * several, all are closed so exactly one stays current. Nothing is written when the open period already
 * has `newStage`. If a write fails, what was written is undone before the error is thrown; on success the
 * returned function undoes the whole change.
 */
export function recordStageChange(accountId: string, newStage: Stage, at: string, eventId: string): UndoStageChange {
    const open = new GlideRecord(STAGE_TABLE)
    open.addQuery(STAGE_FIELDS.account, accountId)
    open.addQuery(STAGE_FIELDS.current, true)
    open.orderByDesc(STAGE_FIELDS.startedAt)
    open.query()
    // Newest first: the first row is the period the account is in now.
    const hasOpen = open.next()
    const openStage = hasOpen ? knownStage(textValue(open, STAGE_FIELDS.stage)) : null
    const latest = openStage ? { stage: openStage, startedAt: textValue(open, STAGE_FIELDS.startedAt) } : null
    const plan = planStageChange(latest, newStage, at, eventId)
    if (!plan) return () => {}
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
        if (hasOpen) {
            do {
                const startedAt = textValue(open, STAGE_FIELDS.startedAt)
                open.setValue(STAGE_FIELDS.endedAt, at)
                // A period without a start has no meaningful duration; leave it blank rather than invent one.
                open.setValue(STAGE_FIELDS.duration, startedAt ? formatDuration(durationMs(startedAt, at)) : '')
                open.setValue(STAGE_FIELDS.current, false)
                if (!open.update()) throw new Error(`the ${textValue(open, STAGE_FIELDS.stage)} stage period could not be closed`)
                closed.push(open.getUniqueValue())
            } while (open.next())
        }
        const period = new GlideRecord(STAGE_TABLE)
        period.initialize()
        period.setValue(STAGE_FIELDS.account, accountId)
        period.setValue(STAGE_FIELDS.stage, plan.open.stage)
        period.setValue(STAGE_FIELDS.startedAt, plan.open.startedAt)
        period.setValue(STAGE_FIELDS.current, true)
        period.setValue(STAGE_FIELDS.openedBy, plan.open.openedBy)
        openedId = period.insert() || ''
        if (!openedId) throw new Error(`the ${plan.open.stage} stage period could not be opened`)
    } catch (error) {
        undo()
        throw error
    }
    return undo
}
