/**
 * Validation of a mapping rule as an admin enters it, over RAW column values (strings; booleans as
 * 'true'/'false'). Shared by the rule form's server-side check, the rules workbench and the rule linter.
 * Every message starts with the field label so a user knows what to fix. See docs/RULE-SEMANTICS.md.
 */
import { ACCOUNT_STATES, RULE_FIELDS, ACTIONS, CHURN_TYPES, CONDITION_FIELDS, CONDITION_OPERATORS, MILESTONES, RULE_SCOPES, STAGES } from './model.ts'
import type { Action, MappingRule, RuleScope } from './model.ts'
import {
    CONDITION_FIELD_LABELS,
    CONDITION_OPERATOR_LABELS,
    SCOPE_LABELS,
    eventTypeLabel,
    stageLabel,
    stateLabel,
} from './labels.ts'
import { conditionValues } from './rules.ts'

export interface RuleProblem {
    /** Column name (a RULE_FIELDS value). */
    field: string
    message: string
}

type RuleColumn = (typeof RULE_FIELDS)[keyof typeof RULE_FIELDS]

/** Form labels of the rule columns, as the messages name them. */
export const RULE_FIELD_LABELS: Readonly<Record<RuleColumn, string>> = {
    name: 'Name',
    active: 'Active',
    order: 'Order',
    action: 'Action',
    milestone: 'Milestone',
    condition_field: 'Condition field',
    condition_operator: 'Condition operator',
    condition_value: 'Condition value',
    from_state: 'From state',
    target_state: 'Target state',
    target_stage: 'Target stage',
    scope: 'Scope',
    allow_backward: 'Allow backward',
    stop_processing: 'Stop processing',
    description: 'Description',
}

export const MAX_RULE_NAME_LENGTH = 100
export const MAX_RULE_ORDER = 100000

/**
 * Actions each scope can ever hold for (a scope that can never hold is a mistake, not a configuration):
 * - no service left: a disconnect can leave nothing; a canceled order leaves the account as it was, which may
 *   be nothing (a suspension always leaves the suspended service).
 * - only suspended services left: a suspension or a disconnect can leave only suspended services.
 * - services grow: adding, modifying (a migration that adds more than it removes) or resuming.
 * - first order: placing the account's first order or canceling it.
 * - last active service (legacy): the actions that take service away or withdraw an order.
 */
export const SCOPE_ACTIONS: Readonly<Record<RuleScope, readonly Action[]>> = {
    any: ACTIONS,
    no_service_left: ['disconnect', 'cancel'],
    only_suspended_left: ['suspend', 'disconnect'],
    services_grow: ['place', 'modify', 'resume'],
    first_order: ['place', 'cancel'],
    last_active_service: ['suspend', 'disconnect', 'cancel'],
}

const BOOLEAN_COLUMNS: readonly RuleColumn[] = [RULE_FIELDS.active, RULE_FIELDS.allowBackward, RULE_FIELDS.stopProcessing]

function valueOf(draft: Record<string, string>, column: RuleColumn): string {
    const value = draft[column]
    return typeof value === 'string' ? value.trim() : ''
}

function listed(value: string, choices: readonly string[]): boolean {
    return choices.indexOf(value) >= 0
}

/** Problems with a rule draft; an empty list means the rule can be saved. */
export function validateRule(draft: Record<string, string>): RuleProblem[] {
    const problems: RuleProblem[] = []
    const problem = (column: RuleColumn, text: string) => problems.push({ field: column, message: `${RULE_FIELD_LABELS[column]}: ${text}` })
    const get = (column: RuleColumn) => valueOf(draft, column)

    const name = get(RULE_FIELDS.name)
    if (!name) problem(RULE_FIELDS.name, 'required')
    else if (name.length > MAX_RULE_NAME_LENGTH) problem(RULE_FIELDS.name, `at most ${MAX_RULE_NAME_LENGTH} characters (has ${name.length})`)

    const required: [RuleColumn, readonly string[]][] = [
        [RULE_FIELDS.action, ACTIONS],
        [RULE_FIELDS.milestone, MILESTONES],
    ]
    for (const [column, choices] of required) {
        const value = get(column)
        if (!value) problem(column, 'required')
        else if (!listed(value, choices)) problem(column, `"${value}" is not one of ${choices.join(', ')}`)
    }

    const optional: [RuleColumn, readonly string[]][] = [
        [RULE_FIELDS.targetState, ACCOUNT_STATES],
        [RULE_FIELDS.targetStage, STAGES],
        [RULE_FIELDS.fromState, ACCOUNT_STATES],
        [RULE_FIELDS.scope, RULE_SCOPES],
        [RULE_FIELDS.conditionField, CONDITION_FIELDS],
        [RULE_FIELDS.conditionOperator, CONDITION_OPERATORS],
    ]
    for (const [column, choices] of optional) {
        const value = get(column)
        if (value && !listed(value, choices)) problem(column, `"${value}" is not one of ${choices.join(', ')}`)
    }

    for (const column of BOOLEAN_COLUMNS) {
        const value = get(column)
        if (value && value !== 'true' && value !== 'false') problem(column, `must be true or false, not "${value}"`)
    }

    const order = get(RULE_FIELDS.order)
    // Blank order is allowed: the column default applies.
    if (order && (!/^\d+$/.test(order) || Number(order) > MAX_RULE_ORDER)) {
        problem(RULE_FIELDS.order, `must be a whole number from 0 to ${MAX_RULE_ORDER}`)
    }

    const targetState = get(RULE_FIELDS.targetState)
    const targetStage = get(RULE_FIELDS.targetStage)
    if (!targetState && !targetStage) {
        problems.push({
            field: RULE_FIELDS.targetState,
            message: `${RULE_FIELD_LABELS.target_state} or ${RULE_FIELD_LABELS.target_stage}: set at least one target`,
        })
    }
    const fromState = get(RULE_FIELDS.fromState)
    if (targetState && fromState === targetState && !targetStage) {
        problem(RULE_FIELDS.targetState, `equals ${RULE_FIELD_LABELS.from_state} and no Target stage is set, so the rule does nothing`)
    }

    const conditionField = get(RULE_FIELDS.conditionField)
    const operator = get(RULE_FIELDS.conditionOperator)
    const conditionValue = get(RULE_FIELDS.conditionValue)
    if (conditionField) {
        if (!operator) problem(RULE_FIELDS.conditionOperator, `required when ${RULE_FIELD_LABELS.condition_field} is set`)
        if (!conditionValue) problem(RULE_FIELDS.conditionValue, `required when ${RULE_FIELD_LABELS.condition_field} is set`)
        else if ((operator === 'in' || operator === 'not_in') && conditionValues(conditionValue).length === 0) {
            problem(RULE_FIELDS.conditionValue, 'list at least one value, separated by commas')
        } else if (conditionField === 'churn_type') {
            // A churn type the reason mapping can never give would make the condition silently never (or always) hold.
            const values = operator === 'in' || operator === 'not_in' ? conditionValues(conditionValue) : [conditionValue]
            const unknown = values.filter((value) => !listed(value, CHURN_TYPES))
            if (unknown.length > 0) problem(RULE_FIELDS.conditionValue, `"${unknown.join('", "')}" is not a churn type (${CHURN_TYPES.join(', ')})`)
        }
    } else if (conditionValue || operator) {
        problem(RULE_FIELDS.conditionField, `required when ${conditionValue ? RULE_FIELD_LABELS.condition_value : RULE_FIELD_LABELS.condition_operator} is set`)
    }

    const scope = get(RULE_FIELDS.scope)
    const action = get(RULE_FIELDS.action)
    if (listed(scope, RULE_SCOPES) && listed(action, ACTIONS)) {
        const allowed = SCOPE_ACTIONS[scope as RuleScope]
        if (!listed(action, allowed)) {
            problem(RULE_FIELDS.scope, `${SCOPE_LABELS[scope as RuleScope]} only applies to the actions ${allowed.join(', ')}`)
        }
    }
    return problems
}

/**
 * One-line summary of a rule, e.g.
 * `#100 "Last disconnect": Disconnect × Completed, if Channel is "web", from Active, last active service → state Inactive, stage Expansion`.
 */
export function describeRule(rule: MappingRule): string {
    const parts = [`#${rule.order} "${rule.name}": ${eventTypeLabel(rule.action, rule.milestone)}`]
    if (rule.conditionField) {
        const operator = rule.conditionOperator ? CONDITION_OPERATOR_LABELS[rule.conditionOperator] : '?'
        parts.push(`if ${CONDITION_FIELD_LABELS[rule.conditionField]} ${operator} "${rule.conditionValue}"`)
    }
    if (rule.fromState) parts.push(`from ${stateLabel(rule.fromState)}`)
    if (rule.scope !== 'any') parts.push(SCOPE_LABELS[rule.scope].toLowerCase())
    const targets: string[] = []
    if (rule.targetState) targets.push(`state ${stateLabel(rule.targetState)}`)
    if (rule.targetStage) targets.push(`stage ${stageLabel(rule.targetStage)}${rule.allowBackward ? ' (backward allowed)' : ''}`)
    let summary = `${parts.join(', ')} → ${targets.length ? targets.join(', ') : 'nothing'}`
    if (rule.stopProcessing) summary += '; stops processing'
    if (!rule.active) summary += ' (inactive)'
    return summary
}
