import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { adminRole } from '../roles/roles.now'

// Kill switch: when false, order events are ignored entirely (nothing is evaluated or recorded).
Property({
    $id: Now.ID['property-enabled'],
    name: 'x_oal_lifecycle.enabled',
    type: 'boolean',
    value: true,
    description: 'Map Order Management order events to customer account state and lifecycle stage.',
    roles: { read: [adminRole], write: [adminRole] },
})

// Dry run: evaluate rules and record timeline events with outcome "dry run", but never change accounts.
Property({
    $id: Now.ID['property-dry-run'],
    name: 'x_oal_lifecycle.dry_run',
    type: 'boolean',
    value: false,
    description: 'Evaluate and record order events without changing any account (outcome "Dry run").',
    roles: { read: [adminRole], write: [adminRole] },
})

// Log verbosity of the mapper in the system log: error, warn, info or debug.
Property({
    $id: Now.ID['property-log-level'],
    name: 'x_oal_lifecycle.log_level',
    type: 'choicelist',
    choices: ['error', 'warn', 'info', 'debug'],
    value: 'warn',
    description: 'Verbosity of the account lifecycle mapper in the system log (error, warn, info, debug).',
    roles: { read: [adminRole], write: [adminRole] },
})

// Inventory states that mean "in service": the account has a working service (defaults from the documented
// product inventory states; a pending change or inactivation is still in service).
Property({
    $id: Now.ID['property-inventory-in-service'],
    name: 'x_oal_lifecycle.inventory.in_service_states',
    type: 'string',
    value: 'active,change_pending,inactivation_pending',
    description:
        'Sold product / product inventory states (stored values, comma-separated) that count as a service in service. Every state not listed in one of the three inventory properties counts as gone. Validated on save against the state column\'s choices.',
    roles: { read: [adminRole], write: [adminRole] },
})

// Inventory states that mean "suspended": the customer still has the service, but it does not work now.
Property({
    $id: Now.ID['property-inventory-suspended'],
    name: 'x_oal_lifecycle.inventory.suspended_states',
    type: 'string',
    value: 'suspended',
    description: 'Sold product / product inventory states (comma-separated) that count as a suspended service. The stored value of the Suspended label is not confirmed by ServiceNow\'s documentation: check your instance.',
    roles: { read: [adminRole], write: [adminRole] },
})

// Inventory states that mean "not yet in service": ordered but not installed; they do not count yet.
Property({
    $id: Now.ID['property-inventory-not-yet'],
    name: 'x_oal_lifecycle.inventory.not_yet_states',
    type: 'string',
    value: 'installation_pending',
    description: 'Sold product / product inventory states (comma-separated) that count as not yet in service (ordered, not installed). Such services count only through the order that adds them.',
    roles: { read: [adminRole], write: [adminRole] },
})

// Email notifications on entering states an admin picks: off while blank (docs/OUTBOUND-EVENTS.md).
Property({
    $id: Now.ID['property-notify-states'],
    name: 'x_oal_lifecycle.notify.states',
    type: 'string',
    value: '',
    description: 'Account states (stored values, comma-separated, e.g. "inactive,suspended") whose entry emails the recipients below. Blank = no email.',
    roles: { read: [adminRole], write: [adminRole] },
})

Property({
    $id: Now.ID['property-notify-recipients'],
    name: 'x_oal_lifecycle.notify.recipients',
    type: 'string',
    value: '',
    description: 'Who receives the state emails: comma-separated email addresses or user sys_ids (event parm2 of x_oal_lifecycle.account.notify).',
    roles: { read: [adminRole], write: [adminRole] },
})

// Most timeline events one export request may return; a larger export is refused with this limit named.
Property({
    $id: Now.ID['property-export-max-rows'],
    name: 'x_oal_lifecycle.export.max_rows',
    type: 'integer',
    value: 10000,
    description: 'Most timeline events one export (REST GET /export, the timeline page\'s Export buttons) may return; a larger request is refused with this limit named.',
    roles: { read: [adminRole], write: [adminRole] },
})

// Hierarchy roll-up (docs/HIERARCHY.md): how a parent account's state and stage follow its children; off by default.
Property({
    $id: Now.ID['property-rollup-state-policy'],
    name: 'x_oal_lifecycle.rollup.state_policy',
    type: 'choicelist',
    choices: ['off', 'any_active'],
    value: 'off',
    description: 'Hierarchy roll-up of the state: off, or any_active (any child Active makes the parent Active; else the best child state).',
    roles: { read: [adminRole], write: [adminRole] },
})

Property({
    $id: Now.ID['property-rollup-stage-policy'],
    name: 'x_oal_lifecycle.rollup.stage_policy',
    type: 'choicelist',
    choices: ['off', 'most_advanced', 'least_advanced'],
    value: 'off',
    description: 'Hierarchy roll-up of the lifecycle stage: off, most_advanced or least_advanced child stage.',
    roles: { read: [adminRole], write: [adminRole] },
})
