/**
 * Agent routes of the lifecycle REST API: the account timeline (keyset pages), the account's history (stage
 * periods, state periods, what caused the current state and stage, orders still in flight) and the account
 * picker. Thin: parameters and rows go through the pure timeline-contract module.
 */
import { GlideRecordSecure } from '@servicenow/glide'
import { EVENT_FIELDS, EVENT_TABLE, STAGE_FIELDS, STAGE_TABLE } from '../app-schema.ts'
import { ORDER_FIELDS, ORDER_TABLE, STATE_TO_MILESTONE } from '../order-management/om-model.ts'
import { MILESTONE_LABELS } from '../lifecycle/labels.ts'
import type { Milestone } from '../lifecycle/model.ts'
import {
    SEARCH_MAX_LENGTH,
    TIMELINE_ORDER,
    firstParam,
    isSysId,
    newerThanQuery,
    nextCursorOf,
    parseTimelineRequest,
    timelineFilterQuery,
    timelinePageQuery,
    toStagePeriods,
    toStatePeriods,
    toTimelineEvent,
} from './timeline-contract.ts'
import type { AxisCause, PendingOrder, StateChangeRow, StoredStageRow, TimelineEvent, TimelinePage } from './timeline-contract.ts'
import { booleanValue, nowDateTime, textValue } from '../glide/glide-values.ts'
import { countRows, readAccountViewSecure, searchAccounts } from './account-queries.ts'
import type { SecureAccount } from './account-queries.ts'
import { AGENT_ROLE, failure, ok, pathParam, respond, roleFailure } from './http.ts'
import type { ApiRequest, ApiResponse, ApiResult } from './http.ts'

const EVENT_COLUMNS = Object.keys(EVENT_FIELDS).map((key) => EVENT_FIELDS[key as keyof typeof EVENT_FIELDS])
/** The state lane reads at most this many applied state changes (far more than any account makes). */
export const STATE_CHANGES_LIMIT = 1000
/** Orders in flight shown in the header. */
const PENDING_ORDERS_LIMIT = 5

function accountOrFailure(request: ApiRequest): { failure: ApiResult } | { account: SecureAccount } {
    const accountId = pathParam(request, 'id')
    if (!isSysId(accountId)) return { failure: failure(400, `id must be an account sys_id (got "${accountId}")`) }
    const account = readAccountViewSecure(accountId)
    if (!account) return { failure: failure(404, `No account ${accountId}, or you may not read it`) }
    return { account }
}

type EventRecord = GlideRecordSecure

/** One stored event row as the timeline (and the export) shows it. */
export function eventOf(page: EventRecord): TimelineEvent {
    const values: Record<string, string> = {}
    for (const column of EVENT_COLUMNS) values[column] = textValue(page, column)
    return toTimelineEvent({
        id: page.getUniqueValue(),
        values,
        orderNumber: values[EVENT_FIELDS.order] ? page.getDisplayValue(EVENT_FIELDS.order) : '',
        stateRuleName: values[EVENT_FIELDS.stateRule] ? page.getDisplayValue(EVENT_FIELDS.stateRule) : '',
        stageRuleName: values[EVENT_FIELDS.stageRule] ? page.getDisplayValue(EVENT_FIELDS.stageRule) : '',
    })
}

export function timelineResult(request: ApiRequest): ApiResult {
    const denied = roleFailure(AGENT_ROLE)
    if (denied) return denied
    const parsed = parseTimelineRequest(request.queryParams)
    if (!parsed.ok) return failure(400, parsed.message, { field: parsed.field })
    const found = accountOrFailure(request)
    if ('failure' in found) return found.failure
    const account = found.account
    const { filters, limit, after, before } = parsed.value

    const page = new GlideRecordSecure(EVENT_TABLE)
    if (!page.canRead()) return failure(403, 'You may not read lifecycle events')
    // The aggregates are not ACL-filtered row by row; table read access was checked just above.
    const total = countRows(EVENT_TABLE, timelineFilterQuery(account.view.id, filters))
    const skipped = before && !after ? countRows(EVENT_TABLE, newerThanQuery(account.view.id, filters, before)) : 0
    page.addEncodedQuery(timelinePageQuery(account.view.id, { filters, after, before }))
    page.setLimit(limit)
    page.query()
    const events: TimelineEvent[] = []
    while (page.next()) events.push(eventOf(page))
    const body: TimelinePage = { account: account.view, events, total, limit, skipped, nextCursor: nextCursorOf(events, limit) }
    return ok(body)
}

/**
 * The latest applied event that moved the axis to its current value from another one (what the header names
 * as the cause; an event that kept the value, e.g. "stage stays Onboarding", is not a cause).
 */
function causeOf(accountId: string, fromField: string, toField: string, value: string, ruleField: string): AxisCause | null {
    if (!value) return null
    const event = new GlideRecordSecure(EVENT_TABLE)
    event.addEncodedQuery(`${EVENT_FIELDS.account}=${accountId}^${EVENT_FIELDS.outcome}=applied^${toField}=${value}^${fromField}!=${value}^OR${fromField}ISEMPTY^${TIMELINE_ORDER}`)
    event.setLimit(1)
    event.query()
    if (!event.next()) return null
    const orderId = textValue(event, EVENT_FIELDS.order)
    const ruleId = textValue(event, ruleField)
    return {
        eventId: event.getUniqueValue(),
        occurredAt: textValue(event, EVENT_FIELDS.occurredAt),
        orderId,
        orderNumber: orderId ? event.getDisplayValue(EVENT_FIELDS.order) : '',
        ruleId,
        ruleName: ruleId ? event.getDisplayValue(ruleField) : '',
    }
}

function stateChanges(accountId: string): StateChangeRow[] {
    const event = new GlideRecordSecure(EVENT_TABLE)
    event.addEncodedQuery(`${EVENT_FIELDS.account}=${accountId}^${EVENT_FIELDS.outcome}=applied^${EVENT_FIELDS.stateTo}ISNOTEMPTY^ORDERBY${EVENT_FIELDS.occurredAt}`)
    event.setLimit(STATE_CHANGES_LIMIT)
    event.query()
    const rows: StateChangeRow[] = []
    while (event.next()) {
        const orderId = textValue(event, EVENT_FIELDS.order)
        rows.push({
            eventId: event.getUniqueValue(),
            occurredAt: textValue(event, EVENT_FIELDS.occurredAt),
            from: textValue(event, EVENT_FIELDS.stateFrom),
            to: textValue(event, EVENT_FIELDS.stateTo),
            orderNumber: orderId ? event.getDisplayValue(EVENT_FIELDS.order) : '',
        })
    }
    return rows
}

/** Orders of the account at a submitted or in-progress milestone: changes still to come. */
function pendingOrders(accountId: string): PendingOrder[] {
    const inFlight = Object.keys(STATE_TO_MILESTONE).filter((state) => STATE_TO_MILESTONE[state] === 'submitted' || STATE_TO_MILESTONE[state] === 'in_progress')
    const order = new GlideRecordSecure(ORDER_TABLE)
    order.addEncodedQuery(`${ORDER_FIELDS.account}=${accountId}^${ORDER_FIELDS.state}IN${inFlight.join(',')}^ORDERBYDESC${ORDER_FIELDS.number}`)
    order.setLimit(PENDING_ORDERS_LIMIT)
    order.query()
    const pending: PendingOrder[] = []
    while (order.next()) {
        const state = textValue(order, ORDER_FIELDS.state)
        const milestone = STATE_TO_MILESTONE[state] as Milestone
        pending.push({ orderId: order.getUniqueValue(), orderNumber: textValue(order, ORDER_FIELDS.number), state, milestone, milestoneLabel: MILESTONE_LABELS[milestone] })
    }
    return pending
}

export function historyResult(request: ApiRequest): ApiResult {
    const denied = roleFailure(AGENT_ROLE)
    if (denied) return denied
    const found = accountOrFailure(request)
    if ('failure' in found) return found.failure
    const account = found.account.view
    const rows: StoredStageRow[] = []
    const period = new GlideRecordSecure(STAGE_TABLE)
    period.addQuery(STAGE_FIELDS.account, account.id)
    period.orderBy(STAGE_FIELDS.startedAt)
    period.query()
    while (period.next()) {
        rows.push({
            id: period.getUniqueValue(),
            stage: textValue(period, STAGE_FIELDS.stage),
            startedAt: textValue(period, STAGE_FIELDS.startedAt),
            endedAt: textValue(period, STAGE_FIELDS.endedAt),
            current: booleanValue(period, STAGE_FIELDS.current),
        })
    }
    const now = nowDateTime()
    return ok({
        account,
        now,
        periods: toStagePeriods(rows, now),
        statePeriods: toStatePeriods(stateChanges(account.id), now),
        causes: {
            state: causeOf(account.id, EVENT_FIELDS.stateFrom, EVENT_FIELDS.stateTo, account.state, EVENT_FIELDS.stateRule),
            stage: causeOf(account.id, EVENT_FIELDS.stageFrom, EVENT_FIELDS.stageTo, account.stage, EVENT_FIELDS.stageRule),
        },
        pending: pendingOrders(account.id),
    })
}

export function accountSearchResult(request: ApiRequest): ApiResult {
    const denied = roleFailure(AGENT_ROLE)
    if (denied) return denied
    const q = firstParam(request.queryParams, 'q')
    if (q.length > SEARCH_MAX_LENGTH) return failure(400, `q must be at most ${SEARCH_MAX_LENGTH} characters`, { field: 'q' })
    if (/[\^\n\r]/.test(q)) return failure(400, 'q must not contain ^ or line breaks', { field: 'q' })
    return ok(searchAccounts(q))
}

// Route entry points (RestApi `script`): the platform calls them with its request and response objects.

export function getTimeline(request: ApiRequest, response: ApiResponse): void {
    respond(response, () => timelineResult(request))
}

export function getStages(request: ApiRequest, response: ApiResponse): void {
    respond(response, () => historyResult(request))
}

export function getAccounts(request: ApiRequest, response: ApiResponse): void {
    respond(response, () => accountSearchResult(request))
}
