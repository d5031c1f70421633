// Pure view logic of the pages (no DOM, no fetch): page state in the address bar, REST URLs, the header's
// sentences, the stage bar, grouping rows by order and the list window. Unit-tested in test/unit/client.
import { ACTIONS, OUTCOMES, STAGES } from '../../server/lifecycle/model'
import type { Action, Outcome, Stage } from '../../server/lifecycle/model'
import { STAGE_LABELS } from '../../server/lifecycle/labels'
import { CHANGE_OUTCOMES, humanDuration } from '../../server/api/timeline-contract'
import type { AxisCause, StagePeriodView, TimelineAccount, TimelineEvent } from '../../server/api/timeline-contract'
import { API_BASE } from './api'
import { absoluteDate, dayBoundToStored, daysBetween, storedToMs } from './time'

export type TimelineView = 'changes' | 'all'

export interface TimelineFilterState {
    view: TimelineView
    outcomes: Outcome[]
    actions: Action[]
    /** Search in order numbers and rule names. */
    q: string
    /** Calendar days in the user's time zone (YYYY-MM-DD, '' = open). */
    from: string
    to: string
    /** Jump: show events from this day back ('' = from the newest). */
    jump: string
}

export const NO_FILTERS: TimelineFilterState = { view: 'changes', outcomes: [], actions: [], q: '', from: '', to: '', jump: '' }

export function hasFilters(filters: TimelineFilterState): boolean {
    return filters.outcomes.length > 0 || filters.actions.length > 0 || !!filters.q || !!filters.from || !!filters.to
}

/** The outcomes actually asked for: chosen ones win; else the "changes" view's; else all (none sent). */
export function effectiveOutcomes(filters: TimelineFilterState): Outcome[] {
    if (filters.outcomes.length) return filters.outcomes
    return filters.view === 'changes' ? CHANGE_OUTCOMES.slice() : []
}

function list<T extends string>(text: string | null, allowed: readonly T[]): T[] {
    return (text ?? '')
        .split(',')
        .map((part) => part.trim())
        .filter((part): part is T => (allowed as readonly string[]).indexOf(part) >= 0)
}

/** Page state in the address bar, so a filtered timeline can be bookmarked and shared. */
export function pageSearch(accountId: string, filters: TimelineFilterState): string {
    const params = new URLSearchParams()
    if (accountId) params.set('account', accountId)
    if (filters.view === 'all') params.set('view', 'all')
    if (filters.outcomes.length) params.set('outcome', filters.outcomes.join(','))
    if (filters.actions.length) params.set('action', filters.actions.join(','))
    for (const key of ['q', 'from', 'to', 'jump'] as const) if (filters[key]) params.set(key, filters[key])
    const text = params.toString()
    return text ? `?${text}` : ''
}

/** Raw parameters the page could not use (e.g. a hand-typed from=yesterday) are kept for the server to judge. */
export function filtersFromSearch(search: string): { accountId: string; filters: TimelineFilterState } {
    const params = new URLSearchParams(search)
    const get = (name: string) => (params.get(name) ?? '').trim()
    return {
        accountId: get('account'),
        filters: {
            view: get('view') === 'all' ? 'all' : 'changes',
            outcomes: list(params.get('outcome'), OUTCOMES),
            actions: list(params.get('action'), ACTIONS),
            q: get('q'),
            from: get('from'),
            to: get('to'),
            jump: get('jump'),
        },
    }
}

/** A day the user picked → the stored UTC bound; anything else goes to the server as typed (it says what is wrong). */
function bound(day: string, timeZone: string, endOfDay: boolean): string {
    return dayBoundToStored(day, timeZone, endOfDay) || day
}

/** The event filters as REST parameters (blank filters are left out; days become UTC bounds in the user's zone). */
function setFilterParams(params: URLSearchParams, filters: TimelineFilterState, timeZone: string): void {
    const outcomes = effectiveOutcomes(filters)
    if (outcomes.length) params.set('outcome', outcomes.join(','))
    if (filters.actions.length) params.set('action', filters.actions.join(','))
    if (filters.q) params.set('q', filters.q)
    if (filters.from) params.set('from', bound(filters.from, timeZone, false))
    if (filters.to) params.set('to', bound(filters.to, timeZone, true))
}

/** The timeline REST URL of one page (blank filters are left out). */
export function timelineUrl(accountId: string, filters: TimelineFilterState, cursor: string, limit: number, timeZone: string): string {
    const params = new URLSearchParams()
    params.set('limit', String(limit))
    if (cursor) params.set('cursor', cursor)
    setFilterParams(params, filters, timeZone)
    if (filters.jump && !cursor) params.set('before', bound(filters.jump, timeZone, true))
    return `${API_BASE}/accounts/${encodeURIComponent(accountId)}/timeline?${params.toString()}`
}

/** The export of what the page shows (same filters, every page, oldest first) as a CSV or JSON download. */
export function exportUrl(accountId: string, filters: TimelineFilterState, format: 'csv' | 'json', timeZone: string): string {
    const params = new URLSearchParams()
    params.set('format', format)
    params.set('account', accountId)
    setFilterParams(params, filters, timeZone)
    return `${API_BASE}/export?${params.toString()}`
}

export function historyUrl(accountId: string): string {
    return `${API_BASE}/accounts/${encodeURIComponent(accountId)}/stages`
}

/** Link to a platform record form. */
export function recordLink(table: string, sysId: string, view = ''): string {
    return `/${table}.do?sys_id=${encodeURIComponent(sysId)}${view ? `&sysparm_view=${encodeURIComponent(view)}` : ''}`
}

export interface StageBandSegment {
    stage: Stage
    label: string
    status: 'done' | 'current' | 'upcoming'
    /** First time the account entered the stage ('' if never). */
    startedAt: string
    /** Last time it left ('' while current or never). */
    endedAt: string
    /** Total time spent in the stage over all its periods. */
    durationLabel: string
    periods: number
}

/**
 * One segment per stage, onboarding → expansion. An account that moved back (allowed backward move) may
 * have several periods of a stage: their durations add up and the segment counts them.
 */
export function stageBand(periods: StagePeriodView[], currentStage: Stage | ''): StageBandSegment[] {
    return STAGES.map((stage) => {
        const own = periods.filter((period) => period.stage === stage)
        const total = own.reduce((sum, period) => sum + period.durationMs, 0)
        const isCurrent = currentStage === stage || own.some((period) => period.current)
        return {
            stage,
            label: STAGE_LABELS[stage],
            status: isCurrent ? 'current' : own.length > 0 ? 'done' : 'upcoming',
            startedAt: own.length ? own[0].startedAt : '',
            endedAt: own.length && !isCurrent ? own[own.length - 1].endedAt : '',
            durationLabel: own.length ? humanDuration(total) : '',
            periods: own.length,
        }
    })
}

/** "Suspended since 12 Nov 2026 (18 days)": the value, since when, and for how long. */
export function sinceSentence(label: string, since: string, nowMs: number, timeZone: string): string {
    if (!since || isNaN(storedToMs(since))) return label
    const days = daysBetween(since, nowMs)
    return `${label} since ${absoluteDate(since, timeZone)} (${days === 0 ? 'today' : days === 1 ? '1 day' : `${days} days`})`
}

/** "order ORD0006664 · rule Last active service suspended" for the event that set an axis. */
export function causeParts(cause: AxisCause | null): { orderNumber: string; orderId: string; ruleName: string; ruleId: string } | null {
    if (!cause) return null
    return { orderNumber: cause.orderNumber, orderId: cause.orderId, ruleName: cause.ruleName, ruleId: cause.ruleId }
}

/** Pinned until … (reason), or '' when the account is not pinned now. */
export function pinSentence(account: Pick<TimelineAccount, 'pinnedUntil' | 'pinReason'>, nowMs: number, timeZone: string): string {
    const until = storedToMs(account.pinnedUntil)
    if (!account.pinnedUntil || isNaN(until) || until <= nowMs) return ''
    return `Pinned until ${absoluteDate(account.pinnedUntil, timeZone)}${account.pinReason ? ` — ${account.pinReason}` : ''}: automatic changes are ignored`
}

/** A rendered list item: an order's heading or one event. */
export type ListItem =
    | { kind: 'group'; key: string; orderId: string; orderNumber: string; count: number }
    | { kind: 'event'; key: string; event: TimelineEvent; index: number }

/** Consecutive events of the same order get one heading (the order and how many of its events follow). */
export function groupByOrder(events: TimelineEvent[]): ListItem[] {
    const items: ListItem[] = []
    let current: Extract<ListItem, { kind: 'group' }> | null = null
    events.forEach((event, index) => {
        const orderKey = event.orderId || `no-order-${event.source}`
        if (!current || current.orderId !== orderKey) {
            current = { kind: 'group', key: `g-${event.id}`, orderId: orderKey, orderNumber: event.orderNumber, count: 0 }
            items.push(current)
        }
        current.count += 1
        items.push({ kind: 'event', key: event.id, event, index })
    })
    return items
}

/**
 * The slice of items to render for a scroll position: everything inside the viewport plus `overscan` items on
 * each side, with the heights the spacers above and below stand in for. Item heights are estimated from the
 * average of those measured so far, so a 2,000-event list keeps a few dozen rows in the DOM.
 */
export function listWindow(count: number, scrollTop: number, viewportHeight: number, itemHeight: number, overscan = 10): { start: number; end: number; before: number; after: number } {
    if (count === 0) return { start: 0, end: 0, before: 0, after: 0 }
    const height = Math.max(1, itemHeight)
    const first = Math.floor(Math.max(0, scrollTop) / height)
    // A list that starts below the top of the viewport (scrollTop < 0) shows only the part under its start.
    const visible = Math.ceil(Math.max(0, viewportHeight + Math.min(0, scrollTop)) / height) + 1
    const start = Math.max(0, Math.min(count - 1, first - overscan))
    const end = Math.min(count, first + visible + overscan)
    return { start, end, before: start * height, after: (count - end) * height }
}

/** "Showing 50 of 2,001 changes" / "… of 7,340 events" and where a date jump started. */
export function countSentence(loaded: number, total: number, skipped: number, filters: TimelineFilterState): string {
    const noun = filters.outcomes.length || filters.actions.length || filters.q || filters.from || filters.to ? 'matching events' : filters.view === 'changes' ? 'changes' : 'events'
    const fmt = (n: number) => n.toLocaleString('en')
    if (skipped > 0) return `Showing ${fmt(skipped + 1)}–${fmt(skipped + loaded)} of ${fmt(total)} ${noun}`
    return `Showing ${fmt(loaded)} of ${fmt(total)} ${noun}`
}
