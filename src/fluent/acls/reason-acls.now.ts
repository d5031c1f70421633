import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole, agentRole } from '../roles/roles.now'

// Agents may read reason mappings, so the churn type on a timeline row can be traced to the mapping that gave it.
Acl({
    $id: Now.ID['acl-reason-read'],
    type: 'record',
    table: 'x_oal_lifecycle_reason',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read account lifecycle reason mappings.',
})

// Every field of a mapping is readable by agents (none is sensitive).
Acl({
    $id: Now.ID['acl-reason-fields-read'],
    type: 'record',
    table: 'x_oal_lifecycle_reason',
    field: '*',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read every field of a reason mapping.',
})

// Only lifecycle admins create mappings: a mapping changes the churn type of every later event.
Acl({
    $id: Now.ID['acl-reason-create'],
    type: 'record',
    table: 'x_oal_lifecycle_reason',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can create reason mappings.',
})

// Only lifecycle admins change mappings.
Acl({
    $id: Now.ID['acl-reason-write'],
    type: 'record',
    table: 'x_oal_lifecycle_reason',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change reason mappings.',
})

// Field-level counterpart of the write rule, so no field falls back to a broader platform default.
Acl({
    $id: Now.ID['acl-reason-fields-write'],
    type: 'record',
    table: 'x_oal_lifecycle_reason',
    field: '*',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change any field of a reason mapping.',
})

// Only lifecycle admins delete mappings (timeline rows keep the churn type they were recorded with).
Acl({
    $id: Now.ID['acl-reason-delete'],
    type: 'record',
    table: 'x_oal_lifecycle_reason',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can delete reason mappings.',
})
