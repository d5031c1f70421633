import '@servicenow/sdk/global'
import { Form, List, default_view } from '@servicenow/sdk/core'

// Timeline list: when, which account and order, what happened and what changed on both axes.
List({
    table: 'x_oal_lifecycle_event',
    view: default_view,
    columns: [
        'occurred_at',
        'account',
        'order',
        'movement',
        'action',
        'milestone',
        'outcome',
        'state_from',
        'state_to',
        'stage_from',
        'stage_to',
        'state_rule',
        'churn_type',
    ],
})

// Timeline event form: the order event, then the outcome with its explanation.
Form({
    table: 'x_oal_lifecycle_event',
    view: default_view,
    sections: [
        {
            caption: 'Order event',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'account', type: 'table_field' },
                        { field: 'order', type: 'table_field' },
                        { field: 'line_item', type: 'table_field' },
                        { field: 'action', type: 'table_field' },
                        { field: 'milestone', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'occurred_at', type: 'table_field' },
                        { field: 'recorded_at', type: 'table_field' },
                        { field: 'source', type: 'table_field' },
                        { field: 'actor', type: 'table_field' },
                        { field: 'event_key', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Outcome',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'outcome', type: 'table_field' },
                        { field: 'state_from', type: 'table_field' },
                        { field: 'state_to', type: 'table_field' },
                        { field: 'state_rule', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'stage_from', type: 'table_field' },
                        { field: 'stage_to', type: 'table_field' },
                        { field: 'stage_rule', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'explanation', type: 'table_field' }] },
            ],
        },
        {
            caption: 'Signals',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'action_reason', type: 'table_field' },
                        { field: 'churn_type', type: 'table_field' },
                    ],
                    rightElements: [{ field: 'movement', type: 'table_field' }],
                },
            ],
        },
    ],
})
