import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { accountLifecycleMenu } from './account-lifecycle-menu.now'

// Reason → churn type mappings: agents read them (to understand a churn type), lifecycle admins edit them.
export const reasonMappingsModule = Record({
    $id: Now.ID['module-reason-mappings'],
    table: 'sys_app_module',
    data: {
        title: 'Reason Mappings',
        application: accountLifecycleMenu,
        link_type: 'LIST',
        name: 'x_oal_lifecycle_reason',
        filter: 'ORDERBYorder^ORDERBYreason',
        hint: 'What an order line\'s action reason means: voluntary, involuntary, migration or other churn',
        roles: ['x_oal_lifecycle.agent'],
        active: true,
        order: 650,
    },
})
