import '@servicenow/sdk/global'
import { Table, StringColumn, Acl, Role, UiAction, UiPage, SPWidget, ClientScript, Record } from '@servicenow/sdk/core'

export const x_conf_acc_note = Table({
    name: 'x_conf_acc_note',
    label: 'Conformance Note',
    display: 'title',
    allowWebServiceAccess: true,
    schema: { title: StringColumn({ label: 'Title', maxLength: 80 }) },
})

export const writer = Role({ name: 'x_conf_acc.writer', description: 'Writes notes', containsRoles: ['itil'] })

// Read: any user of another scope's role (itil), or this app's writer.
Acl({ $id: Now.ID['note-read'], type: 'record', table: 'x_conf_acc_note', operation: 'read', roles: ['itil', writer] })
// Create and write: the writer role.
Acl({ $id: Now.ID['note-create'], type: 'record', table: 'x_conf_acc_note', operation: 'create', roles: [writer] })
Acl({ $id: Now.ID['note-write'], type: 'record', table: 'x_conf_acc_note', operation: 'write', roles: [writer] })
// Delete: only users with the admin role (security attribute), and admin does not override.
Acl({ $id: Now.ID['note-delete'], type: 'record', table: 'x_conf_acc_note', operation: 'delete', securityAttribute: 'has_admin_role', adminOverrides: false })
// Title read: any authenticated user (security attribute).
Acl({ $id: Now.ID['note-title-read'], type: 'record', table: 'x_conf_acc_note', field: 'title', operation: 'read', securityAttribute: 'user_is_authenticated' })

UiAction({
    $id: Now.ID['ua-archive'],
    name: 'Archive note',
    table: 'x_conf_acc_note',
    actionName: 'archive_note',
    form: { showButton: true },
    script: `current.title = '[archived] ' + current.title; current.update();`,
})

ClientScript({
    $id: Now.ID['cs-title'],
    name: 'Title hint',
    table: 'x_conf_acc_note',
    type: 'onLoad',
    script: `function onLoad() { g_form.addInfoMessage('Keep titles short'); }`,
})

UiPage({
    $id: Now.ID['page-jelly'],
    endpoint: 'x_conf_acc_notes.do',
    html: `<?xml version="1.0" encoding="utf-8" ?><j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide" xmlns:j2="null" xmlns:g2="null"><g:evaluate var="jvar_count">var gr = new GlideAggregate('x_conf_acc_note'); gr.addAggregate('COUNT'); gr.query(); gr.next() ? gr.getAggregate('COUNT') : 0;</g:evaluate><p>Notes: \${jvar_count}</p></j:jelly>`,
})

SPWidget({
    $id: Now.ID['widget-notes'],
    name: 'Conformance notes',
    id: 'x-conf-acc-notes',
    htmlTemplate: '<div>{{c.data.count}} notes</div>',
    serverScript: `(function () { data.count = 0; })()`,
    clientScript: `api.controller = function () { var c = this; }`,
})

// A table whose parent is a platform table the local instance's baseline does not have (lint names it).
export const x_conf_acc_tagged = Table({
    name: 'x_conf_acc_tagged',
    label: 'Conformance Tagged',
    extends: 'cmn_building',
    schema: { tag: StringColumn({ label: 'Tag', maxLength: 40 }) },
})

// A record of a platform table the baseline does not have: dropped (lint names it).
Record({
    $id: Now.ID['cost-center-conformance'],
    table: 'cmn_cost_center',
    data: { name: 'Conformance cost center' },
})
