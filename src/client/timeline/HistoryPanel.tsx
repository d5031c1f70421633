import React from 'react'
import { ErrorNotice, Loading } from '../shared/Feedback'
import { absoluteDate } from '../shared/time'
import { stageBand } from '../shared/view-model'
import type { AccountHistory } from './AccountTimeline'

/** The stage bar (dates and time spent per stage) and the state lane (each state period with its duration). */
export function HistoryPanel({ history, error, onRetry, timeZone }: { history: AccountHistory | null; error: unknown; onRetry: () => void; timeZone: string }) {
    return (
        <section className="card" aria-labelledby="history-heading">
            <h2 id="history-heading">Lifecycle history</h2>
            {history ? (
                <>
                    <StageBar history={history} timeZone={timeZone} />
                    <StateLane history={history} timeZone={timeZone} />
                </>
            ) : error ? (
                <ErrorNotice what="load the stage and state history" error={error} onRetry={onRetry} />
            ) : (
                <Loading label="Loading history…" />
            )}
        </section>
    )
}

function StageBar({ history, timeZone }: { history: AccountHistory; timeZone: string }) {
    const segments = stageBand(history.periods, history.account.stage)
    return (
        <>
            <h3 id="band-heading">Lifecycle stages</h3>
            <ol className="band" aria-labelledby="band-heading">
                {segments.map((segment) => (
                    <li key={segment.stage} className={`band__stage band__stage--${segment.status}`} aria-current={segment.status === 'current' ? 'step' : undefined} data-testid={`band-${segment.stage}`}>
                        <span className="band__name">{segment.label}</span>
                        <span className="band__meta">
                            {segment.status === 'upcoming'
                                ? 'Not reached'
                                : `${absoluteDate(segment.startedAt, timeZone)}${segment.endedAt ? ` – ${absoluteDate(segment.endedAt, timeZone)}` : ' – now'}`}
                        </span>
                        {segment.durationLabel && (
                            <span className="band__meta">
                                {segment.durationLabel}
                                {segment.periods > 1 ? ` over ${segment.periods} periods` : ''}
                                {segment.status === 'current' ? ' so far' : ''}
                            </span>
                        )}
                    </li>
                ))}
            </ol>
        </>
    )
}

function StateLane({ history, timeZone }: { history: AccountHistory; timeZone: string }) {
    const periods = history.statePeriods
    const total = periods.reduce((sum, period) => sum + period.durationMs, 0) || 1
    return (
        <>
            <h3 id="lane-heading">State history</h3>
            {periods.length === 0 ? (
                <p className="muted">No state change recorded yet{history.account.state ? ` (now ${history.account.stateLabel})` : ''}.</p>
            ) : (
                <ol className="lane" aria-labelledby="lane-heading">
                    {periods.map((period) => (
                        <li
                            key={period.eventId}
                            className={`lane__period lane__period--${period.state}${period.current ? ' lane__period--current' : ''}`}
                            // Width in proportion to the time spent (set through the CSSOM, allowed under CSP).
                            style={{ flexGrow: Math.max(1, Math.round((period.durationMs / total) * 100)) }}
                            aria-current={period.current ? 'step' : undefined}
                        >
                            <span className="band__name">{period.stateLabel}</span>
                            <span className="band__meta">
                                {absoluteDate(period.startedAt, timeZone)} – {period.endedAt ? absoluteDate(period.endedAt, timeZone) : 'now'}
                            </span>
                            <span className="band__meta">
                                {period.durationLabel}
                                {period.current ? ' so far' : ''}
                                {period.orderNumber ? ` · ${period.orderNumber}` : ''}
                            </span>
                        </li>
                    ))}
                </ol>
            )}
        </>
    )
}
