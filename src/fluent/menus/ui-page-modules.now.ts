import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { accountLifecycleMenu } from './account-lifecycle-menu.now'

// The agents' timeline page (search an account, read its explained timeline and stage periods), placed
// right after the Account Timeline list in the agents' section.
export const timelinePageModule = Record({
    $id: Now.ID['module-timeline-page'],
    table: 'sys_app_module',
    data: {
        title: 'Account Timeline (page)',
        application: accountLifecycleMenu,
        link_type: 'DIRECT',
        query: 'x_oal_lifecycle_timeline.do',
        hint: 'One account’s order events, outcomes and stage periods on one page',
        roles: ['x_oal_lifecycle.agent'],
        active: true,
        order: 250,
    },
})

// The admins' rules workbench page (edit mapping rules, simulate an order event), placed after the
// Mapping Rules list in the administration section.
export const workbenchPageModule = Record({
    $id: Now.ID['module-workbench-page'],
    table: 'sys_app_module',
    data: {
        title: 'Rules Workbench',
        application: accountLifecycleMenu,
        link_type: 'DIRECT',
        query: 'x_oal_lifecycle_workbench.do',
        hint: 'Edit the mapping rules and simulate an order event against an account before saving',
        roles: ['x_oal_lifecycle.admin'],
        active: true,
        order: 650,
    },
})
