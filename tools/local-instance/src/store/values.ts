// Conversions between script values and the storage representation (CONVENTIONS.md).
import { formatFields, parseDocumented } from '../runtime/date-format.ts'
import type { ColumnSchema } from '../schema/index.ts'

/** Anything that knows its stored value: GlideElement, GlideDateTime, GlideRecord (its sys_id). */
export interface HasStoredValue {
    storedValue(): string | number | null
}

function isStoredValueHolder(value: unknown): value is HasStoredValue {
    return typeof value === 'object' && value !== null && typeof (value as HasStoredValue).storedValue === 'function'
}

const DATE_TIME_TYPES = new Set(['glide_date_time', 'due_date'])

/**
 * A date-time as stored: 'yyyy-MM-dd HH:mm:ss' UTC. VERIFY: a value outside the internal format is read with the
 * formats GlideDateTime(String) documents, in their order (so `01-02-2024 12:00:00` is January 2nd, MM-dd-yyyy);
 * a value none of them reads throws instead of being stored as given.
 */
export function canonicalDateTime(text: string, type = 'glide_date_time'): string {
    const parsed = parseDocumented(text)
    if (!parsed) throw new Error(`not emulated: ${type} value "${text}" matches neither the internal format yyyy-MM-dd HH:mm:ss nor a format GlideDateTime(String) documents`)
    return formatFields(parsed.fields, type === 'glide_date' ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm:ss')
}

export function toStorage(column: ColumnSchema, value: unknown): string | number | null {
    if (isStoredValueHolder(value)) value = value.storedValue()
    if (value === null || value === undefined) return null
    const text = String(value)
    if (text === '') return null
    switch (column.type) {
        case 'boolean':
            // VERIFY: the platform stores 1/0 and answers 'true'/'false'; '1' and 'true' both mean true.
            return text === 'true' || text === '1' ? 'true' : 'false'
        case 'integer':
        case 'longint': {
            const number = Number.parseInt(text, 10)
            // VERIFY: the platform coerces a non-numeric integer to 0 or empty; the emulation stores empty.
            return Number.isNaN(number) ? null : number
        }
        case 'decimal':
        case 'float':
        case 'currency': {
            const number = Number.parseFloat(text)
            return Number.isNaN(number) ? null : number
        }
        case 'glide_date':
            return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : canonicalDateTime(text, 'glide_date')
        default:
            if (DATE_TIME_TYPES.has(column.type)) return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text) ? text : canonicalDateTime(text, column.type)
            // VERIFY: max_length is not enforced (the platform truncates on some databases).
            return text
    }
}

/** getValue(): a string, or null for an empty field (VERIFY in DIFFERENCES.md). */
export function fromStorage(value: string | number | null | undefined): string | null {
    if (value === null || value === undefined) return null
    return String(value)
}

/**
 * Columns the platform computes from other fields (schema/baseline: `calculated`, e.g. sys_user.name = first
 * name + last name). VERIFY: recomputed on every write that carries one of its source fields.
 */
export function applyCalculated(columns: Record<string, ColumnSchema>, row: Record<string, string | number | null>): void {
    for (const column of Object.values(columns)) {
        if (!column.calculated || !column.calculated.some((source) => source in row)) continue
        const value = column.calculated.map((source) => (row[source] === null || row[source] === undefined ? '' : String(row[source]))).filter((part) => part !== '').join(' ')
        row[column.name] = value === '' ? null : value
    }
}
