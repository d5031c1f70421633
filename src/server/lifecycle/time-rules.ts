/**
 * Time-based lifecycle rules: "when the account has been in state/stage X for N days → target state/stage"
 * (or an alert that records an event and changes nothing). Pure: the instant to evaluate at comes in, so the
 * daily scheduled job and the replay engine give the same answers. See docs/RECALCULATION.md.
 */
import type { AccountState, Decision, Outcome, Stage, TimedAccount } from './model.ts'
import { accountAfter } from './progress.ts'
import { guardStage, guardState, isPinned } from './guards.ts'
import type { AxisVerdict } from './guards.ts'
import { formatDateTime, parseDateTime } from './datetime.ts'
import { clipExplanation } from './explain.ts'
import { axisChanges } from './engine.ts'
import { stageLabel, stateLabel } from './labels.ts'

/** Which axis the time is measured on. */
export const TIME_RULE_MEASURES = ['state', 'stage'] as const
export type TimeRuleMeasure = (typeof TIME_RULE_MEASURES)[number]

const DAY_MS = 24 * 60 * 60 * 1000

/** A time rule as the core sees it (read from x_oal_lifecycle_time_rule). Blank strings mean "not set". */
export interface TimeRule {
    id: string
    name: string
    active: boolean
    order: number
    /** The clock runs from the moment the account entered its current state (or stage). */
    measure: TimeRuleMeasure
    /** The rule applies only while the account is in this state (required when measuring the state). */
    inState: AccountState | ''
    /** The rule applies only while the account is in this stage (required when measuring the stage). */
    inStage: Stage | ''
    afterDays: number
    targetState: AccountState | ''
    targetStage: Stage | ''
    allowBackward: boolean
}


/** The defaults the app ships as records (ids are the records' Now.ID keys' meaning, stable). */
export const DEFAULT_TIME_RULES: TimeRule[] = [
    {
        id: 'default-active-30d-adoption',
        name: 'Active for 30 days while onboarding → Adoption',
        active: true,
        order: 100,
        measure: 'state',
        inState: 'active',
        inStage: 'onboarding',
        afterDays: 30,
        targetState: '',
        targetStage: 'adoption',
        allowBackward: false,
    },
    {
        id: 'default-adoption-60d-monitoring',
        name: 'Adoption for 60 days → Monitoring',
        active: true,
        order: 200,
        measure: 'stage',
        inState: '',
        inStage: 'adoption',
        afterDays: 60,
        targetState: '',
        targetStage: 'monitoring',
        allowBackward: false,
    },
    {
        id: 'default-onboarding-45d-alert',
        name: 'Onboarding longer than 45 days (alert)',
        active: true,
        order: 300,
        measure: 'stage',
        inState: '',
        inStage: 'onboarding',
        afterDays: 45,
        targetState: '',
        targetStage: '',
        allowBackward: false,
    },
]

/** A rule that is due for the account: when its threshold was reached and when it takes effect. */
export interface DueTimeRule {
    rule: TimeRule
    /** since + afterDays. */
    dueAt: string
    /** dueAt, or the end of a pin that was in force at dueAt (the rule waits for the pin). */
    occurredAt: string
    key: string
}

/**
 * The idempotency key: account, rule, the day threshold and the day it was reached. A second run on the same
 * day (or any later day) finds the key recorded; re-entering the state later gives a new threshold day.
 */
export function timeRuleKey(accountId: string, rule: TimeRule, dueAt: string): string {
    return `${accountId}:time:${rule.id}:${rule.afterDays}d:${dueAt.slice(0, 10)}`
}

/** The timeline key a dry-run evaluation is recorded under, so it does not block the real one later. */
export function dryRunKey(key: string): string {
    return `${key}:dry_run`
}

export function isAlertRule(rule: TimeRule): boolean {
    return !rule.targetState && !rule.targetStage
}

/**
 * A time-in-stage target: an alert rule (no target) measured on the stage. "Onboarding longer than 45 days
 * (alert)" IS the target "onboarding ≤ 45 days": when it fires, the account and its open stage period are
 * flagged overdue and the target-missed event is sent; the flag clears when the stage changes. One mechanism,
 * not two (docs/RECALCULATION.md, "Time-in-stage targets").
 */
export function isTimeInStageTarget(rule: TimeRule): boolean {
    return isAlertRule(rule) && rule.measure === 'stage' && rule.inStage !== ''
}

function sinceOf(account: TimedAccount, rule: TimeRule): string {
    return rule.measure === 'state' ? account.stateSince : account.stageSince
}

/** Whether the rule applies to the account's current state and stage (ignoring time). */
export function timeRuleApplies(rule: TimeRule, account: TimedAccount): boolean {
    if (!rule.active || !(rule.afterDays >= 0)) return false
    if (rule.measure === 'state' && !rule.inState) return false
    if (rule.measure === 'stage' && !rule.inStage) return false
    if (rule.inState && rule.inState !== (account.state || 'prospect')) return false
    if (rule.inStage && rule.inStage !== account.stage) return false
    return true
}

/** When the rule's threshold is reached for this account, or null when the time cannot be measured. */
export function timeRuleDueAt(rule: TimeRule, account: TimedAccount): string | null {
    const since = parseDateTime(sinceOf(account, rule))
    if (isNaN(since)) return null
    return formatDateTime(since + rule.afterDays * DAY_MS)
}

function effectiveAt(account: TimedAccount, dueAt: string): string {
    // A pin in force at the threshold defers the rule to the pin's end, so it neither fires through the pin
    // nor gets lost: it takes effect on the first evaluation after the pin ends.
    return isPinned(account, dueAt) ? account.pinnedUntil : dueAt
}

function compareDue(left: DueTimeRule, right: DueTimeRule): number {
    if (left.occurredAt !== right.occurredAt) return left.occurredAt < right.occurredAt ? -1 : 1
    return left.rule.order - right.rule.order || (left.rule.id < right.rule.id ? -1 : left.rule.id > right.rule.id ? 1 : 0)
}

/**
 * The earliest rule due at or before `now` whose key is not yet recorded, or null. Ties: rule order, then id.
 */
export function nextDueTimeRule(account: TimedAccount, rules: TimeRule[], now: string, isRecorded: (key: string) => boolean): DueTimeRule | null {
    let best: DueTimeRule | null = null
    for (const rule of rules) {
        if (!timeRuleApplies(rule, account)) continue
        const dueAt = timeRuleDueAt(rule, account)
        if (!dueAt) continue
        const occurredAt = effectiveAt(account, dueAt)
        if (occurredAt > now) continue
        const key = timeRuleKey(account.id, rule, dueAt)
        if (isRecorded(key)) continue
        const candidate: DueTimeRule = { rule, dueAt, occurredAt, key }
        if (!best || compareDue(candidate, best) < 0) best = candidate
    }
    return best
}

function outcomeOf(state: AxisVerdict<AccountState>, stage: AxisVerdict<Stage>, dryRun: boolean): Outcome {
    if (state.status === 'change' || stage.status === 'change') return dryRun ? 'dry_run' : 'applied'
    if (state.status === 'blocked' || stage.status === 'blocked') return 'blocked_by_guard'
    return 'no_change'
}

function describeThreshold(due: DueTimeRule): string {
    const axis = due.rule.measure === 'state' ? `state ${stateLabel(due.rule.inState)}` : `stage ${stageLabel(due.rule.inStage)}`
    const waited = due.occurredAt !== due.dueAt ? ` The account was pinned then; applied when the pin ended (${due.occurredAt}).` : ''
    return `Time rule "${due.rule.name}": ${axis} for ${due.rule.afterDays} days (reached ${due.dueAt}).${waited}`
}

function explainAxis(label: string, verdict: AxisVerdict<string>, current: string, labelOf: (value: string) => string, dryRun: boolean): string {
    switch (verdict.status) {
        case 'undecided':
            return ''
        case 'same':
            return `${label} already ${labelOf(verdict.to)}.`
        case 'change':
            return `${label}${dryRun ? ' would change' : ''}: ${labelOf(verdict.from)} → ${labelOf(verdict.to)}.`
        case 'blocked':
            return `${label} not changed: ${labelOf(current)} → ${labelOf(verdict.to)} is not allowed (${verdict.reason.replace(/_/g, ' ')}).`
    }
}

function asMappingTarget(rule: TimeRule, axis: 'state' | 'stage') {
    // The guards take a mapping rule; only the target and allow-backward flag matter to them.
    return {
        id: rule.id,
        name: rule.name,
        active: true,
        order: rule.order,
        action: 'modify' as const,
        milestone: 'completed' as const,
        conditionField: '' as const,
        conditionOperator: '' as const,
        conditionValue: '',
        fromState: '' as const,
        targetState: axis === 'state' ? rule.targetState : ('' as const),
        targetStage: axis === 'stage' ? rule.targetStage : ('' as const),
        scope: 'any' as const,
        allowBackward: rule.allowBackward,
        stopProcessing: false,
    }
}

/**
 * What a due time rule does to the account, through the same guards as order events (allowed state
 * transitions, forward-only stages). An alert rule (no target) records its event and changes nothing.
 */
export function decideTimeRule(account: TimedAccount, due: DueTimeRule, dryRun: boolean): Decision {
    const rule = due.rule
    const state = rule.targetState ? guardState(account.state, asMappingTarget(rule, 'state')) : ({ status: 'undecided' } as const)
    const stage = rule.targetStage ? guardStage(account.stage, asMappingTarget(rule, 'stage')) : ({ status: 'undecided' } as const)
    const outcome = outcomeOf(state, stage, dryRun)
    const parts = [`${dryRun ? 'Dry run: ' : ''}${describeThreshold(due)}`]
    const target = isTimeInStageTarget(rule)
    if (target) parts.push(`Time-in-stage target missed: ${stageLabel(rule.inStage)} should take at most ${rule.afterDays} days; the account and its stage period are flagged overdue until the stage changes.`)
    else if (isAlertRule(rule)) parts.push('Alert only: the rule sets neither state nor stage.')
    parts.push(explainAxis('State', state, account.state, (value) => stateLabel(value as AccountState), outcome === 'dry_run'))
    parts.push(explainAxis('Stage', stage, account.stage, (value) => stageLabel(value as Stage), outcome === 'dry_run'))
    if (outcome === 'dry_run') parts.push('Nothing was written (dry run).')
    else if (outcome !== 'applied' && !isAlertRule(rule)) parts.push('Nothing changed.')
    return {
        outcome,
        ...axisChanges(account, state, stage),
        explanation: clipExplanation(parts.filter((part) => part !== '').join(' ')),
        dependsOnServices: false,
        overdue: target ? { ruleId: rule.id, since: due.occurredAt } : null,
    }
}

export interface TimeRuleEvaluation {
    due: DueTimeRule
    /** The key the timeline row is recorded under (dry runs get their own). */
    key: string
    decision: Decision
}

/** Safety net: rules that feed each other (A → B → A with allow backward) cannot loop forever. */
export const MAX_TIME_RULE_STEPS = 20

/**
 * Every time rule that fires for the account up to `now`, in time order, each evaluated on the account as
 * the previous one left it. `isRecorded` tells which keys the timeline already has.
 */
export function evaluateTimeRules(
    account: TimedAccount,
    rules: TimeRule[],
    now: string,
    isRecorded: (key: string) => boolean,
    dryRun: boolean,
): { account: TimedAccount; evaluations: TimeRuleEvaluation[] } {
    const seen: Record<string, true> = {}
    const evaluations: TimeRuleEvaluation[] = []
    let current = account
    for (let step = 0; step < MAX_TIME_RULE_STEPS; step++) {
        const due = nextDueTimeRule(current, rules, now, (key) => seen[key] === true || isRecorded(key) || (dryRun && isRecorded(dryRunKey(key))))
        if (!due) break
        seen[due.key] = true
        const decision = decideTimeRule(current, due, dryRun)
        evaluations.push({ due, key: dryRun ? dryRunKey(due.key) : due.key, decision })
        current = accountAfter(current, decision, due.occurredAt)
    }
    return { account: current, evaluations }
}
