import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

// Users of the app's sample data: the platform shows a user by name (first + last name).
export const grace = Record({
    $id: Now.ID['user-grace'],
    table: 'sys_user',
    data: { user_name: 'grace.h', first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.com' },
})

// A record on a platform table: installed with the app.
export const laptop = Record({
    $id: Now.ID['ci-laptop'],
    table: 'cmdb_ci_computer',
    data: { name: 'LAPTOP-001', serial_number: 'SN-001', assigned_to: grace, install_date: '2024-03-01 08:30:00' },
})

// A record of the app's CMDB class; the date is written the way a person types it.
export const laptop2 = Record({
    $id: Now.ID['ci-laptop-2'],
    table: 'x_conf_data_laptop',
    // The generated type of an app table that extends a platform class lists only the app's own columns.
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment -- the SDK reports the error on a line @ts-expect-error does not cover
    // @ts-ignore inherited column
    data: { name: 'LAPTOP-002', x_keyboard_layout: 'de-CH', purchased_at: '01-02-2024 12:00:00' },
})

// Demo data (Record API: installMethod 'demo' → unload.demo): sample incidents.
export const demoIncident = Record({
    $id: Now.ID['incident-demo-1'],
    $meta: { installMethod: 'demo' },
    table: 'incident',
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment -- the SDK reports the error on a line @ts-expect-error does not cover
    // @ts-ignore the column this app adds to incident is not in the SDK's incident type
    data: { number: 'INC0090001', short_description: 'Demo incident: printer on fire', caller_id: grace, priority: 3, x_conf_data_note: 'demo' },
})

// Loaded on first install only ('first install' → unload).
export const firstInstallTicket = Record({
    $id: Now.ID['ticket-first-install'],
    $meta: { installMethod: 'first install' },
    table: 'x_conf_data_ticket',
    data: { number: 'TKT0000999', short_description: 'Created on first install', colour: 'blue' },
})

// A catalog item and a problem record, on platform tables.
export const catalogItem = Record({
    $id: Now.ID['cat-item'],
    table: 'sc_cat_item',
    data: { name: 'Conformance laptop request', short_description: 'Request a laptop', active: true },
})

export const problemRecord = Record({
    $id: Now.ID['problem-1'],
    table: 'problem',
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment -- the SDK reports the error on a line @ts-expect-error does not cover
    // @ts-ignore the column this app adds to problem is not in the SDK's problem type
    data: { number: 'PRB0090001', short_description: 'Recurring printer fires', x_conf_data_flag: 'hot' },
})
