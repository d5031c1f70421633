// The instance's dictionary: baseline tables, the app's dictionary, and hierarchy helpers.
import type { LoadedArtifacts } from '../artifacts/load.ts'
import { baseline } from './baseline.ts'
import { applyDictionaries, applyOverrides } from './dictionary.ts'
import { CLASS_COLUMN, SYSTEM_COLUMNS, type ColumnSchema, type TableSchema } from './types.ts'

export type { ColumnSchema, IndexInfo, TableSchema } from './types.ts'
export { SYSTEM_COLUMNS, CLASS_COLUMN } from './types.ts'

export class Schema {
    readonly tables = new Map<string, TableSchema>()
    private readonly columnCache = new Map<string, Record<string, ColumnSchema>>()
    private childrenCache: Map<string, string[]> | undefined
    private readonly calculatedCache = new Map<string, boolean>()

    constructor(artifacts: LoadedArtifacts | null) {
        for (const table of baseline().tables) {
            const copy: TableSchema = { ...table, columns: { ...table.columns }, indexes: [...table.indexes] }
            this.tables.set(table.name, copy)
        }
        if (artifacts) {
            applyDictionaries(this.tables, artifacts)
            applyOverrides(this.tables, artifacts)
        }
    }

    table(name: string): TableSchema | undefined {
        return this.tables.get(name)
    }

    require(name: string): TableSchema {
        const table = this.tables.get(name)
        if (!table) throw new Error(`table not found: ${name} (neither the app nor the local instance's baseline defines it)`)
        return table
    }

    /** The table and its ancestors, nearest first. */
    lineage(name: string): TableSchema[] {
        const chain: TableSchema[] = []
        let current = this.tables.get(name)
        while (current && !chain.includes(current)) {
            chain.push(current)
            current = current.extends ? this.tables.get(current.extends) : undefined
        }
        return chain
    }

    /** The table whose SQLite table stores this table's rows (the root of its hierarchy). */
    rootOf(name: string): string {
        const chain = this.lineage(name)
        return chain[chain.length - 1]?.name ?? name
    }

    private children(): Map<string, string[]> {
        if (!this.childrenCache) {
            const children = new Map<string, string[]>()
            for (const table of this.tables.values()) {
                if (!table.extends || !this.tables.has(table.extends)) continue
                const list = children.get(table.extends) ?? []
                list.push(table.name)
                children.set(table.extends, list)
            }
            this.childrenCache = children
        }
        return this.childrenCache
    }

    /** The table and every table that extends it, directly or not. */
    descendants(name: string): string[] {
        const result = [name]
        const children = this.children()
        for (let index = 0; index < result.length; index++) {
            for (const child of children.get(result[index]) ?? []) if (!result.includes(child)) result.push(child)
        }
        return result
    }

    isHierarchy(name: string): boolean {
        return (this.children().get(this.rootOf(name))?.length ?? 0) > 0
    }

    /** Columns a record of this table has: its own, inherited, system columns, and the class column in a hierarchy. */
    columns(name: string): Record<string, ColumnSchema> {
        const cached = this.columnCache.get(name)
        if (cached) return cached
        const result: Record<string, ColumnSchema> = { ...SYSTEM_COLUMNS }
        if (this.isHierarchy(name)) result[CLASS_COLUMN.name] = CLASS_COLUMN
        for (const table of this.lineage(name).reverse()) Object.assign(result, table.columns)
        this.columnCache.set(name, result)
        return result
    }

    /** Whether the table has a column the platform computes from others (schema/baseline: `calculated`). */
    hasCalculated(name: string): boolean {
        let found = this.calculatedCache.get(name)
        if (found === undefined) this.calculatedCache.set(name, (found = Object.values(this.columns(name)).some((column) => column.calculated)))
        return found
    }

    column(table: string, field: string): ColumnSchema | undefined {
        return this.columns(table)[field]
    }

    /** Columns of the physical table: every column of every table in the hierarchy. */
    storageColumns(root: string): Record<string, ColumnSchema> {
        const result: Record<string, ColumnSchema> = {}
        for (const name of this.descendants(root)) Object.assign(result, this.columns(name))
        return result
    }

    displayColumn(name: string): string | undefined {
        for (const table of this.lineage(name)) if (table.display) return table.display
        const columns = this.columns(name)
        return ['name', 'number', 'short_description'].find((candidate) => columns[candidate])
    }
}
