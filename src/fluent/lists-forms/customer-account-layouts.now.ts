import '@servicenow/sdk/global'
import { Form, List, Record } from '@servicenow/sdk/core'
import { accountLifecycleView } from './lifecycle-view.now'

// Accounts by Lifecycle list (Account Lifecycle view): the account and both lifecycle axes with their dates.
List({
    table: 'customer_account',
    view: accountLifecycleView,
    columns: [
        'name',
        'number',
        'x_oal_lifecycle_state',
        'x_oal_lifecycle_state_since',
        'x_oal_lifecycle_stage',
        'x_oal_lifecycle_stage_since',
        'x_oal_lifecycle_pinned_until',
        'x_oal_lifecycle_pending_change',
        'x_oal_lifecycle_pending_due',
        'x_oal_lifecycle_overdue_since',
    ],
})

// Account form in the Account Lifecycle view: identity, the lifecycle fields and the pin.
Form({
    table: 'customer_account',
    view: accountLifecycleView,
    sections: [
        {
            caption: 'Account',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [{ field: 'name', type: 'table_field' }],
                    rightElements: [{ field: 'number', type: 'table_field' }],
                },
            ],
        },
        {
            caption: 'Lifecycle',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'x_oal_lifecycle_state', type: 'table_field' },
                        { field: 'x_oal_lifecycle_stage', type: 'table_field' },
                        { field: 'x_oal_lifecycle_pinned_until', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'x_oal_lifecycle_state_since', type: 'table_field' },
                        { field: 'x_oal_lifecycle_stage_since', type: 'table_field' },
                        { field: 'x_oal_lifecycle_pin_reason', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Signals',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'x_oal_lifecycle_pending_change', type: 'table_field' },
                        { field: 'x_oal_lifecycle_pending_due', type: 'table_field' },
                        { field: 'x_oal_lifecycle_pending_order', type: 'table_field' },
                        { field: 'x_oal_lifecycle_pending_since', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'x_oal_lifecycle_churned_at', type: 'table_field' },
                        { field: 'x_oal_lifecycle_overdue_since', type: 'table_field' },
                        { field: 'x_oal_lifecycle_overdue_rule', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

// Related lists under the account form in the Account Lifecycle view (implicit: both tables reference the account).
const accountRelatedLists = Record({
    $id: Now.ID['related-lists-account-lifecycle'],
    table: 'sys_ui_related_list',
    data: {
        name: 'customer_account',
        view: accountLifecycleView,
    },
})

// The account's timeline events.
Record({
    $id: Now.ID['related-list-account-timeline'],
    table: 'sys_ui_related_list_entry',
    data: {
        list_id: accountRelatedLists,
        position: 0,
        related_list: 'x_oal_lifecycle_event.account',
    },
})

// The account's lifecycle stage periods.
Record({
    $id: Now.ID['related-list-account-stages'],
    table: 'sys_ui_related_list_entry',
    data: {
        list_id: accountRelatedLists,
        position: 1,
        related_list: 'x_oal_lifecycle_stage.account',
    },
})

// Columns of the timeline related list on the account (the account column would repeat the parent).
List({
    table: 'x_oal_lifecycle_event',
    view: accountLifecycleView,
    parent: 'customer_account',
    columns: ['occurred_at', 'order', 'action', 'milestone', 'outcome', 'state_to', 'stage_to', 'churn_type', 'movement', 'explanation'],
})

// Columns of the stage-period related list on the account.
List({
    table: 'x_oal_lifecycle_stage',
    view: accountLifecycleView,
    parent: 'customer_account',
    columns: ['stage', 'started_at', 'ended_at', 'duration', 'current'],
})
