import '@servicenow/sdk/global'
import { Table, StringColumn, BooleanColumn, IntegerColumn, ChoiceColumn } from '@servicenow/sdk/core'
import { CHURN_TYPE_CHOICES, REASON_MATCH_CHOICES } from './choice-lists'

// Reason mappings: admins say what an order line's action reason means (voluntary, involuntary, migration, other).
// The engine reads the active rows when an event carries a reason; a reason no row matches is Other.
// Audited, like the mapping rules: the churn type on every later timeline row depends on it.
export const x_oal_lifecycle_reason = Table({
    name: 'x_oal_lifecycle_reason',
    label: 'Account Lifecycle Reason Mapping',
    display: 'reason',
    audit: true,
    allowWebServiceAccess: true,
    schema: {
        reason: StringColumn({
            label: 'Reason',
            maxLength: 255,
            mandatory: true,
            hint: 'Text compared with the order line\'s action reason, ignoring case, "_", "-" and extra spaces.',
        }),
        match: ChoiceColumn({
            label: 'Match',
            choices: REASON_MATCH_CHOICES,
            default: 'contains',
            dropdown: 'dropdown_without_none',
            hint: 'Is: the whole reason equals the text. Contains: the reason contains the text.',
        }),
        churn_type: ChoiceColumn({
            label: 'Churn type',
            choices: CHURN_TYPE_CHOICES,
            mandatory: true,
            dropdown: 'dropdown_with_none',
        }),
        order: IntegerColumn({ label: 'Order', default: 100, hint: 'Mappings are tried in ascending order; the first that matches decides.' }),
        active: BooleanColumn({ label: 'Active', default: true }),
        description: StringColumn({ label: 'Description', maxLength: 1000 }),
    },
})
