/**
 * Rule matching: which mapping rules apply to an event, in a deterministic order, and why the others
 * did not. Deciding what actually changes (guards) happens in guards.ts / engine.ts. See
 * docs/RULE-SEMANTICS.md.
 */
import type { AccountFacts, AccountSnapshot, AccountState, MappingRule, OrderEvent, RuleScope } from './model.ts'
import { outlookOf, scopeNeeds, servicesGained } from './net-effect.ts'
import type { ServiceOutlook } from './net-effect.ts'

/** Why a rule keyed on the event's action × milestone did not match. */
export type RuleMismatch =
    | { kind: 'condition'; actual: string }
    | { kind: 'from_state'; actual: AccountState }
    /** outlook is null for services_grow, which counts only the order's own lines (gained = their net change). */
    | { kind: 'scope'; outlook: ServiceOutlook | null; gained: number }

export interface RuleCheck {
    rule: MappingRule
    /** null when the rule matched. */
    mismatch: RuleMismatch | null
}

export interface RuleMatch {
    /** Active rules keyed on the event's action × milestone that were evaluated, in evaluation order. */
    considered: RuleCheck[]
    /** The rules that matched, in evaluation order. */
    matched: MappingRule[]
    /** First matching rule with a target state. */
    stateRule: MappingRule | null
    /** First matching rule with a target stage. */
    stageRule: MappingRule | null
    /** The matching rule whose stop-processing flag ended evaluation, if any. */
    stoppedBy: MappingRule | null
}

function compareText(left: string, right: string): number {
    // Plain code-unit comparison: locale-aware collation could order names differently per instance.
    return left < right ? -1 : left > right ? 1 : 0
}

/** Rules in evaluation order: `order` ascending, then name, then id, so ties never depend on query order. */
export function sortRules(rules: MappingRule[]): MappingRule[] {
    return rules.slice().sort((a, b) => a.order - b.order || compareText(a.name, b.name) || compareText(a.id, b.id))
}

/** The items of an `in` / `not_in` condition value: comma-separated, trimmed, blanks dropped. */
export function conditionValues(value: string): string[] {
    return value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
}

/** True when the rule has no condition or its condition holds for the event's attributes. */
export function conditionHolds(rule: MappingRule, event: OrderEvent): boolean {
    if (!rule.conditionField) return true
    const actual = event.attributes[rule.conditionField] ?? ''
    switch (rule.conditionOperator) {
        case 'is':
            return actual === rule.conditionValue
        case 'is_not':
            return actual !== rule.conditionValue
        case 'in':
            return conditionValues(rule.conditionValue).indexOf(actual) >= 0
        case 'not_in':
            return conditionValues(rule.conditionValue).indexOf(actual) < 0
        default:
            // A condition without a valid operator cannot be evaluated; never match rather than guess.
            return false
    }
}

/** The account's state as rules see it: never-set counts as prospect. */
export function effectiveState(account: AccountSnapshot): AccountState {
    return account.state || 'prospect'
}

/**
 * Whether a rule's scope holds for the event, judged on the services after the order (net-effect.ts). The
 * legacy last_active_service keeps its meaning: for a disconnect nothing left in service or suspended, for
 * any other action nothing left in service.
 */
export function scopeHolds(scope: RuleScope, event: OrderEvent, facts: AccountFacts): boolean {
    if (scope === 'any') return true
    if (scope === 'services_grow') return servicesGained(event) > 0
    const { before, after, completedOrders } = outlookOf(event, facts)
    switch (scope) {
        case 'no_service_left':
            return after.inService === 0 && after.suspended === 0
        case 'only_suspended_left':
            return after.inService === 0 && after.suspended > 0
        case 'last_active_service':
            return after.inService === 0 && (event.action !== 'disconnect' || after.suspended === 0)
        case 'first_order':
            return completedOrders === 0 && before.inService === 0 && before.suspended === 0
    }
}

/** Why the rule does not match the event (already keyed on action × milestone), or null when it matches. */
export function checkRule(rule: MappingRule, event: OrderEvent, account: AccountSnapshot, facts: AccountFacts): RuleMismatch | null {
    if (!conditionHolds(rule, event)) {
        return { kind: 'condition', actual: rule.conditionField ? (event.attributes[rule.conditionField] ?? '') : '' }
    }
    const state = effectiveState(account)
    if (rule.fromState && rule.fromState !== state) return { kind: 'from_state', actual: state }
    if (!scopeHolds(rule.scope, event, facts)) {
        return { kind: 'scope', outlook: scopeNeeds(rule.scope).services ? outlookOf(event, facts) : null, gained: servicesGained(event) }
    }
    return null
}

/**
 * Evaluates the active rules for the event's action × milestone in order. The first matching rule with a
 * target decides each axis independently; a matching rule with stop processing ends the evaluation even
 * if an axis is still undecided. Evaluation also ends once both axes are decided: later rules could not
 * change the outcome.
 */
export function matchRules(event: OrderEvent, rules: MappingRule[], account: AccountSnapshot, facts: AccountFacts): RuleMatch {
    const result: RuleMatch = { considered: [], matched: [], stateRule: null, stageRule: null, stoppedBy: null }
    const keyed = rules.filter((rule) => rule.active && rule.action === event.action && rule.milestone === event.milestone)
    for (const rule of sortRules(keyed)) {
        const mismatch = checkRule(rule, event, account, facts)
        result.considered.push({ rule, mismatch })
        if (mismatch) continue
        result.matched.push(rule)
        if (rule.targetState && !result.stateRule) result.stateRule = rule
        if (rule.targetStage && !result.stageRule) result.stageRule = rule
        if (rule.stopProcessing) {
            result.stoppedBy = rule
            break
        }
        if (result.stateRule && result.stageRule) break
    }
    return result
}
