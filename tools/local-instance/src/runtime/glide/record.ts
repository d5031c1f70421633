// GlideRecord and GlideRecordSecure: query building, reading, and the writes the business-rule engine performs.
// Field access `gr.field` and assignment `gr.field = v` go through a Proxy; other platform methods that are
// not emulated throw `not emulated`.
import type { Row } from '../../query/index.ts'
import { fromStorage } from '../../store/values.ts'
import { notEmulated } from '../kernel.ts'
import { isPlatformMethod } from '../platform-api.ts'
import type { GlideContext } from './context.ts'
import { applyDefaults } from './defaults.ts'
import type { GlideElementClasses } from './element.ts'
import { QueryCondition, queryText, term } from './query-terms.ts'
import { RecordState, STATE, type GlideRecordLike } from './record-state.ts'
import { runSelect } from './select.ts'
import { applyTestHooks } from './test-hooks.ts'

export function createGlideRecord(ctx: GlideContext, elements: GlideElementClasses) {
    const { kernel } = ctx
    const { schema, counters } = kernel
    const { elementProxy } = elements

    function requireLoaded(record: RecordState, what: string): void {
        if (!record.original) throw new Error(`${what} on ${record.tableName}: no current record (call next() or get() first)`)
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
                    const column = ctx.columnOf(table, property)
                    if (column) return elementProxy(state, column)
                    // A platform method the emulation does not implement throws; any other name reads as undefined,
                    // as an unknown field does.
                    const className = target instanceof GlideRecordBase && (target as { aggregateClass?: boolean }).aggregateClass ? 'GlideAggregate' : 'GlideRecord'
                    if (isPlatformMethod(className, property) || isPlatformMethod('GlideRecord', property)) throw notEmulated(`${className}.${property}`)
                    return undefined
                },
                set(target, property, value, receiver) {
                    if (typeof property === 'string' && !(property in target) && ctx.columnOf(table, property)) {
                        ctx.setField(state, property, value)
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
            return this[STATE].encodedQuery()
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
        isActionAborted(): boolean {
            return this[STATE].aborted
        }

        // ---- reading
        query(): void {
            this.runQuery('query')
        }
        /** query() and get() share this; `operation` names which one a fault or the operation log sees. */
        runQuery(operation: 'query' | 'get'): void {
            const state = this[STATE]
            applyTestHooks(kernel, state.tableName, operation)
            if (state.workflow) kernel.engine.beforeQuery(state)
            state.results = runSelect(kernel, state)
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
        getElement(field: string): InstanceType<GlideElementClasses['GlideElement']> | null {
            const state = this[STATE]
            const [head, ...rest] = field.split('.')
            const column = ctx.columnOf(state.tableName, head)
            if (!column) return null
            let element: unknown = elementProxy(state, column)
            for (const part of rest) element = (element as Record<string, unknown>)?.[part]
            return (element as InstanceType<GlideElementClasses['GlideElement']>) ?? null
        }
        setValue(field: string, value: unknown): void {
            ctx.setField(this[STATE], field, value)
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
            return [...fields].some((field) => ctx.fieldChanged(state, field))
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
            applyDefaults(ctx, state, 'initialize')
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
            if (!ctx.check(state, 'create')) return null
            if (applyTestHooks(kernel, state.tableName, 'insert', state.workflow)) return null
            // VERIFY: insert() without initialize() still applies dictionary defaults to fields never set.
            applyDefaults(ctx, state, 'insert')
            return kernel.engine.insert(state)
        }
        update(): string | null {
            const state = this[STATE]
            // VERIFY: update() on a record that was never loaded inserts it, as on the platform.
            if (!state.original) return this.insert()
            if (!ctx.check(state, 'write')) return null
            if (applyTestHooks(kernel, state.tableName, 'update', state.workflow)) return null
            return kernel.engine.update(state)
        }
        deleteRecord(): boolean {
            const state = this[STATE]
            requireLoaded(state, 'deleteRecord')
            if (!ctx.check(state, 'delete')) return false
            if (applyTestHooks(kernel, state.tableName, 'delete', state.workflow)) return false
            return kernel.engine.delete(state)
        }
        deleteMultiple(): void {
            const state = this[STATE]
            if (!state.results) this.query()
            while (this.next()) {
                if (ctx.check(state, 'delete')) kernel.engine.delete(state)
            }
        }
        toString(): string {
            return `[object GlideRecord ${this[STATE].tableName}]`
        }
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

    ctx.newRecord = (table) => new GlideRecord(table) as unknown as GlideRecordLike
    return { GlideRecordBase, GlideRecord, GlideRecordSecure }
}

export type GlideRecordClassSet = ReturnType<typeof createGlideRecord>
