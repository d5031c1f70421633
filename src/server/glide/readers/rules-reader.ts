/**
 * Reads the active mapping rules (x_oal_lifecycle_rule) in one query, ordered by their `order` column.
 *
 * The result is cached in a RuleCache that the mapper creates for ONE business-rule invocation: an order
 * save may yield several events, and they all share one read. The cache must not outlive the call: on the
 * platform a module's top-level state can be reused by later transactions (and other users) on the same
 * node, there is no hook to invalidate it when an admin edits a rule, so a module-level cache would serve
 * stale rules. One query per invocation is the price of always seeing the rules as saved.
 */
import { GlideRecord } from '@servicenow/glide'
import { RULE_FIELDS, RULE_TABLE } from '../../app-schema.ts'
import { ACCOUNT_STATES, ACTIONS, CONDITION_FIELDS, CONDITION_OPERATORS, MILESTONES, oneOf, RULE_SCOPES, STAGES } from '../../lifecycle/model.ts'
import type { MappingRule } from '../../lifecycle/model.ts'
import { booleanValue, textValue } from '../glide-values.ts'
import type { ValueSource } from '../glide-values.ts'

/** Rules read during one invocation; create with createRuleCache() and pass to every readActiveRules call. */
export interface RuleCache {
    rules: MappingRule[] | null
}

export function createRuleCache(): RuleCache {
    return { rules: null }
}

/**
 * A rule record as the engine sees it, or null when its action or milestone is not a known value (such a
 * rule could never match; the validation business rule normally prevents saving it).
 */
export function mappingRuleOf(rule: ValueSource & { getUniqueValue(): string }): MappingRule | null {
    const action = oneOf(ACTIONS, textValue(rule, RULE_FIELDS.action))
    const milestone = oneOf(MILESTONES, textValue(rule, RULE_FIELDS.milestone))
    if (!action || !milestone) return null
    const order = Number(textValue(rule, RULE_FIELDS.order))
    return {
        id: rule.getUniqueValue(),
        name: textValue(rule, RULE_FIELDS.name),
        active: booleanValue(rule, RULE_FIELDS.active),
        order: isNaN(order) ? 0 : order,
        action,
        milestone,
        conditionField: oneOf(CONDITION_FIELDS, textValue(rule, RULE_FIELDS.conditionField)),
        conditionOperator: oneOf(CONDITION_OPERATORS, textValue(rule, RULE_FIELDS.conditionOperator)),
        conditionValue: textValue(rule, RULE_FIELDS.conditionValue),
        fromState: oneOf(ACCOUNT_STATES, textValue(rule, RULE_FIELDS.fromState)),
        targetState: oneOf(ACCOUNT_STATES, textValue(rule, RULE_FIELDS.targetState)),
        targetStage: oneOf(STAGES, textValue(rule, RULE_FIELDS.targetStage)),
        scope: oneOf(RULE_SCOPES, textValue(rule, RULE_FIELDS.scope)) || 'any',
        allowBackward: booleanValue(rule, RULE_FIELDS.allowBackward),
        stopProcessing: booleanValue(rule, RULE_FIELDS.stopProcessing),
    }
}

/** The active rules in evaluation order; queried once per cache. */
export function readActiveRules(cache: RuleCache): MappingRule[] {
    if (cache.rules) return cache.rules
    const rules: MappingRule[] = []
    const rule = new GlideRecord(RULE_TABLE)
    rule.addQuery(RULE_FIELDS.active, true)
    rule.orderBy(RULE_FIELDS.order)
    rule.query()
    while (rule.next()) {
        const mapped = mappingRuleOf(rule)
        if (mapped) rules.push(mapped)
    }
    cache.rules = rules
    return rules
}
