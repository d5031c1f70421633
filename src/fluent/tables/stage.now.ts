import '@servicenow/sdk/global'
import {
    Table,
    ChoiceColumn,
    ReferenceColumn,
    DateTimeColumn,
    DurationColumn,
    BooleanColumn,
} from '@servicenow/sdk/core'
import { STAGE_CHOICES } from './choice-lists'

// Lifecycle stage periods: one row per stage an account went through, with start, end and duration.
// Not audited (the rows are the history) and read-only on forms: only the engine opens and closes periods.
export const x_oal_lifecycle_stage = Table({
    name: 'x_oal_lifecycle_stage',
    label: 'Account Lifecycle Stage Period',
    display: 'stage',
    audit: false,
    allowWebServiceAccess: true,
    schema: {
        account: ReferenceColumn({ label: 'Account', referenceTable: 'customer_account', readOnly: true }),
        stage: ChoiceColumn({ label: 'Stage', choices: STAGE_CHOICES, dropdown: 'dropdown_with_none', readOnly: true }),
        started_at: DateTimeColumn({ label: 'Started at', readOnly: true }),
        ended_at: DateTimeColumn({ label: 'Ended at', readOnly: true }),
        duration: DurationColumn({ label: 'Duration', readOnly: true }),
        current: BooleanColumn({ label: 'Current', default: false, readOnly: true }),
        overdue_since: DateTimeColumn({
            label: 'Target missed at',
            readOnly: true,
            hint: 'When the period passed its time-in-stage target (an alert time rule on this stage); blank = on target.',
        }),
        opened_by: ReferenceColumn({
            label: 'Opened by event',
            referenceTable: 'x_oal_lifecycle_event',
            readOnly: true,
            cascadeRule: 'clear',
        }),
    },
    index: [
        // The engine finds the account's open period on every stage change.
        { name: 'x_oal_lifecycle_stage_current', unique: false, element: ['account', 'current'] },
        // Stage history for one account in time order.
        { name: 'x_oal_lifecycle_stage_history', unique: false, element: ['account', 'started_at'] },
    ],
})
