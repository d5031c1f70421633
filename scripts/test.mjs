#!/usr/bin/env node
// `npm test`: lint, typecheck, `now-sdk build --frozenKeys`, then every jest project (unit with coverage of
// the pure core, integration on the local instance, e2e in Chromium). Ends with one line
// `N passed, N failed`: jest's real test counts, plus one failure per static step that failed.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const run = (label, cmd, args) => {
    console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`)
    const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env })
    const ok = r.status === 0
    console.log(`=== ${label}: ${ok ? 'ok' : `FAILED (exit ${r.status})`}`)
    return ok
}

const failedSteps = []
const npx = (label, ...args) => run(label, 'npx', ['--no-install', ...args]) || failedSteps.push(label)

npx('lint', 'eslint', '.')
npx('typecheck', 'tsc', '-p', 'tsconfig.json', '--noEmit')
const built = run('build', 'npx', ['--no-install', 'now-sdk', 'build', '--frozenKeys'])
if (!built) failedSteps.push('build')

const outDir = join(root, '.jest-results')
rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
const resultFile = join(outDir, 'results.json')
const jestArgs = ['jest', '--ci', '--coverage', `--outputFile=${resultFile}`, '--json']
// Without a build there is nothing to load into the local instance: run only the unit project.
if (!built) jestArgs.push('--selectProjects', 'unit')
const jestOk = run('jest', 'npx', ['--no-install', ...jestArgs])

let passed = 0
let failed = 0
try {
    const results = JSON.parse(readFileSync(resultFile, 'utf8'))
    passed = results.numPassedTests
    failed = results.numFailedTests + results.numRuntimeErrorTestSuites
} catch (e) {
    console.error(`could not read jest results: ${e.message}`)
    failed += 1
}
if (!jestOk && failed === 0) failedSteps.push('jest (coverage threshold or suite error)')
if (failedSteps.length) console.log(`\nfailed steps: ${failedSteps.join(', ')}`)
console.log(`${passed} passed, ${failed + failedSteps.length} failed`)
process.exit(failed + failedSteps.length === 0 ? 0 : 1)
