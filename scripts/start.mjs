#!/usr/bin/env node
// `npm start`: build the app when dist/app is missing or older than the sources, then run the local instance
// (tools/local-instance/src/http/main.ts through tsx) on a file database that survives restarts, seeded by the
// app's demo seed (scripts/demo-seed.ts; LOCAL_INSTANCE_SEED overrides it, LOCAL_INSTANCE_SEED= starts unseeded).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildIfStale } from './build-if-stale.mjs'

const root = new URL('..', import.meta.url).pathname
const dist = buildIfStale('npm start')
const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tools', 'local-instance', 'src', 'http', 'main.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { LOCAL_INSTANCE_SEED: 'scripts/demo-seed.ts', ...process.env, LOCAL_INSTANCE_DIST: dist },
})
// Ctrl-C reaches the whole process group; the child shuts down cleanly and we exit with it.
process.on('SIGINT', () => {})
process.on('SIGTERM', () => child.kill('SIGTERM'))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
