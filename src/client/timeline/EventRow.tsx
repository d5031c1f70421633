import React from 'react'
import type { TimelineEvent } from '../../server/api/timeline-contract'
import { EVENT_TABLE, RULE_TABLE } from '../../server/app-schema'
import { ORDER_TABLE } from '../../server/order-management/om-model'
import { absoluteTime, relativeTime } from '../shared/time'
import { recordLink } from '../shared/view-model'
import type { ListItem } from '../shared/view-model'

export function GroupRow({ item }: { item: Extract<ListItem, { kind: 'group' }> }) {
    const hasOrder = !item.orderId.startsWith('no-order-')
    return (
        <li className="event-group" data-item="group">
            {hasOrder ? (
                <>
                    Order <a href={recordLink(ORDER_TABLE, item.orderId)}>{item.orderNumber || item.orderId}</a>
                </>
            ) : (
                'Not from an order'
            )}
            <span className="muted small">
                {item.count} {item.count === 1 ? 'event' : 'events'}
            </span>
        </li>
    )
}

function RuleLink({ rule }: { rule: TimelineEvent['stateRule'] }) {
    return rule ? <a href={recordLink(RULE_TABLE, rule.id)}>{rule.name}</a> : <span className="muted">no rule</span>
}

/** What changed, in a few words: "Active → Suspended" on each axis that moved. */
function changeSummary(event: TimelineEvent): string {
    const parts: string[] = []
    if (event.state.to && event.state.from !== event.state.to) parts.push(`State ${event.state.fromLabel} → ${event.state.toLabel}`)
    if (event.stage.to && event.stage.from !== event.stage.to) parts.push(`Stage ${event.stage.fromLabel} → ${event.stage.toLabel}`)
    return parts.join(' · ')
}

interface Props {
    event: TimelineEvent
    position: number
    total: number
    open: boolean
    onToggle: (id: string) => void
    timeZone: string
    nowMs: number
}

/** One event, compact: when, outcome, what happened and changed; the explanation and links on demand. */
export function EventRow({ event, position, total, open, onToggle, timeZone, nowMs }: Props) {
    const what = `${event.actionLabel} × ${event.milestoneLabel}`
    const absolute = absoluteTime(event.occurredAt, timeZone)
    const change = changeSummary(event)
    const detailsId = `details-${event.id}`
    const firstSentence = event.explanation.split(/(?<=\.)\s/)[0] ?? ''
    return (
        <li className="event" data-testid="event-row" data-item="event" aria-setsize={total} aria-posinset={position}>
            <span className="event__time">
                <time dateTime={`${event.occurredAt.replace(' ', 'T')}Z`} title={absolute}>
                    {relativeTime(event.occurredAt, nowMs)}
                </time>
            </span>
            <span className="event__outcome">
                <span className={`badge badge--${event.outcome}`}>{event.outcomeLabel}</span>
                {event.movement && (
                    <span className={`badge badge--movement badge--${event.movement}`} data-testid="event-movement">
                        {event.movementLabel}
                    </span>
                )}
            </span>
            <span className="event__what">
                <strong data-testid="event-what">{what}</strong>
                {change && <span className="change"> · {change}</span>}
                {(event.stateRule || event.stageRule) && (
                    <span className="small">
                        {' '}
                        · rule <RuleLink rule={event.stateRule ?? event.stageRule} />
                        {event.stateRule && event.stageRule && event.stageRule.id !== event.stateRule.id && (
                            <>
                                , <RuleLink rule={event.stageRule} />
                            </>
                        )}
                    </span>
                )}
                {event.churnType && (
                    <span className="small" data-testid="event-reason">
                        {' '}
                        · {event.churnTypeLabel} churn{event.actionReason ? `: ${event.actionReason}` : ''}
                    </span>
                )}
                <span className="event__summary">{firstSentence}</span>
            </span>
            <span className="event__actions">
                <button type="button" className="small" aria-expanded={open} aria-controls={detailsId} onClick={() => onToggle(event.id)}>
                    Details<span className="sr-only"> of {what}, {absolute}</span>
                </button>
            </span>
            {open && (
                <div className="event__details" id={detailsId}>
                    <p className="explanation">{event.explanation || 'No explanation recorded.'}</p>
                    <dl className="facts small">
                        <dt>Occurred</dt>
                        <dd>{absolute}</dd>
                        <dt>Order</dt>
                        <dd>{event.orderId ? <a href={recordLink(ORDER_TABLE, event.orderId)}>Order {event.orderNumber || event.orderId}</a> : <span className="muted">none</span>}</dd>
                        <dt>State</dt>
                        <dd>
                            {event.state.fromLabel} → {event.state.toLabel} (rule <RuleLink rule={event.stateRule} />)
                        </dd>
                        <dt>Stage</dt>
                        <dd>
                            {event.stage.fromLabel} → {event.stage.toLabel} (rule <RuleLink rule={event.stageRule} />)
                        </dd>
                        <dt>Reason</dt>
                        <dd>
                            {event.actionReason || <span className="muted">none given</span>}
                            {event.churnType && ` (${event.churnTypeLabel})`}
                        </dd>
                        <dt>Movement</dt>
                        <dd>{event.movementLabel || <span className="muted">none</span>}</dd>
                        <dt>Source</dt>
                        <dd>{event.sourceLabel || '—'}</dd>
                        <dt>Record</dt>
                        <dd>
                            <a href={recordLink(EVENT_TABLE, event.id)}>Timeline record of {what}</a>
                        </dd>
                    </dl>
                </div>
            )}
        </li>
    )
}
