// Dictionary defaults of a new record, `javascript:` defaults included, and auto-numbering
// (getNextObjNumberPadded / getNextObjNumber over sys_number and sys_number_counter).
import { toStorage } from '../../store/values.ts'
import type { ColumnSchema } from '../../schema/index.ts'
import type { GlideContext } from './context.ts'
import type { RecordState } from './record-state.ts'

const NUMBERING = /getNextObjNumber(Padded)?\s*\(/

function isNumberingDefault(column: ColumnSchema): boolean {
    return !!column.defaultValue && NUMBERING.test(column.defaultValue)
}

/**
 * The next number for a table (Record numbering, t_AutoNumberingRecordsInATable.md): the table's sys_number
 * record, or the nearest ancestor's (VERIFY: a child table without its own number format numbers with its
 * parent's); the counter is the next number, the base number when higher; digits pad with leading zeros.
 * Returns null when no table of the hierarchy has a number format.
 */
export function nextObjNumber(ctx: GlideContext, table: string, padded: boolean): string | null {
    const { schema, store } = ctx.kernel
    for (const candidate of schema.lineage(table)) {
        const format = store.db.prepare('SELECT prefix, number, maximum_digits FROM sys_number WHERE category = ? LIMIT 1').get(candidate.name) as
            | { prefix: string | null; number: number | null; maximum_digits: number | null }
            | undefined
        if (!format) continue
        const counter = store.db.prepare('SELECT sys_id, number FROM sys_number_counter WHERE "table" = ?').get(candidate.name) as { sys_id: string; number: number | null } | undefined
        const next = Math.max(Number(format.number ?? 1000), Number(counter?.number ?? 0))
        const now = new Date(ctx.kernel.clock.now().getTime()).toISOString().slice(0, 19).replace('T', ' ')
        if (counter) store.db.prepare('UPDATE sys_number_counter SET number = ?, sys_updated_on = ?, sys_mod_count = sys_mod_count + 1 WHERE sys_id = ?').run(next + 1, now, counter.sys_id)
        else
            store.db
                .prepare('INSERT INTO sys_number_counter (sys_id, "table", number, sys_created_on, sys_updated_on, sys_created_by, sys_updated_by, sys_mod_count) VALUES (?, ?, ?, ?, ?, ?, ?, 0)')
                .run(ctx.kernel.newId(), candidate.name, next + 1, now, now, 'system', 'system')
        const digits = Number(format.maximum_digits ?? 7)
        return `${format.prefix ?? ''}${padded ? String(next).padStart(digits, '0') : String(next)}`
    }
    return null
}

/**
 * Applies the dictionary defaults of fields not set yet. `initialize`: every default, except numbers when
 * glide.itil.assign.number.on.insert is true (then they are assigned by `insert`). `insert`: defaults of
 * fields still absent (insert() without initialize(), or numbers deferred to insert).
 * `javascript:` defaults are evaluated in the sandbox with `current` (VERIFY: the platform's default-value
 * scope); an error in one is logged and leaves the field empty, except `not emulated` errors, which propagate.
 */
export function applyDefaults(ctx: GlideContext, state: RecordState, phase: 'initialize' | 'insert'): void {
    const { kernel } = ctx
    const columns = Object.values(kernel.schema.columns(state.tableName)).filter((column) => column.defaultValue !== undefined)
    if (columns.length === 0) return
    const numbersOnInsert = columns.some(isNumberingDefault) && readProperty(ctx, 'glide.itil.assign.number.on.insert') === 'true'
    for (const column of columns) {
        if (column.name in state.row) continue
        if (phase === 'initialize' && numbersOnInsert && isNumberingDefault(column)) continue
        const defaultValue = column.defaultValue as string
        if (!defaultValue.startsWith('javascript:')) {
            state.row[column.name] = toStorage(column, defaultValue)
            continue
        }
        const code = defaultValue.slice('javascript:'.length)
        try {
            const value = kernel.evaluate(code, {
                current: state.proxy,
                getNextObjNumberPadded: () => nextObjNumber(ctx, state.tableName, true),
                getNextObjNumber: () => nextObjNumber(ctx, state.tableName, false),
            }, `sys_dictionary.default_value:${state.tableName}.${column.name}`)
            state.row[column.name] = defaultToStorage(ctx, column, value)
        } catch (error) {
            if (/not emulated/.test(String((error as Error)?.message ?? error))) throw error
            kernel.log('error', `default value of ${state.tableName}.${column.name} (${defaultValue}): ${String(error)}`, 'GlideRecord')
        }
    }
}

/**
 * VERIFY: a `javascript:` default of a date-time field is applied as a display value (the session user's format
 * and time zone), as the platform's own `javascript:gs.nowDateTime()` defaults require; a value in no display
 * format is read as an internal (UTC) value.
 */
function defaultToStorage(ctx: GlideContext, column: ColumnSchema, value: unknown): string | number | null {
    if ((column.type === 'glide_date_time' || column.type === 'due_date') && typeof value === 'string' && value !== '') {
        const asDisplayed = new ctx.dates.GlideDateTime()
        asDisplayed.setDisplayValue(value)
        if (asDisplayed.getErrorMsg() === null) return asDisplayed.getValue()
    }
    return toStorage(column, value)
}

function readProperty(ctx: GlideContext, name: string): string | undefined {
    const row = ctx.kernel.store.db.prepare('SELECT value FROM sys_properties WHERE name = ?').get(name) as { value: string | null } | undefined
    return row?.value ?? undefined
}
