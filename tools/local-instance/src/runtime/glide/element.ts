// GlideElement: one field of a record (`current.state`), its stored and display value, changes, dot-walks.
import type { ColumnSchema } from '../../schema/index.ts'
import { fromStorage } from '../../store/values.ts'
import { notEmulated } from '../kernel.ts'
import { isPlatformMethod } from '../platform-api.ts'
import type { GlideContext } from './context.ts'
import { queryText } from './query-terms.ts'
import { RecordState, type GlideRecordLike } from './record-state.ts'

const DATE_TIME_TYPES = new Set(['glide_date_time', 'glide_date', 'due_date'])

export function createGlideElement(ctx: GlideContext) {
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
            return ctx.displayOf(this.record.tableName, this.column, this.storedValue())
        }
        setValue(value: unknown): void {
            ctx.setField(this.record, this.column.name, value)
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
            return ctx.fieldChanged(this.record, this.column.name)
        }
        changesTo(value: unknown): boolean {
            return this.changes() && String(this.storedValue() ?? '') === queryText(value)
        }
        changesFrom(value: unknown): boolean {
            return this.changes() && String(this.record.original?.[this.column.name] ?? '') === queryText(value)
        }
        getRefRecord(): GlideRecordLike {
            if (this.column.type !== 'reference' || !this.column.reference) throw new Error(`getRefRecord: ${this.record.tableName}.${this.column.name} is not a reference`)
            const referenced = ctx.newRecord(this.column.reference)
            const value = this.storedValue()
            if (value !== null) (referenced as unknown as { get(id: string): boolean }).get(String(value))
            return referenced
        }
        getGlideObject(): unknown {
            if (!DATE_TIME_TYPES.has(this.column.type)) throw notEmulated(`getGlideObject on a ${this.column.type} field`)
            const value = this.storedValue()
            if (value === null) return null
            return this.column.type === 'glide_date' ? new ctx.dates.GlideDate(String(value)) : new ctx.dates.GlideDateTime(String(value))
        }
        dateNumericValue(): number {
            const value = this.storedValue()
            return value === null ? 0 : new ctx.dates.GlideDateTime(String(value)).getNumericValue()
        }
    }

    /** `record.field`: the element, with unknown methods refused and `current.account.name` walking references. */
    function elementProxy(record: RecordState, column: ColumnSchema): GlideElement {
        const element = new GlideElement(record, column)
        return new Proxy(element, {
            get(target, property, receiver) {
                if (typeof property !== 'string' || property in target) return Reflect.get(target, property, receiver)
                // Dot-walk: `current.account.name` reads the referenced record.
                if (column.type === 'reference' && column.reference && ctx.columnOf(column.reference, property)) {
                    let referenced = record.references.get(column.name)
                    if (referenced === undefined) {
                        const value = record.row[column.name]
                        referenced = value === null || value === undefined ? null : element.getRefRecord()
                        record.references.set(column.name, referenced)
                    }
                    if (!referenced) return elementProxy(new RecordState(column.reference, false, () => null), ctx.columnOf(column.reference, property) as ColumnSchema)
                    return (referenced as unknown as Record<string, unknown>)[property]
                }
                if (isPlatformMethod('GlideElement', property)) throw notEmulated(`GlideElement.${property}`)
                return undefined
            },
        })
    }

    return { GlideElement, elementProxy }
}

export type GlideElementClasses = ReturnType<typeof createGlideElement>
