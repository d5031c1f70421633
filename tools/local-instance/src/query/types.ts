// Shared shapes of the local instance's dictionary and storage rows (fixed by CONVENTIONS.md).

export interface ColumnInfo {
    name: string
    type: string
    reference?: string
    maxLength?: number
    defaultValue?: string
    choices?: string[]
    mandatory?: boolean
    unique?: boolean
}

export interface TableInfo {
    name: string
    label?: string
    extends?: string
    columns: Record<string, ColumnInfo>
}

export type ResolveTable = (name: string) => TableInfo | undefined

/** A record in the storage representation: empty values are null, integers/decimals are numbers. */
export type Row = Record<string, string | number | null>

export type LookupRow = (table: string, sysId: string) => Row | undefined

export interface CompileOptions {
    /**
     * Evaluates the expression after `javascript:` in a query value (for example `gs.beginningOfToday()`).
     * Without it such values throw `not emulated`, except gs.dateGenerate(), which is a pure function.
     */
    evaluateJavascript?: (expression: string) => unknown
}
