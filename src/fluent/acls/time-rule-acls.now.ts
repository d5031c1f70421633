import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole, agentRole } from '../roles/roles.now'

// Agents may read time rules, so a timeline entry made by a time rule can be understood.
Acl({
    $id: Now.ID['acl-time-rule-read'],
    type: 'record',
    table: 'x_oal_lifecycle_time_rule',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read account lifecycle time rules.',
})

// Every field of a time rule is readable by agents.
Acl({
    $id: Now.ID['acl-time-rule-fields-read'],
    type: 'record',
    table: 'x_oal_lifecycle_time_rule',
    field: '*',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read every field of a time rule.',
})

// Only lifecycle admins create time rules: a rule changes accounts automatically every day.
Acl({
    $id: Now.ID['acl-time-rule-create'],
    type: 'record',
    table: 'x_oal_lifecycle_time_rule',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can create time rules.',
})

// Only lifecycle admins change time rules.
Acl({
    $id: Now.ID['acl-time-rule-write'],
    type: 'record',
    table: 'x_oal_lifecycle_time_rule',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change time rules.',
})

// Field-level counterpart of the write rule, so no field falls back to a broader platform default.
Acl({
    $id: Now.ID['acl-time-rule-fields-write'],
    type: 'record',
    table: 'x_oal_lifecycle_time_rule',
    field: '*',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change any field of a time rule.',
})

// Only lifecycle admins delete time rules.
Acl({
    $id: Now.ID['acl-time-rule-delete'],
    type: 'record',
    table: 'x_oal_lifecycle_time_rule',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can delete time rules.',
})
