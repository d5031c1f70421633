import '@servicenow/sdk/global'
import { Table, StringColumn, ChoiceColumn, ReferenceColumn, DateTimeColumn, OverrideColumn } from '@servicenow/sdk/core'

// A task table of the app: inherits number, short_description, state… and numbers its records TKT0001000, …
export const x_conf_data_ticket = Table({
    name: 'x_conf_data_ticket',
    label: 'Conformance Ticket',
    extends: 'task',
    allowWebServiceAccess: true,
    autoNumber: { prefix: 'TKT', number: 1000, numberOfDigits: 7 },
    schema: {
        colour: ChoiceColumn({ label: 'Colour', choices: { red: { label: 'Red' }, blue: { label: 'Blue' } } }),
        requester: ReferenceColumn({ label: 'Requester', referenceTable: 'sys_user', default: 'javascript:gs.getUserID()' }),
        noticed_at: DateTimeColumn({ label: 'Noticed at', default: 'javascript:new GlideDateTime().getDisplayValue()' }),
        channel: StringColumn({ label: 'Channel', maxLength: 40, default: 'web' }),
        // A dictionary override of an inherited column: tickets start at priority 2 instead of task's 4.
        priority: OverrideColumn({ baseTable: 'task', default: '2' }),
    },
})

// Adds a column to the platform's incident table.
export const incident = Table({
    augments: 'incident',
    schema: {
        x_conf_data_note: StringColumn({ label: 'Conformance note', maxLength: 100 }),
    },
})

// Adds a column to the platform's problem table (augments).
export const problem = Table({
    augments: 'problem',
    schema: {
        x_conf_data_flag: StringColumn({ label: 'Conformance flag', maxLength: 40 }),
    },
})

// A CMDB class of the app under the platform's computer class.
export const x_conf_data_laptop = Table({
    name: 'x_conf_data_laptop',
    label: 'Conformance Laptop',
    extends: 'cmdb_ci_computer',
    allowWebServiceAccess: true,
    schema: {
        x_keyboard_layout: StringColumn({ label: 'Keyboard layout', maxLength: 20 }),
        purchased_at: DateTimeColumn({ label: 'Purchased at' }),
    },
})
