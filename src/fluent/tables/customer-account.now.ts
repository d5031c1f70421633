import '@servicenow/sdk/global'
import { Table, ChoiceColumn, DateTimeColumn, StringColumn } from '@servicenow/sdk/core'
import { ACCOUNT_STATE_CHOICES, STAGE_CHOICES } from './choice-lists'

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
    },
})
