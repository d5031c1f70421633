/**
 * The timeline export's wire contract: which accounts and events a request names, the limits, the columns, and
 * the CSV/JSON text of each row. Pure (no Glide): the adapter (export-api.ts) counts, reads and streams. Rows
 * are the timeline's own TimelineEvent (timeline-contract.ts), so the export and the page never disagree on a
 * label, and a column added to the timeline is one line here.
 */
import { ACCOUNT_APP_FIELDS, EVENT_FIELDS } from '../app-schema.ts'
import { ACCOUNT_STATES, STAGES } from '../lifecycle/model.ts'
import type { AccountState, Stage } from '../lifecycle/model.ts'
import { SEQUENCE_FIELD, eventFilterTerms, firstParam, isSysId, parseChoices, parseTimelineRequest } from './timeline-contract.ts'
import type { Parsed, TimelineEvent, TimelineFilters } from './timeline-contract.ts'

export const EXPORT_FORMATS = ['csv', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Default of x_oal_lifecycle.export.max_rows: events one request may return. */
export const EXPORT_DEFAULT_MAX_ROWS = 10000
/** Accounts one request may cover (their ids go into one IN query). */
export const EXPORT_MAX_ACCOUNTS = 1000
/** Rows written to the response stream at a time. */
export const EXPORT_CHUNK_ROWS = 200

export interface ExportRequest {
    format: ExportFormat
    /** Accounts named by sys_id (account or accounts). */
    accountIds: string[]
    /** Accounts in these lifecycle states / stages (account_state, account_stage). */
    accountStates: AccountState[]
    accountStages: Stage[]
    filters: TimelineFilters
}

/**
 * Validates an export request; the first problem names its parameter. The accounts are named (account,
 * accounts) or selected by lifecycle state/stage; the events are filtered as on the timeline (action,
 * outcome, from, to, q). Paging parameters are refused: an export is whole or refused.
 */
export function parseExportRequest(params: Record<string, unknown> | null | undefined): Parsed<ExportRequest> {
    const formatText = firstParam(params, 'format') || 'csv'
    if ((EXPORT_FORMATS as readonly string[]).indexOf(formatText) < 0) return { ok: false, field: 'format', message: `format must be csv or json (got "${formatText}")` }
    for (const paging of ['cursor', 'limit', 'before']) {
        if (firstParam(params, paging) !== '') return { ok: false, field: paging, message: `${paging} does not apply to an export: it returns every matching event or refuses` }
    }
    const accountIds: string[] = []
    const named = [firstParam(params, 'account')].concat(firstParam(params, 'accounts').split(','))
    for (const part of named) {
        const id = part.trim()
        if (id === '') continue
        if (!isSysId(id)) return { ok: false, field: 'accounts', message: `accounts must be account sys_ids separated by commas (got "${id}")` }
        if (accountIds.indexOf(id) < 0) accountIds.push(id)
    }
    if (accountIds.length > EXPORT_MAX_ACCOUNTS) return { ok: false, field: 'accounts', message: `accounts names ${accountIds.length} accounts; the limit is ${EXPORT_MAX_ACCOUNTS}` }
    const states = parseChoices(firstParam(params, 'account_state'), 'account_state', ACCOUNT_STATES)
    if (!states.ok) return states
    const stages = parseChoices(firstParam(params, 'account_stage'), 'account_stage', STAGES)
    if (!stages.ok) return stages
    if (accountIds.length === 0 && states.value.length === 0 && stages.value.length === 0) {
        return { ok: false, field: 'account', message: 'Name the accounts to export: account, accounts (sys_ids), account_state or account_stage' }
    }
    const timeline = parseTimelineRequest(params)
    if (!timeline.ok) return timeline
    return { ok: true, value: { format: formatText as ExportFormat, accountIds, accountStates: states.value, accountStages: stages.value, filters: timeline.value.filters } }
}

/** The customer_account query selecting the request's accounts (values are validated sys_ids and choices). */
export function exportAccountQuery(request: ExportRequest): string {
    const parts: string[] = []
    if (request.accountIds.length) parts.push(`sys_idIN${request.accountIds.join(',')}`)
    if (request.accountStates.length) parts.push(`${ACCOUNT_APP_FIELDS.state}IN${request.accountStates.join(',')}`)
    if (request.accountStages.length) parts.push(`${ACCOUNT_APP_FIELDS.stage}IN${request.accountStages.join(',')}`)
    return `${parts.join('^')}^ORDERBYnumber`
}

/** The events of these accounts matching the filters: the count query (no order). */
export function exportEventFilter(accountIds: readonly string[], filters: TimelineFilters): string {
    return [`${EVENT_FIELDS.account}IN${accountIds.join(',')}`].concat(eventFilterTerms(filters)).join('^')
}

/** Oldest first within each account, in the order the engine recorded them: an audit reads forward. */
export function exportEventQuery(accountIds: readonly string[], filters: TimelineFilters): string {
    return `${exportEventFilter(accountIds, filters)}^ORDERBY${EVENT_FIELDS.account}^ORDERBY${EVENT_FIELDS.occurredAt}^ORDERBY${SEQUENCE_FIELD}^ORDERBYsys_id`
}

export function overLimitMessage(count: number, limit: number, property: string): string {
    return `The export matches ${count} events; the limit is ${limit} (${property}). Narrow the dates, outcomes or accounts, or ask an admin to raise the limit.`
}

export interface ExportAccount {
    id: string
    number: string
    name: string
}

export interface ExportRow {
    account: ExportAccount
    event: TimelineEvent
}

interface ExportColumn {
    /** JSON key. */
    key: string
    /** CSV header. */
    header: string
    value(row: ExportRow): string
}

/** Every column, in CSV order; labels are the timeline's. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
    { key: 'accountNumber', header: 'Account number', value: (r) => r.account.number },
    { key: 'accountName', header: 'Account', value: (r) => r.account.name },
    { key: 'sequence', header: 'Sequence', value: (r) => r.event.sequence },
    { key: 'occurredAt', header: 'Occurred (UTC)', value: (r) => r.event.occurredAt },
    { key: 'recordedAt', header: 'Recorded (UTC)', value: (r) => r.event.recordedAt },
    { key: 'orderNumber', header: 'Order', value: (r) => r.event.orderNumber },
    { key: 'action', header: 'Action', value: (r) => r.event.actionLabel },
    { key: 'milestone', header: 'Milestone', value: (r) => r.event.milestoneLabel },
    { key: 'outcome', header: 'Outcome', value: (r) => r.event.outcomeLabel },
    { key: 'stateFrom', header: 'State from', value: (r) => r.event.state.fromLabel },
    { key: 'stateTo', header: 'State to', value: (r) => r.event.state.toLabel },
    { key: 'stateRule', header: 'State rule', value: (r) => (r.event.stateRule ? r.event.stateRule.name : '') },
    { key: 'stageFrom', header: 'Stage from', value: (r) => r.event.stage.fromLabel },
    { key: 'stageTo', header: 'Stage to', value: (r) => r.event.stage.toLabel },
    { key: 'stageRule', header: 'Stage rule', value: (r) => (r.event.stageRule ? r.event.stageRule.name : '') },
    { key: 'actionReason', header: 'Reason', value: (r) => r.event.actionReason },
    { key: 'churnType', header: 'Churn type', value: (r) => r.event.churnTypeLabel },
    { key: 'movement', header: 'Movement', value: (r) => r.event.movementLabel },
    { key: 'explanation', header: 'Explanation', value: (r) => r.event.explanation },
    { key: 'eventId', header: 'Event sys_id', value: (r) => r.event.id },
    { key: 'accountId', header: 'Account sys_id', value: (r) => r.account.id },
]

/**
 * One CSV cell (RFC 4180 quoting). A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe: account and rule names are user input, and an export is opened in spreadsheets.
 */
export function csvCell(text: string): string {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function csvHeader(): string {
    return EXPORT_COLUMNS.map((column) => csvCell(column.header)).join(',') + '\r\n'
}

export function csvLine(row: ExportRow): string {
    return EXPORT_COLUMNS.map((column) => csvCell(column.value(row))).join(',') + '\r\n'
}

export function jsonRecord(row: ExportRow): Record<string, string> {
    const record: Record<string, string> = {}
    for (const column of EXPORT_COLUMNS) record[column.key] = column.value(row)
    return record
}

/** The JSON document is streamed as `{"exportedAt":…,"count":…,"events":[row,row…]}`. */
export function jsonPrefix(exportedAt: string, count: number): string {
    return `{"exportedAt":${JSON.stringify(exportedAt)},"count":${count},"events":[`
}

export const JSON_SUFFIX = ']}'

/** A file name without characters a Content-Disposition header or a file system would object to. */
export function exportFileName(format: ExportFormat, subject: string, exportedAt: string): string {
    const clean = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')
    return `account-timeline-${clean(subject) || 'accounts'}-${clean(exportedAt)}.${format}`
}
