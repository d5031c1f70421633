import '@servicenow/sdk/global'
import { Form, List, default_view } from '@servicenow/sdk/core'

// Rule list: what triggers the rule, what it sets, and in which order rules are evaluated.
List({
    table: 'x_oal_lifecycle_rule',
    view: default_view,
    columns: [
        'order',
        'name',
        'active',
        'action',
        'milestone',
        'from_state',
        'scope',
        'target_state',
        'target_stage',
        'stop_processing',
    ],
})

// Rule form: trigger first, then the optional narrowing condition, the targets, and the evaluation behaviour.
Form({
    table: 'x_oal_lifecycle_rule',
    view: default_view,
    sections: [
        {
            caption: 'Trigger',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'name', type: 'table_field' },
                        { field: 'action', type: 'table_field' },
                        { field: 'milestone', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'active', type: 'table_field' },
                        { field: 'order', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Condition',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'condition_field', type: 'table_field' },
                        { field: 'condition_operator', type: 'table_field' },
                        { field: 'condition_value', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'from_state', type: 'table_field' },
                        { field: 'scope', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Targets',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [{ field: 'target_state', type: 'table_field' }],
                    rightElements: [{ field: 'target_stage', type: 'table_field' }],
                },
            ],
        },
        {
            caption: 'Behaviour',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [{ field: 'allow_backward', type: 'table_field' }],
                    rightElements: [{ field: 'stop_processing', type: 'table_field' }],
                },
            ],
        },
        {
            caption: 'Description',
            content: [{ layout: 'one-column', elements: [{ field: 'description', type: 'table_field' }] }],
        },
    ],
})
