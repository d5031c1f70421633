/**
 * Dry run of a recalculation: what applying a replay would change on one account (state, stage, stage
 * periods, timeline rows). Pure: it compares what the adapter read with the replay result and writes nothing.
 */
import type { AccountState, Outcome, Stage } from './model.ts'
import { stageLabel, stateLabel } from './labels.ts'
import type { ReplayedEvent, ReplayedPeriod, ReplayResult } from './replay.ts'

/** A stage period row as stored. */
export interface StoredPeriod {
    id: string
    stage: Stage | ''
    startedAt: string
    endedAt: string
}

/** The account as stored now. */
export interface CurrentAccount {
    state: AccountState | ''
    stage: Stage | ''
    stateSince: string
    stageSince: string
    periods: StoredPeriod[]
    /** Timeline keys already recorded, with their outcome. */
    recordedOutcomes: Record<string, Outcome>
}

export interface AccountDiff {
    stateChange: { from: AccountState | ''; to: AccountState | '' } | null
    stageChange: { from: Stage | ''; to: Stage | '' } | null
    /** The since-fields the account gets (written only with a state/stage change or when they differ). */
    stateSince: string
    stageSince: string
    sinceChanges: boolean
    periodsToAdd: ReplayedPeriod[]
    /** Open stored periods the replay ends: id, end and duration. */
    periodsToClose: { id: string; endedAt: string; duration: string }[]
    /** Stored periods the replay does not have (removed on apply). */
    periodsToRemove: string[]
    /** Replayed events whose key the timeline does not have yet. */
    eventsToAdd: ReplayedEvent[]
    /** Recorded events the current rules would decide differently (reported; history is not rewritten). */
    outcomeChanges: { key: string; from: Outcome; to: Outcome }[]
    empty: boolean
}

function periodKey(stage: string, startedAt: string): string {
    return `${stage}@${startedAt}`
}

/** Compares the stored account with the replay. Periods match on stage + start. */
export function diffAccount(current: CurrentAccount, replayed: ReplayResult): AccountDiff {
    const target = replayed.account
    const stateChange = current.state !== target.state ? { from: current.state, to: target.state } : null
    const stageChange = current.stage !== target.stage ? { from: current.stage, to: target.stage } : null
    const sinceChanges = current.stateSince !== target.stateSince || current.stageSince !== target.stageSince

    const stored: Record<string, StoredPeriod> = {}
    for (const period of current.periods) stored[periodKey(period.stage, period.startedAt)] = period
    const matched: Record<string, true> = {}
    const periodsToAdd: ReplayedPeriod[] = []
    const periodsToClose: AccountDiff['periodsToClose'] = []
    const periodsToRemove: string[] = []
    for (const period of replayed.periods) {
        const key = periodKey(period.stage, period.startedAt)
        const existing = stored[key]
        if (!existing || matched[existing.id]) {
            periodsToAdd.push(period)
            continue
        }
        matched[existing.id] = true
        if (existing.endedAt === period.endedAt) continue
        if (!existing.endedAt && period.endedAt) periodsToClose.push({ id: existing.id, endedAt: period.endedAt, duration: period.duration })
        else {
            // Reopened or ended at another instant: replace the row rather than edit history in place.
            periodsToRemove.push(existing.id)
            periodsToAdd.push(period)
        }
    }
    for (const period of current.periods) if (!matched[period.id]) periodsToRemove.push(period.id)

    const eventsToAdd: ReplayedEvent[] = []
    const outcomeChanges: AccountDiff['outcomeChanges'] = []
    for (const event of replayed.events) {
        const recorded = current.recordedOutcomes[event.key]
        if (recorded === undefined) eventsToAdd.push(event)
        else if (recorded !== event.decision.outcome) outcomeChanges.push({ key: event.key, from: recorded, to: event.decision.outcome })
    }

    const empty =
        !stateChange && !stageChange && !sinceChanges && periodsToAdd.length === 0 && periodsToClose.length === 0 && periodsToRemove.length === 0 && eventsToAdd.length === 0
    return {
        stateChange,
        stageChange,
        stateSince: target.stateSince,
        stageSince: target.stageSince,
        sinceChanges,
        periodsToAdd,
        periodsToClose,
        periodsToRemove,
        eventsToAdd,
        outcomeChanges,
        empty,
    }
}

function count(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** The diff in words, one line per kind of change (shown before applying). */
export function describeDiff(diff: AccountDiff): string[] {
    if (diff.empty && diff.outcomeChanges.length === 0) return ['No change: the account already matches its order history and the current rules.']
    const lines: string[] = []
    if (diff.stateChange) lines.push(`State: ${stateLabel(diff.stateChange.from)} → ${stateLabel(diff.stateChange.to)}`)
    if (diff.stageChange) lines.push(`Stage: ${stageLabel(diff.stageChange.from)} → ${stageLabel(diff.stageChange.to)}`)
    if (diff.periodsToAdd.length) lines.push(`Stage periods added: ${diff.periodsToAdd.map((period) => `${stageLabel(period.stage)} from ${period.startedAt}`).join(', ')}`)
    if (diff.periodsToClose.length) lines.push(`Stage periods closed: ${count(diff.periodsToClose.length, 'period')}`)
    if (diff.periodsToRemove.length) lines.push(`Stage periods removed: ${count(diff.periodsToRemove.length, 'period')}`)
    if (diff.eventsToAdd.length) lines.push(`Timeline events added: ${diff.eventsToAdd.length}`)
    if (diff.outcomeChanges.length) lines.push(`Recorded events the current rules decide differently: ${diff.outcomeChanges.length} (kept as recorded)`)
    if (lines.length === 0 && diff.sinceChanges) lines.push('State/stage entry dates corrected')
    return lines
}
