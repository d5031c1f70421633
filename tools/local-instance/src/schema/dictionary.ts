// dist/app/dictionary/*.xml → TableSchema: the app's tables, and the columns it adds to platform tables.
import type { DictionaryFile, LoadedArtifacts } from '../artifacts/load.ts'
import type { XmlElement } from '../artifacts/xml.ts'
import type { ColumnSchema, IndexInfo, TableSchema } from './types.ts'

function columnFrom(element: XmlElement): ColumnSchema {
    const attributes = element.attributes
    const column: ColumnSchema = { name: attributes.name, type: attributes.type, label: attributes.label }
    if (attributes.max_length) column.maxLength = Number(attributes.max_length)
    if (attributes.default_value !== undefined && attributes.default_value !== '') column.defaultValue = attributes.default_value
    if (attributes.mandatory === 'true') column.mandatory = true
    if (attributes.unique === 'true') column.unique = true
    if (attributes.reference) column.reference = attributes.reference
    const choiceList = element.children.find((child) => child.name === 'choice')
    if (choiceList) {
        column.choiceLabels = {}
        for (const choice of choiceList.children) column.choiceLabels[choice.attributes.value] = choice.attributes.label ?? choice.attributes.value
        column.choices = Object.keys(column.choiceLabels)
    }
    return column
}

function indexFrom(element: XmlElement): IndexInfo {
    return { name: element.attributes.name, unique: element.attributes.unique === 'true', columns: element.children.map((child) => child.attributes.name) }
}

/**
 * Merges the app's dictionary into the baseline: a collection the baseline defines gets the app's columns
 * (an augmented table), any other collection becomes a new app table.
 */
export function applyDictionaries(baseline: Map<string, TableSchema>, artifacts: LoadedArtifacts): void {
    const superClassOf = (table: string): string | undefined => {
        for (const record of artifacts.records('sys_db_object')) {
            if (record.name !== table || !record.super_class) continue
            return artifacts.referenceKeys.get('sys_db_object')?.get(record.sys_id)?.super_class?.name ?? artifacts.displayValues.get('sys_db_object')?.get(record.sys_id)?.super_class ?? record.super_class
        }
        return undefined
    }
    for (const { file, root } of artifacts.dictionaries as DictionaryFile[]) {
        for (const collection of root.children.filter((element) => element.name === 'element')) {
            const name = collection.attributes.name
            if (!name) throw new Error(`${file}: collection without a name`)
            const columns = collection.children.filter((child) => child.name === 'element').map(columnFrom)
            const indexes = collection.children.filter((child) => child.name === 'index').map(indexFrom)
            let schema = baseline.get(name)
            if (!schema) {
                schema = {
                    name,
                    label: collection.attributes.label,
                    display: collection.attributes.display || undefined,
                    extends: collection.attributes.extends || collection.attributes.super_class || superClassOf(name),
                    columns: {},
                    indexes: [],
                    source: 'app',
                }
                baseline.set(name, schema)
            }
            for (const column of columns) schema.columns[column.name] = column
            for (const column of columns) if (column.unique) schema.indexes.push({ name: `${name}_${column.name}_unique`, unique: true, columns: [column.name] })
            schema.indexes.push(...indexes)
            // The dictionary marks the display column per element when the table sets `display`.
            const displayColumn = columns.find((column, position) => collection.children.filter((child) => child.name === 'element')[position].attributes.display === 'true')
            if (displayColumn && !schema.display) schema.display = displayColumn.name
        }
    }
}

/**
 * Dictionary overrides (sys_dictionary_override, Fluent OverrideColumn): a child table's own version of an
 * inherited column with the overridden default value and mandatory flag. Other overridden properties (reference
 * qualifier, read-only, calculation, attributes, dependent) do not change what the local instance does.
 */
export function applyOverrides(tables: Map<string, TableSchema>, artifacts: LoadedArtifacts): void {
    for (const override of artifacts.records('sys_dictionary_override')) {
        const table = tables.get(override.name)
        if (!table || !override.element) continue
        let inherited: ColumnSchema | undefined
        for (let parent = table.extends ? tables.get(table.extends) : undefined; parent && !inherited; parent = parent.extends ? tables.get(parent.extends) : undefined) {
            inherited = parent.columns[override.element]
        }
        if (!inherited) continue
        const column: ColumnSchema = { ...(table.columns[override.element] ?? inherited) }
        if (override.default_value_override === 'true') {
            if (override.default_value) column.defaultValue = override.default_value
            else delete column.defaultValue
        }
        if (override.mandatory_override === 'true') column.mandatory = override.mandatory === 'true'
        table.columns[override.element] = column
    }
}
