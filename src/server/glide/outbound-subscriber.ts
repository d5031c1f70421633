/**
 * The app's own subscriber to its outbound events (script action "Account lifecycle: notify on entering a
 * state"): when an account enters a state an admin listed in x_oal_lifecycle.notify.states, it queues
 * x_oal_lifecycle.account.notify for the email notification of the same name (parm1 the account, parm2 the
 * recipients from x_oal_lifecycle.notify.recipients). Both properties are blank by default: no email.
 * Other subscribers (Order Management's notification framework, integrations) read the same payload.
 */
import { gs } from '@servicenow/glide'
import type { GlideRecord } from '@servicenow/glide'
import { PROPERTIES } from '../app-schema.ts'
import { notifyStates, OUTBOUND_EVENT_NAMES, parsePayload, shouldNotify } from '../lifecycle/outbound.ts'

/** The sysevent fields the subscriber reads. */
export interface QueuedEvent {
    name: string
    parm1: string
    parm2: string
}

function text(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}

/**
 * Runs for x_oal_lifecycle.account.state_changed. Returns what it did (for logs and tests): 'notified',
 * 'not_listed' (the state is not one to notify), 'no_recipients' (states listed but nobody to send to) or
 * 'ignored' (not our payload).
 */
export function onAccountStateChanged(event: QueuedEvent, current: GlideRecord | null): string {
    const payload = parsePayload(text(event.parm2))
    if (!payload) {
        gs.warn(`[x_oal_lifecycle] ${text(event.name)}: parm2 is not an account lifecycle payload; ignored.`)
        return 'ignored'
    }
    const states = notifyStates(gs.getProperty(PROPERTIES.notifyStates, ''))
    if (!shouldNotify(payload, states)) return 'not_listed'
    const recipients = gs.getProperty(PROPERTIES.notifyRecipients, '').trim()
    if (!recipients) {
        gs.warn(`[x_oal_lifecycle] Account ${payload.event.customer.id} entered ${payload.event.customer.status}, listed in ${PROPERTIES.notifyStates}, but ${PROPERTIES.notifyRecipients} is blank: no email.`)
        return 'no_recipients'
    }
    gs.eventQueue(OUTBOUND_EVENT_NAMES.notify, current, text(event.parm1), recipients)
    return 'notified'
}
