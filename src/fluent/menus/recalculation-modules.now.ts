import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { accountLifecycleMenu } from './account-lifecycle-menu.now'

// Bulk recalculation requests, newest first: an admin creates one (dry run or apply, with a condition on
// accounts) and watches its progress counts and diff log here.
export const recalculationsModule = Record({
    $id: Now.ID['module-recalculations'],
    table: 'sys_app_module',
    data: {
        title: 'Recalculations',
        application: accountLifecycleMenu,
        link_type: 'LIST',
        name: 'x_oal_lifecycle_recalc',
        filter: 'ORDERBYDESCsys_created_on',
        hint: 'Replay order history with the current rules for a set of accounts: preview the diff (dry run), then apply',
        roles: ['x_oal_lifecycle.admin'],
        active: true,
        order: 800,
    },
})

// Time-based rules (in state or stage for N days → target, or an alert), in evaluation order.
export const timeRulesModule = Record({
    $id: Now.ID['module-time-rules'],
    table: 'sys_app_module',
    data: {
        title: 'Time Rules',
        application: accountLifecycleMenu,
        link_type: 'LIST',
        name: 'x_oal_lifecycle_time_rule',
        filter: 'ORDERBYorder',
        hint: 'Rules the daily job applies when an account has been in a state or stage for a number of days',
        roles: ['x_oal_lifecycle.admin'],
        active: true,
        order: 900,
    },
})
