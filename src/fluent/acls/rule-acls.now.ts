import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole, agentRole } from '../roles/roles.now'

// Agents may read mapping rules, so a timeline entry's "decided by" rule can be opened and understood.
Acl({
    $id: Now.ID['acl-rule-read'],
    type: 'record',
    table: 'x_oal_lifecycle_rule',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read account lifecycle mapping rules.',
})

// Every field of a rule is readable by agents (no field on a rule is sensitive).
Acl({
    $id: Now.ID['acl-rule-fields-read'],
    type: 'record',
    table: 'x_oal_lifecycle_rule',
    field: '*',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read every field of a mapping rule.',
})

// Only lifecycle admins create rules: a rule changes how every future order event moves accounts.
Acl({
    $id: Now.ID['acl-rule-create'],
    type: 'record',
    table: 'x_oal_lifecycle_rule',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can create mapping rules.',
})

// Only lifecycle admins change rules.
Acl({
    $id: Now.ID['acl-rule-write'],
    type: 'record',
    table: 'x_oal_lifecycle_rule',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change mapping rules.',
})

// Field-level counterpart of the write rule, so no field falls back to a broader platform default.
Acl({
    $id: Now.ID['acl-rule-fields-write'],
    type: 'record',
    table: 'x_oal_lifecycle_rule',
    field: '*',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change any field of a mapping rule.',
})

// Only lifecycle admins delete rules (timeline events keep their history; the rule link is cleared).
Acl({
    $id: Now.ID['acl-rule-delete'],
    type: 'record',
    table: 'x_oal_lifecycle_rule',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can delete mapping rules.',
})
