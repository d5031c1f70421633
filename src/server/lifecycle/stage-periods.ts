/**
 * Lifecycle stage periods (x_oal_lifecycle_stage rows): which period a stage change closes and which it
 * opens, and the period's duration in Glide's duration storage format. Pure: the instant comes in.
 */
import type { Stage } from './model.ts'
import { formatDateTime, parseDateTime } from './datetime.ts'

/**
 * Glide stores a duration as a date-time offset from the epoch: `1970-01-01 00:00:00` is zero, so a day
 * and two hours is `1970-01-02 02:00:00` (day of month = days + 1; months roll over past 30 days).
 * Negative durations are stored as zero; sub-second parts are dropped.
 */
export function formatDuration(ms: number): string {
    return formatDateTime(Math.max(0, isFinite(ms) ? ms : 0))
}

/**
 * Milliseconds from `startedAt` to `endedAt` (both `YYYY-MM-DD HH:mm:ss` UTC). An end before the start
 * (out-of-order replay) counts as zero. Throws on text that is not a date-time: a silent zero would hide
 * a broken record.
 */
export function durationMs(startedAt: string, endedAt: string): number {
    const start = parseDateTime(startedAt)
    const end = parseDateTime(endedAt)
    if (isNaN(start)) throw new Error(`Not a date-time: "${startedAt}"`)
    if (isNaN(end)) throw new Error(`Not a date-time: "${endedAt}"`)
    return Math.max(0, end - start)
}

/** The account's open stage period, as the adapter reads it. */
export interface StagePeriod {
    stage: Stage
    startedAt: string
}

export interface StagePlan {
    /**
     * Set when an open period ends: its end and duration. A period whose start is unreadable gets a
     * blank duration (and 0 ms) rather than an invented one.
     */
    close?: { endedAt: string; durationMs: number; duration: string }
    /** The period that starts now; `openedBy` refers to the event (key or sys_id) that caused it. */
    open: { stage: Stage; startedAt: string; openedBy: string }
}

/**
 * The rows to write when the account enters `newStage` at `at`. Returns null when the open period is
 * already that stage (nothing to record). Throws when `at` is not a date-time.
 */
export function planStageChange(currentPeriod: StagePeriod | null, newStage: Stage, at: string, eventRef: string): StagePlan | null {
    if (isNaN(parseDateTime(at))) throw new Error(`Not a date-time: "${at}"`)
    if (currentPeriod && currentPeriod.stage === newStage) return null
    const plan: StagePlan = { open: { stage: newStage, startedAt: at, openedBy: eventRef } }
    if (currentPeriod) {
        if (isNaN(parseDateTime(currentPeriod.startedAt))) {
            plan.close = { endedAt: at, durationMs: 0, duration: '' }
        } else {
            const elapsed = durationMs(currentPeriod.startedAt, at)
            plan.close = { endedAt: at, durationMs: elapsed, duration: formatDuration(elapsed) }
        }
    }
    return plan
}
