// Load-time checks for what the SDK build does not check (now-sdk-notes.md, "Build output").
import { compileToPredicate, parseEncodedQuery } from '../query/index.ts'
import type { Schema } from '../schema/index.ts'
import type { LoadedArtifacts } from './load.ts'

const REQUIRE = /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g

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
            if (path === '@servicenow/glide' || modulePaths.has(path)) continue
            const sameModule = [...modulePaths].find((candidate) => candidate && modulePrefix(candidate) === modulePrefix(path) && candidate.split('/').slice(3).join('/') === path.split('/').slice(3).join('/'))
            const hint = sameModule ? ` (the build has ${sameModule}: version ${versionOf(path)} in the require path differs from ${versionOf(sameModule)})` : ''
            findings.push(`${label}: require('${path}') does not resolve to a sys_module${hint}`)
        }
    }
    return findings
}
