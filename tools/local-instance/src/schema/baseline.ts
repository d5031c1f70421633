// The platform baseline as data: tables (baseline/tables.json) and records (baseline/records.json) the local
// instance provides before any app is loaded. This module only reads and expands the data; it holds none.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ColumnSchema, IndexInfo, TableSchema } from './types.ts'

/** A column in tables.json: "type", "type(max_length | referenced table)", with an optional "=default"; or an object. */
type ColumnSpec =
    | string
    | {
          type: string
          max?: number
          label?: string
          reference?: string
          default?: string
          choices?: Record<string, string>
          /** Fields joined with spaces (sys_user.name = first_name last_name). */
          calculated?: string
      }

interface TableSpec {
    label: string
    display?: string
    extends?: string
    numbering?: { prefix: string; number: number; digits: number }
    doc?: string
    columns: Record<string, ColumnSpec>
    indexes?: IndexInfo[]
}

export interface BaselineNumbering {
    table: string
    prefix: string
    number: number
    digits: number
}

export interface BaselineData {
    tables: TableSchema[]
    numbering: BaselineNumbering[]
    /** Records installed before the app's (INSERT OR IGNORE), by table. */
    records: Record<string, Array<Record<string, string>>>
    /** sys_security_attribute sys_id → name. */
    securityAttributes: Record<string, string>
}

const REFERENCE_TYPES = new Set(['reference'])

function labelOf(name: string): string {
    const words = name.replace(/_/g, ' ')
    return words.charAt(0).toUpperCase() + words.slice(1)
}

const SHORTHAND = /^([a-z0-9_]+)(?:\(([^)]*)\))?(?:=(.*))?$/

/** Expands one column of tables.json into the dictionary's ColumnSchema. */
export function columnFrom(name: string, spec: ColumnSpec, table: string): ColumnSchema {
    if (typeof spec === 'string') {
        const match = SHORTHAND.exec(spec)
        if (!match) throw new Error(`baseline tables.json: ${table}.${name}: cannot read column "${spec}"`)
        const [, type, argument, defaultValue] = match
        const column: ColumnSchema = { name, type, label: labelOf(name) }
        if (argument !== undefined) {
            if (REFERENCE_TYPES.has(type)) {
                column.reference = argument
                column.maxLength = 32
            } else column.maxLength = Number(argument)
        } else if (REFERENCE_TYPES.has(type)) throw new Error(`baseline tables.json: ${table}.${name}: a reference needs its table, reference(<table>)`)
        if (defaultValue !== undefined) column.defaultValue = defaultValue
        return column
    }
    const column: ColumnSchema = { name, type: spec.type, label: spec.label ?? labelOf(name) }
    if (spec.max !== undefined) column.maxLength = spec.max
    if (spec.reference) {
        column.reference = spec.reference
        column.maxLength = 32
    }
    if (spec.default !== undefined) column.defaultValue = spec.default
    if (spec.choices) {
        column.choiceLabels = { ...spec.choices }
        column.choices = Object.keys(spec.choices)
    }
    if (spec.calculated) column.calculated = spec.calculated.split(/\s+/)
    return column
}

function readJson<T>(file: string): T {
    return JSON.parse(readFileSync(join(__dirname, 'baseline', file), 'utf8')) as T
}

let cached: BaselineData | undefined

/** The baseline, read once per process (each Schema copies what it changes). */
export function baseline(): BaselineData {
    if (cached) return cached
    const tableData = readJson<{ tables: Record<string, TableSpec> }>('tables.json')
    const recordData = readJson<{ records: Record<string, Array<Record<string, string>>>; securityAttributes: Record<string, string> }>('records.json')
    const tables: TableSchema[] = []
    const numbering: BaselineNumbering[] = []
    for (const [name, spec] of Object.entries(tableData.tables)) {
        const columns: Record<string, ColumnSchema> = {}
        for (const [column, columnSpec] of Object.entries(spec.columns)) columns[column] = columnFrom(column, columnSpec, name)
        tables.push({ name, label: spec.label, display: spec.display, extends: spec.extends, columns, indexes: spec.indexes ?? [], source: 'baseline' })
        if (spec.numbering) numbering.push({ table: name, ...spec.numbering })
    }
    const securityAttributes: Record<string, string> = {}
    for (const [sysId, attribute] of Object.entries(recordData.securityAttributes)) if (!sysId.startsWith('$')) securityAttributes[sysId] = attribute
    cached = { tables, numbering, records: recordData.records, securityAttributes }
    return cached
}
