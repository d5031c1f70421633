import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole, agentRole } from '../roles/roles.now'

// Agents (fulfillment users) read account lifecycle stage periods; admins inherit the agent role.
Acl({
    $id: Now.ID['acl-stage-read'],
    type: 'record',
    table: 'x_oal_lifecycle_stage',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read account lifecycle stage periods.',
})

// Every field of a stage period is readable by agents.
Acl({
    $id: Now.ID['acl-stage-fields-read'],
    type: 'record',
    table: 'x_oal_lifecycle_stage',
    field: '*',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read every field of a stage period.',
})

// History is written by the engine in system context; people never add lifecycle stage periods by hand except admins.
Acl({
    $id: Now.ID['acl-stage-create'],
    type: 'record',
    table: 'x_oal_lifecycle_stage',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can create lifecycle stage periods; the engine writes them in system context.',
})

// Agents can never edit history; only admins may correct a stage period.
Acl({
    $id: Now.ID['acl-stage-write'],
    type: 'record',
    table: 'x_oal_lifecycle_stage',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change lifecycle stage periods; agents can never edit account history.',
})

// Field-level counterpart of the write rule, so no field falls back to a broader platform default.
Acl({
    $id: Now.ID['acl-stage-fields-write'],
    type: 'record',
    table: 'x_oal_lifecycle_stage',
    field: '*',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change any field of a stage period.',
})

// Only admins may remove history (for example when purging test data).
Acl({
    $id: Now.ID['acl-stage-delete'],
    type: 'record',
    table: 'x_oal_lifecycle_stage',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can delete lifecycle stage periods.',
})
