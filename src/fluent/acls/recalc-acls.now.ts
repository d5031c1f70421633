import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/roles.now'

// Recalculation is an admin tool: its diff lists many accounts at once, so only admins read it.
Acl({
    $id: Now.ID['acl-recalc-read'],
    type: 'record',
    table: 'x_oal_lifecycle_recalc',
    operation: 'read',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can read bulk recalculation requests and their diffs.',
})

// Field-level counterpart of the read rule.
Acl({
    $id: Now.ID['acl-recalc-fields-read'],
    type: 'record',
    table: 'x_oal_lifecycle_recalc',
    field: '*',
    operation: 'read',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can read any field of a recalculation request.',
})

// Creating a request starts a recalculation of many accounts: admins only.
Acl({
    $id: Now.ID['acl-recalc-create'],
    type: 'record',
    table: 'x_oal_lifecycle_recalc',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can start a bulk recalculation.',
})

// Progress columns are written by the async rule in system context; only admins edit requests.
Acl({
    $id: Now.ID['acl-recalc-write'],
    type: 'record',
    table: 'x_oal_lifecycle_recalc',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change recalculation requests; progress is written by the async rule.',
})

// Field-level counterpart of the write rule.
Acl({
    $id: Now.ID['acl-recalc-fields-write'],
    type: 'record',
    table: 'x_oal_lifecycle_recalc',
    field: '*',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can change any field of a recalculation request.',
})

// Only lifecycle admins clean up old recalculation requests.
Acl({
    $id: Now.ID['acl-recalc-delete'],
    type: 'record',
    table: 'x_oal_lifecycle_recalc',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only lifecycle admins can delete recalculation requests.',
})
