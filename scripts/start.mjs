#!/usr/bin/env node
// `npm start`: build the app when dist/app is missing or older than the sources, then run the local instance
// (tools/local-instance/src/http/main.ts through tsx) on a file database that survives restarts.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const dist = join(root, 'dist', 'app')
// keys.ts is rewritten by every build, so it never makes the build look stale.
const IGNORED = new Set([join(root, 'src', 'fluent', 'generated')])

/** Newest (or, with `oldest`, oldest) file modification time under `dir`, in ms; 0 when there are no files. */
function mtimeUnder(dir, pick = Math.max) {
    let result = 0
    let seen = false
    const walk = (current) => {
        for (const entry of readdirSync(current, { withFileTypes: true })) {
            const path = join(current, entry.name)
            if (IGNORED.has(path) || entry.name === 'node_modules') continue
            if (entry.isDirectory()) walk(path)
            else {
                const time = statSync(path).mtimeMs
                result = seen ? pick(result, time) : time
                seen = true
            }
        }
    }
    if (existsSync(dir)) walk(dir)
    return result
}

function buildIfStale() {
    const sourcesChanged = Math.max(mtimeUnder(join(root, 'src')), ...['now.config.json', 'package.json'].map((f) => statSync(join(root, f)).mtimeMs))
    // The oldest output file is when the last successful build started writing.
    const builtAt = existsSync(dist) ? mtimeUnder(dist, Math.min) : 0
    if (builtAt && builtAt >= sourcesChanged) {
        console.log('dist/app is up to date; skipping the build')
        return
    }
    console.log(builtAt ? 'sources changed since the last build: building…' : 'dist/app is missing: building…')
    const result = spawnSync('npx', ['--no-install', 'now-sdk', 'build'], { cwd: root, stdio: 'inherit' })
    if (result.status !== 0 || !existsSync(dist)) {
        console.error('now-sdk build failed; fix the errors above and run npm start again')
        process.exit(result.status || 1)
    }
}

buildIfStale()
const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tools', 'local-instance', 'src', 'http', 'main.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
})
// Ctrl-C reaches the whole process group; the child shuts down cleanly and we exit with it.
process.on('SIGINT', () => {})
process.on('SIGTERM', () => child.kill('SIGTERM'))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
