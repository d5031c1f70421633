// Reads the app's build output (dist/app) and applies its record actions in file order, as an install would.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileToPredicate, parseEncodedQuery, type ColumnInfo, type TableInfo } from '../query/index.ts'
import { parseXml, type XmlElement } from './xml.ts'

export type ArtifactRecord = Record<string, string>

export interface DictionaryFile {
    file: string
    root: XmlElement
}

export interface LoadedArtifacts {
    dist: string
    scope: string
    scopeId: string
    /** The app version from sys_app (also the version segment of its module paths). */
    version: string
    /** Table → sys_id → record, after every action was applied. */
    byTable: Map<string, Map<string, ArtifactRecord>>
    /** Table → sys_id → field → display_value attribute, where the build wrote one. */
    displayValues: Map<string, Map<string, Record<string, string>>>
    dictionaries: DictionaryFile[]
    records(table: string): ArtifactRecord[]
}

const DIRECTORIES = ['scope', 'update', 'author_elective_update']

function listXml(directory: string): string[] {
    if (!existsSync(directory)) return []
    return readdirSync(directory)
        .filter((name) => name.endsWith('.xml'))
        .sort()
        .map((name) => join(directory, name))
}

function isContainer(element: XmlElement): boolean {
    return element.children.some((child) => child.attributes.action !== undefined)
}

/** Table info over the fields the records actually carry, all compared as text (for delete_multiple). */
function textTableInfo(table: string, records: Iterable<ArtifactRecord>): TableInfo {
    const columns: Record<string, ColumnInfo> = {}
    for (const record of records) for (const field of Object.keys(record)) columns[field] = { name: field, type: 'string' }
    return { name: table, columns }
}

export function loadArtifacts(dist: string): LoadedArtifacts {
    if (!existsSync(dist)) throw new Error(`dist/app not found: run \`npm run build\` first (looked in ${dist})`)
    const byTable = new Map<string, Map<string, ArtifactRecord>>()
    const displayValues = new Map<string, Map<string, Record<string, string>>>()
    const tableRecords = (table: string) => {
        let records = byTable.get(table)
        if (!records) byTable.set(table, (records = new Map()))
        return records
    }

    const apply = (element: XmlElement, file: string) => {
        const table = element.name
        const action = element.attributes.action
        if (action === 'delete_multiple') {
            const records = tableRecords(table)
            const query = element.attributes.query ?? ''
            const info = textTableInfo(table, records.values())
            const fields = parseEncodedQuery(query).anyOf.flatMap((group) => group.allOf.flatMap((clause) => clause.anyOf.map((condition) => condition.field)))
            // UI-page output deletes sys_attachment_doc rows by `sys_attachment.table_sys_id`: a dot-walk artifact
            // records cannot resolve. One build output holds no stale rows for it to remove, so it is skipped.
            if (fields.some((field) => field.includes('.'))) return
            for (const field of fields) {
                info.columns[field] ??= { name: field, type: 'string' }
            }
            const matches = compileToPredicate(parseEncodedQuery(query), info, () => undefined, () => undefined)
            for (const [sysId, record] of records) if (matches(record)) records.delete(sysId)
            return
        }
        const record: ArtifactRecord = {}
        const displays: Record<string, string> = {}
        for (const field of element.children) {
            record[field.name] = field.text
            if (field.attributes.display_value !== undefined) displays[field.name] = field.attributes.display_value
        }
        const sysId = record.sys_id
        if (!sysId) throw new Error(`${file}: <${table} action="${action}"> has no sys_id`)
        if (action === 'INSERT_OR_UPDATE') {
            tableRecords(table).set(sysId, record)
            let tableDisplays = displayValues.get(table)
            if (!tableDisplays) displayValues.set(table, (tableDisplays = new Map()))
            tableDisplays.set(sysId, displays)
        } else if (action === 'DELETE') {
            tableRecords(table).delete(sysId)
            displayValues.get(table)?.delete(sysId)
        } else {
            throw new Error(`${file}: action "${action}" on <${table}> is not emulated`)
        }
    }
    const walk = (element: XmlElement, file: string) => {
        for (const child of element.children) {
            if (isContainer(child)) walk(child, file)
            else if (child.attributes.action !== undefined) apply(child, file)
        }
    }

    for (const directory of DIRECTORIES) {
        for (const file of listXml(join(dist, directory))) walk(parseXml(readFileSync(file, 'utf8'), file), file)
    }
    const dictionaries = listXml(join(dist, 'dictionary')).map((file) => ({ file, root: parseXml(readFileSync(file, 'utf8'), file) }))

    const app = [...(byTable.get('sys_app')?.values() ?? [])][0]
    if (!app) throw new Error(`${dist}: no sys_app record in scope/ — is this a Now SDK build output?`)
    return {
        dist,
        scope: app.scope,
        scopeId: app.sys_id,
        version: app.version,
        byTable,
        displayValues,
        dictionaries,
        records: (table: string) => [...(byTable.get(table)?.values() ?? [])],
    }
}
