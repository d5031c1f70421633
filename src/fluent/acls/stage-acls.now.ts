import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { agentRole } from '../roles/roles.now'

/*
 * Lifecycle stage periods are the account's audit trail: append-only. Agents and admins read them; nobody — app admin and
 * platform admin included — creates, changes or deletes them through forms, lists, the Table API or the app's
 * REST API. Only the engine writes them, from server scripts, which ACLs do not govern; corrections go through
 * a recalculation, which records on the timeline what it changed. The deny-unless rules below have no role
 * that could satisfy them, a script that never allows, and no admin override.
 */

// Agents (fulfillment users) read lifecycle stage periods; admins inherit the agent role.
Acl({
    $id: Now.ID['acl-stage-read'],
    type: 'record',
    table: 'x_oal_lifecycle_stage',
    operation: 'read',
    roles: [agentRole],
    adminOverrides: true,
    description: 'Lifecycle agents and admins can read lifecycle stage periods.',
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

// Append-only: no one creates a stage period by hand; the engine writes them in server scripts.
Acl({
    $id: Now.ID['acl-stage-create'],
    type: 'record',
    table: 'x_oal_lifecycle_stage',
    operation: 'create',
    decisionType: 'deny',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'History is append-only: lifecycle stage periods are written only by the account lifecycle engine, never by hand (admins included).',
})

// Append-only: no one changes a recorded stage period.
Acl({
    $id: Now.ID['acl-stage-write'],
    type: 'record',
    table: 'x_oal_lifecycle_stage',
    operation: 'write',
    decisionType: 'deny',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'History is append-only: a recorded stage period cannot be changed by anyone (admins included); a recalculation records corrections.',
})

// Field-level counterpart of the write rule, so no field falls back to a broader platform default.
Acl({
    $id: Now.ID['acl-stage-fields-write'],
    type: 'record',
    table: 'x_oal_lifecycle_stage',
    field: '*',
    operation: 'write',
    decisionType: 'deny',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'History is append-only: no field of a stage period can be changed by anyone (admins included).',
})

// Append-only: no one deletes history.
Acl({
    $id: Now.ID['acl-stage-delete'],
    type: 'record',
    table: 'x_oal_lifecycle_stage',
    operation: 'delete',
    decisionType: 'deny',
    adminOverrides: false,
    script: 'answer = false;',
    description: 'History is append-only: lifecycle stage periods cannot be deleted by anyone (admins included).',
})
