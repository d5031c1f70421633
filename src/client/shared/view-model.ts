// Pure view logic of both pages (no DOM, no fetch): URLs, filters, the stage band, rule form state.
import { STAGES } from '../../server/lifecycle/model'
import type { Stage } from '../../server/lifecycle/model'
import { STAGE_LABELS } from '../../server/lifecycle/labels'
import type { StagePeriodView, TimelineAccount } from '../../server/lifecycle/timeline-query'
import { humanDuration } from '../../server/lifecycle/timeline-query'
import { API_BASE } from './api'

export interface TimelineFilterState {
    action: string
    outcome: string
    from: string
    to: string
}

export const NO_FILTERS: TimelineFilterState = { action: '', outcome: '', from: '', to: '' }

/** The timeline REST URL for one page with the given filters (blank filters are left out). */
export function timelineUrl(accountId: string, filters: TimelineFilterState, offset: number, limit: number): string {
    const params = new URLSearchParams()
    params.set('limit', String(limit))
    params.set('offset', String(offset))
    for (const key of ['action', 'outcome', 'from', 'to'] as const) if (filters[key]) params.set(key, filters[key])
    return `${API_BASE}/accounts/${encodeURIComponent(accountId)}/timeline?${params.toString()}`
}

/** Page state in the address bar, so a filtered timeline can be bookmarked and shared. */
export function pageSearch(accountId: string, filters: TimelineFilterState): string {
    const params = new URLSearchParams()
    if (accountId) params.set('account', accountId)
    for (const key of ['action', 'outcome', 'from', 'to'] as const) if (filters[key]) params.set(key, filters[key])
    const text = params.toString()
    return text ? `?${text}` : ''
}

export function filtersFromSearch(search: string): { accountId: string; filters: TimelineFilterState } {
    const params = new URLSearchParams(search)
    const get = (name: string) => (params.get(name) ?? '').trim()
    return { accountId: get('account'), filters: { action: get('action'), outcome: get('outcome'), from: get('from'), to: get('to') } }
}

/** Link to a platform record form. */
export function recordLink(table: string, sysId: string): string {
    return `/${table}.do?sys_id=${encodeURIComponent(sysId)}`
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

/** The pin status line of the header: automatic changes are ignored until pinnedUntil. */
export function pinStatus(account: Pick<TimelineAccount, 'pinnedUntil' | 'pinReason'>, now: string): string {
    if (!account.pinnedUntil || account.pinnedUntil <= now) return 'Not pinned'
    return `Pinned until ${account.pinnedUntil} UTC${account.pinReason ? ` — ${account.pinReason}` : ''}`
}

/** `YYYY-MM-DD HH:mm:ss` UTC for a Date, to compare with stored values. */
export function storedNow(date: Date): string {
    return date.toISOString().slice(0, 19).replace('T', ' ')
}
