import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { agentRole } from '../roles/roles.now'

// The "Account Lifecycle" navigator menu; visible to lifecycle agents and admins (admin contains agent).
// Exported so UI-page modules (timeline, rules workbench) can be added to the same menu.
export const accountLifecycleMenu = ApplicationMenu({
    $id: Now.ID['menu-account-lifecycle'],
    title: 'Account Lifecycle',
    hint: 'Customer account state and lifecycle stage driven by Order Management orders',
    description:
        'Timeline of order events per account, lifecycle stage periods, and the mapping rules that turn order events into account changes.',
    roles: [agentRole],
    active: true,
    order: 100,
})

// Agents' section: what happened to accounts.
export const accountsSeparator = Record({
    $id: Now.ID['module-accounts-separator'],
    table: 'sys_app_module',
    data: {
        title: 'Accounts',
        application: accountLifecycleMenu,
        link_type: 'SEPARATOR',
        roles: ['x_oal_lifecycle.agent'],
        active: true,
        order: 100,
    },
})

// Every evaluated order event, newest first, with its outcome and explanation.
export const accountTimelineModule = Record({
    $id: Now.ID['module-account-timeline'],
    table: 'sys_app_module',
    data: {
        title: 'Account Timeline',
        application: accountLifecycleMenu,
        link_type: 'LIST',
        name: 'x_oal_lifecycle_event',
        filter: 'ORDERBYDESCoccurred_at',
        hint: 'Order events evaluated for customer accounts, newest first',
        roles: ['x_oal_lifecycle.agent'],
        active: true,
        order: 200,
    },
})

// Stage periods (onboarding … expansion) with start, end and duration.
export const lifecycleStagesModule = Record({
    $id: Now.ID['module-lifecycle-stages'],
    table: 'sys_app_module',
    data: {
        title: 'Lifecycle Stages',
        application: accountLifecycleMenu,
        link_type: 'LIST',
        name: 'x_oal_lifecycle_stage',
        filter: 'ORDERBYDESCstarted_at',
        hint: 'Lifecycle stage periods per account, most recent first',
        roles: ['x_oal_lifecycle.agent'],
        active: true,
        order: 300,
    },
})

// Accounts the app has set a lifecycle state on, so agents can filter by state or stage.
export const accountsByLifecycleModule = Record({
    $id: Now.ID['module-accounts-by-lifecycle'],
    table: 'sys_app_module',
    data: {
        title: 'Accounts by Lifecycle',
        application: accountLifecycleMenu,
        link_type: 'LIST',
        name: 'customer_account',
        filter: 'x_oal_lifecycle_stateISNOTEMPTY^ORDERBYx_oal_lifecycle_state',
        view_name: 'x_oal_lifecycle',
        hint: 'Customer accounts with a lifecycle state, grouped by state',
        roles: ['x_oal_lifecycle.agent'],
        active: true,
        order: 400,
    },
})

// Admins' section: how order events map to account changes.
export const administrationSeparator = Record({
    $id: Now.ID['module-administration-separator'],
    table: 'sys_app_module',
    data: {
        title: 'Administration',
        application: accountLifecycleMenu,
        link_type: 'SEPARATOR',
        roles: ['x_oal_lifecycle.admin'],
        active: true,
        order: 500,
    },
})

// The mapping rules, in evaluation order.
export const mappingRulesModule = Record({
    $id: Now.ID['module-mapping-rules'],
    table: 'sys_app_module',
    data: {
        title: 'Mapping Rules',
        application: accountLifecycleMenu,
        link_type: 'LIST',
        name: 'x_oal_lifecycle_rule',
        filter: 'ORDERBYaction^ORDERBYmilestone^ORDERBYorder',
        hint: 'Rules that map order action and milestone to account state and lifecycle stage',
        roles: ['x_oal_lifecycle.admin'],
        active: true,
        order: 600,
    },
})

// The app's system properties (kill switch, dry run, log level).
export const propertiesModule = Record({
    $id: Now.ID['module-properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        application: accountLifecycleMenu,
        link_type: 'LIST',
        name: 'sys_properties',
        filter: 'nameSTARTSWITHx_oal_lifecycle.',
        hint: 'Enable/disable the mapper, dry run, log level',
        roles: ['x_oal_lifecycle.admin'],
        active: true,
        order: 700,
    },
})
