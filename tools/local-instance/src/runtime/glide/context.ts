// What the Glide record classes share within one instance: the kernel, dictionary lookups, field writes and
// display values. Each concern (elements, records, aggregates, selects) is a module that receives this.
import type { ColumnSchema } from '../../schema/index.ts'
import { applyCalculated, toStorage } from '../../store/values.ts'
import type { GlideDateTimeClasses } from '../glide-date-time.ts'
import type { Kernel, Operation } from '../kernel.ts'
import type { GlideRecordLike, RecordState } from './record-state.ts'

export interface GlideContext {
    kernel: Kernel
    dates: GlideDateTimeClasses
    columnOf(table: string, field: string): ColumnSchema | undefined
    setField(record: RecordState, field: string, value: unknown): void
    fieldChanged(record: RecordState, field: string): boolean
    /** The display value of a stored value: referenced record's display field, choice label, date in the user's zone. */
    displayOf(table: string, column: ColumnSchema, value: string | number | null): string
    /** GlideRecordSecure's table-level ACL check (always true for plain GlideRecord). */
    check(record: RecordState, operation: Operation): boolean
    /** A new GlideRecord on a table (bound once the record classes exist). */
    newRecord(table: string): GlideRecordLike
}

export function createGlideContext(kernel: Kernel, dates: GlideDateTimeClasses): GlideContext {
    const { schema } = kernel
    const columnOf = (table: string, field: string) => schema.column(table, field)

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
        if (column.type === 'glide_date_time' || column.type === 'due_date') return new dates.GlideDateTime(String(value)).getDisplayValue()
        if (column.type === 'glide_date') return new dates.GlideDate(String(value)).getDisplayValue()
        return String(value)
    }

    return {
        kernel,
        dates,
        columnOf,
        displayOf,
        setField(record, field, value) {
            const column = columnOf(record.tableName, field)
            if (!column) {
                // VERIFY: the platform silently ignores a value set on a field the table does not have.
                kernel.log('warn', `setValue on unknown field ${record.tableName}.${field} ignored`, 'GlideRecord')
                return
            }
            record.row[field] = toStorage(column, value)
            record.references.delete(field)
            if (schema.hasCalculated(record.tableName)) applyCalculated(schema.columns(record.tableName), record.row)
        },
        fieldChanged(record, field) {
            const before = record.original?.[field] ?? null
            const after = record.row[field] ?? null
            return String(before ?? '') !== String(after ?? '')
        },
        check(record, operation) {
            if (!record.secure) return true
            const allowed = kernel.canAccess(kernel.session.user, operation, record.tableName)
            if (!allowed) kernel.log('warn', `Security restricted ${operation} on ${record.tableName} for ${kernel.session.user ?? 'system'}`, 'GlideRecordSecure')
            return allowed
        },
        newRecord() {
            throw new Error('GlideContext.newRecord not bound yet')
        },
    }
}
