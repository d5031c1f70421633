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
