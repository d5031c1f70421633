/**
 * The pure decision engine: one order lifecycle event + the rules + the account → what changes and why.
 * Plain data in and out; the Glide adapters read the inputs and apply the Decision.
 */
import type { AccountFacts, AccountSnapshot, AccountState, Decision, MappingRule, OrderEvent, Outcome, Stage } from './model.ts'
import { matchRules } from './rules.ts'
import type { RuleMatch } from './rules.ts'
import { scopeNeeds } from './net-effect.ts'
import { guardStage, guardState, isPinned } from './guards.ts'
import type { AxisVerdict } from './guards.ts'
import { clipExplanation, explainDecision, explainError, explainPinned } from './explain.ts'
import { eventSignals, explainPending, withSignalAttributes } from './signals.ts'
import type { EventSignals } from './signals.ts'
import type { ReasonMapping } from './reasons.ts'

export interface DecideInput {
    event: OrderEvent
    rules: MappingRule[]
    account: AccountSnapshot
    facts: AccountFacts
    /** Evaluate and explain, but report what would change instead of changing it. */
    dryRun: boolean
    /** The admin's reason mapping (read only when the event carries a reason; absent = none). */
    reasons?: readonly ReasonMapping[]
}

function unchanged(account: AccountSnapshot): Pick<Decision, 'stateFrom' | 'stateTo' | 'stageFrom' | 'stageTo'> {
    return { stateFrom: account.state, stateTo: account.state, stageFrom: account.stage, stageTo: account.stage }
}

function outcomeOf(state: AxisVerdict<AccountState>, stage: AxisVerdict<Stage>, dryRun: boolean): Outcome {
    if (state.status === 'undecided' && stage.status === 'undecided') return 'no_matching_rule'
    if (state.status === 'change' || stage.status === 'change') return dryRun ? 'dry_run' : 'applied'
    if (state.status === 'blocked' || stage.status === 'blocked') return 'blocked_by_guard'
    return 'no_change'
}

function ruleId(verdict: AxisVerdict<string>): string {
    return verdict.status === 'undecided' ? '' : verdict.rule.id
}

/** The from → to values and deciding rules of a decision, from the guarded verdict on each axis. */
export function axisChanges(
    account: Pick<AccountSnapshot, 'state' | 'stage'>,
    state: AxisVerdict<AccountState>,
    stage: AxisVerdict<Stage>,
): Pick<Decision, 'stateFrom' | 'stateTo' | 'stageFrom' | 'stageTo' | 'stateRuleId' | 'stageRuleId'> {
    return {
        stateFrom: account.state,
        stateTo: state.status === 'change' ? state.to : account.state,
        stageFrom: account.stage,
        stageTo: stage.status === 'change' ? stage.to : account.stage,
        stateRuleId: ruleId(state),
        stageRuleId: ruleId(stage),
    }
}

/** True when a rule that was weighed depended on the account's other services (its scope counts them). */
export function dependsOnServices(match: RuleMatch): boolean {
    return match.considered.some((check) => scopeNeeds(check.rule.scope).services)
}

/**
 * Decides the outcome of one event. Order of checks: pinned account, rule matching (first matching rule
 * per axis), guards per axis (allowed state transitions, forward-only stage). An axis blocked by a guard
 * keeps its value while the other axis may still change (outcome applied; the explanation names the block).
 */
export function decide(input: DecideInput): Decision {
    const { account, facts, dryRun } = input
    const signals = eventSignals(input.event, account, facts, input.reasons ?? [])
    // Rule conditions may test the reason and its churn type.
    const event = withSignalAttributes(input.event, signals)
    if (isPinned(account, event.occurredAt)) {
        const explanation = withPending(explainPinned(event, account), signals)
        return { outcome: 'pinned', ...unchanged(account), stateRuleId: '', stageRuleId: '', explanation, dependsOnServices: false, ...signalFields(signals) }
    }
    const match = matchRules(event, input.rules, account, facts)
    const state = guardState(account.state, match.stateRule)
    const stage = guardStage(account.stage, match.stageRule)
    const outcome = outcomeOf(state, stage, dryRun)
    return {
        outcome,
        ...axisChanges(account, state, stage),
        explanation: withPending(explainDecision({ event, account, outcome, match, state, stage }), signals),
        dependsOnServices: dependsOnServices(match),
        ...signalFields(signals),
    }
}

function signalFields(signals: EventSignals): Pick<Decision, 'actionReason' | 'churnType' | 'movement' | 'pending'> {
    return { actionReason: signals.actionReason, churnType: signals.churnType, movement: signals.movement, pending: signals.pending }
}

function withPending(explanation: string, signals: EventSignals): string {
    const pending = explainPending(signals.pending)
    return pending ? clipExplanation(`${explanation} ${pending}`) : explanation
}

/** The decision recorded when evaluating an event failed: nothing changes, the error is explained. */
export function errorDecision(account: AccountSnapshot, error: string): Decision {
    return { outcome: 'error', ...unchanged(account), stateRuleId: '', stageRuleId: '', explanation: explainError(error), dependsOnServices: false }
}
