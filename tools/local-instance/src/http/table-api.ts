// Table API (/api/now/table/<table>[/<sys_id>]): reads straight from the store through the query module,
// writes through the instance's GlideRecord as the caller so business rules run. ACLs per table and field.
import { compileToSql, parseEncodedQuery, QueryError } from '../query/index.ts'
import type { ColumnInfo, QueryAst, TableInfo } from '../query/index.ts'
import { resolveField, valueClassOf } from '../query/fields.ts'
import { canAccess, explainAccess, type AclOperation } from '../security/acl.ts'
import type { InstanceView, StoredRow } from '../security/instance-view.ts'
import { displayDateValue } from '../runtime/glide-date-time.ts'
import { evaluateQueryScript, type QueryScriptContext } from '../security/query-script.ts'
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
        const parts = field.split('.')
        // One-level dot-walks only, like the query module; deeper paths are omitted.
        if (parts.length > 2 || parts.some((part) => part === '')) return false
        const column = ownColumn(info, parts[0])
        if (!SYSTEM_COLUMNS.includes(parts[0]) && !column) return false
        if (HIDDEN_COLUMNS.has(parts[0]) || isPasswordColumn(column)) return false
        // Field ACLs apply to each step: the reference on this table, then the field on the referenced table.
        return canReadPath(instance, userName, info, field)
    })
}

/** Choice labels from the dictionary (schema choiceLabels), then the build output's sys_choice records. */
export function choiceLabels(instance: InstanceView): (table: string, field: string, value: string) => string {
    const labels = new Map<string, string>()
    for (const choice of instance.artifacts.records('sys_choice')) {
        labels.set(`${choice.name}|${choice.element}|${choice.value}`, choice.label)
    }
    return (table, field, value) => {
        const info = instance.table(table)
        const column = (info ? ownColumn(info, field) : undefined) as { choiceLabels?: Record<string, string> } | undefined
        const label = column?.choiceLabels && Object.prototype.hasOwnProperty.call(column.choiceLabels, value) ? column.choiceLabels[value] : undefined
        return label ?? labels.get(`${table}|${field}|${value}`) ?? value
    }
}

export function formatContext(instance: InstanceView, info: TableInfo, params: URLSearchParams, baseUrl: string, userName: string): FormatContext {
    const lookup = (table: string, sysId: string): StoredRow | undefined =>
        instance.table(table) ? (instance.db.prepare(`SELECT * FROM ${quote(table)} WHERE sys_id = ?`).get(sysId) as StoredRow | undefined) : undefined
    const mode = parseDisplayMode(params.get('sysparm_display_value'))
    // The caller's time zone and formats, read once per request (only display values need them).
    const locale = mode !== 'false' && instance.userLocale ? instance.userLocale(userName) : undefined
    return {
        table: info,
        mode,
        dateDisplay: locale ? (type, value) => displayDateValue(type, value, locale) : undefined,
        excludeReferenceLink: params.get('sysparm_exclude_reference_link') === 'true',
        baseUrl,
        referenceDisplay(table, sysId) {
            const target = instance.table(table)
            const column = displayColumn(target)
            // The display value is a field of the referenced record: its read ACLs apply (VERIFY: the platform
            // shows an empty display value for a reference the user cannot read).
            if (!target || !canAccess(instance, userName, 'read', table, SYSTEM_COLUMNS.includes(column) ? undefined : column)) return ''
            const row = lookup(table, sysId)
            if (!row || !canAccess(instance, userName, 'read', table, undefined, row)) return ''
            return apiString(row[column])
        },
        choiceLabel: choiceLabels(instance),
        dotWalk(row, path) {
            // One level, like the query module: <reference>.<field>. readableFields has checked the field ACLs.
            const [reference, field] = path.split('.')
            const column = ownColumn(info, reference)
            if (!column?.reference || path.split('.').length !== 2) return undefined
            const target = instance.table(column.reference)
            const referenced = row[reference] ? lookup(column.reference, String(row[reference])) : undefined
            // A referenced record the caller may not read (ACL condition) shows as empty.
            const visible = referenced && canAccess(instance, userName, 'read', column.reference, undefined, referenced) ? referenced : undefined
            const targetColumn: ColumnInfo | undefined = target ? ownColumn(target, field) : undefined
            return { value: apiString(visible?.[field]), column: targetColumn, table: column.reference, field }
        },
    }
}

function userSysId(instance: InstanceView, userName: string): string {
    const row = instance.db.prepare('SELECT sys_id FROM sys_user WHERE user_name = ?').get(userName) as { sys_id: string } | undefined
    return row?.sys_id ?? ''
}

/** Password columns (sys_user.user_password): never queried, sorted or dot-walked through HTTP. */
export function isPasswordColumn(column: ColumnInfo | undefined): boolean {
    return !!column && (column.type === 'password' || column.type === 'password2')
}

/**
 * Every field a query names (conditions, SAMEAS operands, ORDERBY), dot-walks included, must be something
 * the caller may read: a password field answers 400 for everybody (so no hash can be probed through
 * X-Total-Count), and so does a field whose read ACL the caller fails.
 * VERIFY: the platform's query_match/query_range ACLs decide this there; the local instance refuses the
 * query with 400 rather than silently dropping the condition (a dropped condition would change the result).
 */
function checkQueryFields(instance: InstanceView, userName: string, info: TableInfo, ast: QueryAst): void {
    const resolve = (name: string) => instance.table(name)
    const fields = [
        ...ast.anyOf.flatMap((group) => group.allOf.flatMap((clause) => clause.anyOf.flatMap((condition) => (condition.operator === 'SAMEAS' || condition.operator === 'NSAMEAS' ? [condition.field, condition.value] : [condition.field])))),
        ...ast.orderBy.map((term) => term.field),
    ]
    for (const field of new Set(fields)) {
        const ref = resolveField(info, field, resolve)
        if (isPasswordColumn(ref.column)) throw new QueryError(`field "${field}" is a password field: it cannot be used in a query or sort`)
        if (!canReadPath(instance, userName, info, field)) throw new QueryError(`field "${field}" is not readable by ${userName}: a query cannot filter or sort on it`)
    }
}

/** May the caller read `field` (or each step of `reference.field`) on this table? System columns follow the table. */
export function canReadPath(instance: InstanceView, userName: string, info: TableInfo, path: string): boolean {
    const [base, target] = path.split('.')
    const column = ownColumn(info, base)
    if (!SYSTEM_COLUMNS.includes(base) && !canAccess(instance, userName, 'read', info.name, base)) return false
    if (target === undefined) return true
    const targetTable = column?.reference ? instance.table(column.reference) : undefined
    if (!targetTable) return false
    const targetColumn = ownColumn(targetTable, target)
    if ((!targetColumn && !SYSTEM_COLUMNS.includes(target)) || isPasswordColumn(targetColumn) || HIDDEN_COLUMNS.has(target)) return false
    return SYSTEM_COLUMNS.includes(target) ? canAccess(instance, userName, 'read', targetTable.name) : canAccess(instance, userName, 'read', targetTable.name, target)
}

/** A column of the table by own property only (`constructor`, `__proto__` are not columns). */
export function ownColumn(info: TableInfo, name: string): ColumnInfo | undefined {
    return Object.prototype.hasOwnProperty.call(info.columns, name) ? info.columns[name] : undefined
}

function parseLimit(value: string | null, fallback: number): number {
    if (value === null || value === '') return fallback
    const n = Number(value)
    if (!Number.isSafeInteger(n) || n < 0) throw new HttpError(400, 'Invalid value for sysparm_limit/sysparm_offset', `Expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${value.slice(0, 40)}`)
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
        const ast = parseEncodedQuery(request.params.get('sysparm_query') ?? '')
        checkQueryFields(instance, request.userName, info, ast)
        // `javascript:` values: a small allow-list evaluated natively as the caller, never script (security/query-script.ts).
        const context: QueryScriptContext = { userName: request.userName, userSysId: () => userSysId(instance, request.userName), now: () => instance.clock.now() }
        sql = compileToSql(ast, info, resolve, { evaluateJavascript: (expression) => evaluateQueryScript(expression, context) })
    } catch (error) {
        if (error instanceof QueryError) throw new HttpError(400, 'Invalid query', error.message)
        // A query feature the local instance does not emulate (GROUPBY, deep dot-walks…) is the query's problem.
        if (error instanceof Error && error.message.startsWith('not emulated:')) throw new HttpError(400, 'Invalid query', error.message)
        throw error
    }
    const limit = parseLimit(request.params.get('sysparm_limit'), DEFAULT_LIMIT)
    const offset = parseLimit(request.params.get('sysparm_offset'), 0)
    const from = `FROM ${quote(info.name)} t ${sql.joins.join(' ')} WHERE ${sql.where}`
    const total = (instance.db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...sql.params) as { n: number }).n
    const order = sql.orderBy.length ? ` ORDER BY ${sql.orderBy.join(', ')}` : ''
    const rows = instance.db.prepare(`SELECT t.* ${from}${order} LIMIT ? OFFSET ?`).all(...sql.params, limit, offset) as StoredRow[]
    const fields = readableFields(instance, request.userName, info, requestedFields(request.params))
    const ctx = formatContext(instance, info, request.params, request.baseUrl, request.userName)
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
    return formatRecord(row, fields, formatContext(instance, info, request.params, request.baseUrl, request.userName))
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
            ownColumn(info, field) !== undefined &&
            !SYSTEM_COLUMNS.includes(field) &&
            !HIDDEN_COLUMNS.has(field) &&
            canAccess(instance, request.userName, operation, info.name, field, existing),
    )
    checkMaxLength(info, writable.map(([field, value]) => [field, bodyValue(value)]))
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
 * max_length of text fields (string, choice, reference…; not numbers, booleans or dates) is enforced on HTTP
 * writes: a longer value answers 400 naming the field. VERIFY: the platform truncates silently in the
 * database instead; refusing shows the problem locally. GlideRecord in scripts does not check (as before).
 */
function checkMaxLength(info: TableInfo, values: Array<[string, string]>): void {
    for (const [field, value] of values) {
        const column = ownColumn(info, field)
        if (!column?.maxLength || valueClassOf(column.type) !== 'text') continue
        const length = [...value].length
        if (length > column.maxLength) throw new HttpError(400, 'Invalid value', `${field}: ${length} characters, the field allows at most ${column.maxLength} (max_length)`)
    }
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
