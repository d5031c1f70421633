import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { agentRole } from '../roles/roles.now'

/*
 * Account timeline events are the account's audit trail: append-only. Agents and admins read them; nobody — app admin and
 * platform admin included — creates, changes or deletes them through forms, lists, the Table API or the app's
 * REST API. Only the engine writes them, from server scripts, which ACLs do not govern; corrections go through
 * a recalculation, which records on the timeline what it changed. The deny-unless rules below have no role
 * that could satisfy them, a script that never allows, and no admin override.
 */

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

// Append-only: no one creates a timeline event by hand; the engine writes them in server scripts.
Acl({
    $id: Now.ID['acl-event-create'],
    type: 'record',
    table: 'x_oal_lifecycle_event',
    operation: 'create',
    decisionType: 'deny',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'History is append-only: account timeline events are written only by the account lifecycle engine, never by hand (admins included).',
})

// Append-only: no one changes a recorded timeline event.
Acl({
    $id: Now.ID['acl-event-write'],
    type: 'record',
    table: 'x_oal_lifecycle_event',
    operation: 'write',
    decisionType: 'deny',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'History is append-only: a recorded timeline event cannot be changed by anyone (admins included); a recalculation records corrections.',
})

// Field-level counterpart of the write rule, so no field falls back to a broader platform default.
Acl({
    $id: Now.ID['acl-event-fields-write'],
    type: 'record',
    table: 'x_oal_lifecycle_event',
    field: '*',
    operation: 'write',
    decisionType: 'deny',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'History is append-only: no field of a timeline event can be changed by anyone (admins included).',
})

// Append-only: no one deletes history.
Acl({
    $id: Now.ID['acl-event-delete'],
    type: 'record',
    table: 'x_oal_lifecycle_event',
    operation: 'delete',
    decisionType: 'deny',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'History is append-only: account timeline events cannot be deleted by anyone (admins included).',
})
