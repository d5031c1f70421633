import '@servicenow/sdk/global'
import { Table, ChoiceColumn, DateTimeColumn, ReferenceColumn, StringColumn } from '@servicenow/sdk/core'
import { ACCOUNT_STATE_CHOICES, PENDING_CHANGE_CHOICES, STAGE_CHOICES } from './choice-lists'

// The app's columns on the platform customer account: current state and stage (set only by the engine,
// so read-only on forms; the timeline explains every change) and an admin-editable pin that pauses automation.
export const customer_account = Table({
    augments: 'customer_account',
    schema: {
        x_oal_lifecycle_state: ChoiceColumn({
            label: 'Lifecycle state',
            choices: ACCOUNT_STATE_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
        }),
        x_oal_lifecycle_stage: ChoiceColumn({
            label: 'Lifecycle stage',
            choices: STAGE_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
        }),
        x_oal_lifecycle_state_since: DateTimeColumn({ label: 'Lifecycle state since', readOnly: true }),
        x_oal_lifecycle_stage_since: DateTimeColumn({ label: 'Lifecycle stage since', readOnly: true }),
        x_oal_lifecycle_pinned_until: DateTimeColumn({
            label: 'Lifecycle pinned until',
            hint: 'Order events that occur before this time are recorded but do not change the account.',
        }),
        x_oal_lifecycle_pin_reason: StringColumn({ label: 'Lifecycle pin reason', maxLength: 255 }),
        // Signals (set by the engine): an in-flight disconnect/suspension that would leave nothing in service,
        // withdrawn when its order is canceled or rejected; the last churn; a missed time-in-stage target.
        x_oal_lifecycle_pending_change: ChoiceColumn({
            label: 'Lifecycle pending change',
            choices: PENDING_CHANGE_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
        }),
        x_oal_lifecycle_pending_order: ReferenceColumn({ label: 'Lifecycle pending change order', referenceTable: 'sn_ind_tmt_orm_order', readOnly: true }),
        x_oal_lifecycle_pending_due: DateTimeColumn({
            label: 'Lifecycle pending change due',
            readOnly: true,
            hint: 'The committed due date of the order that will take every service away (blank: the order has none).',
        }),
        x_oal_lifecycle_pending_since: DateTimeColumn({ label: 'Lifecycle pending change since', readOnly: true }),
        x_oal_lifecycle_churned_at: DateTimeColumn({ label: 'Lifecycle last churned', readOnly: true }),
        x_oal_lifecycle_overdue_since: DateTimeColumn({
            label: 'Lifecycle stage overdue since',
            readOnly: true,
            hint: 'Set when the current stage missed its time-in-stage target; cleared when the stage changes.',
        }),
        x_oal_lifecycle_overdue_rule: ReferenceColumn({ label: 'Lifecycle overdue target', referenceTable: 'x_oal_lifecycle_time_rule', readOnly: true }),
    },
})
