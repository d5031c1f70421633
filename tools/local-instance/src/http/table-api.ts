// Table API (/api/now/table/<table>[/<sys_id>]): reads straight from the store through the query module,
// writes through the instance's GlideRecord as the caller so business rules run. ACLs per table and field.
import { compileToSql, parseEncodedQuery, QueryError } from '../query/index.ts'
import type { ColumnInfo, TableInfo } from '../query/index.ts'
import { canAccess, explainAccess, type AclOperation } from '../security/acl.ts'
import type { InstanceView, StoredRow } from '../security/instance-view.ts'
import { PASSWORD_COLUMN } from '../security/users.ts'
import { apiString, displayColumn, formatRecord, parseDisplayMode, type FieldJson, type FormatContext } from './record-format.ts'
import { forbidden, HttpError, notFound } from './responses.ts'

export const SYSTEM_COLUMNS = ['sys_id', 'sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count']
/** Platform default page size of the Table API. */
export const DEFAULT_LIMIT = 10000

/** Columns never returned or written through the API (hashes of local passwords). */
const HIDDEN_COLUMNS = new Set([PASSWORD_COLUMN])

export interface TableRequest {
    method: string
    table: string
    sysId?: string
    params: URLSearchParams
    body?: unknown
    userName: string
    baseUrl: string
}

export interface TableResponse {
    status: number
    body?: unknown
    headers?: Record<string, string>
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

export function requireTable(instance: InstanceView, name: string): TableInfo {
    const info = /^[A-Za-z0-9_]+$/.test(name) ? instance.table(name) : undefined
    if (!info) throw new HttpError(400, `Invalid table ${name}`, null)
    return info
}

/**
 * "Allow access to this table via web services" (sys_db_object.ws_access) from the build output.
 * Tables the app does not define have no record here and are accessible. VERIFY: platform message text.
 */
export function checkWebServiceAccess(instance: InstanceView, table: string): void {
    const definition = instance.artifacts.records('sys_db_object').find((record) => record.name === table)
    if (definition && definition.ws_access === 'false') {
        throw forbidden(`Web service access is disabled for table ${table} (sys_db_object.ws_access=false)`)
    }
}

export function allColumns(info: TableInfo): string[] {
    // Every stored table carries the system columns (CONVENTIONS.md), whether or not TableInfo lists them.
    const names = new Set([...SYSTEM_COLUMNS, ...Object.keys(info.columns)])
    return [...names].filter((name) => !HIDDEN_COLUMNS.has(name))
}

function readableFields(instance: InstanceView, userName: string, info: TableInfo, requested: string[] | undefined): string[] {
    const candidates = requested ?? allColumns(info)
    return candidates.filter((field) => {
        const base = field.split('.')[0]
        if (HIDDEN_COLUMNS.has(base) || HIDDEN_COLUMNS.has(field.split('.').pop() as string)) return false
        if (!SYSTEM_COLUMNS.includes(base) && info.columns[base] === undefined) return false
        return SYSTEM_COLUMNS.includes(base) || canAccess(instance, userName, 'read', info.name, base)
    })
}

/** Choice labels from the dictionary (schema choiceLabels), then the build output's sys_choice records. */
export function choiceLabels(instance: InstanceView): (table: string, field: string, value: string) => string {
    const labels = new Map<string, string>()
    for (const choice of instance.artifacts.records('sys_choice')) {
        labels.set(`${choice.name}|${choice.element}|${choice.value}`, choice.label)
    }
    return (table, field, value) => {
        const column = instance.table(table)?.columns[field] as { choiceLabels?: Record<string, string> } | undefined
        return column?.choiceLabels?.[value] ?? labels.get(`${table}|${field}|${value}`) ?? value
    }
}

export function formatContext(instance: InstanceView, info: TableInfo, params: URLSearchParams, baseUrl: string): FormatContext {
    const lookup = (table: string, sysId: string): StoredRow | undefined =>
        instance.table(table) ? (instance.db.prepare(`SELECT * FROM ${quote(table)} WHERE sys_id = ?`).get(sysId) as StoredRow | undefined) : undefined
    return {
        table: info,
        mode: parseDisplayMode(params.get('sysparm_display_value')),
        excludeReferenceLink: params.get('sysparm_exclude_reference_link') === 'true',
        baseUrl,
        referenceDisplay(table, sysId) {
            const row = lookup(table, sysId)
            return row ? apiString(row[displayColumn(instance.table(table))]) : ''
        },
        choiceLabel: choiceLabels(instance),
        dotWalk(row, path) {
            // One level, like the query module: <reference>.<field>.
            const [reference, field] = path.split('.')
            const column = info.columns[reference]
            if (!column?.reference || path.split('.').length !== 2) return undefined
            const target = instance.table(column.reference)
            const referenced = row[reference] ? lookup(column.reference, String(row[reference])) : undefined
            const targetColumn: ColumnInfo | undefined = target?.columns[field]
            return { value: apiString(referenced?.[field]), column: targetColumn, table: column.reference, field }
        },
    }
}

function parseLimit(value: string | null, fallback: number): number {
    if (value === null || value === '') return fallback
    const n = Number(value)
    if (!Number.isInteger(n) || n < 0) throw new HttpError(400, `Invalid value for sysparm_limit/sysparm_offset: ${value}`)
    return n
}

function requireAccess(instance: InstanceView, userName: string, operation: AclOperation, table: string, record?: StoredRow): void {
    const decision = explainAccess(instance, userName, operation, table, undefined, record)
    if (!decision.allowed) throw forbidden(`${operation} on ${table} denied: ${decision.reason}`)
}

function readRow(instance: InstanceView, table: string, sysId: string): StoredRow | undefined {
    return instance.db.prepare(`SELECT * FROM ${quote(table)} WHERE sys_id = ?`).get(sysId) as StoredRow | undefined
}

export function listRecords(instance: InstanceView, request: TableRequest): TableResponse {
    const info = requireTable(instance, request.table)
    checkWebServiceAccess(instance, info.name)
    requireAccess(instance, request.userName, 'read', info.name)
    const resolve = (name: string) => instance.table(name)
    let sql
    try {
        sql = compileToSql(parseEncodedQuery(request.params.get('sysparm_query') ?? ''), info, resolve, {
            evaluateJavascript: (expression) => instance.runScript(request.userName, expression),
        })
    } catch (error) {
        if (error instanceof QueryError) throw new HttpError(400, 'Invalid query', error.message)
        throw error
    }
    const limit = parseLimit(request.params.get('sysparm_limit'), DEFAULT_LIMIT)
    const offset = parseLimit(request.params.get('sysparm_offset'), 0)
    const from = `FROM ${quote(info.name)} t ${sql.joins.join(' ')} WHERE ${sql.where}`
    const total = (instance.db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...sql.params) as { n: number }).n
    const order = sql.orderBy.length ? ` ORDER BY ${sql.orderBy.join(', ')}` : ''
    const rows = instance.db.prepare(`SELECT t.* ${from}${order} LIMIT ? OFFSET ?`).all(...sql.params, limit, offset) as StoredRow[]
    const fields = readableFields(instance, request.userName, info, requestedFields(request.params))
    const ctx = formatContext(instance, info, request.params, request.baseUrl)
    // Rows whose ACL conditions fail are left out, as "filtered by security constraints" on the platform.
    const visible = rows.filter((row) => canAccess(instance, request.userName, 'read', info.name, undefined, row))
    return {
        status: 200,
        body: { result: visible.map((row) => formatRecord(row, fields, ctx)) },
        headers: { 'X-Total-Count': String(total) },
    }
}

function requestedFields(params: URLSearchParams): string[] | undefined {
    const raw = params.get('sysparm_fields')
    if (!raw) return undefined
    return raw.split(',').map((field) => field.trim()).filter(Boolean)
}

export function getRecord(instance: InstanceView, request: TableRequest): TableResponse {
    const info = requireTable(instance, request.table)
    checkWebServiceAccess(instance, info.name)
    requireAccess(instance, request.userName, 'read', info.name)
    const row = readRow(instance, info.name, request.sysId as string)
    if (!row || !canAccess(instance, request.userName, 'read', info.name, undefined, row)) throw notFound()
    return { status: 200, body: { result: shapeOne(instance, request, info, row) } }
}

function shapeOne(instance: InstanceView, request: TableRequest, info: TableInfo, row: StoredRow): Record<string, FieldJson> {
    const fields = readableFields(instance, request.userName, info, requestedFields(request.params))
    return formatRecord(row, fields, formatContext(instance, info, request.params, request.baseUrl))
}

/** Body value → stored string; accepts `{ value }` objects as the API returns them. */
function bodyValue(value: unknown): string {
    if (value === null || value === undefined) return ''
    if (typeof value === 'object' && 'value' in (value as object)) return bodyValue((value as { value: unknown }).value)
    return String(value)
}

function requireObjectBody(body: unknown): Record<string, unknown> {
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
        throw new HttpError(400, 'Exception while reading request', 'The payload is not a JSON object')
    }
    return body as Record<string, unknown>
}

/**
 * Insert or update through GlideRecord as the caller. Fields the caller may not write are ignored, as on the
 * platform (VERIFY). A business-rule abort answers 400 with the error messages the rules added.
 */
export function writeRecord(instance: InstanceView, request: TableRequest): TableResponse {
    const info = requireTable(instance, request.table)
    checkWebServiceAccess(instance, info.name)
    const body = requireObjectBody(request.body)
    const isInsert = !request.sysId
    const operation: AclOperation = isInsert ? 'create' : 'write'
    let existing: StoredRow | undefined
    if (isInsert) requireAccess(instance, request.userName, 'create', info.name)
    else {
        existing = readRow(instance, info.name, request.sysId as string)
        if (!existing || !canAccess(instance, request.userName, 'read', info.name, undefined, existing)) throw notFound()
        requireAccess(instance, request.userName, 'write', info.name, existing)
    }
    const writable = Object.entries(body).filter(
        ([field]) =>
            info.columns[field] !== undefined &&
            !SYSTEM_COLUMNS.includes(field) &&
            !HIDDEN_COLUMNS.has(field) &&
            canAccess(instance, request.userName, operation, info.name, field, existing),
    )
    const messagesBefore = instance.messages.length
    const outcome = instance.runAs(request.userName, (g) => {
        const record = new g.GlideRecord(info.name)
        if (isInsert) record.initialize()
        else if (!record.get(request.sysId)) return { sysId: null, aborted: false, missing: true }
        for (const [field, value] of writable) record.setValue(field, bodyValue(value))
        const sysId: string | null = isInsert ? record.insert() : record.update()
        // insert()/update() return null when a before rule aborts (as on the platform).
        return { sysId: sysId || null, aborted: !sysId, missing: false }
    })
    if (outcome.missing) throw notFound()
    if (outcome.aborted || !outcome.sysId) throw abortError(instance, messagesBefore, isInsert ? 'insert' : 'update', info.name)
    const row = readRow(instance, info.name, outcome.sysId) as StoredRow
    return { status: isInsert ? 201 : 200, body: { result: shapeOne(instance, request, info, row) } }
}

/**
 * VERIFY: the platform answers an aborted Table API write with "Operation Failed" (reported as 403 on some
 * releases); the local instance answers 400 and puts the rules' error messages first so the field is named.
 */
function abortError(instance: InstanceView, messagesBefore: number, action: string, table: string): HttpError {
    const errors = instance.messages.slice(messagesBefore).filter((m) => m.type === 'error').map((m) => m.message)
    const detail = `Error during ${action} of ${table}: the operation was aborted by a business rule`
    return new HttpError(400, errors.length ? errors.join('; ') : 'Operation Failed', detail)
}

export function deleteRecord(instance: InstanceView, request: TableRequest): TableResponse {
    const info = requireTable(instance, request.table)
    checkWebServiceAccess(instance, info.name)
    const existing = readRow(instance, info.name, request.sysId as string)
    if (!existing || !canAccess(instance, request.userName, 'read', info.name, undefined, existing)) throw notFound()
    requireAccess(instance, request.userName, 'delete', info.name, existing)
    const messagesBefore = instance.messages.length
    const deleted = instance.runAs(request.userName, (g) => {
        const record = new g.GlideRecord(info.name)
        if (!record.get(request.sysId)) return false
        return record.deleteRecord() !== false
    })
    if (!deleted) throw abortError(instance, messagesBefore, 'delete', info.name)
    return { status: 204 }
}

export function handleTableApi(instance: InstanceView, request: TableRequest): TableResponse {
    const method = request.method.toUpperCase()
    if (method === 'GET') return request.sysId ? getRecord(instance, request) : listRecords(instance, request)
    if (method === 'POST' && !request.sysId) return writeRecord(instance, request)
    if ((method === 'PATCH' || method === 'PUT') && request.sysId) return writeRecord(instance, request)
    if (method === 'DELETE' && request.sysId) return deleteRecord(instance, request)
    throw new HttpError(405, 'Method not Supported', `${method} is not supported on this resource`)
}
