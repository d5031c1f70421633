/**
 * Agent routes of the lifecycle REST API: the account timeline (paginated), its stage periods and the
 * account picker. Thin: parameters and rows go through the pure timeline-query module.
 */
import { GlideAggregate, GlideRecordSecure } from '@servicenow/glide'
import { EVENT_FIELDS, EVENT_TABLE, STAGE_FIELDS, STAGE_TABLE } from '../app-schema.ts'
import {
    firstParam,
    isSysId,
    nextOffset,
    parseTimelineRequest,
    timelineFilterQuery,
    timelinePageQuery,
    toStagePeriods,
    toTimelineAccount,
    toTimelineEvent,
} from '../lifecycle/timeline-query.ts'
import type { StoredStageRow, TimelineEvent, TimelinePage } from '../lifecycle/timeline-query.ts'
import { booleanValue, nowDateTime, textValue } from '../glide/glide-values.ts'
import { readAccountSecure, searchAccounts } from './account-queries.ts'
import { AGENT_ROLE, failure, ok, pathParam, respond, roleFailure } from './http.ts'
import type { ApiRequest, ApiResponse, ApiResult } from './http.ts'

const EVENT_COLUMNS = Object.keys(EVENT_FIELDS).map((key) => EVENT_FIELDS[key as keyof typeof EVENT_FIELDS])

/** COUNT without a field: the typings want one, the platform's documented form takes none. */
interface CountingAggregate {
    addAggregate(aggregate: 'COUNT'): void
    getAggregate(aggregate: 'COUNT'): string
}

function countEvents(encodedQuery: string): number {
    const aggregate = new GlideAggregate(EVENT_TABLE)
    aggregate.addEncodedQuery(encodedQuery)
    const counting = aggregate as unknown as CountingAggregate
    counting.addAggregate('COUNT')
    aggregate.query()
    return aggregate.next() ? Number(counting.getAggregate('COUNT')) : 0
}

function accountOrFailure(request: ApiRequest) {
    const accountId = pathParam(request, 'id')
    if (!isSysId(accountId)) return { failure: failure(400, `id must be an account sys_id (got "${accountId}")`) }
    const account = readAccountSecure(accountId)
    if (!account) return { failure: failure(404, `No account ${accountId}, or you may not read it`) }
    return { account }
}

export function timelineResult(request: ApiRequest): ApiResult {
    const denied = roleFailure(AGENT_ROLE)
    if (denied) return denied
    const parsed = parseTimelineRequest(request.queryParams)
    if (!parsed.ok) return failure(400, parsed.message, { field: parsed.field })
    const found = accountOrFailure(request)
    if (found.failure) return found.failure
    const account = found.account
    const { filters, limit, offset } = parsed.value

    const page = new GlideRecordSecure(EVENT_TABLE)
    if (!page.canRead()) return failure(403, 'You may not read lifecycle events')
    // The aggregate is not ACL-filtered row by row; table read access was checked just above.
    const total = countEvents(timelineFilterQuery(account.id, filters))
    page.addEncodedQuery(timelinePageQuery(account.id, filters))
    page.chooseWindow(offset, offset + limit, false)
    page.query()
    const events: TimelineEvent[] = []
    while (page.next()) {
        const values: Record<string, string> = {}
        for (const column of EVENT_COLUMNS) values[column] = textValue(page, column)
        events.push(
            toTimelineEvent({
                id: page.getUniqueValue(),
                values,
                orderNumber: values[EVENT_FIELDS.order] ? page.getDisplayValue(EVENT_FIELDS.order) : '',
                stateRuleName: values[EVENT_FIELDS.stateRule] ? page.getDisplayValue(EVENT_FIELDS.stateRule) : '',
                stageRuleName: values[EVENT_FIELDS.stageRule] ? page.getDisplayValue(EVENT_FIELDS.stageRule) : '',
            }),
        )
    }
    const body: TimelinePage = { account: toTimelineAccount(account), events, total, limit, offset, nextOffset: nextOffset(offset, events.length, total) }
    return ok(body)
}

export function stagesResult(request: ApiRequest): ApiResult {
    const denied = roleFailure(AGENT_ROLE)
    if (denied) return denied
    const found = accountOrFailure(request)
    if (found.failure) return found.failure
    const rows: StoredStageRow[] = []
    const period = new GlideRecordSecure(STAGE_TABLE)
    period.addQuery(STAGE_FIELDS.account, found.account.id)
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
    return ok({ account: toTimelineAccount(found.account), periods: toStagePeriods(rows, nowDateTime()) })
}

export function accountSearchResult(request: ApiRequest): ApiResult {
    const denied = roleFailure(AGENT_ROLE)
    if (denied) return denied
    return ok({ accounts: searchAccounts(firstParam(request.queryParams, 'q')) })
}

// Route entry points (RestApi `script`): the platform calls them with its request and response objects.

export function getTimeline(request: ApiRequest, response: ApiResponse): void {
    respond(response, () => timelineResult(request))
}

export function getStages(request: ApiRequest, response: ApiResponse): void {
    respond(response, () => stagesResult(request))
}

export function getAccounts(request: ApiRequest, response: ApiResponse): void {
    respond(response, () => accountSearchResult(request))
}
