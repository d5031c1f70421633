#!/usr/bin/env node
// `npm run screenshots`: current screenshots of the agent timeline and the rules workbench, desktop (1440×900)
// and phone (390×844), written to docs/ui/ (linked from the README). Builds the app first when dist/app is
// missing or older than the sources, like `npm start`; LOCAL_INSTANCE_DIST=<dir> uses that build output.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildIfStale } from './build-if-stale.mjs'

const root = new URL('..', import.meta.url).pathname
const dist = buildIfStale('npm run screenshots')
const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'screenshots.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, LOCAL_INSTANCE_DIST: dist },
})
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
