/**
 * One step of an account's lifecycle: the account and its open stage period + a decision → the account
 * after it, the stage periods to close and open, and the timeline row that records it. Live business rules,
 * the daily time-rule job and replay (recalculation) all advance an account through this one function, and
 * the Glide writer (glide/writers/lifecycle-writer.ts) writes exactly what it returns. Pure.
 */
import type { AccountSignals, AccountState, Action, Decision, EventSource, Milestone, Stage, TimedAccount } from './model.ts'
import { signalsOf } from './model.ts'
import { changedSignals, nextSignals } from './signals.ts'
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
    /** The order's number, for outbound events (blank when unknown). */
    orderNumber?: string
    /** Set on a roll-up row: the child account whose change caused it, and the chain of accounts so far. */
    rollup?: RollupCause
}

/** Why a parent's row was recorded: a child's change, the accounts the change has climbed through, and the row it started from. */
export interface RollupCause {
    childAccountId: string
    childName: string
    /** Account ids from the account whose own change started the roll-up up to this row's account. */
    chain: string[]
    /** sys_id of the timeline row the chain started from. */
    originEventId: string
    /** sys_id of the child's timeline row that caused this one. */
    childEventId: string
}

/** The account's lifecycle fields to write, each with the instant it was entered. */
export interface AccountUpdate {
    state?: { value: AccountState | ''; since: string }
    stage?: { value: Stage | ''; since: string }
    /** Signal fields that change (pending change, churn date, missed target). */
    signals?: Partial<AccountSignals>
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
    /** The open stage period missed its time-in-stage target at this instant (the writer flags the period). */
    periodOverdueSince: string
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
    const signalsBefore = signalsOf(account)
    const signals = nextSignals(signalsBefore, decision, occurredAt)
    const signalUpdate = changedSignals(signalsBefore, signals)
    // A missed target flags the open period; the time rule fired for the stage the account is in.
    const periodOverdueSince = decision.overdue && decision.outcome !== 'dry_run' && decision.outcome !== 'error' ? decision.overdue.since : ''
    const withSignals = (base: TimedAccount): TimedAccount => (signalUpdate ? { ...base, signals } : base)
    if (decision.outcome !== 'applied') {
        return { account: withSignals(account), openPeriod, periodPlan: null, accountUpdate: signalUpdate ? { signals: signalUpdate } : null, periodOverdueSince, entry }
    }
    const next = withSignals(accountAfter(account, decision, occurredAt))
    const update: AccountUpdate = {}
    if (next.state !== account.state) update.state = { value: next.state, since: occurredAt }
    if (next.stage !== account.stage) update.stage = { value: next.stage, since: occurredAt }
    if (signalUpdate) update.signals = signalUpdate
    const periodPlan = changesStage(decision) ? planStageChange(openPeriod, decision.stageTo as Stage, occurredAt, eventRef) : null
    return {
        account: next,
        openPeriod: periodPlan ? { stage: periodPlan.open.stage, startedAt: periodPlan.open.startedAt } : openPeriod,
        periodPlan,
        accountUpdate: update.state || update.stage || update.signals ? update : null,
        periodOverdueSince,
        entry,
    }
}
