import '@servicenow/sdk/global'
import { Table, StringColumn, BooleanColumn, IntegerColumn, ChoiceColumn } from '@servicenow/sdk/core'
import {
    ACCOUNT_STATE_CHOICES,
    ACTION_CHOICES,
    CONDITION_FIELD_CHOICES,
    CONDITION_OPERATOR_CHOICES,
    MILESTONE_CHOICES,
    RULE_SCOPE_CHOICES,
    STAGE_CHOICES,
} from './choice-lists'

// Mapping rules: admins map an order action × milestone (plus optional condition) to an account state and/or stage.
// Audited, because admins need to know who changed a rule and when.
export const x_oal_lifecycle_rule = Table({
    name: 'x_oal_lifecycle_rule',
    label: 'Account Lifecycle Mapping Rule',
    display: 'name',
    audit: true,
    allowWebServiceAccess: true,
    schema: {
        name: StringColumn({ label: 'Name', maxLength: 100, mandatory: true }),
        active: BooleanColumn({ label: 'Active', default: true }),
        order: IntegerColumn({
            label: 'Order',
            default: 100,
            hint: 'Rules are evaluated in ascending order; the first matching rule decides each axis.',
        }),
        action: ChoiceColumn({
            label: 'Order action',
            mandatory: true,
            choices: ACTION_CHOICES,
            dropdown: 'dropdown_with_none',
            hint: 'What the order does to the customer services: place, modify, suspend, resume, disconnect or cancel.',
        }),
        milestone: ChoiceColumn({
            label: 'Milestone',
            mandatory: true,
            choices: MILESTONE_CHOICES,
            dropdown: 'dropdown_with_none',
            hint: 'How far the order or line has got when the rule applies.',
        }),
        condition_field: ChoiceColumn({
            label: 'Condition field',
            choices: CONDITION_FIELD_CHOICES,
            dropdown: 'dropdown_with_none',
            hint: 'Optional: an attribute of the order or line the rule also tests.',
        }),
        condition_operator: ChoiceColumn({
            label: 'Condition operator',
            choices: CONDITION_OPERATOR_CHOICES,
            dropdown: 'dropdown_with_none',
        }),
        condition_value: StringColumn({
            label: 'Condition value',
            maxLength: 255,
            hint: 'For "In" / "Not in", a comma-separated list of values.',
        }),
        from_state: ChoiceColumn({
            label: 'Only when account is',
            choices: ACCOUNT_STATE_CHOICES,
            dropdown: 'dropdown_with_none',
            hint: 'Blank: the rule matches whatever the account state is.',
        }),
        target_state: ChoiceColumn({
            label: 'Set account state to',
            choices: ACCOUNT_STATE_CHOICES,
            dropdown: 'dropdown_with_none',
            hint: 'Blank: the rule does not decide the account state.',
        }),
        target_stage: ChoiceColumn({
            label: 'Set lifecycle stage to',
            choices: STAGE_CHOICES,
            dropdown: 'dropdown_with_none',
            hint: 'Blank: the rule does not decide the lifecycle stage.',
        }),
        scope: ChoiceColumn({
            label: 'Applies when',
            choices: RULE_SCOPE_CHOICES,
            default: 'any',
            dropdown: 'dropdown_without_none',
            hint: 'Any: always. Last active service: no other service stays in service. First order: the account has no earlier completed order.',
        }),
        allow_backward: BooleanColumn({
            label: 'Allow backward stage move',
            default: false,
            hint: 'Stages normally only move forward (onboarding → expansion); tick to let this rule move one back.',
        }),
        stop_processing: BooleanColumn({
            label: 'Stop processing',
            default: false,
            hint: 'When this rule matches, no later rule is evaluated for this event.',
        }),
        description: StringColumn({ label: 'Description', maxLength: 1000 }),
    },
    index: [
        // The engine reads active rules for one action × milestone in evaluation order.
        { name: 'x_oal_lifecycle_rule_lookup', unique: false, element: ['active', 'action', 'milestone', 'order'] },
    ],
})
