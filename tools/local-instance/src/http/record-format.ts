// Stored rows → Table API JSON, honouring sysparm_display_value and sysparm_exclude_reference_link.
// Pure apart from the lookups passed in, so the shapes are unit-tested without an instance.
import type { ColumnInfo, TableInfo } from '../query/index.ts'
import type { StoredRow } from '../security/instance-view.ts'

export type DisplayMode = 'false' | 'true' | 'all'

export function parseDisplayMode(value: string | null): DisplayMode {
    if (value === 'true' || value === 'all') return value
    return 'false'
}

export interface FormatContext {
    table: TableInfo
    mode: DisplayMode
    excludeReferenceLink: boolean
    /** e.g. `http://localhost:8080`, for reference links. */
    baseUrl: string
    /** Display value of a referenced record ('' when missing). */
    referenceDisplay(table: string, sysId: string): string
    /** Label of a choice value (the value itself when no label is known). */
    choiceLabel(table: string, field: string, value: string): string
    /** Display value of a date field (glide_date_time, due_date, glide_date) for the caller; absent = as stored. */
    dateDisplay?(type: string, value: string): string
    /** Raw value of a dot-walked field such as `account.name` (undefined when unresolvable). */
    dotWalk?(row: StoredRow, path: string): { value: string; column?: ColumnInfo; table: string; field: string } | undefined
}

const DATE_TYPES = new Set(['glide_date_time', 'due_date', 'glide_date'])

export type FieldJson = string | { value?: string; display_value?: string; link?: string }

/** Storage value → the string the Table API returns (null → ''). */
export function apiString(value: string | number | null | undefined): string {
    if (value === null || value === undefined) return ''
    return String(value)
}

function displayOf(column: ColumnInfo | undefined, tableName: string, field: string, value: string, ctx: FormatContext): string {
    if (!value || !column) return value
    if (column.type === 'reference' && column.reference) return ctx.referenceDisplay(column.reference, value)
    if (column.choices?.length || column.type === 'choice') return ctx.choiceLabel(tableName, field, value)
    if (ctx.dateDisplay && DATE_TYPES.has(column.type)) return ctx.dateDisplay(column.type, value)
    return value
}

export function formatField(row: StoredRow, field: string, ctx: FormatContext): FieldJson {
    let column: ColumnInfo | undefined = Object.prototype.hasOwnProperty.call(ctx.table.columns, field) ? ctx.table.columns[field] : undefined
    let value: string
    let ownerTable = ctx.table.name
    let ownerField = field
    if (field.includes('.') && !column) {
        const walked = ctx.dotWalk?.(row, field)
        value = walked?.value ?? ''
        column = walked?.column
        ownerTable = walked?.table ?? ownerTable
        ownerField = walked?.field ?? ownerField
    } else {
        value = Object.prototype.hasOwnProperty.call(row, field) ? apiString(row[field]) : ''
    }
    const isReference = column?.type === 'reference' && !!column.reference
    const link = isReference && value && !ctx.excludeReferenceLink ? `${ctx.baseUrl}/api/now/table/${column?.reference}/${value}` : undefined
    if (ctx.mode === 'false') return link ? { link, value } : value
    const display = displayOf(column, ownerTable, ownerField, value, ctx)
    if (ctx.mode === 'true') return link ? { display_value: display, link } : display
    return link ? { display_value: display, link, value } : { display_value: display, value }
}

export function formatRecord(row: StoredRow, fields: string[], ctx: FormatContext): Record<string, FieldJson> {
    const out: Record<string, FieldJson> = {}
    for (const field of fields) out[field] = formatField(row, field, ctx)
    return out
}

/** The dictionary's display column, else a heuristic. VERIFY: the platform falls back to `name`/`number`, then sys_id. */
export function displayColumn(table: (TableInfo & { display?: string }) | undefined): string {
    if (!table) return 'sys_id'
    const has = (name: string) => Object.prototype.hasOwnProperty.call(table.columns, name)
    if (table.display && has(table.display)) return table.display
    for (const candidate of ['name', 'number', 'user_name', 'title', 'short_description', 'label', 'event_key']) {
        if (has(candidate)) return candidate
    }
    return 'sys_id'
}
