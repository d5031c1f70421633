import '@servicenow/sdk/global'
import { Table, StringColumn, IntegerColumn, ChoiceColumn, DateTimeColumn, ConditionsColumn, TableNameColumn } from '@servicenow/sdk/core'

// A bulk recalculation request and its progress: creating one (dry run or apply, with a condition on
// accounts) starts an async business rule that processes the accounts in batches and keeps these counts.
export const x_oal_lifecycle_recalc = Table({
    name: 'x_oal_lifecycle_recalc',
    label: 'Account Lifecycle Recalculation',
    display: 'number',
    audit: false,
    allowWebServiceAccess: true,
    schema: {
        // Free text that names the request in lists and references (the display field); the column keeps its
        // original name because renaming a shipped column drops it and its data.
        number: StringColumn({ label: 'Name', maxLength: 100, hint: 'What this request is for, e.g. "Preview: new engagement rule, North accounts"' }),
        mode: ChoiceColumn({
            label: 'Mode',
            choices: { dry_run: { label: 'Dry run (diff only)', sequence: 0 }, apply: { label: 'Apply', sequence: 1 } },
            default: 'dry_run',
            mandatory: true,
            dropdown: 'dropdown_without_none',
        }),
        // The condition builder takes its fields from the table named in a column of the same record.
        account_table: TableNameColumn({ label: 'Accounts table', default: 'customer_account', readOnly: true }),
        condition: ConditionsColumn({
            label: 'Accounts',
            dependent: 'account_table',
            maxLength: 4000,
            hint: 'Apply needs a condition: to recalculate every account, say so with "Sys ID is not empty". OR groups (new query) are not supported.',
        }),
        state: ChoiceColumn({
            label: 'State',
            choices: {
                pending: { label: 'Pending', sequence: 0 },
                running: { label: 'Running', sequence: 1 },
                completed: { label: 'Completed', sequence: 2 },
                failed: { label: 'Failed', sequence: 3 },
            },
            default: 'pending',
            dropdown: 'dropdown_without_none',
        }),
        total: IntegerColumn({ label: 'Accounts matching', readOnly: true }),
        processed: IntegerColumn({ label: 'Processed', readOnly: true, default: 0 }),
        changed: IntegerColumn({ label: 'Changed', readOnly: true, default: 0 }),
        skipped: IntegerColumn({ label: 'Skipped (pinned, disabled)', readOnly: true, default: 0 }),
        errors: IntegerColumn({ label: 'Errors', readOnly: true, default: 0 }),
        started: DateTimeColumn({ label: 'Started', readOnly: true }),
        finished: DateTimeColumn({ label: 'Finished', readOnly: true }),
        cursor: StringColumn({ label: 'Resume after account', maxLength: 32, readOnly: true }),
        log: StringColumn({ label: 'Diff and errors', maxLength: 4000, readOnly: true }),
        heartbeat: DateTimeColumn({ label: 'Last progress', readOnly: true, hint: 'Saved after every batch; a running request without progress for 15 minutes is resumed by the resume job.' }),
        as_of: DateTimeColumn({ label: 'Replayed up to', readOnly: true, hint: 'The instant every account of this request is replayed up to (kept when the request resumes).' }),
    },
})
