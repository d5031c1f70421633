/**
 * Human explanations for every outcome, as shown on the account timeline. They name the event, the
 * deciding rule(s), from → to on both axes, and why anything that did not change did not. Labels only,
 * never raw stored values.
 */
import type { AccountSnapshot, AccountState, MappingRule, OrderEvent, Outcome, Stage } from './model.ts'
import { CONDITION_OPERATORS } from './model.ts'
import {
    ACTION_LABELS,
    CONDITION_FIELD_LABELS,
    CONDITION_OPERATOR_LABELS,
    MILESTONE_LABELS,
    eventTypeLabel,
    stageLabel,
    stateLabel,
} from './labels.ts'
import type { RuleCheck, RuleMatch } from './rules.ts'
import type { AxisVerdict } from './guards.ts'
import type { ServiceOutlook } from './net-effect.ts'

/** The explanation column holds at most this many characters. */
export const MAX_EXPLANATION_LENGTH = 4000
/** Non-matching rules named in one explanation; the rest are counted. */
const MAX_MISMATCHES_NAMED = 5

export function clipExplanation(text: string): string {
    return text.length <= MAX_EXPLANATION_LENGTH ? text : text.slice(0, MAX_EXPLANATION_LENGTH - 1) + '…'
}

function quoted(name: string): string {
    return `"${name}"`
}

function count(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** `Order ORD0001001: Disconnect Completed`. */
export function describeEvent(event: OrderEvent): string {
    return `Order ${event.orderNumber || event.orderId}: ${ACTION_LABELS[event.action]} ${MILESTONE_LABELS[event.milestone]}`
}

function describeCondition(rule: MappingRule): string {
    if (!rule.conditionField) return ''
    const field = CONDITION_FIELD_LABELS[rule.conditionField]
    const operator = rule.conditionOperator ? CONDITION_OPERATOR_LABELS[rule.conditionOperator] : '?'
    return `${field} ${operator} ${quoted(rule.conditionValue)}`
}

/** Why one rule did not match, e.g. `rule "X" needs the last active service but 2 remain active`. */
export function explainMismatch(check: RuleCheck): string {
    const { rule, mismatch } = check
    const name = `rule ${quoted(rule.name)}`
    if (!mismatch) return `${name} matched`
    switch (mismatch.kind) {
        case 'condition':
            if (rule.conditionField && CONDITION_OPERATORS.indexOf(rule.conditionOperator as never) < 0) {
                return `${name} has a condition without a valid operator`
            }
            return `${name} needs ${describeCondition(rule)} but the event has ${mismatch.actual ? quoted(mismatch.actual) : 'none'}`
        case 'from_state':
            return `${name} applies only from state ${stateLabel(rule.fromState)} but the account is ${stateLabel(mismatch.actual)}`
        case 'scope':
            return `${name} ${explainScopeMismatch(rule, mismatch.outlook, mismatch.gained)}`
    }
}

function services(counts: { inService: number; suspended: number }): string {
    return `${counts.inService} in service and ${counts.suspended} suspended`
}

/** Why a scope did not hold, in terms of the services after (or, for a first order, before) the order. */
function explainScopeMismatch(rule: MappingRule, outlook: ServiceOutlook | null, gained: number): string {
    if (rule.scope === 'services_grow' || !outlook) {
        const change = gained === 0 ? 'leaves their number as it was' : `removes ${count(-gained, 'service')}`
        return `needs the order to add services in service but it ${change}`
    }
    switch (rule.scope) {
        case 'first_order':
            return `applies to a first order only but before this order the account had ${count(outlook.completedOrders, 'completed order')} and ${services(outlook.before)}`
        case 'only_suspended_left':
            return `needs only suspended services left after the order but ${services(outlook.after)} remain`
        case 'last_active_service':
            return `needs the last active service but after the order ${services(outlook.after)} remain`
        default:
            return `needs no service left after the order but ${services(outlook.after)} remain`
    }
}

function explainRulesNotApplied(match: RuleMatch): string {
    const reasons: string[] = []
    for (const check of match.considered) {
        if (check.mismatch) reasons.push(explainMismatch(check))
        else if (!check.rule.targetState && !check.rule.targetStage) reasons.push(`rule ${quoted(check.rule.name)} matched but sets neither state nor stage`)
    }
    if (reasons.length === 0) return ''
    const named = reasons.slice(0, MAX_MISMATCHES_NAMED)
    const more = reasons.length - named.length
    return `Not applied: ${named.join('; ')}${more > 0 ? `; and ${count(more, 'more rule')}` : ''}.`
}

function ruleRef(rule: MappingRule): string {
    return `rule ${quoted(rule.name)}`
}

function explainStateAxis(verdict: AxisVerdict<AccountState>, account: AccountSnapshot, wouldChange: boolean): string {
    switch (verdict.status) {
        case 'undecided':
            return `State stays ${stateLabel(account.state)}: no matching rule sets the state.`
        case 'same':
            return `State already ${stateLabel(verdict.to)} (${ruleRef(verdict.rule)}).`
        case 'change':
            return `State${wouldChange ? ' would change' : ''}: ${stateLabel(verdict.from)} → ${stateLabel(verdict.to)} (${ruleRef(verdict.rule)}).`
        case 'blocked': {
            const transition = `${stateLabel(verdict.from)} → ${stateLabel(verdict.to)}`
            const why =
                verdict.reason === 'closed_is_terminal'
                    ? `transition ${transition} not allowed: a closed account is only reopened by a person`
                    : `transition ${transition} not allowed`
            return `State not changed: ${why} (${ruleRef(verdict.rule)}).`
        }
    }
}

function explainStageAxis(verdict: AxisVerdict<Stage>, account: AccountSnapshot, wouldChange: boolean): string {
    switch (verdict.status) {
        case 'undecided':
            return `Stage stays ${stageLabel(account.stage)}: no matching rule sets the stage.`
        case 'same':
            return `Stage already ${stageLabel(verdict.to)} (${ruleRef(verdict.rule)}).`
        case 'change':
            return `Stage${wouldChange ? ' would change' : ''}: ${stageLabel(verdict.from)} → ${stageLabel(verdict.to)} (${ruleRef(verdict.rule)}).`
        case 'blocked':
            return (
                `Stage not changed: ${stageLabel(verdict.from)} → ${stageLabel(verdict.to)} is backward ` +
                `and ${ruleRef(verdict.rule)} does not allow it.`
            )
    }
}

export interface ExplainInput {
    event: OrderEvent
    account: AccountSnapshot
    outcome: Outcome
    match: RuleMatch
    state: AxisVerdict<AccountState>
    stage: AxisVerdict<Stage>
}

function explainNoMatchingRule(event: OrderEvent, account: AccountSnapshot, match: RuleMatch): string {
    const trigger = quoted(eventTypeLabel(event.action, event.milestone))
    const parts = [`${describeEvent(event)}.`]
    if (match.considered.length === 0) parts.push(`No rule for ${trigger}.`)
    else parts.push(`No rule applies to ${trigger}.`, explainRulesNotApplied(match))
    parts.push(`State stays ${stateLabel(account.state)}; stage stays ${stageLabel(account.stage)}.`)
    return parts.join(' ')
}

/** The explanation of an evaluated (not pinned, not failed) event. */
export function explainDecision(input: ExplainInput): string {
    const { event, account, outcome, match, state, stage } = input
    if (outcome === 'no_matching_rule') return clipExplanation(explainNoMatchingRule(event, account, match))
    const dryRun = outcome === 'dry_run'
    const parts = [`${dryRun ? 'Dry run: ' : ''}${describeEvent(event)}.`]
    parts.push(explainStateAxis(state, account, dryRun), explainStageAxis(stage, account, dryRun))
    const undecided = state.status === 'undecided' || stage.status === 'undecided'
    if (match.stoppedBy && undecided) parts.push(`Evaluation stopped at ${ruleRef(match.stoppedBy)}.`)
    const notApplied = explainRulesNotApplied(match)
    if (notApplied) parts.push(notApplied)
    if (dryRun) parts.push('Nothing was written (dry run).')
    else if (outcome !== 'applied') parts.push('Nothing changed.')
    return clipExplanation(parts.join(' '))
}

/** Why a pinned account ignored the event. */
export function explainPinned(event: OrderEvent, account: AccountSnapshot): string {
    const reason = account.pinReason.trim() ? ` (reason: ${account.pinReason.trim()})` : ''
    return clipExplanation(
        `${describeEvent(event)}. Account pinned until ${account.pinnedUntil}${reason}: automatic changes are ignored until then. ` +
            `State stays ${stateLabel(account.state)}; stage stays ${stageLabel(account.stage)}.`,
    )
}

/** The explanation of a failed evaluation. */
export function explainError(message: string): string {
    return clipExplanation(`Error: ${message || 'unknown error'}. Nothing changed.`)
}
