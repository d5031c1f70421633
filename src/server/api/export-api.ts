/**
 * Timeline export route (GET /export): the events of one account or of a set of accounts as CSV or JSON, for
 * compliance and analysis. Role-checked (agent), ACL-respecting reads, refused with the limit named when it
 * matches more events than x_oal_lifecycle.export.max_rows, and streamed in chunks so a large export is never
 * held in one string. Thin: parameters, queries, columns and text come from export-contract.ts.
 */
import { GlideRecordSecure, gs } from '@servicenow/glide'
import { EVENT_FIELDS, EVENT_TABLE, PROPERTIES } from '../app-schema.ts'
import { ACCOUNT_TABLE } from '../order-management/om-model.ts'
import {
    EXPORT_CHUNK_ROWS,
    EXPORT_DEFAULT_MAX_ROWS,
    EXPORT_MAX_ACCOUNTS,
    JSON_SUFFIX,
    csvHeader,
    csvLine,
    exportAccountQuery,
    exportEventFilter,
    exportEventQuery,
    exportFileName,
    jsonPrefix,
    jsonRecord,
    overLimitMessage,
    parseExportRequest,
} from './export-contract.ts'
import type { ExportAccount, ExportFormat, ExportRow } from './export-contract.ts'
import type { TimelineFilters } from './timeline-contract.ts'
import { eventOf } from './timeline-api.ts'
import { countRows } from './account-queries.ts'
import { nowDateTime, textValue } from '../glide/glide-values.ts'
import { AGENT_ROLE, failure, internalError, roleFailure, writeResult } from './http.ts'
import type { ApiRequest, ApiResponse, ApiResult } from './http.ts'

/** The parts of the platform's RESTAPIResponse a streamed answer uses. */
export interface StreamingResponse extends ApiResponse {
    setContentType(type: string): void
    setHeader(name: string, value: string): void
    getStreamWriter(): { writeString(text: string): void }
}

interface ExportPlan {
    format: ExportFormat
    accounts: ExportAccount[]
    filters: TimelineFilters
    count: number
    exportedAt: string
}

function maxRows(): number {
    const value = Number(gs.getProperty(PROPERTIES.exportMaxRows, String(EXPORT_DEFAULT_MAX_ROWS)))
    return value >= 1 && Math.floor(value) === value ? value : EXPORT_DEFAULT_MAX_ROWS
}

/** Everything that can refuse the export, before the first byte is written. */
export function planExport(request: ApiRequest): { failure: ApiResult } | { plan: ExportPlan } {
    const denied = roleFailure(AGENT_ROLE)
    if (denied) return { failure: denied }
    const parsed = parseExportRequest(request.queryParams)
    if (!parsed.ok) return { failure: failure(400, parsed.message, { field: parsed.field }) }
    const exportRequest = parsed.value

    const events = new GlideRecordSecure(EVENT_TABLE)
    if (!events.canRead()) return { failure: failure(403, 'You may not read lifecycle events') }

    const accounts: ExportAccount[] = []
    const account = new GlideRecordSecure(ACCOUNT_TABLE)
    account.addEncodedQuery(exportAccountQuery(exportRequest))
    account.setLimit(EXPORT_MAX_ACCOUNTS + 1)
    account.query()
    while (account.next()) accounts.push({ id: account.getUniqueValue(), number: textValue(account, 'number'), name: textValue(account, 'name') })
    if (accounts.length > EXPORT_MAX_ACCOUNTS) {
        return { failure: failure(400, `The export covers more than ${EXPORT_MAX_ACCOUNTS} accounts (the limit): narrow account_state or account_stage, or name the accounts`, { field: 'accounts' }) }
    }
    // A named account that is missing or hidden is refused rather than silently left out of an audit export.
    const readable: Record<string, boolean> = {}
    for (const candidate of accounts) readable[candidate.id] = true
    for (const id of exportRequest.accountIds) {
        if (!readable[id]) return { failure: failure(404, `No account ${id}, or you may not read it`, { field: 'accounts' }) }
    }

    const ids = accounts.map((candidate) => candidate.id)
    // The aggregate is not ACL-filtered row by row; table read access was checked above.
    const count = ids.length ? countRows(EVENT_TABLE, exportEventFilter(ids, exportRequest.filters)) : 0
    const limit = maxRows()
    if (count > limit) return { failure: failure(400, overLimitMessage(count, limit, PROPERTIES.exportMaxRows), { field: 'limit', limit, count }) }
    return { plan: { format: exportRequest.format, accounts, filters: exportRequest.filters, count, exportedAt: nowDateTime() } }
}

/** Writes the planned export to the response stream, EXPORT_CHUNK_ROWS rows per write. */
function streamExport(plan: ExportPlan, response: StreamingResponse): void {
    const csv = plan.format === 'csv'
    const subject = plan.accounts.length === 1 ? plan.accounts[0].number || plan.accounts[0].name : 'accounts'
    response.setStatus(200)
    response.setContentType(csv ? 'text/csv;charset=UTF-8' : 'application/json;charset=UTF-8')
    response.setHeader('Content-Disposition', `attachment; filename="${exportFileName(plan.format, subject, plan.exportedAt)}"`)
    response.setHeader('Cache-Control', 'no-store')
    const writer = response.getStreamWriter()
    writer.writeString(csv ? csvHeader() : jsonPrefix(plan.exportedAt, plan.count))
    if (plan.accounts.length === 0) {
        if (!csv) writer.writeString(JSON_SUFFIX)
        return
    }
    const byId: Record<string, ExportAccount> = {}
    for (const account of plan.accounts) byId[account.id] = account
    const events = new GlideRecordSecure(EVENT_TABLE)
    events.addEncodedQuery(exportEventQuery(plan.accounts.map((account) => account.id), plan.filters))
    // Rows that appeared after the count are left for the next export: the document says how many it holds.
    events.setLimit(plan.count)
    events.query()
    let chunk = ''
    let rows = 0
    while (events.next()) {
        const row: ExportRow = { account: byId[textValue(events, EVENT_FIELDS.account)], event: eventOf(events) }
        chunk += csv ? csvLine(row) : (rows > 0 ? ',' : '') + JSON.stringify(jsonRecord(row))
        rows += 1
        if (rows % EXPORT_CHUNK_ROWS === 0) {
            writer.writeString(chunk)
            chunk = ''
        }
    }
    writer.writeString(csv ? chunk : chunk + JSON_SUFFIX)
}

// Route entry point (RestApi `script`).

export function getExport(request: ApiRequest, response: StreamingResponse): void {
    let planned: { failure: ApiResult } | { plan: ExportPlan }
    try {
        planned = planExport(request)
    } catch (e) {
        planned = { failure: internalError(e, 'x_oal_lifecycle REST API (export)') }
    }
    if ('failure' in planned) {
        writeResult(response, planned.failure)
        return
    }
    try {
        streamExport(planned.plan, response)
    } catch (e) {
        // Headers are gone: the truncated file is the signal; the log says why.
        gs.error(`x_oal_lifecycle REST API (export, while streaming): ${e instanceof Error ? e.message : String(e)}`)
    }
}
