/**
 * Outbound events: what the app tells the rest of the instance (and, through Order Management's notification
 * framework, external systems) when it changes an account. One platform event per applied change — state
 * changed, else stage changed — plus one when a time-in-stage target is missed; parm1 is the account sys_id,
 * parm2 a JSON payload shaped like TMF629's CustomerStateChangeEvent. Pure: the writer queues what this returns.
 * See docs/OUTBOUND-EVENTS.md.
 */
import type { AccountSignals, TimedAccount } from './model.ts'
import { signalsOf } from './model.ts'
import type { TimelineEntry } from './progress.ts'
import { stageLabel, stateLabel } from './labels.ts'
import { parseDateTime } from './datetime.ts'

/** Registered event names (sysevent_register; ≤ 40 characters, the platform's limit). */
export const OUTBOUND_EVENT_NAMES = {
    stateChanged: 'x_oal_lifecycle.account.state_changed',
    stageChanged: 'x_oal_lifecycle.account.stage_changed',
    targetMissed: 'x_oal_lifecycle.account.target_missed',
    notify: 'x_oal_lifecycle.account.notify',
} as const

/** TMF629 event types the payload declares. */
export const TMF_EVENT_TYPES = {
    stateChange: 'CustomerStateChangeEvent',
    attributeChange: 'CustomerAttributeValueChangeEvent',
    targetMissed: 'CustomerLifecycleTargetMissedEvent',
} as const

/** parm2 is a 4000-character column on the platform's sysevent table; text fields are clipped to keep under it. */
export const MAX_PAYLOAD_LENGTH = 4000
const MAX_TEXT = 500

export interface OutboundEvent {
    name: string
    payload: CustomerEventPayload
}

/** The payload (parm2). Field by field in docs/CONTRACTS.md. */
export interface CustomerEventPayload {
    eventId: string
    eventType: string
    eventTime: string
    timeOccurred: string
    title: string
    description: string
    domain: 'x_oal_lifecycle'
    event: {
        customer: {
            id: string
            name: string
            '@type': 'Customer'
            status: string
            statusLabel: string
            previousStatus: string
            lifecycleStage: string
            lifecycleStageLabel: string
            previousLifecycleStage: string
            statusReason: string
        }
    }
    reason: { actionReason: string; churnType: string; movement: string }
    cause: {
        source: string
        eventKey: string
        orderId: string
        orderNumber: string
        action: string
        milestone: string
        stateRuleId: string
        stageRuleId: string
        /** Set for a roll-up: the child account whose change caused this one. */
        childAccountId: string
    }
    /** Account ids the change has climbed through (roll-up), oldest first, ending with this account. */
    chain: string[]
    /** The timeline row the chain started from (this row when the change is the account's own). */
    originEventId: string
    /** Set on target-missed events. */
    target: { ruleId: string; overdueSince: string } | null
}

export interface OutboundInput {
    /** sys_id of the timeline row (the event id). */
    eventId: string
    /** When the row was recorded (`YYYY-MM-DD HH:mm:ss` UTC). */
    recordedAt: string
    before: TimedAccount
    after: TimedAccount
    entry: TimelineEntry
}

/** `2026-01-01 09:00:00` → `2026-01-01T09:00:00Z`; blank or unreadable stays as it is. */
export function isoTime(value: string): string {
    return isNaN(parseDateTime(value)) ? value : `${value.replace(' ', 'T')}Z`
}

function clip(text: string, max = MAX_TEXT): string {
    return text.length <= max ? text : text.slice(0, max - 1) + '…'
}

function payloadOf(input: OutboundInput, eventType: string, title: string, description: string, target: AccountSignals | null): CustomerEventPayload {
    const { entry, before, after } = input
    const decision = entry.decision
    const chain = entry.rollup ? entry.rollup.chain : [entry.accountId]
    return {
        eventId: input.eventId,
        eventType,
        eventTime: isoTime(input.recordedAt),
        timeOccurred: isoTime(entry.occurredAt),
        title,
        description: clip(description),
        domain: 'x_oal_lifecycle',
        event: {
            customer: {
                id: entry.accountId,
                name: clip(after.name, 200),
                '@type': 'Customer',
                status: after.state,
                statusLabel: stateLabel(after.state),
                previousStatus: before.state,
                lifecycleStage: after.stage,
                lifecycleStageLabel: stageLabel(after.stage),
                previousLifecycleStage: before.stage,
                statusReason: clip(decision.explanation),
            },
        },
        reason: { actionReason: decision.actionReason ?? '', churnType: decision.churnType ?? '', movement: decision.movement ?? '' },
        cause: {
            source: entry.source,
            eventKey: entry.key,
            orderId: entry.orderId,
            orderNumber: entry.orderNumber ?? '',
            action: entry.action,
            milestone: entry.milestone,
            stateRuleId: decision.stateRuleId,
            stageRuleId: decision.stageRuleId,
            childAccountId: entry.rollup ? entry.rollup.childAccountId : '',
        },
        chain,
        originEventId: entry.rollup ? entry.rollup.originEventId : input.eventId,
        target: target ? { ruleId: target.overdueRuleId, overdueSince: target.overdueSince } : null,
    }
}

/**
 * The events one written step sends: state changed (when the state changed, whether or not the stage did too),
 * else stage changed (only the stage changed); and target missed when the step flagged a missed time-in-stage
 * target. Nothing for a step that changed neither (no change, dry run, error, pinned).
 */
export function outboundEventsOf(input: OutboundInput): OutboundEvent[] {
    const { before, after, entry } = input
    const events: OutboundEvent[] = []
    const stateChanged = before.state !== after.state
    const stageChanged = before.stage !== after.stage
    const name = after.name || entry.accountId
    if (stateChanged) {
        const stage = stageChanged ? `; stage ${stageLabel(before.stage)} → ${stageLabel(after.stage)}` : ''
        events.push({
            name: OUTBOUND_EVENT_NAMES.stateChanged,
            payload: payloadOf(input, TMF_EVENT_TYPES.stateChange, 'Customer state changed', `${name}: state ${stateLabel(before.state)} → ${stateLabel(after.state)}${stage}`, null),
        })
    } else if (stageChanged) {
        events.push({
            name: OUTBOUND_EVENT_NAMES.stageChanged,
            payload: payloadOf(input, TMF_EVENT_TYPES.attributeChange, 'Customer lifecycle stage changed', `${name}: stage ${stageLabel(before.stage)} → ${stageLabel(after.stage)}`, null),
        })
    }
    const signals = signalsOf(after)
    if (entry.decision.overdue && entry.decision.outcome !== 'dry_run' && entry.decision.outcome !== 'error' && signals.overdueSince) {
        events.push({
            name: OUTBOUND_EVENT_NAMES.targetMissed,
            payload: payloadOf(input, TMF_EVENT_TYPES.targetMissed, 'Customer lifecycle target missed', `${name}: ${stageLabel(after.stage)} has lasted longer than its target`, signals),
        })
    }
    return events
}

/** The payload as parm2: JSON, checked against the column length (the text fields are clipped, so this holds). */
export function serializePayload(payload: CustomerEventPayload): string {
    const text = JSON.stringify(payload)
    if (text.length > MAX_PAYLOAD_LENGTH) {
        // The only unbounded part is the chain, bounded by MAX_ROLLUP_DEPTH; keep the newest links.
        return JSON.stringify({ ...payload, chain: payload.chain.slice(-5), event: { customer: { ...payload.event.customer, statusReason: clip(payload.event.customer.statusReason, 100) } } })
    }
    return text
}

/** Reads a payload back (a subscriber's side); null when parm2 is not one of ours. */
export function parsePayload(text: string): CustomerEventPayload | null {
    try {
        const value = JSON.parse(text) as CustomerEventPayload
        return value && typeof value === 'object' && value.domain === 'x_oal_lifecycle' && value.event && value.event.customer ? value : null
    } catch {
        return null
    }
}

/** The states a notification property lists (comma-separated stored values), trimmed, blanks dropped. */
export function notifyStates(text: string): string[] {
    return text
        .split(',')
        .map((state) => state.trim())
        .filter((state) => state !== '')
}

/** Whether a state-changed payload enters one of the states an admin picked for email notifications. */
export function shouldNotify(payload: CustomerEventPayload, states: readonly string[]): boolean {
    const customer = payload.event.customer
    return customer.status !== customer.previousStatus && states.indexOf(customer.status) >= 0
}
