// GlideAggregate: COUNT/SUM/MIN/MAX/AVG with GROUP BY, compiled to one SQL statement.
import { compileToSql, parseEncodedQuery, type Row } from '../../query/index.ts'
import { quote } from '../../store/store.ts'
import { notEmulated } from '../kernel.ts'
import type { GlideContext } from './context.ts'
import type { GlideRecordClassSet } from './record.ts'
import { STATE } from './record-state.ts'
import { tableInfoFor } from './select.ts'
import { applyTestHooks } from './test-hooks.ts'

export function createGlideAggregate(ctx: GlideContext, records: GlideRecordClassSet) {
    const { kernel } = ctx

    class GlideAggregate extends records.GlideRecordBase {
        private aggregates: Array<{ kind: string; field: string | null }> = []
        private groups: string[] = []
        private aggregateRows: Array<Record<string, unknown>> = []
        private aggregatePosition = -1
        readonly aggregateClass = true

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
            const sql = compileToSql(parseEncodedQuery(state.conditions.join('^')), tableInfoFor(kernel, state.tableName), kernel.resolve)
            const groupColumns = this.groups.map((field) => {
                if (field.includes('.')) throw notEmulated(`GlideAggregate groupBy on a dot-walked field (${field})`)
                if (!ctx.columnOf(state.tableName, field)) throw new Error(`GlideAggregate: unknown field ${state.tableName}.${field}`)
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
            applyTestHooks(kernel, state.tableName, 'aggregate')
            const text = `SELECT ${selected.join(', ')} FROM ${quote(state.tableName)} t ${sql.joins.join(' ')} WHERE ${sql.where}${grouping}`
            this.aggregateRows = kernel.store.db.prepare(text).all(...sql.params) as Array<Record<string, unknown>>
            this.aggregatePosition = -1
            kernel.counters.queries++
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
    return { GlideAggregate }
}
