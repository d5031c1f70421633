import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole, agentRole } from '../roles/roles.now'

// Field-level ACLs on the app's customer_account columns only: the account table and its other fields keep
// the platform's own ACLs. Agents read the lifecycle columns; only lifecycle admins write them, on new
// accounts (create) as on existing ones (write): without a create ACL anyone who may create an account could
// set its lifecycle state. The engine writes in system context, so it needs no ACL.

// Agents read the account's lifecycle state.
Acl({
    $id: Now.ID['acl-account-state-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_state',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read the account lifecycle state (x_oal_lifecycle_state).',
})

// Only lifecycle admins write the account's lifecycle state (set by the engine from order events).
Acl({
    $id: Now.ID['acl-account-state-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_state',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description:
        'Only lifecycle admins can change the account lifecycle state (x_oal_lifecycle_state); set by the engine from order events.',
})

// Agents read the account's lifecycle stage.
Acl({
    $id: Now.ID['acl-account-stage-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_stage',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read the account lifecycle stage (x_oal_lifecycle_stage).',
})

// Only lifecycle admins write the account's lifecycle stage (set by the engine from order events).
Acl({
    $id: Now.ID['acl-account-stage-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_stage',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description:
        'Only lifecycle admins can change the account lifecycle stage (x_oal_lifecycle_stage); set by the engine from order events.',
})

// Agents read the account's time the lifecycle state last changed.
Acl({
    $id: Now.ID['acl-account-state-since-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_state_since',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description:
        'Lifecycle agents and admins can read the account time the lifecycle state last changed (x_oal_lifecycle_state_since).',
})

// Only lifecycle admins write the account's time the lifecycle state last changed (set by the engine).
Acl({
    $id: Now.ID['acl-account-state-since-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_state_since',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description:
        'Only lifecycle admins can change the account time the lifecycle state last changed (x_oal_lifecycle_state_since); set by the engine.',
})

// Agents read the account's time the lifecycle stage last changed.
Acl({
    $id: Now.ID['acl-account-stage-since-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_stage_since',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description:
        'Lifecycle agents and admins can read the account time the lifecycle stage last changed (x_oal_lifecycle_stage_since).',
})

// Only lifecycle admins write the account's time the lifecycle stage last changed (set by the engine).
Acl({
    $id: Now.ID['acl-account-stage-since-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_stage_since',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description:
        'Only lifecycle admins can change the account time the lifecycle stage last changed (x_oal_lifecycle_stage_since); set by the engine.',
})

// Agents read the account's lifecycle pin end time.
Acl({
    $id: Now.ID['acl-account-pinned-until-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pinned_until',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description:
        'Lifecycle agents and admins can read the account lifecycle pin end time (x_oal_lifecycle_pinned_until).',
})

// Only lifecycle admins write the account's lifecycle pin end time (pausing automation is an admin decision).
Acl({
    $id: Now.ID['acl-account-pinned-until-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pinned_until',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description:
        'Only lifecycle admins can change the account lifecycle pin end time (x_oal_lifecycle_pinned_until); pausing automation is an admin decision.',
})

// Agents read the account's lifecycle pin reason.
Acl({
    $id: Now.ID['acl-account-pin-reason-read'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pin_reason',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read the account lifecycle pin reason (x_oal_lifecycle_pin_reason).',
})

// Only lifecycle admins write the account's lifecycle pin reason (pausing automation is an admin decision).
Acl({
    $id: Now.ID['acl-account-pin-reason-write'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pin_reason',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description:
        'Only lifecycle admins can change the account lifecycle pin reason (x_oal_lifecycle_pin_reason); pausing automation is an admin decision.',
})

// Only lifecycle admins set the account's lifecycle state when creating an account (set by the engine from order events).
Acl({
    $id: Now.ID['acl-account-state-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_state',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description:
        'Only lifecycle admins can set the account lifecycle state (x_oal_lifecycle_state) on a new account; set by the engine from order events.',
})

// Only lifecycle admins set the account's lifecycle stage when creating an account (set by the engine from order events).
Acl({
    $id: Now.ID['acl-account-stage-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_stage',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description:
        'Only lifecycle admins can set the account lifecycle stage (x_oal_lifecycle_stage) on a new account; set by the engine from order events.',
})

// Only lifecycle admins set the account's time the lifecycle state last changed when creating an account (set by the engine).
Acl({
    $id: Now.ID['acl-account-state-since-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_state_since',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description:
        'Only lifecycle admins can set the account time the lifecycle state last changed (x_oal_lifecycle_state_since) on a new account; set by the engine.',
})

// Only lifecycle admins set the account's time the lifecycle stage last changed when creating an account (set by the engine).
Acl({
    $id: Now.ID['acl-account-stage-since-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_stage_since',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description:
        'Only lifecycle admins can set the account time the lifecycle stage last changed (x_oal_lifecycle_stage_since) on a new account; set by the engine.',
})

// Only lifecycle admins set the account's lifecycle pin end time when creating an account (pausing automation is an admin decision).
Acl({
    $id: Now.ID['acl-account-pinned-until-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pinned_until',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description:
        'Only lifecycle admins can set the account lifecycle pin end time (x_oal_lifecycle_pinned_until) on a new account; pausing automation is an admin decision.',
})

// Only lifecycle admins set the account's lifecycle pin reason when creating an account (pausing automation is an admin decision).
Acl({
    $id: Now.ID['acl-account-pin-reason-create'],
    type: 'record',
    table: 'customer_account',
    field: 'x_oal_lifecycle_pin_reason',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description:
        'Only lifecycle admins can set the account lifecycle pin reason (x_oal_lifecycle_pin_reason) on a new account; pausing automation is an admin decision.',
})
