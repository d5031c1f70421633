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

// Revenue movements: every completed order that moved the customer's recurring business, newest first
// (the timeline list shows the tag, the account, the order and the date).
export const revenueMovementsModule = Record({
    $id: Now.ID['module-revenue-movements'],
    table: 'sys_app_module',
    data: {
        title: 'Revenue Movements',
        application: accountLifecycleMenu,
        link_type: 'LIST',
        name: 'x_oal_lifecycle_event',
        filter: 'movementISNOTEMPTY^ORDERBYDESCoccurred_at',
        hint: 'New, expansion, contraction, churn and reactivation per completed order, newest first',
        roles: ['x_oal_lifecycle.agent'],
        active: true,
        order: 250,
    },
})

// Accounts with a disconnect or suspension in flight that would leave nothing in service, soonest due first.
export const pendingChurnModule = Record({
    $id: Now.ID['module-accounts-pending-churn'],
    table: 'sys_app_module',
    data: {
        title: 'Accounts with Pending Churn',
        application: accountLifecycleMenu,
        link_type: 'LIST',
        name: 'customer_account',
        filter: 'x_oal_lifecycle_pending_changeISNOTEMPTY^ORDERBYx_oal_lifecycle_pending_due',
        view_name: 'x_oal_lifecycle',
        hint: 'Churn or suspension pending on the committed due date of an order in flight; withdrawn when the order is canceled or rejected',
        roles: ['x_oal_lifecycle.agent'],
        active: true,
        order: 450,
    },
})
