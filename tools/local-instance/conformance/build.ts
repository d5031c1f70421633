// Builds the conformance apps (tools/local-instance/conformance/<app>/, small Now SDK projects) with the
// project's Now SDK, once per content: the build output is kept in tools/local-instance/.conformance-cache/
// (gitignored) under a hash of the app's sources and the SDK version, so repeated test runs reuse it.
// `--frozenKeys`: an app whose src/fluent/generated/keys.ts is out of date fails here; rebuild it once with
// `npx now-sdk build tools/local-instance/conformance/<app>` and commit the keys.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

export const CONFORMANCE_DIR = __dirname
export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..')
export const CACHE_DIR = join(__dirname, '..', '.conformance-cache')
const SDK_BIN = join(REPOSITORY_ROOT, 'node_modules', '.bin', 'now-sdk')

export function conformanceApps(): string[] {
    return readdirSync(CONFORMANCE_DIR)
        .filter((name) => existsSync(join(CONFORMANCE_DIR, name, 'now.config.json')))
        .sort()
}

function sourceFiles(directory: string): string[] {
    const files: string[] = []
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
        const path = join(directory, entry.name)
        if (entry.isDirectory()) {
            if (!['dist', 'node_modules', '.now', 'target'].includes(entry.name)) files.push(...sourceFiles(path))
        } else files.push(path)
    }
    return files.sort()
}

/** Hash of what the build reads: the app's files and the SDK version. */
export function contentHash(app: string): string {
    const root = join(CONFORMANCE_DIR, app)
    const hash = createHash('sha256')
    hash.update(JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'node_modules', '@servicenow', 'sdk', 'package.json'), 'utf8')).version)
    for (const file of sourceFiles(root)) {
        hash.update(relative(root, file))
        hash.update(readFileSync(file))
    }
    return hash.digest('hex').slice(0, 16)
}

/** The cached build output (dist/app) of an app at its current content, or null when it is not built yet. */
export function cachedDist(app: string): string | null {
    const dist = join(CACHE_DIR, `${app}-${contentHash(app)}`, 'app')
    return existsSync(join(dist, 'scope')) ? dist : null
}

function run(app: string): Promise<{ ok: boolean; output: string; ms: number }> {
    const started = Date.now()
    return new Promise((resolve) => {
        const child = spawn(SDK_BIN, ['build', '--frozenKeys', join(CONFORMANCE_DIR, app)], { cwd: REPOSITORY_ROOT, env: { ...process.env, FORCE_COLOR: '0' } })
        let output = ''
        child.stdout.on('data', (chunk) => (output += chunk))
        child.stderr.on('data', (chunk) => (output += chunk))
        child.on('close', (code) => resolve({ ok: code === 0 && /Build completed successfully/.test(output), output, ms: Date.now() - started }))
    })
}

export interface BuildReport {
    app: string
    dist: string
    cached: boolean
    ms: number
}

/** Builds every app whose content changed (one at a time: builds are CPU-bound), returns where each build output is. */
export async function buildConformanceApps(log: (line: string) => void = () => {}): Promise<BuildReport[]> {
    mkdirSync(CACHE_DIR, { recursive: true })
    const reports: BuildReport[] = []
    const pending = conformanceApps().filter((app) => {
        const dist = cachedDist(app)
        if (dist) reports.push({ app, dist, cached: true, ms: 0 })
        return !dist
    })
    const failures: string[] = []
    const worker = async () => {
        for (let app = pending.shift(); app; app = pending.shift()) {
            const hash = contentHash(app)
            log(`conformance: building ${app} (${hash})`)
            const result = await run(app)
            if (!result.ok) {
                failures.push(`${app}: now-sdk build failed after ${result.ms} ms\n${result.output.slice(-4000)}`)
                continue
            }
            const target = join(CACHE_DIR, `${app}-${hash}`)
            const staging = `${target}.tmp-${process.pid}`
            rmSync(staging, { recursive: true, force: true })
            cpSync(join(CONFORMANCE_DIR, app, 'dist', 'app'), join(staging, 'app'), { recursive: true })
            cpSync(join(CONFORMANCE_DIR, app, 'package.json'), join(staging, 'package.json'))
            rmSync(target, { recursive: true, force: true })
            renameSync(staging, target)
            // Older builds of this app are dropped.
            for (const entry of readdirSync(CACHE_DIR)) if (entry.startsWith(`${app}-`) && entry !== `${app}-${hash}` && statSync(join(CACHE_DIR, entry)).isDirectory()) rmSync(join(CACHE_DIR, entry), { recursive: true, force: true })
            reports.push({ app, dist: join(target, 'app'), cached: false, ms: result.ms })
            log(`conformance: built ${app} in ${result.ms} ms`)
        }
    }
    await worker()
    if (failures.length) throw new Error(failures.join('\n\n'))
    writeFileSync(join(CACHE_DIR, 'last-build.json'), JSON.stringify(reports, null, 2))
    return reports.sort((left, right) => left.app.localeCompare(right.app))
}
