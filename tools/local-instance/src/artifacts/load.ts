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

/**
 * How a record is installed (the build output folder it came from): `update` (scope/, update/,
 * author_elective_update/) on every install; `first_install` (unload/, Fluent `installMethod: 'first install'`)
 * only when the record does not exist yet; `demo` (unload.demo/, `installMethod: 'demo'`) with demo data.
 */
export type InstallCategory = 'update' | 'first_install' | 'demo'

/** Build output folders and what they hold. Any other folder is ignored (and named by lint). */
export const RECORD_FOLDERS: Record<string, InstallCategory> = { scope: 'update', update: 'update', author_elective_update: 'update', unload: 'first_install', 'unload.demo': 'demo' }
export const DICTIONARY_FOLDER = 'dictionary'

export interface LoadOptions {
    /** Default true: load the demo data (unload.demo/), as an install with "Load demo data" does. */
    demoData?: boolean
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
    /**
     * Table → sys_id → field → the field element's other attributes: the keys the build writes next to a
     * reference to a record it does not define (`<sys_user_role name="itil">…`, `<super_class name="task">…`).
     */
    referenceKeys: Map<string, Map<string, Record<string, Record<string, string>>>>
    /** sys_id → install category of the record (only records not installed on every update are listed). */
    installCategories: Map<string, InstallCategory>
    /** Folders of the build output the loader does not read. */
    ignoredFolders: string[]
    /** Demo records left out because demo data was not requested. */
    skippedDemoRecords: number
    dictionaries: DictionaryFile[]
    records(table: string): ArtifactRecord[]
}


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

export function loadArtifacts(dist: string, options: LoadOptions = {}): LoadedArtifacts {
    if (!existsSync(dist)) throw new Error(`dist/app not found: run \`npm run build\` first (looked in ${dist})`)
    const byTable = new Map<string, Map<string, ArtifactRecord>>()
    const displayValues = new Map<string, Map<string, Record<string, string>>>()
    const referenceKeys = new Map<string, Map<string, Record<string, Record<string, string>>>>()
    const installCategories = new Map<string, InstallCategory>()
    const loadDemo = options.demoData ?? true
    let skippedDemoRecords = 0
    let category: InstallCategory = 'update'
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
        const keys: Record<string, Record<string, string>> = {}
        for (const field of element.children) {
            record[field.name] = field.text
            for (const [attribute, value] of Object.entries(field.attributes)) {
                if (attribute === 'display_value') displays[field.name] = value
                else (keys[field.name] ??= {})[attribute] = value
            }
        }
        const sysId = record.sys_id
        if (!sysId) throw new Error(`${file}: <${table} action="${action}"> has no sys_id`)
        if (action === 'INSERT_OR_UPDATE') {
            if (category === 'demo' && !loadDemo) {
                skippedDemoRecords++
                return
            }
            tableRecords(table).set(sysId, record)
            let tableDisplays = displayValues.get(table)
            if (!tableDisplays) displayValues.set(table, (tableDisplays = new Map()))
            tableDisplays.set(sysId, displays)
            let tableKeys = referenceKeys.get(table)
            if (!tableKeys) referenceKeys.set(table, (tableKeys = new Map()))
            tableKeys.set(sysId, keys)
            if (category === 'update') installCategories.delete(sysId)
            else installCategories.set(sysId, category)
        } else if (action === 'DELETE') {
            tableRecords(table).delete(sysId)
            displayValues.get(table)?.delete(sysId)
            referenceKeys.get(table)?.delete(sysId)
            installCategories.delete(sysId)
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

    // Every-install records first, then first-install and demo records (the order an install applies them).
    for (const [directory, folderCategory] of Object.entries(RECORD_FOLDERS)) {
        category = folderCategory
        for (const file of listXml(join(dist, directory))) walk(parseXml(readFileSync(file, 'utf8'), file), file)
    }
    const dictionaries = listXml(join(dist, DICTIONARY_FOLDER)).map((file) => ({ file, root: parseXml(readFileSync(file, 'utf8'), file) }))
    const ignoredFolders = readdirSync(dist, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !(entry.name in RECORD_FOLDERS) && entry.name !== DICTIONARY_FOLDER)
        .map((entry) => entry.name)
        .sort()

    const app = [...(byTable.get('sys_app')?.values() ?? [])][0]
    if (!app) throw new Error(`${dist}: no sys_app record in scope/ — is this a Now SDK build output?`)
    return {
        dist,
        scope: app.scope,
        scopeId: app.sys_id,
        version: app.version,
        byTable,
        displayValues,
        referenceKeys,
        installCategories,
        ignoredFolders,
        skippedDemoRecords,
        dictionaries,
        records: (table: string) => [...(byTable.get(table)?.values() ?? [])],
    }
}
