/**
 * The account timeline as the REST API serves it: request parameters → one encoded query plus a page
 * window, and stored rows → the JSON the timeline page renders. Pure, so paging and filtering are
 * unit-tested without Glide; the adapter (src/server/api/timeline-api.ts) runs ONE count and ONE page query.
 */
import { EVENT_FIELDS } from '../app-schema.ts'
import { ACCOUNT_STATES, ACTIONS, OUTCOMES, STAGES } from './model.ts'
import type { AccountSnapshot, AccountState, Action, Milestone, Outcome, Stage } from './model.ts'
import { ACTION_LABELS, MILESTONE_LABELS, OUTCOME_LABELS, stageLabel, stateLabel } from './labels.ts'
import { isDateTime, parseDateTime } from './datetime.ts'

export const TIMELINE_DEFAULT_LIMIT = 50
export const TIMELINE_MAX_LIMIT = 200
/** Far beyond any real timeline; keeps the page window within the integer range the platform's chooseWindow takes. */
export const TIMELINE_MAX_OFFSET = 1_000_000

export interface TimelineFilters {
    action: Action | ''
    outcome: Outcome | ''
    /** Inclusive lower bound on occurred_at, `YYYY-MM-DD HH:mm:ss` UTC ('' = none). */
    from: string
    /** Inclusive upper bound on occurred_at ('' = none). */
    to: string
}

export interface TimelineRequest {
    filters: TimelineFilters
    limit: number
    offset: number
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; field: string; message: string }

/** Reads a query parameter whether the platform hands it over as a string or as a list of strings. */
export function firstParam(params: Record<string, unknown> | null | undefined, name: string): string {
    const raw = params ? params[name] : undefined
    const value = Array.isArray(raw) ? raw[0] : raw
    return value === undefined || value === null ? '' : String(value).trim()
}

function parseCount(text: string, name: string, fallback: number, min: number, max: number): Parsed<number> {
    if (text === '') return { ok: true, value: fallback }
    if (!/^\d+$/.test(text)) return { ok: false, field: name, message: `${name} must be a whole number (got "${text}")` }
    const value = Number(text)
    if (value < min || value > max) return { ok: false, field: name, message: `${name} must be between ${min} and ${max} (got ${value})` }
    return { ok: true, value }
}

/** A date bound: a date-only value covers the whole day (from = start of day, to = end of day). */
function parseBound(text: string, name: string, endOfDay: boolean): Parsed<string> {
    if (text === '') return { ok: true, value: '' }
    if (!isDateTime(text)) return { ok: false, field: name, message: `${name} must be a date YYYY-MM-DD or date-time YYYY-MM-DD HH:mm:ss (got "${text}")` }
    const dateOnly = text.length === 10
    return { ok: true, value: dateOnly ? `${text} ${endOfDay ? '23:59:59' : '00:00:00'}` : text }
}

function parseChoice<T extends string>(text: string, name: string, allowed: readonly T[]): Parsed<T | ''> {
    if (text === '') return { ok: true, value: '' }
    if ((allowed as readonly string[]).indexOf(text) < 0) return { ok: false, field: name, message: `${name} must be one of ${allowed.join(', ')} (got "${text}")` }
    return { ok: true, value: text as T }
}

/** Validates the timeline's query parameters; the first problem is reported with the parameter's name. */
export function parseTimelineRequest(params: Record<string, unknown> | null | undefined): Parsed<TimelineRequest> {
    const limit = parseCount(firstParam(params, 'limit'), 'limit', TIMELINE_DEFAULT_LIMIT, 1, TIMELINE_MAX_LIMIT)
    if (!limit.ok) return limit
    const offset = parseCount(firstParam(params, 'offset'), 'offset', 0, 0, TIMELINE_MAX_OFFSET)
    if (!offset.ok) return offset
    const action = parseChoice(firstParam(params, 'action'), 'action', ACTIONS)
    if (!action.ok) return action
    const outcome = parseChoice(firstParam(params, 'outcome'), 'outcome', OUTCOMES)
    if (!outcome.ok) return outcome
    const from = parseBound(firstParam(params, 'from'), 'from', false)
    if (!from.ok) return from
    const to = parseBound(firstParam(params, 'to'), 'to', true)
    if (!to.ok) return to
    if (from.value && to.value && parseDateTime(from.value) > parseDateTime(to.value)) {
        return { ok: false, field: 'from', message: 'from must not be after to' }
    }
    return { ok: true, value: { filters: { action: action.value, outcome: outcome.value, from: from.value, to: to.value }, limit: limit.value, offset: offset.value } }
}

/**
 * The filter part of the timeline query (no ordering): shared by the count and the page query so the
 * total always describes the same rows as the pages. Values come from parseTimelineRequest (validated
 * choices and date-times), and the account id is checked to be a sys_id, so nothing can inject `^`.
 */
export function timelineFilterQuery(accountId: string, filters: TimelineFilters): string {
    const parts = [`${EVENT_FIELDS.account}=${accountId}`]
    if (filters.action) parts.push(`${EVENT_FIELDS.action}=${filters.action}`)
    if (filters.outcome) parts.push(`${EVENT_FIELDS.outcome}=${filters.outcome}`)
    if (filters.from) parts.push(`${EVENT_FIELDS.occurredAt}>=${filters.from}`)
    if (filters.to) parts.push(`${EVENT_FIELDS.occurredAt}<=${filters.to}`)
    return parts.join('^')
}

/** Newest first; recorded_at then sys_id break ties so a page boundary never repeats or skips a row. */
export function timelinePageQuery(accountId: string, filters: TimelineFilters): string {
    return `${timelineFilterQuery(accountId, filters)}^ORDERBYDESC${EVENT_FIELDS.occurredAt}^ORDERBYDESC${EVENT_FIELDS.recordedAt}^ORDERBYDESCsys_id`
}

/** The offset of the next page, or null when this page reached the end. */
export function nextOffset(offset: number, returned: number, total: number): number | null {
    const next = offset + returned
    return returned > 0 && next < total ? next : null
}

/** A 32-hex-character sys_id (the only account ids the API accepts, so ids never break an encoded query). */
export function isSysId(text: string): boolean {
    return /^[0-9a-f]{32}$/i.test(text)
}

export interface AxisChange<T extends string> {
    from: T | ''
    fromLabel: string
    to: T | ''
    toLabel: string
}

export interface RuleRef {
    id: string
    name: string
}

export interface TimelineEvent {
    id: string
    orderId: string
    orderNumber: string
    lineItemId: string
    source: string
    action: string
    actionLabel: string
    milestone: string
    milestoneLabel: string
    outcome: string
    outcomeLabel: string
    state: AxisChange<AccountState>
    stage: AxisChange<Stage>
    stateRule: RuleRef | null
    stageRule: RuleRef | null
    explanation: string
    occurredAt: string
    recordedAt: string
}

export interface TimelineAccount {
    id: string
    name: string
    state: AccountState | ''
    stateLabel: string
    stage: Stage | ''
    stageLabel: string
    pinnedUntil: string
    pinReason: string
}

export interface TimelinePage {
    account: TimelineAccount
    events: TimelineEvent[]
    total: number
    limit: number
    offset: number
    nextOffset: number | null
}

/** One stored event row: raw values by column plus the display values of its references. */
export interface StoredEventRow {
    id: string
    values: Record<string, string>
    orderNumber: string
    stateRuleName: string
    stageRuleName: string
}

function known<T extends string>(allowed: readonly T[], value: string): T | '' {
    return (allowed as readonly string[]).indexOf(value) >= 0 ? (value as T) : ''
}

function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
    return labels[value] ?? value
}

function ruleRef(id: string, name: string): RuleRef | null {
    // A deleted rule leaves a blank reference (cascade clear); its name is gone with it.
    return id ? { id, name: name || id } : null
}

export function toTimelineEvent(row: StoredEventRow): TimelineEvent {
    const v = (column: string) => row.values[column] ?? ''
    const stateFrom = known(ACCOUNT_STATES, v(EVENT_FIELDS.stateFrom))
    const stateTo = known(ACCOUNT_STATES, v(EVENT_FIELDS.stateTo))
    const stageFrom = known(STAGES, v(EVENT_FIELDS.stageFrom))
    const stageTo = known(STAGES, v(EVENT_FIELDS.stageTo))
    return {
        id: row.id,
        orderId: v(EVENT_FIELDS.order),
        orderNumber: row.orderNumber,
        lineItemId: v(EVENT_FIELDS.lineItem),
        source: v(EVENT_FIELDS.source),
        action: v(EVENT_FIELDS.action),
        actionLabel: labelOf(ACTION_LABELS, v(EVENT_FIELDS.action)),
        milestone: v(EVENT_FIELDS.milestone),
        milestoneLabel: labelOf(MILESTONE_LABELS as Readonly<Record<Milestone, string>>, v(EVENT_FIELDS.milestone)),
        outcome: v(EVENT_FIELDS.outcome),
        outcomeLabel: labelOf(OUTCOME_LABELS, v(EVENT_FIELDS.outcome)),
        state: { from: stateFrom, fromLabel: stateLabel(stateFrom), to: stateTo, toLabel: stateLabel(stateTo) },
        stage: { from: stageFrom, fromLabel: stageLabel(stageFrom), to: stageTo, toLabel: stageLabel(stageTo) },
        stateRule: ruleRef(v(EVENT_FIELDS.stateRule), row.stateRuleName),
        stageRule: ruleRef(v(EVENT_FIELDS.stageRule), row.stageRuleName),
        explanation: v(EVENT_FIELDS.explanation),
        occurredAt: v(EVENT_FIELDS.occurredAt),
        recordedAt: v(EVENT_FIELDS.recordedAt),
    }
}

export function toTimelineAccount(account: AccountSnapshot): TimelineAccount {
    return {
        id: account.id,
        name: account.name,
        state: account.state,
        stateLabel: stateLabel(account.state),
        stage: account.stage,
        stageLabel: stageLabel(account.stage),
        pinnedUntil: account.pinnedUntil,
        pinReason: account.pinReason,
    }
}

export interface StagePeriodView {
    id: string
    stage: Stage | ''
    stageLabel: string
    startedAt: string
    /** '' while the period is open. */
    endedAt: string
    current: boolean
    /** Up to `now` for the open period. */
    durationMs: number
    durationLabel: string
}

/** `3d 4h`, `5h 12m`, `42m`, `< 1m`: how long a stage lasted, at the precision a person reads it. */
export function humanDuration(ms: number): string {
    const minutes = Math.floor(Math.max(0, ms) / 60000)
    if (minutes < 1) return '< 1m'
    const days = Math.floor(minutes / 1440)
    const hours = Math.floor((minutes % 1440) / 60)
    const mins = minutes % 60
    if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`
    if (hours > 0) return mins > 0 ? `${hours}h ${mins}m` : `${hours}h`
    return `${mins}m`
}

export interface StoredStageRow {
    id: string
    stage: string
    startedAt: string
    endedAt: string
    current: boolean
}

/** Stage periods oldest first, with durations; the open period runs until `now`. */
export function toStagePeriods(rows: StoredStageRow[], now: string): StagePeriodView[] {
    const nowMs = parseDateTime(now)
    return rows
        .slice()
        .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0))
        .map((row) => {
            const start = parseDateTime(row.startedAt)
            const end = row.endedAt ? parseDateTime(row.endedAt) : nowMs
            const ms = isNaN(start) || isNaN(end) ? 0 : Math.max(0, end - start)
            const stage = known(STAGES, row.stage)
            return {
                id: row.id,
                stage,
                stageLabel: stageLabel(stage),
                startedAt: row.startedAt,
                endedAt: row.endedAt,
                current: row.current || !row.endedAt,
                durationMs: ms,
                durationLabel: humanDuration(ms),
            }
        })
}
