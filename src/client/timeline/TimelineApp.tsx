import React, { useCallback, useEffect, useState } from 'react'
import { ACTIONS, OUTCOMES } from '../../server/lifecycle/model'
import { ACTION_LABELS, OUTCOME_LABELS } from '../../server/lifecycle/labels'
import type { StagePeriodView, TimelineAccount, TimelineEvent, TimelinePage } from '../../server/lifecycle/timeline-query'
import { EVENT_TABLE, RULE_TABLE } from '../../server/app-schema'
import { ORDER_TABLE } from '../../server/order-management/om-model'
import { API_BASE, failureText, requestJson } from '../shared/api'
import { NO_FILTERS, filtersFromSearch, pageSearch, pinStatus, recordLink, stageBand, storedNow, timelineUrl } from '../shared/view-model'
import type { TimelineFilterState } from '../shared/view-model'
import { AccountPicker } from './AccountPicker'

const PAGE_SIZE = 50

function navigate(accountId: string, filters: TimelineFilterState) {
    const path = `${window.location.pathname}${pageSearch(accountId, filters)}`
    window.history.pushState({}, '', path)
    document.title = 'Account lifecycle timeline'
}

export function TimelineApp() {
    const [route, setRoute] = useState(() => filtersFromSearch(window.location.search))
    useEffect(() => {
        const onPop = () => setRoute(filtersFromSearch(window.location.search))
        window.addEventListener('popstate', onPop)
        return () => window.removeEventListener('popstate', onPop)
    }, [])
    const go = (accountId: string, filters: TimelineFilterState) => {
        navigate(accountId, filters)
        setRoute({ accountId, filters })
    }
    return (
        <main>
            <h1>Account lifecycle timeline</h1>
            {route.accountId ? (
                <AccountTimeline key={route.accountId} accountId={route.accountId} filters={route.filters} onFilters={(f) => go(route.accountId, f)} onChangeAccount={() => go('', NO_FILTERS)} />
            ) : (
                <AccountPicker onPick={(id) => go(id, NO_FILTERS)} />
            )}
        </main>
    )
}

interface TimelineProps {
    accountId: string
    filters: TimelineFilterState
    onFilters: (filters: TimelineFilterState) => void
    onChangeAccount: () => void
}

function AccountTimeline({ accountId, filters, onFilters, onChangeAccount }: TimelineProps) {
    const [account, setAccount] = useState<TimelineAccount | null>(null)
    const [periods, setPeriods] = useState<StagePeriodView[] | null>(null)
    const [page, setPage] = useState<{ events: TimelineEvent[]; total: number; nextOffset: number | null } | null>(null)
    const [loadingMore, setLoadingMore] = useState(false)
    const [error, setError] = useState('')

    useEffect(() => {
        requestJson<{ account: TimelineAccount; periods: StagePeriodView[] }>('GET', `${API_BASE}/accounts/${encodeURIComponent(accountId)}/stages`)
            .then((result) => {
                setAccount(result.account)
                setPeriods(result.periods)
            })
            .catch((e) => setError(failureText(e)))
    }, [accountId])

    useEffect(() => {
        setPage(null)
        requestJson<TimelinePage>('GET', timelineUrl(accountId, filters, 0, PAGE_SIZE))
            .then((result) => {
                setAccount(result.account)
                setPage({ events: result.events, total: result.total, nextOffset: result.nextOffset })
            })
            .catch((e) => setError(failureText(e)))
    }, [accountId, filters])

    const loadMore = useCallback(() => {
        if (!page || page.nextOffset === null) return
        setLoadingMore(true)
        requestJson<TimelinePage>('GET', timelineUrl(accountId, filters, page.nextOffset, PAGE_SIZE))
            .then((result) => setPage({ events: page.events.concat(result.events), total: result.total, nextOffset: result.nextOffset }))
            .catch((e) => setError(failureText(e)))
            .finally(() => setLoadingMore(false))
    }, [accountId, filters, page])

    if (error) {
        return (
            <div className="alert alert--critical" role="alert">
                <strong>Could not load the timeline.</strong> {error} <button onClick={onChangeAccount}>Choose another account</button>
            </div>
        )
    }
    return (
        <>
            <section className="card" aria-labelledby="account-heading">
                {account ? (
                    <>
                        <h2 id="account-heading">{account.name}</h2>
                        <dl className="row" aria-label="Account status">
                            <div className="field"><dt className="label">State</dt><dd data-testid="account-state">{account.stateLabel}</dd></div>
                            <div className="field"><dt className="label">Lifecycle stage</dt><dd data-testid="account-stage">{account.stageLabel}</dd></div>
                            <div className="field"><dt className="label">Pin</dt><dd>{pinStatus(account, storedNow(new Date()))}</dd></div>
                        </dl>
                        <p>
                            <a href={recordLink('customer_account', account.id)}>Open account record</a> · <button onClick={onChangeAccount}>Choose another account</button>
                        </p>
                    </>
                ) : (
                    <p role="status"><span className="spinner" aria-hidden="true" /> Loading account…</p>
                )}
            </section>
            <section className="card" aria-labelledby="band-heading">
                <h2 id="band-heading">Lifecycle stages</h2>
                {periods ? <StageBand periods={periods} account={account} /> : <p role="status">Loading stages…</p>}
            </section>
            <section className="card" aria-labelledby="events-heading">
                <h2 id="events-heading">Order events</h2>
                <Filters key={JSON.stringify(filters)} initial={filters} onApply={onFilters} />
                {page === null ? (
                    <p role="status"><span className="spinner" aria-hidden="true" /> Loading events…</p>
                ) : page.events.length === 0 ? (
                    <p role="status" className="muted">No events{filters !== NO_FILTERS && Object.values(filters).some(Boolean) ? ' match these filters' : ' recorded for this account yet'}.</p>
                ) : (
                    <>
                        <p role="status" data-testid="event-count">Showing {page.events.length} of {page.total} events</p>
                        <EventTable events={page.events} />
                        {page.nextOffset !== null && (
                            <button onClick={loadMore} disabled={loadingMore}>{loadingMore ? 'Loading…' : 'Load more'}</button>
                        )}
                    </>
                )}
            </section>
        </>
    )
}

function StageBand({ periods, account }: { periods: StagePeriodView[]; account: TimelineAccount | null }) {
    const segments = stageBand(periods, account ? account.stage : '')
    return (
        <ol className="band" aria-label="Lifecycle stage band, onboarding to expansion">
            {segments.map((segment) => (
                <li key={segment.stage} className={`band__stage band__stage--${segment.status}`} aria-current={segment.status === 'current' ? 'step' : undefined} data-testid={`band-${segment.stage}`}>
                    <span className="band__name">{segment.label}</span>
                    <span className="band__meta">
                        {segment.status === 'upcoming' ? 'Not reached' : `Since ${segment.startedAt.slice(0, 10)}${segment.endedAt ? ` until ${segment.endedAt.slice(0, 10)}` : ''}`}
                    </span>
                    {segment.durationLabel && (
                        <span className="band__meta">{segment.durationLabel}{segment.periods > 1 ? ` over ${segment.periods} periods` : ''}{segment.status === 'current' ? ' so far' : ''}</span>
                    )}
                </li>
            ))}
        </ol>
    )
}

function Filters({ initial, onApply }: { initial: TimelineFilterState; onApply: (filters: TimelineFilterState) => void }) {
    const [draft, setDraft] = useState(initial)
    const set = (key: keyof TimelineFilterState) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setDraft({ ...draft, [key]: e.target.value })
    return (
        <form className="row" aria-label="Filter events" onSubmit={(e) => { e.preventDefault(); onApply(draft) }}>
            <div className="field">
                <label htmlFor="filter-action">Action</label>
                <select id="filter-action" value={draft.action} onChange={set('action')}>
                    <option value="">Any action</option>
                    {ACTIONS.map((a) => <option key={a} value={a}>{ACTION_LABELS[a]}</option>)}
                </select>
            </div>
            <div className="field">
                <label htmlFor="filter-outcome">Outcome</label>
                <select id="filter-outcome" value={draft.outcome} onChange={set('outcome')}>
                    <option value="">Any outcome</option>
                    {OUTCOMES.map((o) => <option key={o} value={o}>{OUTCOME_LABELS[o]}</option>)}
                </select>
            </div>
            <div className="field">
                <label htmlFor="filter-from">From (UTC)</label>
                <input id="filter-from" type="date" value={draft.from} onChange={set('from')} />
            </div>
            <div className="field">
                <label htmlFor="filter-to">To (UTC)</label>
                <input id="filter-to" type="date" value={draft.to} onChange={set('to')} />
            </div>
            <button type="submit" className="primary">Apply filters</button>
            <button type="button" onClick={() => onApply(NO_FILTERS)}>Clear</button>
        </form>
    )
}

function RuleLink({ rule }: { rule: TimelineEvent['stateRule'] }) {
    return rule ? <a href={recordLink(RULE_TABLE, rule.id)}>{rule.name}</a> : <span className="muted">none</span>
}

function EventTable({ events }: { events: TimelineEvent[] }) {
    return (
        <table aria-label="Order events, newest first">
            <thead>
                <tr>
                    <th scope="col">Occurred (UTC)</th>
                    <th scope="col">Order</th>
                    <th scope="col">Action</th>
                    <th scope="col">Milestone</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">State</th>
                    <th scope="col">Stage</th>
                    <th scope="col">Rules</th>
                    <th scope="col">Explanation</th>
                </tr>
            </thead>
            <tbody>
                {events.map((event) => (
                    <tr key={event.id} data-testid="event-row">
                        <td>{event.occurredAt}<br /><a className="muted" href={recordLink(EVENT_TABLE, event.id)}>event record</a></td>
                        <td>{event.orderId ? <a href={recordLink(ORDER_TABLE, event.orderId)}>{event.orderNumber || event.orderId}</a> : <span className="muted">—</span>}</td>
                        <td>{event.actionLabel}</td>
                        <td>{event.milestoneLabel}</td>
                        <td><span className={`badge badge--${event.outcome}`}>{event.outcomeLabel}</span></td>
                        <td>{event.state.fromLabel} → {event.state.toLabel}</td>
                        <td>{event.stage.fromLabel} → {event.stage.toLabel}</td>
                        <td>State: <RuleLink rule={event.stateRule} /><br />Stage: <RuleLink rule={event.stageRule} /></td>
                        <td className="explanation">{event.explanation}</td>
                    </tr>
                ))}
            </tbody>
        </table>
    )
}
