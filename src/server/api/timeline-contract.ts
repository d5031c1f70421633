/**
 * The timeline wire contract of the REST API: request parameters → encoded queries (filters, keyset page),
 * and stored rows → the JSON the timeline page renders. Pure (no Glide), so paging and filtering are
 * unit-tested without an instance; the adapter (timeline-api.ts) runs ONE count and ONE page query.
 *
 * Paging is keyset, newest first, on (occurred_at DESC, sequence DESC, sys_id DESC): the cursor names the
 * last row of a page and the next page starts right after it, however many rows are inserted meanwhile and
 * however deep the page is (no OFFSET).
 */
import { EVENT_FIELDS } from '../app-schema.ts'
import { ACCOUNT_STATES, ACTIONS, CHURN_TYPES, MOVEMENTS, oneOf, OUTCOMES, PENDING_CHANGES, signalsOf, STAGES } from '../lifecycle/model.ts'
import type { AccountSnapshot, AccountState, Action, ChurnType, Milestone, Movement, Outcome, PendingChange, Stage } from '../lifecycle/model.ts'
import { ACTION_LABELS, SOURCE_LABELS, CHURN_TYPE_LABELS, MILESTONE_LABELS, MOVEMENT_LABELS, OUTCOME_LABELS, PENDING_CHANGE_LABELS, stageLabel, stateLabel } from '../lifecycle/labels.ts'
import { isDateTime, parseDateTime } from '../lifecycle/datetime.ts'

export const TIMELINE_DEFAULT_LIMIT = 50
export const TIMELINE_MAX_LIMIT = 200
/** Longest search text accepted (order numbers and rule names are far shorter). */
export const SEARCH_MAX_LENGTH = 80

/**
 * The per-account insertion sequence the engine assigns (breaks ties between events of the same second).
 * Read from the schema so the API follows the engine; before the column exists it falls back to recorded_at.
 */
export const SEQUENCE_FIELD: string = (EVENT_FIELDS as Readonly<Record<string, string>>).sequence ?? EVENT_FIELDS.recordedAt

/** Outcomes that change something or explain why nothing could change: the default "changes" view. */
export const CHANGE_OUTCOMES: readonly Outcome[] = ['applied', 'blocked_by_guard', 'pinned', 'error']

export interface TimelineFilters {
    actions: Action[]
    outcomes: Outcome[]
    /** Inclusive lower bound on occurred_at, `YYYY-MM-DD HH:mm:ss` UTC ('' = none). */
    from: string
    /** Inclusive upper bound on occurred_at ('' = none). */
    to: string
    /** Order number or rule name contains this text ('' = none). */
    q: string
}

export interface TimelineCursor {
    occurredAt: string
    sequence: string
    id: string
}

export interface TimelineRequest {
    filters: TimelineFilters
    limit: number
    /** Continue after this row (null = the newest rows). */
    after: TimelineCursor | null
    /** Jump: start at the newest row on or before this instant ('' = from the newest). */
    before: string
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

/** A comma-separated list of choices (several outcomes or actions at once); '' = all. */
export function parseChoices<T extends string>(text: string, name: string, allowed: readonly T[]): Parsed<T[]> {
    if (text === '') return { ok: true, value: [] }
    const values: T[] = []
    for (const part of text.split(',')) {
        const value = part.trim()
        if (value === '') continue
        if ((allowed as readonly string[]).indexOf(value) < 0) return { ok: false, field: name, message: `${name} must be one or more of ${allowed.join(', ')} (got "${value}")` }
        if ((values as string[]).indexOf(value) < 0) values.push(value as T)
    }
    return { ok: true, value: values }
}

/** A 32-hex-character sys_id (the only ids the API accepts, so ids never break an encoded query). */
export function isSysId(text: string): boolean {
    return /^[0-9a-f]{32}$/i.test(text)
}

/** `occurred_at~sequence~sys_id` of a row: where the next page starts. */
export function encodeCursor(cursor: TimelineCursor): string {
    return `${cursor.occurredAt}~${cursor.sequence}~${cursor.id}`
}

export function parseCursor(text: string): Parsed<TimelineCursor | null> {
    if (text === '') return { ok: true, value: null }
    const parts = text.split('~')
    const bad: Parsed<TimelineCursor | null> = { ok: false, field: 'cursor', message: `cursor must be the nextCursor of a previous page (got "${text}")` }
    if (parts.length !== 3) return bad
    const [occurredAt, sequence, id] = parts
    const sequenceOk = SEQUENCE_FIELD === EVENT_FIELDS.recordedAt ? sequence === '' || isDateTime(sequence) : /^\d*$/.test(sequence)
    if (!isDateTime(occurredAt) || occurredAt.length !== 19 || !sequenceOk || !isSysId(id)) return bad
    return { ok: true, value: { occurredAt, sequence, id } }
}

/** Validates the timeline's query parameters; the first problem is reported with the parameter's name. */
export function parseTimelineRequest(params: Record<string, unknown> | null | undefined): Parsed<TimelineRequest> {
    const limit = parseCount(firstParam(params, 'limit'), 'limit', TIMELINE_DEFAULT_LIMIT, 1, TIMELINE_MAX_LIMIT)
    if (!limit.ok) return limit
    const actions = parseChoices(firstParam(params, 'action'), 'action', ACTIONS)
    if (!actions.ok) return actions
    const outcomes = parseChoices(firstParam(params, 'outcome'), 'outcome', OUTCOMES)
    if (!outcomes.ok) return outcomes
    const from = parseBound(firstParam(params, 'from'), 'from', false)
    if (!from.ok) return from
    const to = parseBound(firstParam(params, 'to'), 'to', true)
    if (!to.ok) return to
    if (from.value && to.value && parseDateTime(from.value) > parseDateTime(to.value)) {
        return { ok: false, field: 'from', message: 'from must not be after to' }
    }
    const q = firstParam(params, 'q')
    if (q.length > SEARCH_MAX_LENGTH) return { ok: false, field: 'q', message: `q must be at most ${SEARCH_MAX_LENGTH} characters` }
    // ^ separates encoded-query terms and @ / newlines have no place in an order number or a rule name.
    if (/[\^\n\r]/.test(q)) return { ok: false, field: 'q', message: 'q must not contain ^ or line breaks' }
    const after = parseCursor(firstParam(params, 'cursor'))
    if (!after.ok) return after
    const before = parseBound(firstParam(params, 'before'), 'before', true)
    if (!before.ok) return before
    return {
        ok: true,
        value: {
            filters: { actions: actions.value, outcomes: outcomes.value, from: from.value, to: to.value, q },
            limit: limit.value,
            after: after.value,
            before: before.value,
        },
    }
}

/**
 * The filter part of the timeline query (no ordering, no page): shared by the count and the page query so
 * the total always describes the same rows as the pages. Values come from parseTimelineRequest (validated
 * choices, date-times and a search text without ^), and the account id is a sys_id, so nothing injects `^`.
 */
export function timelineFilterQuery(accountId: string, filters: TimelineFilters): string {
    return [`${EVENT_FIELDS.account}=${accountId}`].concat(eventFilterTerms(filters)).join('^')
}

/** The encoded-query terms of the event filters (action, outcome, dates, search), shared with the export. */
export function eventFilterTerms(filters: TimelineFilters): string[] {
    const parts: string[] = []
    if (filters.actions.length) parts.push(`${EVENT_FIELDS.action}IN${filters.actions.join(',')}`)
    if (filters.outcomes.length) parts.push(`${EVENT_FIELDS.outcome}IN${filters.outcomes.join(',')}`)
    if (filters.from) parts.push(`${EVENT_FIELDS.occurredAt}>=${filters.from}`)
    if (filters.to) parts.push(`${EVENT_FIELDS.occurredAt}<=${filters.to}`)
    if (filters.q) {
        parts.push(`${EVENT_FIELDS.order}.numberLIKE${filters.q}^OR${EVENT_FIELDS.stateRule}.nameLIKE${filters.q}^OR${EVENT_FIELDS.stageRule}.nameLIKE${filters.q}`)
    }
    return parts
}

export const TIMELINE_ORDER = `ORDERBYDESC${EVENT_FIELDS.occurredAt}^ORDERBYDESC${SEQUENCE_FIELD}^ORDERBYDESCsys_id`

/**
 * One page, newest first. After a cursor (o, s, id) the rows are those strictly older in the order
 * (occurred_at, sequence, sys_id) DESC, written as a top-level OR (^NQ) of AND groups, each repeating the
 * filters: occurred_at < o; or occurred_at = o with a lower sequence (or none: empty sorts last); or the same
 * occurred_at and sequence with a lower sys_id. `before` starts the first page at that instant (a date jump).
 */
export function timelinePageQuery(accountId: string, request: Pick<TimelineRequest, 'filters' | 'after' | 'before'>): string {
    const base = timelineFilterQuery(accountId, request.filters) + (request.before ? `^${EVENT_FIELDS.occurredAt}<=${request.before}` : '')
    const after = request.after
    if (!after) return `${base}^${TIMELINE_ORDER}`
    const at = `${EVENT_FIELDS.occurredAt}=${after.occurredAt}`
    const groups = [`${base}^${EVENT_FIELDS.occurredAt}<${after.occurredAt}`]
    if (after.sequence) {
        groups.push(`${base}^${at}^${SEQUENCE_FIELD}<${after.sequence}`)
        groups.push(`${base}^${at}^${SEQUENCE_FIELD}ISEMPTY`)
        groups.push(`${base}^${at}^${SEQUENCE_FIELD}=${after.sequence}^sys_id<${after.id}`)
    } else {
        groups.push(`${base}^${at}^${SEQUENCE_FIELD}ISEMPTY^sys_id<${after.id}`)
    }
    return `${groups.join('^NQ')}^${TIMELINE_ORDER}`
}

/** Rows newer than a `before` jump (the jump's position in the whole list): the filters plus occurred_at > before. */
export function newerThanQuery(accountId: string, filters: TimelineFilters, before: string): string {
    return `${timelineFilterQuery(accountId, filters)}^${EVENT_FIELDS.occurredAt}>${before}`
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
    sourceLabel: string
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
    sequence: string
    /** Where the page after this row starts. */
    cursor: string
    /** The order lines' action reasons ('' = none), the churn type the reason mapping gives them, the revenue movement. */
    actionReason: string
    churnType: ChurnType | ''
    churnTypeLabel: string
    movement: Movement | ''
    movementLabel: string
}

/** What caused the account's current value on one axis: the applied event that set it. */
export interface AxisCause {
    eventId: string
    occurredAt: string
    orderId: string
    orderNumber: string
    ruleId: string
    ruleName: string
}

export interface PendingOrder {
    orderId: string
    orderNumber: string
    state: string
    milestone: string
    milestoneLabel: string
}

export interface TimelineAccount {
    id: string
    name: string
    number: string
    state: AccountState | ''
    stateLabel: string
    /** When the account entered its current state (`YYYY-MM-DD HH:mm:ss` UTC, '' = unknown). */
    stateSince: string
    stage: Stage | ''
    stageLabel: string
    stageSince: string
    pinnedUntil: string
    pinReason: string
    /** A change in flight that would leave nothing in service ('' = none), due on the order's committed date. */
    pendingChange: PendingChange | ''
    pendingChangeLabel: string
    pendingDue: string
    pendingOrderId: string
    /** The pending order's number, for the header's link text ('' = none or unknown). */
    pendingOrderNumber: string
    /** When the current stage missed its time-in-stage target ('' = on target). */
    overdueSince: string
    /** When the customer last churned ('' = never). */
    churnedAt: string
}

export interface TimelinePage {
    account: TimelineAccount
    events: TimelineEvent[]
    /** Rows matching the filters (all pages). */
    total: number
    limit: number
    /** Rows before this page's first row in the full list (0 unless the page came from a date jump). */
    skipped: number
    /** Pass as `cursor` for the next (older) page; null = this page reached the end. */
    nextCursor: string | null
}

/** One stored event row: raw values by column plus the display values of its references. */
export interface StoredEventRow {
    id: string
    values: Record<string, string>
    orderNumber: string
    stateRuleName: string
    stageRuleName: string
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
    const stateFrom = oneOf(ACCOUNT_STATES, v(EVENT_FIELDS.stateFrom))
    const stateTo = oneOf(ACCOUNT_STATES, v(EVENT_FIELDS.stateTo))
    const stageFrom = oneOf(STAGES, v(EVENT_FIELDS.stageFrom))
    const stageTo = oneOf(STAGES, v(EVENT_FIELDS.stageTo))
    const sequence = v(SEQUENCE_FIELD)
    return {
        id: row.id,
        orderId: v(EVENT_FIELDS.order),
        orderNumber: row.orderNumber,
        lineItemId: v(EVENT_FIELDS.lineItem),
        source: v(EVENT_FIELDS.source),
        sourceLabel: v(EVENT_FIELDS.source) ? labelOf(SOURCE_LABELS, v(EVENT_FIELDS.source)) : '',
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
        sequence,
        cursor: encodeCursor({ occurredAt: v(EVENT_FIELDS.occurredAt), sequence, id: row.id }),
        actionReason: v(EVENT_FIELDS.actionReason),
        churnType: oneOf(CHURN_TYPES, v(EVENT_FIELDS.churnType)),
        churnTypeLabel: labelOf(CHURN_TYPE_LABELS, v(EVENT_FIELDS.churnType)),
        movement: oneOf(MOVEMENTS, v(EVENT_FIELDS.movement)),
        movementLabel: labelOf(MOVEMENT_LABELS, v(EVENT_FIELDS.movement)),
    }
}

/** The cursor of the next page: the last row's, when the page was full (a short page is the last one). */
export function nextCursorOf(events: TimelineEvent[], limit: number): string | null {
    return events.length === limit && events.length > 0 ? events[events.length - 1].cursor : null
}

export function toTimelineAccount(account: AccountSnapshot, extra: { number?: string; stateSince?: string; stageSince?: string; pendingOrderNumber?: string } = {}): TimelineAccount {
    return {
        id: account.id,
        name: account.name,
        number: extra.number ?? '',
        state: account.state,
        stateLabel: stateLabel(account.state),
        stateSince: extra.stateSince ?? '',
        stage: account.stage,
        stageLabel: stageLabel(account.stage),
        stageSince: extra.stageSince ?? '',
        pinnedUntil: account.pinnedUntil,
        pinReason: account.pinReason,
        ...signalView(account),
        pendingOrderNumber: account.signals && account.signals.pendingOrderId ? extra.pendingOrderNumber ?? '' : '',
    }
}

function signalView(account: AccountSnapshot): Pick<TimelineAccount, 'pendingChange' | 'pendingChangeLabel' | 'pendingDue' | 'pendingOrderId' | 'overdueSince' | 'churnedAt'> {
    const signals = signalsOf(account)
    const pendingChange = oneOf(PENDING_CHANGES, signals.pendingChange)
    return {
        pendingChange,
        pendingChangeLabel: pendingChange ? PENDING_CHANGE_LABELS[pendingChange] : '',
        pendingDue: signals.pendingDue,
        pendingOrderId: signals.pendingOrderId,
        overdueSince: signals.overdueSince,
        churnedAt: signals.churnedAt,
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

function spanMs(startedAt: string, endedAt: string, nowMs: number): number {
    const start = parseDateTime(startedAt)
    const end = endedAt ? parseDateTime(endedAt) : nowMs
    return isNaN(start) || isNaN(end) ? 0 : Math.max(0, end - start)
}

/** Stage periods oldest first, with durations; the open period runs until `now`. */
export function toStagePeriods(rows: StoredStageRow[], now: string): StagePeriodView[] {
    const nowMs = parseDateTime(now)
    return rows
        .slice()
        .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0))
        .map((row) => {
            const ms = spanMs(row.startedAt, row.endedAt, nowMs)
            const stage = oneOf(STAGES, row.stage)
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

/** An applied state change read from the timeline (oldest first), for the state lane. */
export interface StateChangeRow {
    eventId: string
    occurredAt: string
    from: string
    to: string
    orderNumber: string
}

export interface StatePeriodView {
    state: AccountState | ''
    stateLabel: string
    startedAt: string
    endedAt: string
    current: boolean
    durationMs: number
    durationLabel: string
    /** The event that started the period and its order. */
    eventId: string
    orderNumber: string
}

/**
 * State periods from the applied state changes (oldest first): each change ends the running period and starts
 * one in its target state; rows that do not change the state are skipped. The last period runs until `now`.
 */
export function toStatePeriods(changes: StateChangeRow[], now: string): StatePeriodView[] {
    const nowMs = parseDateTime(now)
    const periods: StatePeriodView[] = []
    const sorted = changes.slice().sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0))
    for (const change of sorted) {
        const state = oneOf(ACCOUNT_STATES, change.to)
        if (!state || change.from === change.to) continue
        const previous = periods[periods.length - 1]
        if (previous) {
            if (previous.state === state) continue
            previous.endedAt = change.occurredAt
            previous.current = false
        }
        periods.push({ state, stateLabel: stateLabel(state), startedAt: change.occurredAt, endedAt: '', current: true, durationMs: 0, durationLabel: '', eventId: change.eventId, orderNumber: change.orderNumber })
    }
    for (const period of periods) {
        period.durationMs = spanMs(period.startedAt, period.endedAt, nowMs)
        period.durationLabel = humanDuration(period.durationMs)
    }
    return periods
}
