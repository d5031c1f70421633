#!/usr/bin/env node
// `npm run bench`: the performance table (docs/PERFORMANCE.md). Builds the app when dist/app is missing or
// older than the sources (like `npm start`), then runs bench/run.ts through tsx with --expose-gc so the
// memory figures are measured after a collection. LOCAL_INSTANCE_DIST=<dir> benchmarks that build output
// instead and skips the build.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildIfStale } from './build-if-stale.mjs'

const root = new URL('..', import.meta.url).pathname
const dist = buildIfStale('npm run bench')
const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'bench', 'run.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, LOCAL_INSTANCE_DIST: dist },
})
process.on('SIGINT', () => {})
process.on('SIGTERM', () => child.kill('SIGTERM'))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
