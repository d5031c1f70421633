// The local instance's dictionary: the query module's TableInfo plus what the store and Glide need.
import type { ColumnInfo, TableInfo } from '../query/index.ts'

export interface ColumnSchema extends ColumnInfo {
    label?: string
    /** value → label, in dictionary order (getDisplayValue of a choice field). */
    choiceLabels?: Record<string, string>
    /** A value the platform computes from other fields of the record, joined with spaces (sys_user.name). */
    calculated?: string[]
}

export interface IndexInfo {
    name: string
    unique: boolean
    columns: string[]
}

export interface TableSchema extends TableInfo {
    columns: Record<string, ColumnSchema>
    /** Column shown as the record's display value. */
    display?: string
    indexes: IndexInfo[]
    /** Where the definition came from: the platform baseline declared in schema/baseline.ts, or the app's dictionary. */
    source: 'baseline' | 'app'
}

/** Columns the store adds to every table (CONVENTIONS.md, storage representation). */
export const SYSTEM_COLUMNS: Record<string, ColumnSchema> = {
    sys_id: { name: 'sys_id', type: 'GUID', label: 'Sys ID', maxLength: 32 },
    sys_created_on: { name: 'sys_created_on', type: 'glide_date_time', label: 'Created' },
    sys_created_by: { name: 'sys_created_by', type: 'string', label: 'Created by', maxLength: 40 },
    sys_updated_on: { name: 'sys_updated_on', type: 'glide_date_time', label: 'Updated' },
    sys_updated_by: { name: 'sys_updated_by', type: 'string', label: 'Updated by', maxLength: 40 },
    sys_mod_count: { name: 'sys_mod_count', type: 'integer', label: 'Updates' },
}

/** The column that tells rows of a table hierarchy apart (stored in the hierarchy's root table). */
export const CLASS_COLUMN: ColumnSchema = { name: 'sys_class_name', type: 'sys_class_name', label: 'Class', maxLength: 80 }
