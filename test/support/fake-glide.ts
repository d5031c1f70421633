/**
 * A small in-memory fake of the `@servicenow/glide` APIs the app's adapters use. jest maps
 * `@servicenow/glide` to this file for the unit project (jest.config.js), so adapter code runs unchanged.
 *
 * Strictness is the point: tables must be declared with their columns, every unknown column, table, query
 * form or API throws, and every query condition is applied — a fake that ignored conditions would let
 * tests pass whatever the adapter asked for.
 *
 * Test helpers live on the `fakeGlide` object (reset, defineTable, seed, rows, setProperty, logs, …).
 */

import type { GlideRecord as PlatformGlideRecord } from '@servicenow/glide'

type StoredValue = string | null
type Row = Record<string, StoredValue>
type Predicate = (row: Row) => boolean
type Operation = 'query' | 'get' | 'insert' | 'update' | 'delete' | 'aggregate'

interface TableState {
    columns: Set<string>
    rows: Row[]
}

interface FailureHook {
    table: string
    operation: Operation
    error: string
}

/** One Glide database operation, in the order the adapters made them. */
export interface OperationRecord {
    table: string
    operation: Operation
    /** For writes: whether setWorkflow(false) was in effect (business rules and workflows suppressed). */
    workflow?: boolean
}

export interface LogEntry {
    level: 'error' | 'warn' | 'info' | 'debug'
    message: string
}

const SYSTEM_COLUMNS = ['sys_id', 'sys_created_on', 'sys_updated_on']

const state = {
    tables: new Map<string, TableState>(),
    properties: new Map<string, string>(),
    logs: [] as LogEntry[],
    errorMessages: [] as string[],
    infoMessages: [] as string[],
    operations: [] as OperationRecord[],
    failures: [] as FailureHook[],
    now: '2026-01-15 10:00:00',
    userId: 'fake-user-id',
    nextId: 1,
}

function tableState(name: string): TableState {
    const table = state.tables.get(name)
    if (!table) throw new Error(`fake-glide: table "${name}" is not defined (call fakeGlide.defineTable)`)
    return table
}

function assertColumn(table: string, column: string): void {
    if (!tableState(table).columns.has(column)) {
        throw new Error(`fake-glide: table "${table}" has no column "${column}"`)
    }
}

function toStored(value: unknown): StoredValue {
    if (value === null || value === undefined || value === '') return null
    if (typeof value === 'string') return value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    throw new Error(`fake-glide: cannot store a value of type ${typeof value}`)
}

/** Boolean columns compare equal whether stored as true/false or 1/0 (the platform accepts both in queries). */
function sameValue(stored: StoredValue, wanted: string): boolean {
    const normalise = (v: string) => (v === '1' ? 'true' : v === '0' ? 'false' : v)
    if (stored === null) return wanted === ''
    return stored === wanted || normalise(stored) === normalise(wanted)
}

function record(table: string, operation: Operation, workflow?: boolean): void {
    const failure = state.failures.find((f) => f.table === table && f.operation === operation)
    if (failure) throw new Error(failure.error)
    state.operations.push(workflow === undefined ? { table, operation } : { table, operation, workflow })
}

function newSysId(): string {
    const id = state.nextId++
    return id.toString(16).padStart(32, '0')
}

function conditionFor(table: string, field: string, operator: string, rawValue: unknown): Predicate {
    assertColumn(table, field)
    const listOf = (v: unknown): string[] =>
        Array.isArray(v) ? v.map(String) : String(v).split(',').filter((item) => item !== '')
    switch (operator) {
        case '=': {
            const value = toStored(rawValue) ?? ''
            return (row) => sameValue(row[field] ?? null, value)
        }
        case '!=': {
            const value = toStored(rawValue) ?? ''
            return (row) => !sameValue(row[field] ?? null, value)
        }
        case 'IN': {
            const values = listOf(rawValue)
            return (row) => values.some((v) => sameValue(row[field] ?? null, v))
        }
        case 'NOT IN': {
            const values = listOf(rawValue)
            return (row) => !values.some((v) => sameValue(row[field] ?? null, v))
        }
        default:
            throw new Error(`fake-glide: query operator "${operator}" is not supported`)
    }
}

const ENCODED_TERM = /^([a-z_][a-z0-9_]*?)(NOT IN|IN|!=|=)(.*)$/

function parseEncodedQuery(table: string, query: string): Predicate[] {
    if (query.includes('^OR') || query.includes('^NQ') || query.includes('^EQ') || query.includes('ORDERBY')) {
        throw new Error(`fake-glide: encoded query "${query}" uses a form that is not supported by the fake`)
    }
    return query
        .split('^')
        .filter((term) => term !== '')
        .map((term) => {
            const match = ENCODED_TERM.exec(term)
            if (!match) throw new Error(`fake-glide: encoded query term "${term}" is not supported`)
            const [, field, operator, value] = match
            return conditionFor(table, field, operator, value)
        })
}

/** Shared query building for GlideRecord and GlideAggregate. */
class FakeQuery {
    protected readonly table: string
    protected readonly conditions: Predicate[] = []

    constructor(table: string) {
        tableState(table)
        this.table = table
    }

    addQuery(field: string, operatorOrValue: unknown, value?: unknown): void {
        if (arguments.length === 2) {
            this.conditions.push(conditionFor(this.table, field, '=', operatorOrValue))
        } else {
            this.conditions.push(conditionFor(this.table, field, String(operatorOrValue), value))
        }
    }

    addEncodedQuery(query: string): void {
        this.conditions.push(...parseEncodedQuery(this.table, query))
    }

    protected matchingRows(): Row[] {
        return tableState(this.table).rows.filter((row) => this.conditions.every((matches) => matches(row)))
    }
}

export class GlideRecord extends FakeQuery {
    private ordering: { field: string; descending: boolean }[] = []
    private limit = Infinity
    private results: Row[] = []
    private cursor = -1
    private values: Row | null = null
    private workflow = true
    private aborted = false

    getTableName(): string {
        return this.table
    }

    orderBy(field: string): void {
        assertColumn(this.table, field)
        this.ordering.push({ field, descending: false })
    }

    orderByDesc(field: string): void {
        assertColumn(this.table, field)
        this.ordering.push({ field, descending: true })
    }

    setLimit(limit: number): void {
        this.limit = limit
    }

    setWorkflow(enabled: boolean): void {
        this.workflow = enabled
    }

    setAbortAction(abort: boolean): void {
        this.aborted = abort
    }

    /** Test-only: whether a business rule asked to abort this record's save. */
    isAbortRequested(): boolean {
        return this.aborted
    }

    query(): void {
        if (arguments.length > 0) throw new Error('fake-glide: query(field, value) is not supported')
        record(this.table, 'query')
        const sorted = [...this.matchingRows()]
        sorted.sort((a, b) => {
            for (const { field, descending } of this.ordering) {
                const compared = compareStored(a[field] ?? null, b[field] ?? null)
                if (compared !== 0) return descending ? -compared : compared
            }
            return 0
        })
        this.results = sorted.slice(0, this.limit).map((row) => ({ ...row }))
        this.cursor = -1
        this.values = null
    }

    hasNext(): boolean {
        return this.cursor + 1 < this.results.length
    }

    next(): boolean {
        if (!this.hasNext()) {
            this.values = null
            return false
        }
        this.cursor++
        this.values = { ...this.results[this.cursor] }
        return true
    }

    get(fieldOrId: string, value?: string): boolean {
        record(this.table, 'get')
        const field = arguments.length >= 2 ? fieldOrId : 'sys_id'
        const wanted = arguments.length >= 2 ? value : fieldOrId
        if (wanted === null || wanted === undefined || wanted === '') {
            this.values = null
            return false
        }
        assertColumn(this.table, field)
        const found = tableState(this.table).rows.find((row) => sameValue(row[field] ?? null, String(wanted)))
        this.values = found ? { ...found } : null
        return found !== undefined
    }

    initialize(): void {
        this.values = {}
    }

    newRecord(): void {
        this.values = {}
    }

    isValidRecord(): boolean {
        return this.values !== null && typeof this.values.sys_id === 'string'
    }

    getValue(field: string): string | null {
        assertColumn(this.table, field)
        if (this.values === null) throw new Error(`fake-glide: getValue("${field}") on ${this.table} with no current record`)
        const value = this.values[field]
        return value === undefined || value === '' ? null : value
    }

    setValue(field: string, value: unknown): void {
        assertColumn(this.table, field)
        if (this.values === null) this.values = {}
        this.values[field] = toStored(value)
    }

    getUniqueValue(): string {
        if (this.values === null || !this.values.sys_id) throw new Error('fake-glide: getUniqueValue with no saved record')
        return this.values.sys_id
    }

    insert(): string {
        if (this.values === null) this.values = {}
        record(this.table, 'insert', this.workflow)
        const sysId = this.values.sys_id ?? newSysId()
        const saved: Row = { ...this.values, sys_id: sysId, sys_created_on: state.now, sys_updated_on: state.now }
        tableState(this.table).rows.push(saved)
        this.values = { ...saved }
        return sysId
    }

    update(): string {
        if (this.values === null || !this.values.sys_id) throw new Error('fake-glide: update() with no current record')
        record(this.table, 'update', this.workflow)
        const rows = tableState(this.table).rows
        const index = rows.findIndex((row) => row.sys_id === this.values?.sys_id)
        if (index < 0) throw new Error(`fake-glide: update() of a ${this.table} record that does not exist`)
        rows[index] = { ...rows[index], ...this.values, sys_updated_on: state.now }
        this.values = { ...rows[index] }
        return rows[index].sys_id as string
    }

    deleteRecord(): boolean {
        if (this.values === null || !this.values.sys_id) throw new Error('fake-glide: deleteRecord() with no current record')
        record(this.table, 'delete', this.workflow)
        const rows = tableState(this.table).rows
        const index = rows.findIndex((row) => row.sys_id === this.values?.sys_id)
        if (index < 0) return false
        rows.splice(index, 1)
        this.values = null
        return true
    }
}

function compareStored(a: StoredValue, b: StoredValue): number {
    if (a === b) return 0
    if (a === null) return -1
    if (b === null) return 1
    const numeric = Number(a) - Number(b)
    if (!Number.isNaN(numeric) && a.trim() !== '' && b.trim() !== '') return numeric
    return a < b ? -1 : 1
}

export class GlideAggregate extends FakeQuery {
    private counting = false
    private grouping: string[] = []
    private groups: { key: Row; count: number }[] = []
    private cursor = -1

    addAggregate(aggregate: string, field?: string): void {
        if (aggregate !== 'COUNT' || field !== undefined) {
            throw new Error(`fake-glide: GlideAggregate.addAggregate("${aggregate}", ${String(field)}) is not supported`)
        }
        this.counting = true
    }

    groupBy(field: string): void {
        assertColumn(this.table, field)
        this.grouping.push(field)
    }

    query(): void {
        if (!this.counting) throw new Error('fake-glide: GlideAggregate.query() without addAggregate("COUNT")')
        record(this.table, 'aggregate')
        const byKey = new Map<string, { key: Row; count: number }>()
        for (const row of this.matchingRows()) {
            const key: Row = {}
            for (const field of this.grouping) key[field] = row[field] ?? null
            const id = JSON.stringify(key)
            const group = byKey.get(id) ?? { key, count: 0 }
            group.count++
            byKey.set(id, group)
        }
        // An ungrouped COUNT always yields one row, even when nothing matched.
        this.groups = this.grouping.length === 0 && byKey.size === 0 ? [{ key: {}, count: 0 }] : [...byKey.values()]
        this.cursor = -1
    }

    next(): boolean {
        if (this.cursor + 1 >= this.groups.length) return false
        this.cursor++
        return true
    }

    getAggregate(aggregate: string, field?: string): string {
        if (aggregate !== 'COUNT' || field !== undefined) {
            throw new Error(`fake-glide: getAggregate("${aggregate}", ${String(field)}) is not supported`)
        }
        return String(this.currentGroup().count)
    }

    getValue(field: string): string | null {
        if (!this.grouping.includes(field)) throw new Error(`fake-glide: getValue("${field}") on a field not grouped by`)
        return this.currentGroup().key[field] ?? null
    }

    private currentGroup(): { key: Row; count: number } {
        const group = this.groups[this.cursor]
        if (!group) throw new Error('fake-glide: GlideAggregate read before next()')
        return group
    }
}

const GLIDE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

function parseGlideDateTime(value: string): number {
    const match = GLIDE_DATE_TIME.exec(value)
    if (!match) throw new Error(`fake-glide: "${value}" is not a 'YYYY-MM-DD HH:mm:ss' date-time`)
    const [, y, mo, d, h, mi, s] = match.map(Number)
    return Date.UTC(y, mo - 1, d, h, mi, s)
}

function formatGlideDateTime(ms: number): string {
    return new Date(ms).toISOString().replace('T', ' ').slice(0, 19)
}

/** UTC-only GlideDateTime: construct from nothing (the fake clock) or a 'YYYY-MM-DD HH:mm:ss' value. */
export class GlideDateTime {
    private ms: number

    constructor(value?: string) {
        if (arguments.length > 1) throw new Error('fake-glide: GlideDateTime(value, isDisplayValue) is not supported')
        this.ms = parseGlideDateTime(value === undefined ? state.now : value)
    }

    getValue(): string {
        return formatGlideDateTime(this.ms)
    }

    getNumericValue(): number {
        return this.ms
    }

    setValue(value: string): void {
        this.ms = parseGlideDateTime(value)
    }
}

function formatMessage(message: unknown, params: unknown[]): string {
    // gs.info('a {0}', x) substitutes positional parameters like the platform does.
    return String(message).replace(/\{(\d+)\}/g, (whole, index: string) =>
        Number(index) < params.length ? String(params[Number(index)]) : whole,
    )
}

export const gs = {
    getProperty(key: string, alternate?: unknown): string {
        const value = state.properties.get(key)
        if (value !== undefined) return value
        return alternate === undefined ? (null as unknown as string) : String(alternate)
    },
    getUserID(): string {
        return state.userId
    },
    generateGUID(): string {
        return newSysId()
    },
    error(message: unknown, ...params: unknown[]): void {
        state.logs.push({ level: 'error', message: formatMessage(message, params) })
    },
    warn(message: unknown, ...params: unknown[]): void {
        state.logs.push({ level: 'warn', message: formatMessage(message, params) })
    },
    info(message: unknown, ...params: unknown[]): void {
        state.logs.push({ level: 'info', message: formatMessage(message, params) })
    },
    debug(message: unknown, ...params: unknown[]): void {
        state.logs.push({ level: 'debug', message: formatMessage(message, params) })
    },
    addErrorMessage(message: unknown): void {
        state.errorMessages.push(String(message))
    },
    addInfoMessage(message: unknown): void {
        state.infoMessages.push(String(message))
    },
}

/** Test controls for the fake. */
export const fakeGlide = {
    /** Forget every table, row, property, log, message, operation and failure hook. */
    reset(): void {
        state.tables.clear()
        state.properties.clear()
        state.logs = []
        state.errorMessages = []
        state.infoMessages = []
        state.operations = []
        state.failures = []
        state.now = '2026-01-15 10:00:00'
        state.userId = 'fake-user-id'
        state.nextId = 1
    },
    /** Declare a table and its columns (sys_id, sys_created_on and sys_updated_on are implicit). */
    defineTable(name: string, columns: readonly string[]): void {
        state.tables.set(name, { columns: new Set([...SYSTEM_COLUMNS, ...columns]), rows: [] })
    },
    /** Add rows as stored values; a row without sys_id gets one. Returns the sys_ids. */
    seed(table: string, rows: Array<Record<string, string | null>>): string[] {
        const target = tableState(table)
        return rows.map((row) => {
            for (const column of Object.keys(row)) assertColumn(table, column)
            const saved: Row = { sys_created_on: state.now, sys_updated_on: state.now, ...row, sys_id: row.sys_id ?? newSysId() }
            target.rows.push(saved)
            return saved.sys_id as string
        })
    },
    /** A copy of a table's stored rows; every declared column is present, null when empty. */
    rows(table: string): Row[] {
        const { columns, rows } = tableState(table)
        return rows.map((row) => {
            const full: Row = {}
            for (const column of columns) full[column] = toStored(row[column])
            return full
        })
    },
    /**
     * A GlideRecord positioned on a stored row, as a business rule's `current` would be (no operation is
     * counted). Typed as the platform GlideRecord so it can be handed straight to adapter code.
     */
    recordOf(table: string, sysId: string): PlatformGlideRecord {
        const found = tableState(table).rows.find((row) => row.sys_id === sysId)
        if (!found) throw new Error(`fake-glide: no ${table} row ${sysId}`)
        return fakeGlide.recordWith(table, found)
    },
    /** A GlideRecord holding the given values without saving them (e.g. `previous`, or `current` in a before rule). */
    recordWith(table: string, values: Record<string, string | null>): PlatformGlideRecord {
        const gr = new GlideRecord(table)
        gr.initialize()
        for (const [column, value] of Object.entries(values)) gr.setValue(column, value)
        return gr as unknown as PlatformGlideRecord
    },
    /** Whether a business rule called setAbortAction(true) on a record made by recordOf/recordWith. */
    abortRequested(gr: PlatformGlideRecord): boolean {
        return (gr as unknown as GlideRecord).isAbortRequested()
    },
    setProperty(key: string, value: string): void {
        state.properties.set(key, value)
    },
    setNow(value: string): void {
        parseGlideDateTime(value)
        state.now = value
    },
    setUserId(userId: string): void {
        state.userId = userId
    },
    /** Make the next and every later `operation` on `table` throw `error`. */
    failOn(table: string, operation: Operation, error: string): void {
        state.failures.push({ table, operation, error })
    },
    /** Stop every failure set with failOn (the store recovered). */
    clearFailures(): void {
        state.failures = []
    },
    clearOperations(): void {
        state.operations = []
    },
    get operations(): OperationRecord[] {
        return [...state.operations]
    },
    get logs(): LogEntry[] {
        return [...state.logs]
    },
    get errorMessages(): string[] {
        return [...state.errorMessages]
    },
    get infoMessages(): string[] {
        return [...state.infoMessages]
    },
}
