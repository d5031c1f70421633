import '@servicenow/sdk/global'
import { EmailNotification, Record, ScriptAction } from '@servicenow/sdk/core'
import { ACCOUNT_TABLE } from '../../server/order-management/om-model'
import { OUTBOUND_EVENT_NAMES } from '../../server/lifecycle/outbound'

// Outbound events (docs/OUTBOUND-EVENTS.md): queued by the one lifecycle writer after every applied account
// change (src/server/glide/writers/outbound-writer.ts); parm1 = the account sys_id, parm2 = a JSON payload shaped
// like TMF629 CustomerStateChangeEvent. Subscribe with a script action, a flow or an email notification.
const FIRED_BY = 'x_oal_lifecycle lifecycle writer (lifecycle-writer.ts)'

export const stateChangedEvent = Record({
    $id: Now.ID['event-account-state-changed'],
    table: 'sysevent_register',
    data: {
        suffix: 'account.state_changed',
        event_name: OUTBOUND_EVENT_NAMES.stateChanged,
        description: 'An account lifecycle state changed (parm1 account, parm2 TMF629-style JSON)',
        table: ACCOUNT_TABLE,
        fired_by: FIRED_BY,
        priority: 100,
    },
})

export const stageChangedEvent = Record({
    $id: Now.ID['event-account-stage-changed'],
    table: 'sysevent_register',
    data: {
        suffix: 'account.stage_changed',
        event_name: OUTBOUND_EVENT_NAMES.stageChanged,
        description: 'Only the lifecycle stage changed (parm1 account, parm2 TMF629-style JSON)',
        table: ACCOUNT_TABLE,
        fired_by: FIRED_BY,
        priority: 100,
    },
})

export const targetMissedEvent = Record({
    $id: Now.ID['event-account-target-missed'],
    table: 'sysevent_register',
    data: {
        suffix: 'account.target_missed',
        event_name: OUTBOUND_EVENT_NAMES.targetMissed,
        description: 'A time-in-stage target was missed (parm1 account, parm2 JSON)',
        table: ACCOUNT_TABLE,
        fired_by: 'x_oal_lifecycle daily time-rule job (time-rule-job.ts)',
        priority: 100,
    },
})

export const notifyEvent = Record({
    $id: Now.ID['event-account-notify'],
    table: 'sysevent_register',
    data: {
        suffix: 'account.notify',
        event_name: OUTBOUND_EVENT_NAMES.notify,
        description: 'Email an account entering a listed state (parm1 account, parm2 recipients)',
        table: ACCOUNT_TABLE,
        fired_by: 'Script action: Account lifecycle: notify on entering a state',
        priority: 100,
    },
})

// The app's own subscriber: turns a state change into an email when an admin listed the state (off by default).
export const notifyOnStateScriptAction = ScriptAction({
    $id: Now.ID['script-action-notify-on-state'],
    name: 'Account lifecycle: notify on entering a state',
    eventName: OUTBOUND_EVENT_NAMES.stateChanged,
    active: true,
    order: 100,
    description: 'Queues x_oal_lifecycle.account.notify when the account enters a state listed in x_oal_lifecycle.notify.states (blank = never).',
    script: `(function () {
    require('x_oal_lifecycle/order-account-lifecycle/0.1.0/src/server/glide/outbound-subscriber.ts').onAccountStateChanged(event, current);
})();`,
})

export const notifyOnStateEmail = EmailNotification({
    $id: Now.ID['email-account-notify'],
    table: ACCOUNT_TABLE,
    name: 'Account lifecycle: account entered a state',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: OUTBOUND_EVENT_NAMES.notify,
    },
    recipientDetails: {
        eventParm2WithRecipient: true,
    },
    emailContent: {
        subject: 'Account ${name} is now ${x_oal_lifecycle_state}',
        messageHtml: '<p>Account ${name} is now ${x_oal_lifecycle_state} (lifecycle stage ${x_oal_lifecycle_stage}).</p><p>See its lifecycle timeline for the order and rule that caused it.</p>',
    },
})
