// better-sqlite3 storage: one SQLite table per hierarchy root (child tables are views filtered on
// sys_class_name), values in the storage representation of CONVENTIONS.md.
import Database from 'better-sqlite3'
import type { Row } from '../query/index.ts'
import type { ColumnSchema, Schema } from '../schema/index.ts'
import { CLASS_COLUMN } from '../schema/index.ts'
import { valueClassOf } from '../query/fields.ts'

export function quote(identifier: string): string {
    return `"${identifier.replace(/"/g, '""')}"`
}

function sqlType(column: ColumnSchema): string {
    switch (column.type) {
        case 'integer':
        case 'longint':
            return 'INTEGER'
        case 'decimal':
        case 'float':
        case 'currency':
            return 'REAL'
        default:
            return 'TEXT'
    }
}

export type IdGenerator = () => string

/** Deterministic 32-hex ids from a seed and a counter (tests), else random ones like the platform's. */
export function createIdGenerator(seed?: number): IdGenerator {
    if (seed === undefined) return () => crypto.randomUUID().replace(/-/g, '')
    let counter = 0
    const prefix = (seed >>> 0).toString(16).padStart(8, '0')
    return () => prefix + (++counter).toString(16).padStart(24, '0')
}

export interface StoreOptions {
    /** Default true: create the tables, add new columns and (re)create views and indexes. */
    createTables?: boolean
}

/** How long a connection waits for another connection's write transaction (the job worker's, or the server's). */
export const BUSY_TIMEOUT_MS = 30_000

export class Store {
    readonly db: Database.Database

    constructor(
        readonly schema: Schema,
        file: string,
        options: StoreOptions = {},
    ) {
        this.db = new Database(file, { timeout: BUSY_TIMEOUT_MS })
        if (file !== ':memory:') {
            // WAL: the server and its job worker use one file database through two connections (readers never
            // wait for the writer). synchronous=NORMAL: each commit survives a crash of the process (kill -9),
            // not a power loss; without it every single-write commit of a long job would wait for an fsync.
            this.db.pragma('journal_mode = WAL')
            this.db.pragma('synchronous = NORMAL')
        }
        if (options.createTables ?? true) this.createTables()
    }

    private createTables(): void {
        const roots = new Set([...this.schema.tables.keys()].map((name) => this.schema.rootOf(name)))
        const statements: string[] = []
        const kinds = new Map((this.db.prepare(`SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')`).all() as Array<{ name: string; type: string }>).map((row) => [row.name, row.type]))
        for (const root of roots) {
            const columns = this.schema.storageColumns(root)
            if (kinds.get(root) === 'view') statements.push(`DROP VIEW ${quote(root)}`)
            const existing = new Set(kinds.get(root) === 'table' ? (this.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(root) as Array<{ name: string }>).map((row) => row.name) : [])
            if (existing.size === 0) {
                const definitions = Object.values(columns).map((column) => `${quote(column.name)} ${sqlType(column)}${column.name === 'sys_id' ? ' PRIMARY KEY' : ''}`)
                statements.push(`CREATE TABLE ${quote(root)} (${definitions.join(', ')})`)
            } else {
                // A file database from an earlier build: add the columns the app gained since.
                for (const column of Object.values(columns)) if (!existing.has(column.name)) statements.push(`ALTER TABLE ${quote(root)} ADD COLUMN ${quote(column.name)} ${sqlType(column)}`)
            }
            for (const name of this.schema.descendants(root)) {
                const table = this.schema.require(name)
                for (const index of table.indexes) {
                    const kind = index.unique ? 'UNIQUE INDEX' : 'INDEX'
                    statements.push(`CREATE ${kind} IF NOT EXISTS ${quote(`${name}__${index.name}`)} ON ${quote(root)} (${index.columns.map(quote).join(', ')})`)
                    // The query compiler compares text case-insensitively as lower(column) = ?; an index on the
                    // same expressions lets SQLite use the app's declared indexes for those lookups.
                    const folded = index.columns.map((column) => (valueClassOf(columns[column]?.type ?? 'string') === 'text' ? `lower(${quote(column)})` : quote(column)))
                    if (folded.some((expression) => expression.startsWith('lower('))) {
                        statements.push(`CREATE INDEX IF NOT EXISTS ${quote(`${name}__${index.name}__folded`)} ON ${quote(root)} (${folded.join(', ')})`)
                    }
                }
                if (name !== root) {
                    // A file database from a local instance whose baseline did not have this hierarchy yet.
                    if (kinds.get(name) === 'table') throw new Error(`the database stores ${name} as a table of its own, but it is now part of the ${root} hierarchy (the local instance's baseline changed): delete the database file to recreate it`)
                    const classes = this.schema.descendants(name).map((child) => `'${child}'`).join(', ')
                    statements.push(`DROP VIEW IF EXISTS ${quote(name)}`)
                    // The view exposes rowid so that queries on a child keep insertion order like its root table.
                    statements.push(`CREATE VIEW ${quote(name)} AS SELECT rowid AS rowid, * FROM ${quote(root)} WHERE ${quote(CLASS_COLUMN.name)} IN (${classes})`)
                }
            }
        }
        this.db.transaction(() => {
            for (const statement of statements) this.db.exec(statement)
        }).immediate()
    }

    /** The relation to SELECT from for a table: its own table, or its view in a hierarchy. */
    relation(table: string): string {
        return quote(table)
    }

    get(table: string, sysId: string): Row | undefined {
        const row = this.db.prepare(`SELECT * FROM ${this.relation(table)} WHERE sys_id = ?`).get(sysId) as Row | undefined
        if (row) delete row.rowid
        return row
    }

    insert(table: string, row: Row): void {
        const root = this.schema.rootOf(table)
        const fields = Object.keys(row)
        this.db.prepare(`INSERT INTO ${quote(root)} (${fields.map(quote).join(', ')}) VALUES (${fields.map(() => '?').join(', ')})`).run(...fields.map((field) => row[field]))
    }

    update(table: string, sysId: string, changes: Row): void {
        const fields = Object.keys(changes)
        if (fields.length === 0) return
        const root = this.schema.rootOf(table)
        this.db.prepare(`UPDATE ${quote(root)} SET ${fields.map((field) => `${quote(field)} = ?`).join(', ')} WHERE sys_id = ?`).run(...fields.map((field) => changes[field]), sysId)
    }

    delete(table: string, sysId: string): void {
        this.db.prepare(`DELETE FROM ${quote(this.schema.rootOf(table))} WHERE sys_id = ?`).run(sysId)
    }

    close(): void {
        this.db.close()
    }
}
