import '@servicenow/sdk/global'
import { Table, StringColumn, IntegerColumn, DateTimeColumn, ScriptInclude, BusinessRule, ScriptAction, Record } from '@servicenow/sdk/core'

export const x_conf_scr_item = Table({
    name: 'x_conf_scr_item',
    label: 'Conformance Item',
    display: 'name',
    allowWebServiceAccess: true,
    schema: {
        name: StringColumn({ label: 'Name', maxLength: 80 }),
        size: IntegerColumn({ label: 'Size' }),
        summary: StringColumn({ label: 'Summary', maxLength: 1000 }),
        due: DateTimeColumn({ label: 'Due' }),
        processed_by: StringColumn({ label: 'Processed by', maxLength: 200 }),
    },
})

// A classic script include using global script includes (JSUtil, JSON) and a relative require of a module.
ScriptInclude({
    $id: Now.ID['ConfUtil'],
    name: 'ConfUtil',
    script: Now.include('../scripts/ConfUtil.js'),
    accessibleFrom: 'public',
})

// A client-callable script include extending AbstractAjaxProcessor (GlideAjax).
ScriptInclude({
    $id: Now.ID['ConfAjax'],
    name: 'ConfAjax',
    script: Now.include('../scripts/ConfAjax.js'),
    clientCallable: true,
})

// Before insert: GlideQuery counts the items of the same name; JSUtil checks the summary.
BusinessRule({
    $id: Now.ID['br-summarize'],
    name: 'Summarize item',
    table: 'x_conf_scr_item',
    when: 'before',
    action: ['insert'],
    script: Now.include('../scripts/summarize.js'),
})

// After insert: queue an event; its script action writes processed_by.
BusinessRule({
    $id: Now.ID['br-queue'],
    name: 'Queue item event',
    table: 'x_conf_scr_item',
    when: 'after',
    action: ['insert'],
    script: `(function executeRule(current, previous) { gs.eventQueue('x_conf_scr.item.created', current, current.getValue('name'), gs.getUserName()); })(current, previous);`,
})

Record({
    $id: Now.ID['event-item-created'],
    table: 'sysevent_register',
    data: { event_name: 'x_conf_scr.item.created', suffix: 'item.created', table: 'x_conf_scr_item', description: 'An item was created', fired_by: 'Queue item event' },
})

ScriptAction({
    $id: Now.ID['sa-item-created'],
    name: 'Mark item processed',
    eventName: 'x_conf_scr.item.created',
    active: true,
    script: `var item = new GlideRecord('x_conf_scr_item'); if (item.get(current.getUniqueValue())) { item.setValue('processed_by', 'script action: ' + event.parm1 + ' by ' + event.parm2); item.update(); }`,
})
