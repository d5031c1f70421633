import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole, agentRole } from '../roles/roles.now'

// The account's lifecycle signal columns (pending change, last churn, missed time-in-stage target), like the other
// lifecycle columns: agents read them; only lifecycle admins write or set them on a new account; the engine writes
// them in system context.

Acl({
    $id: Now.ID['acl-account-pending-change-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pending_change',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read the account pending change (x_oal_lifecycle_pending_change).',
})

Acl({
    $id: Now.ID['acl-account-pending-change-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pending_change',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change the account pending change (x_oal_lifecycle_pending_change); set by the engine.',
})

Acl({
    $id: Now.ID['acl-account-pending-change-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pending_change',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can set the account pending change (x_oal_lifecycle_pending_change) on a new account.',
})

Acl({
    $id: Now.ID['acl-account-pending-order-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pending_order',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read the account pending change order (x_oal_lifecycle_pending_order).',
})

Acl({
    $id: Now.ID['acl-account-pending-order-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pending_order',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change the account pending change order (x_oal_lifecycle_pending_order); set by the engine.',
})

Acl({
    $id: Now.ID['acl-account-pending-order-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pending_order',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can set the account pending change order (x_oal_lifecycle_pending_order) on a new account.',
})

Acl({
    $id: Now.ID['acl-account-pending-due-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pending_due',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read the account pending change due date (x_oal_lifecycle_pending_due).',
})

Acl({
    $id: Now.ID['acl-account-pending-due-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pending_due',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change the account pending change due date (x_oal_lifecycle_pending_due); set by the engine.',
})

Acl({
    $id: Now.ID['acl-account-pending-due-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pending_due',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can set the account pending change due date (x_oal_lifecycle_pending_due) on a new account.',
})

Acl({
    $id: Now.ID['acl-account-pending-since-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pending_since',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read the account pending change since (x_oal_lifecycle_pending_since).',
})

Acl({
    $id: Now.ID['acl-account-pending-since-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pending_since',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change the account pending change since (x_oal_lifecycle_pending_since); set by the engine.',
})

Acl({
    $id: Now.ID['acl-account-pending-since-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pending_since',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can set the account pending change since (x_oal_lifecycle_pending_since) on a new account.',
})

Acl({
    $id: Now.ID['acl-account-churned-at-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_churned_at',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read the account last churn date (x_oal_lifecycle_churned_at).',
})

Acl({
    $id: Now.ID['acl-account-churned-at-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_churned_at',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change the account last churn date (x_oal_lifecycle_churned_at); set by the engine.',
})

Acl({
    $id: Now.ID['acl-account-churned-at-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_churned_at',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can set the account last churn date (x_oal_lifecycle_churned_at) on a new account.',
})

Acl({
    $id: Now.ID['acl-account-overdue-since-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_overdue_since',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read the account overdue since (x_oal_lifecycle_overdue_since).',
})

Acl({
    $id: Now.ID['acl-account-overdue-since-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_overdue_since',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change the account overdue since (x_oal_lifecycle_overdue_since); set by the engine.',
})

Acl({
    $id: Now.ID['acl-account-overdue-since-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_overdue_since',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can set the account overdue since (x_oal_lifecycle_overdue_since) on a new account.',
})

Acl({
    $id: Now.ID['acl-account-overdue-rule-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_overdue_rule',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read the account overdue target (x_oal_lifecycle_overdue_rule).',
})

Acl({
    $id: Now.ID['acl-account-overdue-rule-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_overdue_rule',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change the account overdue target (x_oal_lifecycle_overdue_rule); set by the engine.',
})

Acl({
    $id: Now.ID['acl-account-overdue-rule-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_overdue_rule',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can set the account overdue target (x_oal_lifecycle_overdue_rule) on a new account.',
})
