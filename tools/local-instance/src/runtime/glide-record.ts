// GlideRecord, GlideRecordSecure, GlideElement and GlideAggregate over the store. Field access `gr.field`
// and assignment `gr.field = v` go through a Proxy; every other unknown Glide method throws `not emulated`.
import { compileToSql, parseEncodedQuery, type Row } from '../query/index.ts'
import type { ColumnSchema } from '../schema/index.ts'
import { quote } from '../store/store.ts'
import { fromStorage, toStorage } from '../store/values.ts'
import type { GlideDateTimeClasses } from './glide-date-time.ts'
import { notEmulated, type EngineRecord, type GlideOperation, type Kernel, type Operation } from './kernel.ts'

// GlideRecord / GlideElement methods of the platform API that the emulation does not provide: calling one
// throws instead of returning undefined. A plain unknown name still reads as undefined, as an unknown field does.
const NOT_EMULATED_RECORD_METHODS = new Set([
    'addJoinQuery', 'addDomainQuery', 'addFunction', 'applyEncodedQuery', 'applyTemplate', 'getAttribute', 'getClassDisplayValue',
    'getED', 'getLabel', 'getLastErrorMessage', 'getLink', 'getLocation', 'getPlural', 'getRelatedLists', 'getRelatedTables',
    'insertWithReferences', 'isEncodedQueryValid', 'isView', 'saveLocation', 'setCategory', 'setDisplayValue', 'updateMultiple',
    'updateWithReferences', 'getCategory', 'setQueryReferences', 'setUseEngines', 'addExtraField', 'isActionAborted', 'getFields',
])
const NOT_EMULATED_ELEMENT_METHODS = new Set([
    'getAttribute', 'getBooleanAttribute', 'getDecryptedValue', 'getED', 'getGlobalDisplayValue', 'getHTMLValue',
    'getJournalEntry', 'getReferenceTable', 'setDateNumericValue', 'setDisplayValue', 'setError', 'setPhoneNumber', 'dateNumericValue',
    'canCreate', 'canRead', 'canWrite', 'hasAttribute', 'hasRightsTo', 'hasValue', 'getEscapedValue', 'getXHTMLValue', 'getXMLValue',
])

// Operators accepted by addQuery(field, operator, value) → their encoded-query spelling.
const OPERATOR_SPELLING: Record<string, string> = {
    '=': '=', '!=': '!=', '>': '>', '>=': '>=', '<': '<', '<=': '<=', IN: 'IN', 'NOT IN': 'NOT IN', STARTSWITH: 'STARTSWITH',
    ENDSWITH: 'ENDSWITH', CONTAINS: 'LIKE', 'DOES NOT CONTAIN': 'NOTLIKE', LIKE: 'LIKE', 'NOT LIKE': 'NOTLIKE', ISEMPTY: 'ISEMPTY',
    ISNOTEMPTY: 'ISNOTEMPTY', SAMEAS: 'SAMEAS', NSAMEAS: 'NSAMEAS', BETWEEN: 'BETWEEN',
}

export const STATE = Symbol('glideRecordState')

export interface GlideRecordLike {
    [STATE]: RecordState
}

interface OrderTerm {
    field: string
    descending: boolean
}

export class RecordState implements EngineRecord {
    workflow = true
    autoSysFields = true
    forceUpdate = false
    aborted = false
    row: Row = {}
    original: Row | null = null
    isNew = false
    operation: 'insert' | 'update' | 'delete' | null = null
    conditions: string[] = []
    orderBy: OrderTerm[] = []
    limit: number | null = null
    offset = 0
    results: Row[] | null = null
    position = -1
    proxy!: GlideRecordLike
    /** Referenced records loaded by dot-walking, by field. */
    references = new Map<string, GlideRecordLike | null>()

    constructor(
        readonly tableName: string,
        readonly secure: boolean,
        readonly makeSnapshot: (table: string, row: Row | null) => unknown,
    ) {}

    load(row: Row): void {
        this.row = { ...row }
        this.original = { ...row }
        this.isNew = false
        this.references.clear()
    }

    markSaved(row: Row): void {
        this.load(row)
    }

    snapshot(row: Row | null): unknown {
        return this.makeSnapshot(this.tableName, row)
    }
}

function queryText(value: unknown): string {
    if (value === null || value === undefined) return ''
    if (Array.isArray(value)) return value.map(queryText).join(',')
    if (typeof value === 'object') {
        const holder = value as { storedValue?: () => unknown; getUniqueValue?: () => string }
        if (typeof holder.getUniqueValue === 'function') return holder.getUniqueValue()
        if (typeof holder.storedValue === 'function') return queryText(holder.storedValue())
    }
    const text = String(value)
    if (text.includes('^')) throw notEmulated(`a query value containing "^" ("${text}"): encoded queries cannot carry it`)
    return text
}

export function createGlideRecordClasses(kernel: Kernel, dates: GlideDateTimeClasses) {
    /**
     * Logs the operation (when the test asked for a log) and applies an injected fault: throws, or returns true
     * when the operation must be refused. Never active outside tests (kernel.faults is empty).
     */
    function fault(table: string, operation: GlideOperation, workflow?: boolean): boolean {
        if (kernel.operations) kernel.operations.push(workflow === undefined ? { table, operation } : { table, operation, workflow })
        const index = kernel.faults.findIndex((candidate) => candidate.table === table && candidate.operation === operation && candidate.times > 0)
        if (index < 0) return false
        const found = kernel.faults[index]
        found.times--
        if (found.mode === 'throw') throw new Error(found.message)
        return true
    }

    const { schema, store, counters } = kernel

    function columnOf(table: string, field: string): ColumnSchema | undefined {
        return schema.column(table, field)
    }

    function displayOf(table: string, column: ColumnSchema, value: string | number | null): string {
        if (value === null) return ''
        if (column.type === 'reference' && column.reference) {
            const referenced = kernel.lookup(column.reference, String(value))
            const displayColumn = schema.displayColumn(column.reference)
            if (!referenced || !displayColumn) return ''
            const target = columnOf(column.reference, displayColumn)
            return target ? displayOf(column.reference, target, referenced[displayColumn] ?? null) : String(referenced[displayColumn] ?? '')
        }
        if (column.choiceLabels && column.choiceLabels[String(value)] !== undefined) return column.choiceLabels[String(value)]
        return String(value)
    }

    class GlideElement {
        constructor(
            readonly record: RecordState,
            readonly column: ColumnSchema,
        ) {}
        storedValue(): string | number | null {
            return this.record.row[this.column.name] ?? null
        }
        toString(): string {
            return fromStorage(this.storedValue()) ?? ''
        }
        getValue(): string | null {
            return fromStorage(this.storedValue())
        }
        getDisplayValue(): string {
            return displayOf(this.record.tableName, this.column, this.storedValue())
        }
        setValue(value: unknown): void {
            setField(this.record, this.column.name, value)
        }
        getName(): string {
            return this.column.name
        }
        getTableName(): string {
            return this.record.tableName
        }
        getLabel(): string {
            return this.column.label ?? this.column.name
        }
        /** The field's choice values in dictionary order. VERIFY: the scoped API returns them as an array. */
        getChoices(dependent?: unknown): string[] {
            if (dependent !== undefined && dependent !== null && dependent !== '') throw notEmulated('GlideElement.getChoices with a dependent value')
            return [...(this.column.choices ?? [])]
        }
        nil(): boolean {
            const value = this.storedValue()
            return value === null || value === ''
        }
        changes(): boolean {
            return fieldChanged(this.record, this.column.name)
        }
        changesTo(value: unknown): boolean {
            return this.changes() && String(this.storedValue() ?? '') === queryText(value)
        }
        changesFrom(value: unknown): boolean {
            return this.changes() && String(this.record.original?.[this.column.name] ?? '') === queryText(value)
        }
        getRefRecord(): GlideRecordLike {
            if (this.column.type !== 'reference' || !this.column.reference) throw new Error(`getRefRecord: ${this.record.tableName}.${this.column.name} is not a reference`)
            const referenced = new GlideRecord(this.column.reference)
            const value = this.storedValue()
            if (value !== null) (referenced as unknown as { get(id: string): boolean }).get(String(value))
            return referenced
        }
        getGlideObject(): unknown {
            if (!['glide_date_time', 'glide_date', 'due_date'].includes(this.column.type)) throw notEmulated(`getGlideObject on a ${this.column.type} field`)
            const value = this.storedValue()
            return value === null ? null : new dates.GlideDateTime(String(value))
        }
        dateNumericValue(): number {
            const value = this.storedValue()
            return value === null ? 0 : new dates.GlideDateTime(String(value)).getNumericValue()
        }
    }

    function elementProxy(record: RecordState, column: ColumnSchema): GlideElement {
        const element = new GlideElement(record, column)
        return new Proxy(element, {
            get(target, property, receiver) {
                if (typeof property !== 'string' || property in target) return Reflect.get(target, property, receiver)
                if (NOT_EMULATED_ELEMENT_METHODS.has(property)) throw notEmulated(`GlideElement.${property}`)
                // Dot-walk: `current.account.name` reads the referenced record.
                if (column.type === 'reference' && column.reference && columnOf(column.reference, property)) {
                    let referenced = record.references.get(column.name)
                    if (referenced === undefined) {
                        const value = record.row[column.name]
                        referenced = value === null || value === undefined ? null : element.getRefRecord()
                        record.references.set(column.name, referenced)
                    }
                    if (!referenced) return elementProxy(new RecordState(column.reference, false, () => null), columnOf(column.reference, property) as ColumnSchema)
                    return (referenced as unknown as Record<string, unknown>)[property]
                }
                return undefined
            },
        })
    }

    function fieldChanged(record: RecordState, field: string): boolean {
        const before = record.original?.[field] ?? null
        const after = record.row[field] ?? null
        return String(before ?? '') !== String(after ?? '')
    }

    function setField(record: RecordState, field: string, value: unknown): void {
        const column = columnOf(record.tableName, field)
        if (!column) {
            // VERIFY: the platform silently ignores a value set on a field the table does not have.
            kernel.log('warn', `setValue on unknown field ${record.tableName}.${field} ignored`, 'GlideRecord')
            return
        }
        record.row[field] = toStorage(column, value)
        record.references.delete(field)
    }

    function requireLoaded(record: RecordState, what: string): void {
        if (!record.original) throw new Error(`${what} on ${record.tableName}: no current record (call next() or get() first)`)
    }

    function check(record: RecordState, operation: Operation): boolean {
        if (!record.secure) return true
        const allowed = kernel.canAccess(kernel.session.user, operation, record.tableName)
        if (!allowed) kernel.log('warn', `Security restricted ${operation} on ${record.tableName} for ${kernel.session.user ?? 'system'}`, 'GlideRecordSecure')
        return allowed
    }

    class QueryCondition {
        constructor(
            private readonly record: RecordState,
            private readonly index: number,
        ) {}
        addOrCondition(field: string, operatorOrValue?: unknown, value?: unknown): QueryCondition {
            this.record.conditions[this.index] += `^OR${term(field, operatorOrValue, value, arguments.length)}`
            return this
        }
        addCondition(field: string, operatorOrValue?: unknown, value?: unknown): QueryCondition {
            this.record.conditions.push(term(field, operatorOrValue, value, arguments.length))
            return this
        }
    }

    function term(field: string, operatorOrValue: unknown, value: unknown, argumentCount: number): string {
        if (argumentCount <= 2) return `${field}=${queryText(operatorOrValue)}`
        const operator = String(operatorOrValue).toUpperCase()
        const spelling = OPERATOR_SPELLING[operator]
        if (!spelling) throw notEmulated(`addQuery operator "${String(operatorOrValue)}"`)
        if (spelling === 'ISEMPTY' || spelling === 'ISNOTEMPTY') return `${field}${spelling}`
        return `${field}${spelling}${queryText(value)}`
    }

    class GlideRecordBase {
        declare [STATE]: RecordState

        constructor(table: string, secure = false) {
            schema.require(table)
            const state = new RecordState(table, secure, makeSnapshot)
            Object.defineProperty(this, STATE, { value: state, enumerable: false })
            const proxy = new Proxy(this, {
                get(target, property, receiver) {
                    if (typeof property !== 'string' || property in target) return Reflect.get(target, property, receiver)
                    const column = columnOf(table, property)
                    if (column) return elementProxy(state, column)
                    if (NOT_EMULATED_RECORD_METHODS.has(property)) throw notEmulated(`GlideRecord.${property}`)
                    return undefined
                },
                set(target, property, value, receiver) {
                    if (typeof property === 'string' && !(property in target) && columnOf(table, property)) {
                        setField(state, property, value)
                        return true
                    }
                    return Reflect.set(target, property, value, receiver)
                },
            })
            state.proxy = proxy as unknown as GlideRecordLike
            return proxy
        }

        // ---- query building
        addQuery(field: string, operatorOrValue?: unknown, value?: unknown): QueryCondition {
            const state = this[STATE]
            if (arguments.length === 1) return this.addEncodedQuery(field)
            state.conditions.push(term(field, operatorOrValue, value, arguments.length))
            return new QueryCondition(state, state.conditions.length - 1)
        }
        addEncodedQuery(query: string): QueryCondition {
            const state = this[STATE]
            const text = String(query ?? '').replace(/\^EQ$/, '')
            if (text !== '') state.conditions.push(text)
            return new QueryCondition(state, state.conditions.length - 1)
        }
        addNullQuery(field: string): QueryCondition {
            return this.addEncodedQuery(`${field}ISEMPTY`)
        }
        addNotNullQuery(field: string): QueryCondition {
            return this.addEncodedQuery(`${field}ISNOTEMPTY`)
        }
        addActiveQuery(): QueryCondition {
            return this.addEncodedQuery('active=true')
        }
        getEncodedQuery(): string {
            const state = this[STATE]
            return [...state.conditions, ...state.orderBy.map((order) => `${order.descending ? 'ORDERBYDESC' : 'ORDERBY'}${order.field}`)].join('^')
        }
        orderBy(field: string): void {
            this[STATE].orderBy.push({ field, descending: false })
        }
        orderByDesc(field: string): void {
            this[STATE].orderBy.push({ field, descending: true })
        }
        setLimit(limit: number): void {
            this[STATE].limit = limit
        }
        chooseWindow(first: number, last: number): void {
            this[STATE].offset = first
            this[STATE].limit = last - first
        }
        setWorkflow(enabled: boolean): void {
            this[STATE].workflow = !!enabled
        }
        autoSysFields(enabled: boolean): void {
            this[STATE].autoSysFields = !!enabled
        }
        setForceUpdate(enabled: boolean): void {
            this[STATE].forceUpdate = !!enabled
        }
        setAbortAction(abort: boolean): void {
            this[STATE].aborted = !!abort
        }

        // ---- reading
        query(): void {
            this.runQuery('query')
        }
        /** query() and get() share this; `operation` names which one a fault or the operation log sees. */
        runQuery(operation: 'query' | 'get'): void {
            const state = this[STATE]
            fault(state.tableName, operation)
            if (state.workflow) kernel.engine.beforeQuery(state)
            state.results = runSelect(state)
            state.position = -1
            counters.queries++
        }
        get(nameOrId: unknown, value?: unknown): boolean {
            const state = this[STATE]
            const saved = state.conditions
            state.conditions = arguments.length >= 2 ? [`${String(nameOrId)}=${queryText(value)}`] : [`sys_id=${queryText(nameOrId)}`]
            if (arguments.length < 2 && (nameOrId === null || nameOrId === undefined || nameOrId === '')) {
                state.conditions = saved
                return false
            }
            const savedLimit = state.limit
            state.limit = 1
            try {
                this.runQuery('get')
            } finally {
                state.conditions = saved
                state.limit = savedLimit
            }
            return this.next()
        }
        next(): boolean {
            const state = this[STATE]
            if (!state.results) return false
            if (state.position + 1 >= state.results.length) {
                state.position = state.results.length
                return false
            }
            state.position++
            state.load(state.results[state.position])
            return true
        }
        _next(): boolean {
            return this.next()
        }
        hasNext(): boolean {
            const state = this[STATE]
            return !!state.results && state.position + 1 < state.results.length
        }
        getRowCount(): number {
            return this[STATE].results?.length ?? 0
        }
        getValue(field: string): string | null {
            const element = this.getElement(field)
            return element ? element.getValue() : null
        }
        getDisplayValue(field?: string): string {
            const state = this[STATE]
            const name = field ?? schema.displayColumn(state.tableName)
            if (!name) return ''
            const element = this.getElement(name)
            return element ? element.getDisplayValue() : ''
        }
        getElement(field: string): GlideElement | null {
            const state = this[STATE]
            const [head, ...rest] = field.split('.')
            const column = columnOf(state.tableName, head)
            if (!column) return null
            let element: unknown = elementProxy(state, column)
            for (const part of rest) element = (element as Record<string, unknown>)?.[part]
            return (element as GlideElement) ?? null
        }
        setValue(field: string, value: unknown): void {
            setField(this[STATE], field, value)
        }
        getUniqueValue(): string | null {
            return fromStorage(this[STATE].row.sys_id)
        }
        getTableName(): string {
            return this[STATE].tableName
        }
        getRecordClassName(): string {
            return String(this[STATE].row.sys_class_name ?? this[STATE].tableName)
        }
        isValid(): boolean {
            return true
        }
        isValidRecord(): boolean {
            return this[STATE].original !== null
        }
        isNewRecord(): boolean {
            return this[STATE].isNew
        }
        changes(): boolean {
            const state = this[STATE]
            const fields = new Set([...Object.keys(state.row), ...Object.keys(state.original ?? {})])
            return [...fields].some((field) => fieldChanged(state, field))
        }
        operation(): string | null {
            return this[STATE].operation
        }
        canRead(): boolean {
            return kernel.canAccess(kernel.session.user, 'read', this[STATE].tableName)
        }
        canWrite(): boolean {
            return kernel.canAccess(kernel.session.user, 'write', this[STATE].tableName)
        }
        canCreate(): boolean {
            return kernel.canAccess(kernel.session.user, 'create', this[STATE].tableName)
        }
        canDelete(): boolean {
            return kernel.canAccess(kernel.session.user, 'delete', this[STATE].tableName)
        }

        // ---- writing
        initialize(): void {
            const state = this[STATE]
            state.row = {}
            state.original = null
            state.isNew = true
            state.references.clear()
            for (const column of Object.values(schema.columns(state.tableName))) {
                if (column.defaultValue !== undefined && !column.defaultValue.startsWith('javascript:')) state.row[column.name] = toStorage(column, column.defaultValue)
            }
        }
        newRecord(): void {
            this.initialize()
            this[STATE].row.sys_id = kernel.newId()
        }
        setNewGuidValue(sysId: string): void {
            this[STATE].row.sys_id = sysId
        }
        insert(): string | null {
            const state = this[STATE]
            if (!check(state, 'create')) return null
            if (fault(state.tableName, 'insert', state.workflow)) return null
            return kernel.engine.insert(state)
        }
        update(): string | null {
            const state = this[STATE]
            // VERIFY: update() on a record that was never loaded inserts it, as on the platform.
            if (!state.original) return this.insert()
            if (!check(state, 'write')) return null
            if (fault(state.tableName, 'update', state.workflow)) return null
            return kernel.engine.update(state)
        }
        deleteRecord(): boolean {
            const state = this[STATE]
            requireLoaded(state, 'deleteRecord')
            if (!check(state, 'delete')) return false
            if (fault(state.tableName, 'delete', state.workflow)) return false
            return kernel.engine.delete(state)
        }
        deleteMultiple(): void {
            const state = this[STATE]
            if (!state.results) this.query()
            while (this.next()) {
                if (check(state, 'delete')) kernel.engine.delete(state)
            }
        }
        toString(): string {
            return `[object GlideRecord ${this[STATE].tableName}]`
        }
    }

    function tableInfoFor(table: string) {
        const info = kernel.resolve(table)
        if (!info) throw new Error(`table not found: ${table}`)
        return info
    }

    function runSelect(state: RecordState): Row[] {
        const encoded = [...state.conditions, ...state.orderBy.map((order) => `${order.descending ? 'ORDERBYDESC' : 'ORDERBY'}${order.field}`)].join('^')
        const sql = compileToSql(parseEncodedQuery(encoded), tableInfoFor(state.tableName), kernel.resolve)
        // VERIFY: without ORDERBY rows come back in insertion order (the platform promises no order).
        const order = [...sql.orderBy, 't.rowid ASC'].join(', ')
        const paging = state.limit !== null ? ` LIMIT ${Math.max(0, Math.floor(state.limit))} OFFSET ${Math.max(0, Math.floor(state.offset))}` : ''
        const text = `SELECT t.* FROM ${quote(state.tableName)} t ${sql.joins.join(' ')} WHERE ${sql.where} ORDER BY ${order}${paging}`
        const rows = store.db.prepare(text).all(...sql.params) as Row[]
        for (const row of rows) delete row.rowid
        if (!state.secure) return rows
        // VERIFY: the platform removes records the user cannot read from the result ("rows removed by security").
        return rows.filter(() => kernel.canAccess(kernel.session.user, 'read', state.tableName))
    }

    function makeSnapshot(table: string, row: Row | null): unknown {
        if (!row) return null
        const snapshot = new GlideRecord(table) as unknown as GlideRecordLike
        snapshot[STATE].load(row)
        return snapshot
    }

    class GlideRecord extends GlideRecordBase {
        constructor(table: string) {
            super(table, false)
        }
    }

    class GlideRecordSecure extends GlideRecordBase {
        constructor(table: string) {
            super(table, true)
        }
    }

    class GlideAggregate extends GlideRecordBase {
        private aggregates: Array<{ kind: string; field: string | null }> = []
        private groups: string[] = []
        private aggregateRows: Array<Record<string, unknown>> = []
        private aggregatePosition = -1

        constructor(table: string) {
            super(table, false)
        }
        addAggregate(kind: string, field?: string): void {
            const upper = String(kind).toUpperCase()
            if (!['COUNT', 'SUM', 'MIN', 'MAX', 'AVG'].includes(upper)) throw notEmulated(`GlideAggregate aggregate ${kind}`)
            this.aggregates.push({ kind: upper, field: field ?? null })
        }
        groupBy(field: string): void {
            this.groups.push(field)
        }
        setGroup(group: boolean): void {
            if (!group) this.groups = []
        }
        query(): void {
            const state = this[STATE]
            if (state.workflow) kernel.engine.beforeQuery(state)
            const sql = compileToSql(parseEncodedQuery(state.conditions.join('^')), tableInfoFor(state.tableName), kernel.resolve)
            const groupColumns = this.groups.map((field) => {
                if (field.includes('.')) throw notEmulated(`GlideAggregate groupBy on a dot-walked field (${field})`)
                if (!columnOf(state.tableName, field)) throw new Error(`GlideAggregate: unknown field ${state.tableName}.${field}`)
                return `t.${quote(field)}`
            })
            const selected = [
                ...groupColumns.map((column, index) => `${column} AS ${quote(`g${index}`)}`),
                ...this.aggregates.map((aggregate, index) => {
                    const target = aggregate.field ? `t.${quote(aggregate.field)}` : '*'
                    return `${aggregate.kind}(${target}) AS ${quote(`a${index}`)}`
                }),
            ]
            if (selected.length === 0) selected.push('COUNT(*) AS "a0"')
            const grouping = groupColumns.length ? ` GROUP BY ${groupColumns.join(', ')} ORDER BY ${groupColumns.join(', ')}` : ''
            fault(state.tableName, 'aggregate')
            const text = `SELECT ${selected.join(', ')} FROM ${quote(state.tableName)} t ${sql.joins.join(' ')} WHERE ${sql.where}${grouping}`
            this.aggregateRows = store.db.prepare(text).all(...sql.params) as Array<Record<string, unknown>>
            this.aggregatePosition = -1
            counters.queries++
        }
        next(): boolean {
            if (this.aggregatePosition + 1 >= this.aggregateRows.length) return false
            this.aggregatePosition++
            const state = this[STATE]
            const row: Row = {}
            this.groups.forEach((field, index) => (row[field] = this.aggregateRows[this.aggregatePosition][`g${index}`] as string | number | null))
            state.load(row)
            return true
        }
        hasNext(): boolean {
            return this.aggregatePosition + 1 < this.aggregateRows.length
        }
        getRowCount(): number {
            return this.aggregateRows.length
        }
        getAggregate(kind: string, field?: string): string | null {
            const upper = String(kind).toUpperCase()
            const index = this.aggregates.findIndex((aggregate) => aggregate.kind === upper && aggregate.field === (field ?? null))
            if (index < 0) throw new Error(`GlideAggregate.getAggregate(${kind}${field ? `, ${field}` : ''}): not requested with addAggregate`)
            const value = this.aggregateRows[this.aggregatePosition]?.[`a${index}`]
            return value === null || value === undefined ? (upper === 'COUNT' ? '0' : null) : String(value)
        }
        insert(): string | null {
            throw notEmulated('GlideAggregate.insert')
        }
        update(): string | null {
            throw notEmulated('GlideAggregate.update')
        }
        deleteRecord(): boolean {
            throw notEmulated('GlideAggregate.deleteRecord')
        }
    }

    return { GlideRecord, GlideRecordSecure, GlideAggregate, GlideElement }
}

export type GlideRecordClasses = ReturnType<typeof createGlideRecordClasses>
