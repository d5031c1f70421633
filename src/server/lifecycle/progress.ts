/**
 * One step of an account's lifecycle: the account and its open stage period + a decision → the account
 * after it, the stage periods to close and open, and the timeline row that records it. Live business rules,
 * the daily time-rule job and replay (recalculation) all advance an account through this one function, and
 * the Glide writer (glide/writers/lifecycle-writer.ts) writes exactly what it returns. Pure.
 */
import type { AccountState, Action, Decision, EventSource, Milestone, Stage, TimedAccount } from './model.ts'
import { planStageChange } from './stage-periods.ts'
import type { StagePeriod, StagePlan } from './stage-periods.ts'

/** What one timeline row says. The writer adds when it was recorded, by whom, and its sequence number. */
export interface TimelineEntry {
    /** Idempotency key; blank only for an error whose event could not be classified. */
    key: string
    source: EventSource
    accountId: string
    orderId: string
    lineItemId: string
    action: Action | ''
    milestone: Milestone | ''
    occurredAt: string
    decision: Decision
}

/** The account's lifecycle fields to write, each with the instant it was entered. */
export interface AccountUpdate {
    state?: { value: AccountState | ''; since: string }
    stage?: { value: Stage | ''; since: string }
}

export interface Progress {
    /** The account after the step (unchanged unless the decision was applied). */
    account: TimedAccount
    /** The open stage period after the step. */
    openPeriod: StagePeriod | null
    /** Stage periods to close and open; null when the stage does not change. */
    periodPlan: StagePlan | null
    /** Account fields to write; null when nothing changes. */
    accountUpdate: AccountUpdate | null
    entry: TimelineEntry
}

/** The account after a decision took effect at `at` (since-fields move only for the axis that changed). */
export function accountAfter(account: TimedAccount, decision: Decision, at: string): TimedAccount {
    if (decision.outcome !== 'applied') return account
    const next = { ...account }
    if (decision.stateTo !== account.state) {
        next.state = decision.stateTo
        next.stateSince = at
    }
    if (decision.stageTo !== account.stage) {
        next.stage = decision.stageTo
        next.stageSince = at
    }
    return next
}

/** True when an applied decision moves the stage (the writer then needs the open period). */
export function changesStage(decision: Decision): boolean {
    return decision.outcome === 'applied' && decision.stageTo !== decision.stageFrom && decision.stageTo !== ''
}

/**
 * Advances the account by one timeline entry. `eventRef` names the row that opens a new stage period (the
 * replay uses the event key; the writer substitutes the inserted row's sys_id).
 */
export function progress(account: TimedAccount, openPeriod: StagePeriod | null, entry: TimelineEntry, eventRef = entry.key): Progress {
    const { decision, occurredAt } = entry
    const unchanged: Progress = { account, openPeriod, periodPlan: null, accountUpdate: null, entry }
    if (decision.outcome !== 'applied') return unchanged
    const next = accountAfter(account, decision, occurredAt)
    const update: AccountUpdate = {}
    if (next.state !== account.state) update.state = { value: next.state, since: occurredAt }
    if (next.stage !== account.stage) update.stage = { value: next.stage, since: occurredAt }
    const periodPlan = changesStage(decision) ? planStageChange(openPeriod, decision.stageTo as Stage, occurredAt, eventRef) : null
    return {
        account: next,
        openPeriod: periodPlan ? { stage: periodPlan.open.stage, startedAt: periodPlan.open.startedAt } : openPeriod,
        periodPlan,
        accountUpdate: update.state || update.stage ? update : null,
        entry,
    }
}
