import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole, agentRole } from '../roles/roles.now'

// Agents (fulfillment users) read account timeline events; admins inherit the agent role.
Acl({
    $id: Now.ID['acl-event-read'],
    type: 'record',
    table: 'x_oal_lifecycle_event',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read account timeline events.',
})

// Every field of a timeline event is readable by agents.
Acl({
    $id: Now.ID['acl-event-fields-read'],
    type: 'record',
    table: 'x_oal_lifecycle_event',
    field: '*',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read every field of a timeline event.',
})

// History is written by the engine in system context; people never add timeline events by hand except admins.
Acl({
    $id: Now.ID['acl-event-create'],
    type: 'record',
    table: 'x_oal_lifecycle_event',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can create timeline events; the engine writes them in system context.',
})

// Agents can never edit history; only admins may correct a timeline event.
Acl({
    $id: Now.ID['acl-event-write'],
    type: 'record',
    table: 'x_oal_lifecycle_event',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change timeline events; agents can never edit account history.',
})

// Field-level counterpart of the write rule, so no field falls back to a broader platform default.
Acl({
    $id: Now.ID['acl-event-fields-write'],
    type: 'record',
    table: 'x_oal_lifecycle_event',
    field: '*',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change any field of a timeline event.',
})

// Only admins may remove history (for example when purging test data).
Acl({
    $id: Now.ID['acl-event-delete'],
    type: 'record',
    table: 'x_oal_lifecycle_event',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can delete timeline events.',
})
