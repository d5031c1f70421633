// GlideQuery with its Stream and Optional (GlideQuery - Scoped, Global:
// markdown/api-reference/server-api-reference/GlideQueryGlobalAPI.md), built on the instance's own GlideRecord
// and GlideAggregate: immutable builders, typed results (numbers, booleans, null for empty), field and value
// checks that throw, and an Error when a business rule aborts a write. Every VERIFY item is listed in
// DIFFERENCES.md, "GlideQuery".
import type { ColumnSchema, Schema } from '../schema/index.ts'
import { notEmulated } from './kernel.ts'
import { stubNotEmulated } from './platform-api.ts'

type Item = Record<string, unknown>
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRecord = any

export interface GlideQueryDeps {
    schema: Schema
    GlideRecord: new (table: string) => AnyRecord
    GlideRecordSecure: new (table: string) => AnyRecord
    GlideAggregate: new (table: string) => AnyRecord
}

const NUMERIC_TYPES = new Set(['integer', 'longint', 'decimal', 'float', 'currency'])
const AGGREGATES = new Set(['count', 'sum', 'avg', 'min', 'max'])
const OPERATORS: Record<string, string> = {
    '=': '=', '!=': '!=', '>': '>', '>=': '>=', '<': '<', '<=': '<=', IN: 'IN', 'NOT IN': 'NOT IN', BETWEEN: 'BETWEEN',
    STARTSWITH: 'STARTSWITH', ENDSWITH: 'ENDSWITH', CONTAINS: 'LIKE', 'DOES NOT CONTAIN': 'NOTLIKE', LIKE: 'LIKE', 'NOT LIKE': 'NOTLIKE',
    SAMEAS: 'SAMEAS', NSAMEAS: 'NSAMEAS', EMPTYSTRING: 'EMPTYSTRING', ANYTHING: 'ANYTHING', INSTANCEOF: 'INSTANCEOF', ON: 'ON',
    GT_FIELD: 'GT_FIELD', LT_FIELD: 'LT_FIELD', GT_OR_EQUALS_FIELD: 'GT_OR_EQUALS_FIELD', LT_OR_EQUALS_FIELD: 'LT_OR_EQUALS_FIELD', DYNAMIC: 'DYNAMIC',
}

// ---------------------------------------------------------------------------------------------------------
// Optional and Stream

export class Optional<T> {
    private constructor(
        private readonly value: T | undefined,
        private readonly present: boolean,
        private readonly reason = 'Optional is empty',
    ) {}
    static of<T>(value: T): Optional<T> {
        return new Optional(value, true)
    }
    static empty<T>(reason?: string): Optional<T> {
        return new Optional<T>(undefined, false, reason)
    }
    /** The value; an empty Optional throws (VERIFY: the platform's message). */
    get(): T {
        if (!this.present) throw new Error(`get() called on an empty Optional: ${this.reason}`)
        return this.value as T
    }
    isPresent(): boolean {
        return this.present
    }
    isEmpty(): boolean {
        return !this.present
    }
    ifPresent(consumer: (value: T) => void): void {
        if (this.present) consumer(this.value as T)
    }
    orElse(fallback: T): T {
        return this.present ? (this.value as T) : fallback
    }
    map<R>(mapper: (value: T) => R): Optional<R> {
        return this.present ? Optional.of(mapper(this.value as T)) : Optional.empty<R>(this.reason)
    }
    flatMap<R>(mapper: (value: T) => Optional<R>): Optional<R> {
        return this.present ? mapper(this.value as T) : Optional.empty<R>(this.reason)
    }
    filter(predicate: (value: T) => boolean): Optional<T> {
        return this.present && predicate(this.value as T) ? this : Optional.empty<T>(this.reason)
    }
    toString(): string {
        return this.present ? `Optional<${JSON.stringify(this.value)}>` : 'Optional<empty>'
    }
}

export class Stream<T> {
    constructor(private readonly source: () => Iterable<T>) {}
    static fromArray<T>(items: T[]): Stream<T> {
        return new Stream(() => items)
    }
    map<R>(mapper: (item: T) => R): Stream<R> {
        const source = this.source
        return new Stream(function* () {
            for (const item of source()) yield mapper(item)
        })
    }
    flatMap<R>(mapper: (item: T) => Stream<R>): Stream<R> {
        const source = this.source
        return new Stream(function* () {
            for (const item of source()) yield* mapper(item).source()
        })
    }
    filter(predicate: (item: T) => boolean): Stream<T> {
        const source = this.source
        return new Stream(function* () {
            for (const item of source()) if (predicate(item)) yield item
        })
    }
    limit(count: number): Stream<T> {
        const source = this.source
        return new Stream(function* () {
            let taken = 0
            if (count <= 0) return
            for (const item of source()) {
                yield item
                if (++taken >= count) return
            }
        })
    }
    chunk(size: number): Stream<T[]> {
        const source = this.source
        return new Stream(function* () {
            let batch: T[] = []
            for (const item of source()) {
                batch.push(item)
                if (batch.length >= size) {
                    yield batch
                    batch = []
                }
            }
            if (batch.length) yield batch
        })
    }
    forEach(consumer: (item: T) => void): void {
        for (const item of this.source()) consumer(item)
    }
    reduce<R>(reducer: (accumulator: R, item: T) => R, initial: R): R {
        let accumulator = initial
        for (const item of this.source()) accumulator = reducer(accumulator, item)
        return accumulator
    }
    /** VERIFY: the platform requires the maximum count; without one the local instance returns everything. */
    toArray(maxSize?: number): T[] {
        const items: T[] = []
        for (const item of this.source()) {
            if (maxSize !== undefined && items.length >= maxSize) break
            items.push(item)
        }
        return items
    }
    find(predicate: (item: T) => boolean = () => true): Optional<T> {
        for (const item of this.source()) if (predicate(item)) return Optional.of(item)
        return Optional.empty<T>('no item matched')
    }
    findFirst(): Optional<T> {
        return this.find()
    }
    some(predicate: (item: T) => boolean): boolean {
        for (const item of this.source()) if (predicate(item)) return true
        return false
    }
    every(predicate: (item: T) => boolean): boolean {
        for (const item of this.source()) if (!predicate(item)) return false
        return true
    }
    anyMatch(predicate: (item: T) => boolean): boolean {
        return this.some(predicate)
    }
    allMatch(predicate: (item: T) => boolean): boolean {
        return this.every(predicate)
    }
    noneMatch(predicate: (item: T) => boolean): boolean {
        return !this.some(predicate)
    }
}

// ---------------------------------------------------------------------------------------------------------
// GlideQuery

interface Clause {
    join: 'and' | 'or'
    /** An encoded-query term, or a nested query's terms. */
    term?: string
    nested?: Plan
}

interface Plan {
    table: string
    clauses: Clause[]
    encoded: string[]
    order: Array<{ field: string; descending: boolean; aggregate?: string }>
    limit: number | null
    workflow: boolean
    autoSysFields: boolean
    forceUpdate: boolean
    acls: boolean
    aggregates: Array<{ type: string; field: string }>
    groupBy: string[]
    having: Array<{ type: string; field: string; operator: string; value: number }>
}

function emptyPlan(table: string): Plan {
    return { table, clauses: [], encoded: [], order: [], limit: null, workflow: true, autoSysFields: true, forceUpdate: false, acls: false, aggregates: [], groupBy: [], having: [] }
}

export function createGlideQuery(deps: GlideQueryDeps) {
    const { schema } = deps

    function columnOf(table: string, path: string): ColumnSchema {
        const [head, ...rest] = path.split('.')
        const column = schema.column(table, head)
        if (!column) throw new Error(`Unable to find field '${head}' in table '${table}'. Known fields: ${Object.keys(schema.columns(table)).sort().join(', ')}`)
        if (rest.length === 0) return column
        if (column.type !== 'reference' || !column.reference) throw new Error(`Unable to dot-walk through '${head}' in table '${table}': not a reference`)
        return columnOf(column.reference, rest.join('.'))
    }

    /** VERIFY: the types GlideQuery accepts per field type (docs: invalid value types and choice values throw). */
    function checkValue(table: string, field: string, column: ColumnSchema, value: unknown): void {
        const fail = (expecting: string) => {
            throw new Error(`Unable to match value [${JSON.stringify(value)}] with field '${field}' in table '${table}'. Expecting type '${expecting}'`)
        }
        if (value === null || value === undefined) return
        if (NUMERIC_TYPES.has(column.type) && typeof value !== 'number') fail(column.type)
        if (column.type === 'boolean' && typeof value !== 'boolean') fail('boolean')
        if (column.choices && column.choices.length && !column.choices.includes(String(value))) {
            throw new Error(`Invalid choice value [${JSON.stringify(value)}] for field '${field}' in table '${table}'. Valid choices: ${column.choices.join(', ')}`)
        }
    }

    function operand(value: unknown): string {
        const text = typeof value === 'boolean' ? String(value) : String(value)
        if (text.includes('^')) throw notEmulated(`a GlideQuery value containing "^" ("${text}")`)
        return text
    }

    function termFor(table: string, field: string, operatorArg: string, value: unknown): string {
        const operator = String(operatorArg).toUpperCase()
        const spelling = OPERATORS[operator]
        if (!spelling) throw new Error(`Invalid query operator '${operatorArg}'`)
        const column = columnOf(table, field)
        const values = Array.isArray(value) ? value : [value]
        if (!['SAMEAS', 'NSAMEAS', 'GT_FIELD', 'LT_FIELD', 'GT_OR_EQUALS_FIELD', 'LT_OR_EQUALS_FIELD', 'DYNAMIC', 'EMPTYSTRING', 'ANYTHING', 'INSTANCEOF', 'ON'].includes(spelling)) {
            for (const each of values) checkValue(table, field, column, each)
        }
        if (spelling === 'IN' || spelling === 'NOT IN') return `${field}${spelling}${values.map(operand).join(',')}`
        if (spelling === 'BETWEEN') {
            if (values.length !== 2) throw new Error(`BETWEEN on '${field}' needs [from, to]`)
            return `${field}BETWEEN${operand(values[0])}@${operand(values[1])}`
        }
        if (spelling === 'EMPTYSTRING' || spelling === 'ANYTHING') return `${field}${spelling}`
        return `${field}${spelling}${operand(value)}`
    }

    /** The plan's conditions as an encoded query (two levels, as encoded queries have: ^OR groups, ^NQ groups). */
    function encodedConditions(plan: Plan): string {
        const { clauses } = plan
        const joins = new Set(clauses.slice(1).map((clause) => clause.join))
        const nestedTerms = (nested: Plan, join: 'and' | 'or'): string => {
            const inner = nested.clauses
            const innerJoins = new Set(inner.slice(1).map((clause) => clause.join))
            if (inner.some((clause) => clause.nested)) throw notEmulated('GlideQuery nested more than one level')
            if (join === 'and') {
                if (innerJoins.has('and')) return inner.map((clause) => clause.term).join('^')
                return inner.map((clause) => clause.term).join('^OR')
            }
            if (innerJoins.has('or')) throw notEmulated('GlideQuery: an OR of OR groups nested in an OR query')
            return inner.map((clause) => clause.term).join('^')
        }
        if (joins.size > 1) throw new Error('Ambiguous query: mix of where() and orWhere() without a nested GlideQuery (GlideQuery docs, "Limitations")')
        const join = joins.has('or') ? 'or' : 'and'
        const parts = clauses.map((clause) => (clause.nested ? nestedTerms(clause.nested, join) : (clause.term as string)))
        const conditions = join === 'and' ? parts.join('^') : clauses.some((clause) => clause.nested) ? parts.join('^NQ') : parts.join('^OR')
        return [conditions, ...plan.encoded].filter(Boolean).join('^')
    }

    /** A selected field's value as GlideQuery returns it: numbers, booleans, null for empty, display values for $DISPLAY. */
    function readField(record: AnyRecord, table: string, field: string): unknown {
        const [path, flag] = field.split('$')
        if (flag && flag !== 'DISPLAY') throw notEmulated(`GlideQuery field flag $${flag}`)
        const column = columnOf(table, path)
        if (flag === 'DISPLAY') return record.getDisplayValue(path)
        const raw = record.getValue(path) as string | null
        if (raw === null || raw === '') return null
        if (NUMERIC_TYPES.has(column.type)) return Number(raw)
        if (column.type === 'boolean') return raw === 'true' || raw === '1'
        return raw
    }

    /** VERIFY: a dot-walked field comes back nested ({ company: { name } }). */
    function itemOf(record: AnyRecord, table: string, fields: string[]): Item {
        const item: Item = {}
        for (const field of fields) {
            const value = readField(record, table, field)
            const [path, flag] = field.split('$')
            if (!flag && path.includes('.')) {
                const parts = path.split('.')
                let target = item
                for (const part of parts.slice(0, -1)) target = (target[part] as Item | undefined) && typeof target[part] === 'object' ? (target[part] as Item) : (target[part] = {})
                target[parts[parts.length - 1]] = value
            } else item[field] = value
        }
        item.sys_id = record.getUniqueValue()
        return item
    }

    function flatFields(fields: unknown[]): string[] {
        const list = fields.length === 1 && Array.isArray(fields[0]) ? (fields[0] as unknown[]) : fields
        return list.map(String).filter((field) => field !== 'sys_id')
    }

    class GlideQuery {
        readonly type = 'GlideQuery'
        constructor(
            table?: string,
            private readonly planned?: Plan,
        ) {
            if (planned) return
            if (table !== undefined && table !== null) schema.require(String(table))
            this.planned = emptyPlan(table === undefined || table === null ? '' : String(table))
        }
        get table(): string {
            return this.plan().table
        }
        private plan(): Plan {
            return this.planned as Plan
        }
        private next(change: (plan: Plan) => void): GlideQuery {
            const plan = this.plan()
            const copy: Plan = { ...plan, clauses: [...plan.clauses], encoded: [...plan.encoded], order: [...plan.order], aggregates: [...plan.aggregates], groupBy: [...plan.groupBy], having: [...plan.having] }
            change(copy)
            return new GlideQuery(undefined, copy)
        }
        private requireTable(what: string): string {
            const table = this.plan().table
            if (!table) throw new Error(`GlideQuery.${what}: a nested GlideQuery (no table) can only be passed to where()/orWhere()`)
            return table
        }
        private clause(join: 'and' | 'or', args: unknown[], what: string): GlideQuery {
            if (join === 'or' && this.plan().clauses.length === 0) throw new Error(`${what}() must follow where(), whereNull() or whereNotNull()`)
            const [first, second, third] = args
            if (first instanceof GlideQuery) return this.next((plan) => plan.clauses.push({ join, nested: first.plan() }))
            const field = String(first)
            const [operator, value] = args.length >= 3 ? [String(second), third] : ['=', second]
            const table = this.plan().table
            if (value === null || value === undefined) throw new Error(`${what}('${field}', null): use ${join === 'and' ? 'whereNull' : 'orWhereNull'}()`)
            const term = table ? termFor(table, field, operator, value) : `${field}${OPERATORS[operator.toUpperCase()] ?? operator}${operand(value)}`
            return this.next((plan) => plan.clauses.push({ join, term }))
        }
        where(...args: unknown[]): GlideQuery {
            return this.clause('and', args, 'where')
        }
        orWhere(...args: unknown[]): GlideQuery {
            return this.clause('or', args, 'orWhere')
        }
        whereNull(field: string): GlideQuery {
            if (this.plan().table) columnOf(this.plan().table, field)
            return this.next((plan) => plan.clauses.push({ join: 'and', term: `${field}ISEMPTY` }))
        }
        orWhereNull(field: string): GlideQuery {
            if (this.plan().clauses.length === 0) throw new Error('orWhereNull() must follow where(), whereNull() or whereNotNull()')
            return this.next((plan) => plan.clauses.push({ join: 'or', term: `${field}ISEMPTY` }))
        }
        whereNotNull(field: string): GlideQuery {
            if (this.plan().table) columnOf(this.plan().table, field)
            return this.next((plan) => plan.clauses.push({ join: 'and', term: `${field}ISNOTEMPTY` }))
        }
        orWhereNotNull(field: string): GlideQuery {
            if (this.plan().clauses.length === 0) throw new Error('orWhereNotNull() must follow where(), whereNull() or whereNotNull()')
            return this.next((plan) => plan.clauses.push({ join: 'or', term: `${field}ISNOTEMPTY` }))
        }
        orderBy(fields: string): GlideQuery {
            return this.next((plan) => String(fields).split(',').forEach((field) => plan.order.push({ field: field.trim(), descending: false })))
        }
        orderByDesc(fieldOrAggregate: string, field?: string): GlideQuery {
            if (field !== undefined) return this.next((plan) => plan.order.push({ field, descending: true, aggregate: String(fieldOrAggregate).toLowerCase() }))
            return this.next((plan) => plan.order.push({ field: fieldOrAggregate, descending: true }))
        }
        limit(limit: number): GlideQuery {
            return this.next((plan) => (plan.limit = limit))
        }
        disableWorkflow(): GlideQuery {
            return this.next((plan) => (plan.workflow = false))
        }
        disableAutoSysFields(): GlideQuery {
            return this.next((plan) => (plan.autoSysFields = false))
        }
        forceUpdate(): GlideQuery {
            return this.next((plan) => (plan.forceUpdate = true))
        }
        withAcls(): GlideQuery {
            return this.next((plan) => (plan.acls = true))
        }
        groupBy(...fields: unknown[]): GlideQuery {
            return this.next((plan) => plan.groupBy.push(...flatFields(fields)))
        }
        aggregate(type: string, field: string): GlideQuery {
            const kind = String(type).toLowerCase()
            if (!AGGREGATES.has(kind)) throw new Error(`Invalid aggregate type '${type}'`)
            return this.next((plan) => plan.aggregates.push({ type: kind, field }))
        }
        having(type: string, field: string, operator: string, value: number): GlideQuery {
            if (!['>', '<', '>=', '<=', '=', '!='].includes(operator)) throw new Error(`Invalid having operator '${operator}'`)
            return this.next((plan) => plan.having.push({ type: String(type).toLowerCase(), field, operator, value }))
        }

        // ---- running
        private newRecord(aggregate = false): AnyRecord {
            const plan = this.plan()
            const table = this.requireTable('query')
            const record = aggregate ? new deps.GlideAggregate(table) : plan.acls ? new deps.GlideRecordSecure(table) : new deps.GlideRecord(table)
            const conditions = encodedConditions(plan)
            if (conditions) record.addEncodedQuery(conditions)
            if (!plan.workflow) record.setWorkflow(false)
            if (!plan.autoSysFields) record.autoSysFields(false)
            if (plan.forceUpdate) record.setForceUpdate(true)
            return record
        }
        private queried(fields: string[] = []): AnyRecord {
            const plan = this.plan()
            for (const field of fields) columnOf(plan.table, field.split('$')[0])
            const record = this.newRecord()
            for (const order of plan.order) {
                if (order.aggregate) throw new Error('orderByDesc(aggregate, field) needs aggregate()')
                if (order.descending) record.orderByDesc(order.field)
                else record.orderBy(order.field)
            }
            if (plan.limit !== null) record.setLimit(plan.limit)
            record.query()
            return record
        }
        select(...fields: unknown[]): Stream<Item> {
            const plan = this.plan()
            this.requireTable('select')
            if (plan.aggregates.length) return this.selectAggregates()
            const names = flatFields(fields)
            return new Stream(() => {
                const record = this.queried(names)
                const items: Item[] = []
                while (record.next()) items.push(itemOf(record, plan.table, names))
                return items
            })
        }
        selectOne(...fields: unknown[]): Optional<Item> {
            return this.limit(1).select(...fields).find()
        }
        get(key: string, fields: unknown[] = []): Optional<Item> {
            return this.where('sys_id', key).selectOne(fields)
        }
        getBy(keyValues: Record<string, unknown>, fields: unknown[] = []): Optional<Item> {
            const query = Object.entries(keyValues).reduce<GlideQuery>((built, [field, value]) => (value === null ? built.whereNull(field) : built.where(field, value)), this)
            return query.selectOne(fields)
        }
        count(): number {
            const record = this.newRecord(true)
            record.addAggregate('COUNT')
            record.query()
            return record.next() ? Number(record.getAggregate('COUNT')) : 0
        }
        private single(type: string, field: string): Optional<unknown> {
            const table = this.requireTable(type)
            const column = columnOf(table, field)
            if ((type === 'sum' || type === 'avg') && !NUMERIC_TYPES.has(column.type)) throw new Error(`Aggregate function '${type}' can only be used on numeric fields ('${field}' is ${column.type})`)
            const record = this.newRecord(true)
            record.addAggregate(type.toUpperCase(), field)
            record.query()
            const value = record.next() ? record.getAggregate(type.toUpperCase(), field) : null
            if (value === null || value === undefined) return Optional.empty(`no value of ${type}(${field})`)
            return Optional.of(NUMERIC_TYPES.has(column.type) || type === 'avg' ? Number(value) : value)
        }
        avg(field: string): Optional<unknown> {
            return this.single('avg', field)
        }
        sum(field: string): Optional<unknown> {
            return this.single('sum', field)
        }
        min(field: string): Optional<unknown> {
            return this.single('min', field)
        }
        max(field: string): Optional<unknown> {
            return this.single('max', field)
        }
        private selectAggregates(): Stream<Item> {
            const plan = this.plan()
            return new Stream(() => {
                const record = this.newRecord(true)
                for (const aggregate of plan.aggregates) record.addAggregate(aggregate.type.toUpperCase(), aggregate.type === 'count' ? undefined : aggregate.field)
                for (const field of plan.groupBy) record.groupBy(field)
                record.query()
                const rows: Item[] = []
                while (record.next()) {
                    const row: Item = { group: Object.fromEntries(plan.groupBy.map((field) => [field, readField(record, plan.table, field) ?? ''])) }
                    for (const aggregate of plan.aggregates) {
                        const raw = record.getAggregate(aggregate.type.toUpperCase(), aggregate.type === 'count' ? undefined : aggregate.field)
                        const value = raw === null || raw === undefined ? null : Number(raw)
                        // VERIFY: count comes back as a number on the row, the others by field ({ sum: { field } }).
                        if (aggregate.type === 'count') row.count = value
                        else ((row[aggregate.type] as Item | undefined) ?? (row[aggregate.type] = {}) as Item)[aggregate.field] = value
                    }
                    rows.push(row)
                }
                const valueOf = (row: Item, type: string, field: string) => (type === 'count' ? row.count : (row[type] as Item | undefined)?.[field]) as number | null
                const kept = rows.filter((row) =>
                    plan.having.every(({ type, field, operator, value }) => {
                        const actual = valueOf(row, type, field)
                        if (actual === null || actual === undefined) return false
                        return { '>': actual > value, '<': actual < value, '>=': actual >= value, '<=': actual <= value, '=': actual === value, '!=': actual !== value }[operator]
                    }),
                )
                for (const order of [...plan.order].reverse()) {
                    kept.sort((left, right) => {
                        const a = order.aggregate ? valueOf(left, order.aggregate, order.field) : (left.group as Item)[order.field]
                        const b = order.aggregate ? valueOf(right, order.aggregate, order.field) : (right.group as Item)[order.field]
                        const compared = a === b ? 0 : a === null || a === undefined ? -1 : b === null || b === undefined ? 1 : a < b ? -1 : 1
                        return order.descending ? -compared : compared
                    })
                }
                return plan.limit === null ? kept : kept.slice(0, plan.limit)
            })
        }

        // ---- writes
        private assign(record: AnyRecord, values: Record<string, unknown>): void {
            const table = this.plan().table
            for (const [field, value] of Object.entries(values)) {
                if (field === 'sys_id') continue
                const column = columnOf(table, field)
                if (field.includes('.')) throw new Error(`Cannot write the dot-walked field '${field}'`)
                if (column.type === 'journal' || column.type === 'journal_input') throw notEmulated(`GlideQuery writes to the journal field '${field}'`)
                checkValue(table, field, column, value)
                record.setValue(field, value === null || value === undefined ? '' : typeof value === 'boolean' ? String(value) : value)
            }
        }
        private read(sysId: string, fields: string[]): Optional<Item> {
            return new GlideQuery(this.plan().table).where('sys_id', sysId).selectOne(fields)
        }
        insert(keyValues: Record<string, unknown>, fields: unknown[] = []): Optional<Item> {
            const table = this.requireTable('insert')
            const record = this.newRecord()
            record.initialize()
            this.assign(record, keyValues)
            const sysId = record.insert()
            if (!sysId) throw new Error(`Failed to insert a record into table '${table}': the insert was aborted (business rule or ACL)`)
            return this.read(sysId, [...Object.keys(keyValues).filter((field) => field !== 'sys_id'), ...flatFields(fields)])
        }
        /** VERIFY: update() needs where('sys_id', …) (one record); the platform's rule for other keys is not emulated. */
        update(changes: Record<string, unknown>, fields: unknown[] = []): Optional<Item> {
            const table = this.requireTable('update')
            const keyed = this.plan().clauses.length === 1 && /^sys_id=[0-9a-f]{32}$/i.test(this.plan().clauses[0].term ?? '')
            if (!keyed) throw notEmulated("GlideQuery.update without exactly one where('sys_id', …)")
            const record = this.queried()
            if (!record.next()) return Optional.empty(`no ${table} record matches`)
            this.assign(record, changes)
            if (!record.update()) throw new Error(`Failed to update a record of table '${table}': the update was aborted (business rule or ACL)`)
            return this.read(record.getUniqueValue(), [...Object.keys(changes).filter((field) => field !== 'sys_id'), ...flatFields(fields)])
        }
        updateMultiple(changes: Record<string, unknown>): { rowCount: number } {
            this.requireTable('updateMultiple')
            const record = this.queried()
            let rowCount = 0
            while (record.next()) {
                this.assign(record, changes)
                if (record.update()) rowCount++
            }
            return { rowCount }
        }
        insertOrUpdate(changes: Record<string, unknown>, fields: unknown[] = []): Optional<Item> {
            const table = this.requireTable('insertOrUpdate')
            const sysId = changes.sys_id === undefined || changes.sys_id === null ? '' : String(changes.sys_id)
            if (sysId) {
                const existing = new deps.GlideRecord(table)
                if (existing.get(sysId)) return new GlideQuery(table, { ...this.plan(), clauses: [] }).where('sys_id', sysId).update(changes, fields)
            }
            return this.insert(changes, fields)
        }
        deleteMultiple(): void {
            this.requireTable('deleteMultiple')
            const record = this.queried()
            while (record.next()) record.deleteRecord()
        }
        del(): void {
            this.deleteMultiple()
        }
        toGlideRecord(): AnyRecord {
            const plan = this.plan()
            if (plan.aggregates.length) {
                const aggregate = this.newRecord(true)
                for (const each of plan.aggregates) aggregate.addAggregate(each.type.toUpperCase(), each.type === 'count' ? undefined : each.field)
                for (const field of plan.groupBy) aggregate.groupBy(field)
                return aggregate
            }
            const record = this.newRecord()
            for (const order of plan.order) (order.descending ? record.orderByDesc : record.orderBy).call(record, order.field)
            if (plan.limit !== null) record.setLimit(plan.limit)
            return record
        }
        toString(): string {
            return `GlideQuery<${this.plan().table}> ${encodedConditions(this.plan())}`
        }
        static parse(table: string, encodedQuery: string): GlideQuery {
            const query = new GlideQuery(table)
            const text = String(encodedQuery ?? '')
            const order = [...text.matchAll(/(?:^|\^)(ORDERBYDESC|ORDERBY)([^^]+)/g)].map((match) => ({ field: match[2], descending: match[1] === 'ORDERBYDESC' }))
            const conditions = text
                .split('^')
                .filter((part) => part && !part.startsWith('ORDERBY'))
                .join('^')
            return query.next((plan) => {
                if (conditions) plan.encoded.push(conditions)
                plan.order.push(...order)
            })
        }
    }

    stubNotEmulated(GlideQuery as unknown as { prototype: object } & Record<string, unknown>, 'GlideQuery')
    return { GlideQuery, Stream, Optional }
}
