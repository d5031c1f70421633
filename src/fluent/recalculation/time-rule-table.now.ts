import '@servicenow/sdk/global'
import { Table, StringColumn, BooleanColumn, IntegerColumn, ChoiceColumn } from '@servicenow/sdk/core'
import { ACCOUNT_STATE_CHOICES, STAGE_CHOICES } from '../tables/choice-lists'

// Time-based lifecycle rules: "in state/stage X for N days → target state/stage", or an alert (no target).
// A separate table rather than columns on x_oal_lifecycle_rule: a time rule has no order action or milestone.
export const x_oal_lifecycle_time_rule = Table({
    name: 'x_oal_lifecycle_time_rule',
    label: 'Account Lifecycle Time Rule',
    display: 'name',
    audit: true,
    allowWebServiceAccess: true,
    schema: {
        name: StringColumn({ label: 'Name', maxLength: 100, mandatory: true }),
        active: BooleanColumn({ label: 'Active', default: true }),
        order: IntegerColumn({ label: 'Order', default: 100 }),
        measure: ChoiceColumn({
            label: 'Time measured in',
            choices: { state: { label: 'State', sequence: 0 }, stage: { label: 'Stage', sequence: 1 } },
            default: 'stage',
            mandatory: true,
            dropdown: 'dropdown_without_none',
        }),
        in_state: ChoiceColumn({ label: 'While in state', choices: ACCOUNT_STATE_CHOICES, dropdown: 'dropdown_with_none' }),
        in_stage: ChoiceColumn({ label: 'While in stage', choices: STAGE_CHOICES, dropdown: 'dropdown_with_none' }),
        after_days: IntegerColumn({ label: 'After days', mandatory: true, default: 30 }),
        target_state: ChoiceColumn({ label: 'Target state', choices: ACCOUNT_STATE_CHOICES, dropdown: 'dropdown_with_none' }),
        target_stage: ChoiceColumn({ label: 'Target stage', choices: STAGE_CHOICES, dropdown: 'dropdown_with_none' }),
        allow_backward: BooleanColumn({ label: 'Allow backward stage', default: false }),
        description: StringColumn({ label: 'Description', maxLength: 1000 }),
    },
})
