import React, { useEffect, useRef } from 'react'
import type { AxisCause, TimelineAccount } from '../../server/api/timeline-contract'
import { ACCOUNT_TABLE, ORDER_TABLE } from '../../server/order-management/om-model'
import { RULE_TABLE } from '../../server/app-schema'
import { ErrorNotice, Loading } from '../shared/Feedback'
import { absoluteDate, absoluteTime, storedToMs } from '../shared/time'
import { pinSentence, recordLink, sinceSentence } from '../shared/view-model'
import type { AccountHistory } from './AccountTimeline'

/** The Account Lifecycle view of the account form (sys_ui_view name, src/fluent/lists-forms/lifecycle-view.now.ts). */
export const ACCOUNT_LIFECYCLE_VIEW = 'x_oal_lifecycle'

interface Props {
    account: TimelineAccount | null
    history: AccountHistory | null
    error: unknown
    onRetry: () => void
    focusHeading: boolean
    onChangeAccount: () => void
    timeZone: string
}

function Cause({ cause, timeZone }: { cause: AxisCause | null; timeZone: string }) {
    if (!cause) return null
    return (
        <>
            {cause.orderId && (
                <span>
                    · order <a href={recordLink(ORDER_TABLE, cause.orderId)}>{cause.orderNumber || cause.orderId}</a>
                </span>
            )}
            {cause.ruleId && (
                <span>
                    · rule <a href={recordLink(RULE_TABLE, cause.ruleId)}>{cause.ruleName || cause.ruleId}</a>
                </span>
            )}
            {!cause.orderId && !cause.ruleId && <span className="muted">· {absoluteTime(cause.occurredAt, timeZone)}</span>}
        </>
    )
}

/** Answers "why, since when, which order" for the state and the stage, the pin and changes still to come. */
export function AccountHeader({ account, history, error, onRetry, focusHeading, onChangeAccount, timeZone }: Props) {
    const heading = useRef<HTMLHeadingElement>(null)
    const focused = useRef(false)
    useEffect(() => {
        if (focusHeading && account && heading.current && !focused.current) {
            focused.current = true
            heading.current.focus()
        }
    }, [focusHeading, account])

    if (!account) {
        return (
            <section className="card" aria-label="Account">
                {error ? <ErrorNotice what="load the account" error={error} onRetry={onRetry} /> : <Loading label="Loading account…" />}
            </section>
        )
    }
    const nowMs = history ? storedToMs(history.now) : Date.now()
    const causes = history?.causes
    const stateSince = account.stateSince || causes?.state?.occurredAt || ''
    const stageSince = account.stageSince || causes?.stage?.occurredAt || ''
    const pin = pinSentence(account, nowMs, timeZone)
    return (
        <section className="card" aria-labelledby="account-heading">
            <div className="header__title">
                <h2 id="account-heading" tabIndex={-1} ref={heading}>
                    {account.name}
                </h2>
                {account.number && <span className="muted">{account.number}</span>}
            </div>
            <ul className="status-lines" aria-label="Account status">
                <li data-testid="account-state">
                    <strong>State:</strong>
                    <span>{account.state ? sinceSentence(account.stateLabel, stateSince, nowMs, timeZone) : 'Not set by the app yet'}</span>
                    <Cause cause={causes?.state ?? null} timeZone={timeZone} />
                </li>
                <li data-testid="account-stage">
                    <strong>Stage:</strong>
                    <span>{account.stage ? sinceSentence(account.stageLabel, stageSince, nowMs, timeZone) : 'Not set by the app yet'}</span>
                    <Cause cause={causes?.stage ?? null} timeZone={timeZone} />
                </li>
                {pin && (
                    <li data-testid="account-pin">
                        <strong>Pin:</strong> <span>{pin}</span>
                    </li>
                )}
                {account.pendingChange && (
                    <li data-testid="account-pending-change" className="status-lines__warning">
                        <strong>{account.pendingChangeLabel}:</strong>
                        <span>{account.pendingDue ? `due ${absoluteDate(account.pendingDue, timeZone)}` : 'no committed due date'}</span>
                        {account.pendingOrderId && (
                            <span>
                                · order <a href={recordLink(ORDER_TABLE, account.pendingOrderId)}>{account.pendingOrderNumber || account.pendingOrderId}</a>
                            </span>
                        )}
                    </li>
                )}
                {account.overdueSince && (
                    <li data-testid="account-overdue" className="status-lines__warning">
                        <strong>Overdue:</strong> <span>{account.stageLabel} is past its time-in-stage target since {absoluteDate(account.overdueSince, timeZone)}</span>
                    </li>
                )}
                {history && history.pending.length > 0 && (
                    <li data-testid="account-pending">
                        <strong>Pending:</strong>
                        {history.pending.map((order, index) => (
                            <span key={order.orderId}>
                                {index > 0 && '· '}order <a href={recordLink(ORDER_TABLE, order.orderId)}>{order.orderNumber}</a> {order.milestoneLabel.toLowerCase()}
                            </span>
                        ))}
                    </li>
                )}
            </ul>
            <p className="row row--center">
                <a href={recordLink(ACCOUNT_TABLE, account.id, ACCOUNT_LIFECYCLE_VIEW)}>Open {account.name} in the Account Lifecycle view</a>
                <button type="button" className="small" onClick={onChangeAccount}>
                    Choose another account
                </button>
            </p>
        </section>
    )
}
