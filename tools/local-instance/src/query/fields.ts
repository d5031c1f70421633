// Field resolution and value normalisation shared by the SQL and the JS compilers, so both agree by construction.
import type { ColumnInfo, CompileOptions, LookupRow, ResolveTable, Row, TableInfo } from './types.ts'
import { QueryError, notEmulated } from './errors.ts'

/** How a column's values compare; decided by the Glide type and the storage representation. */
export type ValueClass = 'integer' | 'number' | 'boolean' | 'date' | 'text'

const CLASS_BY_TYPE: Record<string, ValueClass> = {
    integer: 'integer',
    longint: 'integer',
    decimal: 'number',
    float: 'number',
    currency: 'number',
    boolean: 'boolean',
    glide_date_time: 'date',
    glide_date: 'date',
    due_date: 'date',
    glide_duration: 'date',
    glide_time: 'date',
}

export function valueClassOf(type: string): ValueClass {
    return CLASS_BY_TYPE[type] ?? 'text'
}

// The store adds these to every table; a TableInfo may or may not list them (CONVENTIONS.md, storage).
// VERIFY: every table has these columns, with these types, even when its dictionary does not list them.
const SYSTEM_COLUMNS: Record<string, ColumnInfo> = {
    sys_id: { name: 'sys_id', type: 'GUID' },
    sys_created_on: { name: 'sys_created_on', type: 'glide_date_time' },
    sys_updated_on: { name: 'sys_updated_on', type: 'glide_date_time' },
    sys_created_by: { name: 'sys_created_by', type: 'string' },
    sys_updated_by: { name: 'sys_updated_by', type: 'string' },
    sys_mod_count: { name: 'sys_mod_count', type: 'integer' },
}

/**
 * Looks a column up on the table, then on the tables it extends.
 * VERIFY: storage is flat (a child table's SQLite table holds its inherited columns), so an inherited
 * column is still read from the child's own row.
 */
export function findColumn(table: TableInfo, name: string, resolve: ResolveTable): ColumnInfo | undefined {
    const seen = new Set<string>()
    let current: TableInfo | undefined = table
    while (current && !seen.has(current.name)) {
        seen.add(current.name)
        // Own properties only: `constructor` or `__proto__` in a query are not columns.
        const column: ColumnInfo | undefined = Object.prototype.hasOwnProperty.call(current.columns, name) ? current.columns[name] : undefined
        if (column) return column
        current = current.extends ? resolve(current.extends) : undefined
    }
    return Object.prototype.hasOwnProperty.call(SYSTEM_COLUMNS, name) ? SYSTEM_COLUMNS[name] : undefined
}

export interface FieldRef {
    /** As written in the query: `state` or `account.name`. */
    field: string
    column: ColumnInfo
    cls: ValueClass
    /** Set for a one-level dot-walk: the reference column on the main table and the table it points to. */
    via?: { referenceField: string; referencedTable: string }
}

export function resolveField(table: TableInfo, field: string, resolve: ResolveTable): FieldRef {
    const parts = field.split('.')
    if (parts.length > 2) throw notEmulated(`dot-walk deeper than one level ("${field}" on table ${table.name})`)
    if (parts.length === 1) {
        const column = findColumn(table, field, resolve)
        if (!column) throw new QueryError(`unknown field "${field}" on table ${table.name}`)
        return { field, column, cls: valueClassOf(column.type) }
    }
    const [referenceField, targetField] = parts
    const referenceColumn = findColumn(table, referenceField, resolve)
    if (!referenceColumn) throw new QueryError(`unknown field "${referenceField}" on table ${table.name} (in "${field}")`)
    if (!referenceColumn.reference) {
        throw new QueryError(`cannot dot-walk "${field}": ${table.name}.${referenceField} is not a reference field`)
    }
    const target = resolve(referenceColumn.reference)
    if (!target) throw new QueryError(`cannot dot-walk "${field}": referenced table ${referenceColumn.reference} is unknown`)
    const column = findColumn(target, targetField, resolve)
    if (!column) throw new QueryError(`unknown field "${targetField}" on table ${target.name} (in "${field}" on ${table.name})`)
    return { field, column, cls: valueClassOf(column.type), via: { referenceField, referencedTable: target.name } }
}

/**
 * SQLite's lower() and NOCASE fold ASCII only; the JS side folds exactly the same characters so that the
 * SQL and JS results agree.
 * VERIFY: the platform also folds non-ASCII letters ('äbc' LIKE-matches 'ÄBC' there, not here).
 */
export function asciiLower(text: string): string {
    return text.replace(/[A-Z]+/g, (run) => run.toLowerCase())
}

export function isEmptyValue(value: unknown): boolean {
    return value === null || value === undefined || value === ''
}

const DATE_GENERATE = /^gs\.dateGenerate\(\s*'(\d{4}-\d{2}-\d{2})'\s*,\s*'(start|end|\d{2}:\d{2}:\d{2})'\s*\)$/

/** Replaces a `javascript:` value by its result; plain values are returned unchanged. */
export function evaluateValue(raw: string, term: string, options: CompileOptions): string {
    if (!raw.startsWith('javascript:')) return raw
    const expression = raw.slice('javascript:'.length).trim()
    // The condition builder writes date bounds this way; it is a pure function, so it is evaluated here.
    // VERIFY: dateGenerate's 'start'/'end' mean 00:00:00 / 23:59:59, and the result is compared as UTC.
    const generated = DATE_GENERATE.exec(expression)
    if (generated) {
        const time = generated[2] === 'start' ? '00:00:00' : generated[2] === 'end' ? '23:59:59' : generated[2]
        return `${generated[1]} ${time}`
    }
    if (!options.evaluateJavascript) throw notEmulated(`javascript: value in term "${term}"`)
    const result = options.evaluateJavascript(expression)
    return result === null || result === undefined ? '' : String(result)
}

export type Operand = string | number

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

/** Turns one (already evaluated, non-empty) query value into the form stored values are compared with. */
export function toOperand(ref: FieldRef, value: string, term: string): Operand {
    switch (ref.cls) {
        case 'integer':
        case 'number': {
            const number = Number(value)
            // VERIFY: the platform (MySQL) would coerce "abc" to 0; a non-numeric value is treated as a mistake.
            if (value.trim() === '' || !Number.isFinite(number)) {
                throw new QueryError(`field "${ref.field}" is ${ref.column.type}, value "${value}" is not a number in term "${term}"`)
            }
            return number
        }
        case 'boolean':
            // VERIFY: booleans are stored 'true'/'false' (CONVENTIONS.md); the query may say true/false or 1/0.
            // A stored '1'/'0' is NOT matched: the store must canonicalise.
            if (value === 'true' || value === '1') return 'true'
            if (value === 'false' || value === '0') return 'false'
            throw new QueryError(`field "${ref.field}" is boolean, value "${value}" is not true/false in term "${term}"`)
        case 'date':
            // VERIFY: a date-only value on a date-time field means midnight (UTC) of that day.
            if (ref.column.type === 'glide_date_time' && DATE_ONLY.test(value)) return `${value} 00:00:00`
            if ((ref.column.type === 'glide_date_time' && !DATE_TIME.test(value)) || (ref.column.type === 'glide_date' && !DATE_ONLY.test(value))) {
                throw new QueryError(`field "${ref.field}" is ${ref.column.type}, value "${value}" is not a canonical date in term "${term}"`)
            }
            return value
        case 'text':
            // VERIFY: string comparisons are case-insensitive, as on the platform's default MySQL collation.
            return asciiLower(value)
    }
}

/** Reads the field's stored value from a storage row, following a one-level dot-walk through `lookup`. */
export function readStored(ref: FieldRef, current: Row, lookup: LookupRow): string | number | null {
    if (!ref.via) return current[ref.column.name] ?? null
    const referenced = current[ref.via.referenceField]
    if (isEmptyValue(referenced)) return null
    const row = lookup(ref.via.referencedTable, String(referenced))
    return row?.[ref.column.name] ?? null
}

/** A stored, non-empty value in the same form as toOperand's result. */
export function comparable(ref: FieldRef, stored: string | number): Operand {
    switch (ref.cls) {
        case 'integer':
        case 'number':
            return typeof stored === 'number' ? stored : Number(stored)
        case 'text':
            return asciiLower(String(stored))
        default:
            return String(stored)
    }
}

export function quoteIdentifier(name: string): string {
    return `"${name.replace(/"/g, '""')}"`
}
