import '@servicenow/sdk/global'
import { Form, List, default_view } from '@servicenow/sdk/core'

// Stage period list: which stage, for which account, from when to when, and for how long.
List({
    table: 'x_oal_lifecycle_stage',
    view: default_view,
    columns: ['account', 'stage', 'started_at', 'ended_at', 'duration', 'current', 'overdue_since'],
})

// Stage period form, including the timeline event that opened the period.
Form({
    table: 'x_oal_lifecycle_stage',
    view: default_view,
    sections: [
        {
            caption: 'Stage period',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'account', type: 'table_field' },
                        { field: 'stage', type: 'table_field' },
                        { field: 'current', type: 'table_field' },
                        { field: 'opened_by', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'started_at', type: 'table_field' },
                        { field: 'ended_at', type: 'table_field' },
                        { field: 'duration', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})
