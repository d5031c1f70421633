// Load-time checks for what the SDK build does not check (now-sdk-notes.md, "Build output"), and a list of
// everything the local instance loads but does not run or drops (artifacts/coverage.ts).
import { compileToPredicate, parseEncodedQuery } from '../query/index.ts'
import { baseline } from '../schema/baseline.ts'
import type { Schema } from '../schema/index.ts'
import { EMULATED_SECURITY_ATTRIBUTES } from '../security/acl.ts'
import { INTERPRETED_TABLES, NOT_RUN_TABLES, PRESENTATION_TABLES } from './coverage.ts'
import type { LoadedArtifacts } from './load.ts'

const REQUIRE = /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g

/** Record names for a lint line: the first few names, when the records have any. */
function names(records: Array<Record<string, string>>): string {
    const named = records.map((record) => record.name || record.action_name || record.endpoint || record.title || record.short_description).filter(Boolean)
    if (named.length === 0) return ''
    return `: ${named
        .slice(0, 5)
        .map((name) => `'${name}'`)
        .join(', ')}${named.length > 5 ? ', …' : ''}`
}

/** A UI page the HTTP layer serves: the SDK's "direct" pages (React / plain HTML). Jelly pages are not rendered. */
export function isServedUiPage(page: Record<string, string>): boolean {
    const html = page.html ?? ''
    return page.direct === 'true' || html.includes('@sdk:now-ux-globals') || html.includes('<sdk:now-ux-globals')
}

export function lintArtifacts(artifacts: LoadedArtifacts, schema: Schema, packageVersion: string | null): string[] {
    const findings: string[] = []
    const modulePaths = new Set(artifacts.records('sys_module').map((record) => record.path))
    const modulePrefix = (path: string) => path.split('/').slice(0, 2).join('/')
    const versionOf = (path: string) => path.split('/')[2]

    if (packageVersion) {
        for (const path of modulePaths) {
            if (path && path.split('/').length > 3 && versionOf(path) !== packageVersion) {
                findings.push(`sys_module ${path}: path version ${versionOf(path)} differs from package.json version ${packageVersion}`)
            }
        }
    }
    for (const rule of artifacts.records('sys_script')) {
        const label = `business rule '${rule.name}' (sys_script ${rule.sys_id})`
        const table = schema.table(rule.collection)
        if (!table) {
            findings.push(`${label}: table '${rule.collection}' is defined neither by the app nor by the local instance's baseline`)
        } else if (rule.filter_condition) {
            try {
                const info = { ...table, columns: schema.columns(table.name) }
                compileToPredicate(parseEncodedQuery(rule.filter_condition), info, (name) => schema.table(name), () => undefined)
            } catch (error) {
                findings.push(`${label}: filter_condition "${rule.filter_condition}" on ${rule.collection}: ${(error as Error).message}`)
            }
        }
    }
    const scripts = [
        ...artifacts.records('sys_script').map((record) => ({ label: `business rule '${record.name}'`, script: record.script ?? '' })),
        ...artifacts.records('sys_script_include').map((record) => ({ label: `script include '${record.name}'`, script: record.script ?? '' })),
    ]
    for (const { label, script } of scripts) {
        for (const match of script.matchAll(REQUIRE)) {
            const path = match[1]
            // Relative paths and @servicenow/glide are resolved by the sandbox at run time.
            if (path.startsWith('@servicenow/glide') || path.startsWith('./') || path.startsWith('../') || modulePaths.has(path)) continue
            const sameModule = [...modulePaths].find((candidate) => candidate && modulePrefix(candidate) === modulePrefix(path) && candidate.split('/').slice(3).join('/') === path.split('/').slice(3).join('/'))
            const hint = sameModule ? ` (the build has ${sameModule}: version ${versionOf(path)} in the require path differs from ${versionOf(sameModule)})` : ''
            findings.push(`${label}: require('${path}') does not resolve to a sys_module${hint}`)
        }
    }

    // ACLs whose security attribute the local instance cannot evaluate: the check throws not emulated.
    const attributeNames = new Map<string, string>(Object.entries(baseline().securityAttributes))
    for (const attribute of artifacts.records('sys_security_attribute')) if (attribute.name) attributeNames.set(attribute.sys_id, attribute.name)
    for (const acl of artifacts.records('sys_security_acl')) {
        const attribute = (acl.security_attribute ?? '').trim()
        if (!attribute || acl.active === 'false') continue
        const name = attributeNames.get(attribute) ?? attribute
        if (!EMULATED_SECURITY_ATTRIBUTES.includes(name)) findings.push(`ACL ${acl.name} (${acl.operation}, sys_security_acl ${acl.sys_id}): security attribute ${name} is not emulated; checking this ACL throws`)
    }

    // Tables of the app whose parent neither the app nor the baseline defines: they inherit nothing.
    for (const table of schema.tables.values()) {
        if (table.extends && !schema.table(table.extends)) findings.push(`table ${table.name} extends '${table.extends}', which neither the app nor the local instance's baseline defines: it inherits no columns`)
    }
    for (const folder of artifacts.ignoredFolders) findings.push(`build output folder ${folder}/ is ignored (not a record folder the local instance reads)`)
    if (artifacts.skippedDemoRecords > 0) findings.push(`${artifacts.skippedDemoRecords} demo record(s) (unload.demo/) not installed: demo data is off`)

    const presentation: string[] = []
    for (const [table, byId] of [...artifacts.byTable].sort(([left], [right]) => left.localeCompare(right))) {
        const records = [...byId.values()]
        if (records.length === 0 || schema.table(table) || table in INTERPRETED_TABLES) {
            if (table === 'sys_ui_page') {
                const jelly = records.filter((page) => !isServedUiPage(page))
                if (jelly.length) findings.push(`loaded, not run: ${jelly.length} Jelly UI page(s) (sys_ui_page, only SDK direct pages are served): ${jelly.map((page) => `'${page.endpoint || page.name}'`).join(', ')}`)
            }
            continue
        }
        if (table in NOT_RUN_TABLES) findings.push(`loaded, not run: ${records.length} ${NOT_RUN_TABLES[table]} (${table})${names(records)}`)
        else if (PRESENTATION_TABLES.has(table)) presentation.push(`${table} ×${records.length}`)
        else findings.push(`dropped: ${records.length} record(s) of ${table}, a table neither the app nor the local instance's baseline defines${names(records)}`)
    }
    if (presentation.length) findings.push(`loaded, not rendered (forms, lists, views): ${presentation.join(', ')}`)
    return findings
}
