// Conversions between script values and the storage representation (CONVENTIONS.md).
import type { ColumnSchema } from '../schema/index.ts'

/** Anything that knows its stored value: GlideElement, GlideDateTime, GlideRecord (its sys_id). */
export interface HasStoredValue {
    storedValue(): string | number | null
}

function isStoredValueHolder(value: unknown): value is HasStoredValue {
    return typeof value === 'object' && value !== null && typeof (value as HasStoredValue).storedValue === 'function'
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
        default:
            // VERIFY: max_length is not enforced (the platform truncates on some databases).
            return text
    }
}

/** getValue(): a string, or null for an empty field (VERIFY in DIFFERENCES.md). */
export function fromStorage(value: string | number | null | undefined): string | null {
    if (value === null || value === undefined) return null
    return String(value)
}
