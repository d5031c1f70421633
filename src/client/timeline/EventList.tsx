import React, { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { TimelineAccount, TimelineEvent, TimelinePage } from '../../server/api/timeline-contract'
import { requestJson } from '../shared/api'
import { ErrorNotice, Loading } from '../shared/Feedback'
import { getOnce } from '../shared/preload'
import { countSentence, groupByOrder, hasFilters, listWindow, timelineUrl } from '../shared/view-model'
import type { ListItem, TimelineFilterState } from '../shared/view-model'
import { EventFilters } from './EventFilters'
import { EventRow, GroupRow } from './EventRow'
import { ExportButtons } from './ExportButtons'

/** The first page paints fast; later pages are larger so 2,000 events take 11 requests, not 40. */
export const FIRST_PAGE = 50
export const NEXT_PAGE = 200
/** Initial height estimate of one list item (px) until rows have been measured. */
const ESTIMATED_ITEM_HEIGHT = 52

interface Props {
    accountId: string
    filters: TimelineFilterState
    onFilters: (filters: TimelineFilterState) => void
    onAccount: (account: TimelineAccount) => void
    timeZone: string
    /** The platform's clock (from the history call) for relative times; the browser's until it arrives. */
    nowMs: number
}

interface Loaded {
    events: TimelineEvent[]
    total: number
    skipped: number
    nextCursor: string | null
}

/** Filters, the count, and a windowed list of the events (keyset pages loaded as the end comes into view). */
export function EventList({ accountId, filters, onFilters, onAccount, timeZone, nowMs }: Props) {
    const [loaded, setLoaded] = useState<Loaded | null>(null)
    const [firstError, setFirstError] = useState<unknown>(null)
    const [moreError, setMoreError] = useState<unknown>(null)
    const [loadingMore, setLoadingMore] = useState(false)
    const [attempt, setAttempt] = useState(0)
    const [expanded, setExpanded] = useState<Record<string, boolean>>({})
    const requestSeq = useRef(0)

    // A layout effect: the request (or the preloaded answer) is taken up in the same commit, not a frame later.
    useLayoutEffect(() => {
        const seq = ++requestSeq.current
        setLoaded(null)
        setFirstError(null)
        setMoreError(null)
        getOnce<TimelinePage>(timelineUrl(accountId, filters, '', FIRST_PAGE, timeZone))
            .then((page) => {
                if (seq !== requestSeq.current) return
                onAccount(page.account)
                setLoaded({ events: page.events, total: page.total, skipped: page.skipped, nextCursor: page.nextCursor })
            })
            .catch((e) => seq === requestSeq.current && setFirstError(e))
    }, [accountId, filters, timeZone, attempt, onAccount])

    const loadMore = useCallback(() => {
        if (!loaded || loaded.nextCursor === null || loadingMore) return
        const seq = requestSeq.current
        setLoadingMore(true)
        setMoreError(null)
        requestJson<TimelinePage>('GET', timelineUrl(accountId, filters, loaded.nextCursor, NEXT_PAGE, timeZone))
            .then((page) => {
                if (seq !== requestSeq.current) return
                setLoaded({ events: loaded.events.concat(page.events), total: page.total, skipped: loaded.skipped, nextCursor: page.nextCursor })
            })
            .catch((e) => seq === requestSeq.current && setMoreError(e))
            .finally(() => setLoadingMore(false))
    }, [accountId, filters, timeZone, loaded, loadingMore])

    // Infinite scroll: the end of the list coming into view loads the next page (the button does it by keyboard).
    const end = useRef<HTMLDivElement>(null)
    useEffect(() => {
        const target = end.current
        if (!target || typeof IntersectionObserver === 'undefined' || moreError) return undefined
        const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && loadMore(), { rootMargin: '400px' })
        observer.observe(target)
        return () => observer.disconnect()
    }, [loadMore, moreError])

    const [jump, setJump] = useState(filters.jump)
    useEffect(() => setJump(filters.jump), [filters.jump])

    return (
        <section className="card" aria-labelledby="events-heading">
            {/* Only this line stays in view while scrolling: a taller sticky block would hide the rows focus moves to. */}
            <div className="spread count-bar">
                <h2 id="events-heading">Order events</h2>
                <p role="status" data-testid="event-count" className="muted">
                    {loaded ? countSentence(loaded.events.length, loaded.total, loaded.skipped, filters) : firstError ? '' : 'Loading…'}
                </p>
            </div>
            <div className="toolbar">
                <EventFilters filters={filters} onFilters={onFilters} />
                <form
                    className="row"
                    aria-label="Jump to a date"
                    onSubmit={(e) => {
                        e.preventDefault()
                        onFilters({ ...filters, jump })
                    }}
                >
                    <div className="field field--inline">
                        <label htmlFor="jump-date">Jump to date</label>
                        <input id="jump-date" type="date" value={jump} onChange={(e) => setJump(e.target.value)} />
                    </div>
                    <button type="submit" className="small">
                        Go
                    </button>
                    {filters.jump && (
                        <button type="button" className="small" onClick={() => onFilters({ ...filters, jump: '' })}>
                            Back to newest
                        </button>
                    )}
                </form>
                <ExportButtons accountId={accountId} filters={filters} timeZone={timeZone} />
            </div>
            {firstError ? (
                <ErrorNotice what="load the events" error={firstError} onRetry={() => setAttempt((n) => n + 1)} />
            ) : loaded === null ? (
                <Loading label="Loading events…" />
            ) : loaded.events.length === 0 ? (
                <p className="muted">
                    {hasFilters(filters) || filters.jump
                        ? 'No events match these filters.'
                        : filters.view === 'changes'
                          ? 'No changes recorded for this account yet. '
                          : 'No events recorded for this account yet.'}
                    {filters.view === 'changes' && !hasFilters(filters) && (
                        <button type="button" className="link" onClick={() => onFilters({ ...filters, view: 'all' })}>
                            Show all evaluations
                        </button>
                    )}
                </p>
            ) : (
                <>
                    <WindowedEvents events={loaded.events} total={loaded.total} skipped={loaded.skipped} expanded={expanded} onToggle={(id) => setExpanded((e) => ({ ...e, [id]: !e[id] }))} timeZone={timeZone} nowMs={nowMs} />
                    <div className="list-end" ref={end}>
                        {moreError ? (
                            <ErrorNotice what="load more events" error={moreError} onRetry={loadMore} />
                        ) : loaded.nextCursor !== null ? (
                            <button type="button" onClick={loadMore} disabled={loadingMore}>
                                {loadingMore ? 'Loading…' : 'Load more'}
                            </button>
                        ) : (
                            <span className="muted">End of the timeline.</span>
                        )}
                    </div>
                </>
            )}
        </section>
    )
}

interface WindowProps {
    events: TimelineEvent[]
    total: number
    skipped: number
    expanded: Record<string, boolean>
    onToggle: (id: string) => void
    timeZone: string
    nowMs: number
}

/** Renders only the items near the viewport; spacers stand in for the rest (estimated from measured rows). */
function WindowedEvents({ events, total, skipped, expanded, onToggle, timeZone, nowMs }: WindowProps) {
    const items: ListItem[] = groupByOrder(events)
    const list = useRef<HTMLOListElement>(null)
    const [view, setView] = useState({ top: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight })
    const [itemHeight, setItemHeight] = useState(ESTIMATED_ITEM_HEIGHT)
    useEffect(() => {
        const update = () => {
            const rect = list.current?.getBoundingClientRect()
            if (rect) setView({ top: -rect.top, height: window.innerHeight })
        }
        update()
        window.addEventListener('scroll', update, { passive: true })
        window.addEventListener('resize', update)
        return () => {
            window.removeEventListener('scroll', update)
            window.removeEventListener('resize', update)
        }
    }, [])
    const win = listWindow(items.length, view.top, view.height, itemHeight)
    useLayoutEffect(() => {
        const rows = list.current?.querySelectorAll<HTMLElement>(':scope > li[data-item]')
        if (!rows || rows.length === 0) return
        let sum = 0
        rows.forEach((row) => (sum += row.getBoundingClientRect().height))
        const average = sum / rows.length
        if (Math.abs(average - itemHeight) > 2) setItemHeight(average)
    })
    return (
        <ol className="events" ref={list} aria-label="Order events, newest first, grouped by order">
            {win.before > 0 && <li aria-hidden="true" style={{ height: `${win.before}px` }} />}
            {items.slice(win.start, win.end).map((item) =>
                item.kind === 'group' ? (
                    <GroupRow key={item.key} item={item} />
                ) : (
                    <EventRow key={item.key} event={item.event} position={skipped + item.index + 1} total={total} open={!!expanded[item.event.id]} onToggle={onToggle} timeZone={timeZone} nowMs={nowMs} />
                ),
            )}
            {win.after > 0 && <li aria-hidden="true" style={{ height: `${win.after}px` }} />}
        </ol>
    )
}
