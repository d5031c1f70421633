import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole, agentRole } from '../roles/roles.now'

// Field-level ACLs on the app's customer_account columns only: the account table and its other fields keep
// the platform's own ACLs. Agents read the lifecycle columns; only lifecycle admins write them (the engine
// writes in system context, so it needs no ACL).

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
