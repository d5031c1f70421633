// Writes a tiny dist/app in a temp folder, in the exact shapes the Now SDK 4.9 build emits, so engine and
// lint behaviour can be tested independently of what the app's build currently contains.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const SCOPE = 'x_oal_lifecycle'
export const MODULE_ROOT = `${SCOPE}/order-account-lifecycle/0.1.0`
export const TABLE = 'x_oal_lifecycle_probe'

function record(table: string, sysId: string, fields: Record<string, string>): string {
    const body = Object.entries(fields)
        .map(([field, value]) => (value === '' ? `<${field}/>` : /[<&]/.test(value) ? `<${field}><![CDATA[${value}]]></${field}>` : `<${field}>${value}</${field}>`))
        .join('\n    ')
    return `<?xml version="1.0"?>\n<record_update table="${table}">\n  <${table} action="INSERT_OR_UPDATE">\n    <sys_id>${sysId}</sys_id>\n    <sys_scope display_value="${SCOPE}">aaaa</sys_scope>\n    ${body}\n  </${table}>\n</record_update>`
}

export interface RuleSpec {
    name: string
    when: 'before' | 'after' | 'async'
    actions: Array<'insert' | 'update' | 'delete' | 'query'>
    script: string
    order?: number
    filter?: string
    condition?: string
    table?: string
}

export interface SyntheticDist {
    rules?: RuleSpec[]
    modules?: Record<string, string>
    scriptIncludes?: Record<string, string>
    packageVersion?: string
    extraColumns?: string
    /** Any other app records (sysauto_script, sysevent_script_action, sysevent_register…), as the build writes them. */
    records?: Array<{ table: string; fields: Record<string, string> }>
}

let counter = 0
const id = () => (++counter).toString(16).padStart(32, 'a')

export function writeSyntheticDist(spec: SyntheticDist = {}): string {
    const root = mkdtempSync(join(tmpdir(), 'li-core-'))
    const dist = join(root, 'dist', 'app')
    for (const folder of ['scope', 'update', 'dictionary']) mkdirSync(join(dist, folder), { recursive: true })
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'order-account-lifecycle', version: spec.packageVersion ?? '0.1.0' }))
    writeFileSync(join(dist, 'scope', 'sys_app_aaaa.xml'), record('sys_app', 'aaaa', { scope: SCOPE, version: '0.1.0', name: 'Probe app' }))
    writeFileSync(
        join(dist, 'dictionary', `${TABLE}.xml`),
        `<?xml version="1.0"?>
<database>
  <element name="${TABLE}" type="collection" label="Probe" display="name">
    <element name="name" type="string" label="Name" max_length="80" display="true"/>
    <element name="count" type="integer" label="Count" default_value="0" max_length="40"/>
    <element name="active" type="boolean" label="Active" default_value="true" max_length="40"/>
    <element name="account" type="reference" label="Account" reference="customer_account" max_length="32"/>
    <element name="kind" type="choice" label="Kind" default_value="a" max_length="40">
      <choice>
        <element value="a" label="Kind A" sequence="1"/>
        <element value="b" label="Kind B" sequence="2"/>
      </choice>
    </element>
    <element name="note" type="string" label="Note" max_length="200"/>
    ${spec.extraColumns ?? ''}
    <index name="probe_name" unique="true"><element name="name"/></index>
  </element>
</database>`,
    )
    const modules = { 'package.json': JSON.stringify({ name: 'order-account-lifecycle', version: '0.1.0' }), ...(spec.modules ?? {}) }
    for (const [path, content] of Object.entries(modules)) {
        const full = `${MODULE_ROOT}/${path}`
        writeFileSync(join(dist, 'update', `sys_module_${id()}.xml`), record('sys_module', id(), { path: full, sys_name: full, content }))
    }
    for (const [name, script] of Object.entries(spec.scriptIncludes ?? {})) {
        writeFileSync(join(dist, 'update', `sys_script_include_${id()}.xml`), record('sys_script_include', id(), { name, api_name: `${SCOPE}.${name}`, active: 'true', script }))
    }
    for (const rule of spec.rules ?? []) {
        const flags = Object.fromEntries((['insert', 'update', 'delete', 'query'] as const).map((action) => [`action_${action}`, String(rule.actions.includes(action))]))
        writeFileSync(
            join(dist, 'update', `sys_script_${id()}.xml`),
            record('sys_script', id(), {
                name: rule.name,
                collection: rule.table ?? TABLE,
                when: rule.when,
                order: String(rule.order ?? 100),
                active: 'true',
                ...flags,
                filter_condition: rule.filter ?? '',
                condition: rule.condition ?? '',
                script: rule.script,
            }),
        )
    }
    for (const extra of spec.records ?? []) {
        const sysId = extra.fields.sys_id ?? id()
        const { sys_id: _ignored, ...fields } = extra.fields
        writeFileSync(join(dist, 'update', `${extra.table}_${sysId}.xml`), record(extra.table, sysId, fields))
    }
    return dist
}
