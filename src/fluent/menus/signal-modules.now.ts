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

// Accounts whose current stage has lasted longer than its time-in-stage target (an alert time rule on the stage).
export const overdueInStageModule = Record({
    $id: Now.ID['module-accounts-overdue-in-stage'],
    table: 'sys_app_module',
    data: {
        title: 'Accounts Overdue in Stage',
        application: accountLifecycleMenu,
        link_type: 'LIST',
        name: 'customer_account',
        filter: 'x_oal_lifecycle_overdue_sinceISNOTEMPTY^ORDERBYx_oal_lifecycle_overdue_since',
        view_name: 'x_oal_lifecycle',
        hint: 'The current stage missed its time-in-stage target; cleared when the stage changes',
        roles: ['x_oal_lifecycle.agent'],
        active: true,
        order: 460,
    },
})
