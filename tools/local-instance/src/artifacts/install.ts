// Installs records into the store, as an application install does: first the platform baseline
// (schema/baseline/records.json and the tables' numbering), then the app's records from the build output by
// install category. References the build wrote as a key (`<sys_user_role name="itil">…`) to a record it does
// not contain are resolved by that key.
import { createHash } from 'node:crypto'
import type { Row } from '../query/index.ts'
import { baseline } from '../schema/baseline.ts'
import type { Schema } from '../schema/index.ts'
import { quote, type Store } from '../store/store.ts'
import { applyCalculated, toStorage } from '../store/values.ts'
import type { LoadedArtifacts } from './load.ts'

const DATE_TYPES = new Set(['glide_date_time', 'due_date', 'glide_date'])

/** A local sys_id for a baseline record: stable across starts (the platform's own sys_ids are not published). */
export function baselineSysId(table: string, key: string): string {
    return createHash('md5').update(`local-instance:${table}:${key}`).digest('hex')
}

function systemRow(now: string): Row {
    return { sys_created_on: now, sys_updated_on: now, sys_created_by: 'system', sys_updated_by: 'system', sys_mod_count: 0 }
}

function writeRow(store: Store, schema: Schema, table: string, row: Row, verb: 'INSERT OR IGNORE' | 'INSERT OR REPLACE'): void {
    if (schema.isHierarchy(table)) row.sys_class_name = table
    const fields = Object.keys(row)
    store.db.prepare(`${verb} INTO ${quote(schema.rootOf(table))} (${fields.map(quote).join(', ')}) VALUES (${fields.map(() => '?').join(', ')})`).run(...fields.map((field) => row[field]))
}

/** The platform's records (roles, system properties, number formats); an existing record is kept. */
export function installBaseline(schema: Schema, store: Store, now: string): void {
    const data = baseline()
    for (const [table, records] of Object.entries(data.records)) {
        const columns = schema.columns(table)
        for (const record of records) {
            const row: Row = { ...systemRow(now), sys_id: baselineSysId(table, record.name) }
            for (const [field, value] of Object.entries(record)) if (columns[field]) row[field] = toStorage(columns[field], value)
            writeRow(store, schema, table, row, 'INSERT OR IGNORE')
        }
    }
    for (const numbering of data.numbering) {
        const row: Row = { ...systemRow(now), sys_id: baselineSysId('sys_number', numbering.table), category: numbering.table, prefix: numbering.prefix, number: numbering.number, maximum_digits: numbering.digits }
        writeRow(store, schema, 'sys_number', row, 'INSERT OR IGNORE')
    }
}

/** Fields the build wrote as a key (name=…) that identify a referenced record by something other than its sys_id. */
function keyLookup(store: Store, schema: Schema, table: string, keys: Record<string, string>): string | undefined {
    const columns = schema.columns(table)
    const usable = Object.entries(keys).filter(([field]) => columns[field] && field !== 'sys_id')
    if (usable.length === 0) return undefined
    const row = store.db.prepare(`SELECT sys_id FROM ${quote(table)} WHERE ${usable.map(([field]) => `${quote(field)} = ?`).join(' AND ')} LIMIT 1`).get(...usable.map(([, value]) => value)) as { sys_id: string } | undefined
    return row?.sys_id
}

/**
 * The app's records in tables the schema knows, by install category: every-install records replace what is
 * there (except sys_properties, whose values an admin may have changed); first-install and demo records are
 * only added when missing. Returns findings for lint (values that could not be stored, unresolved keys).
 */
export function installApp(artifacts: LoadedArtifacts, schema: Schema, store: Store, now: string): string[] {
    const findings: string[] = []
    const pendingKeys: Array<{ table: string; sysId: string; field: string; reference: string; keys: Record<string, string>; value: string }> = []
    for (const [table, records] of artifacts.byTable) {
        if (!schema.table(table)) continue
        const columns = schema.columns(table)
        const tableKeys = artifacts.referenceKeys.get(table)
        for (const record of records.values()) {
            const row: Row = systemRow(now)
            for (const [field, value] of Object.entries(record)) {
                const column = columns[field]
                if (!column) continue
                try {
                    row[field] = toStorage(column, value)
                    if (DATE_TYPES.has(column.type) && value && row[field] !== value) findings.push(`${table} ${record.sys_id}: ${field} "${value}" is not in the internal format; stored as ${row[field]} (the first format GlideDateTime(String) documents that reads it)`)
                } catch (error) {
                    row[field] = null
                    findings.push(`${table} ${record.sys_id}: ${field} "${value}" stored empty: ${(error as Error).message}`)
                }
                const keys = tableKeys?.get(record.sys_id)?.[field]
                if (keys && column.type === 'reference' && column.reference && value) pendingKeys.push({ table, sysId: record.sys_id, field, reference: column.reference, keys, value })
            }
            applyCalculated(columns, row)
            const installCategory = artifacts.installCategories.get(record.sys_id) ?? 'update'
            // Installing again over a file database keeps property values an admin changed.
            const verb = installCategory !== 'update' || table === 'sys_properties' ? 'INSERT OR IGNORE' : 'INSERT OR REPLACE'
            writeRow(store, schema, table, row, verb)
        }
    }
    for (const pending of pendingKeys) {
        if (!schema.table(pending.reference)) continue
        const exists = store.db.prepare(`SELECT 1 FROM ${quote(pending.reference)} WHERE sys_id = ?`).get(pending.value)
        if (exists) continue
        const resolved = keyLookup(store, schema, pending.reference, pending.keys)
        const described = Object.entries(pending.keys).map(([field, value]) => `${field}=${value}`).join(', ')
        if (!resolved) {
            findings.push(`${pending.table} ${pending.sysId}: ${pending.field} refers to ${pending.reference} ${described}, which neither the build nor the local instance's baseline has`)
            continue
        }
        store.db.prepare(`UPDATE ${quote(schema.rootOf(pending.table))} SET ${quote(pending.field)} = ? WHERE sys_id = ?`).run(resolved, pending.sysId)
    }
    return findings
}
