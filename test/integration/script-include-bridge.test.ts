/**
 * The script-include bridge and the daily time-rule job require server modules by the module name the build
 * gives them (<scope>/<package name>/<version>/<path>). The build does not check that name, so a package
 * rename, a version bump or a moved file would break every order save, or the daily job, silently; these
 * tests catch it.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SCOPE } from '../../src/server/app-schema'
import { createTestInstance } from '../../tools/local-instance/src/testkit'

const root = join(__dirname, '..', '..')
// The built modules as the platform loads them (the Glide modules they import only exist there, and locally).
const instance = createTestInstance()
afterAll(() => instance.close())
const mapper = instance.requireModule('src/server/glide/account-lifecycle-mapper.ts') as Record<string, unknown>
const timeRuleJob = instance.requireModule('src/server/glide/recalculation/time-rule-job.ts') as Record<string, unknown>
const recalculationRequest = instance.requireModule('src/server/glide/recalculation/recalculation-request.ts') as Record<string, unknown>

/** The module path prefix the build gives every file of the package: <scope>/<package name>/<version>/. */
function modulePrefix(): string {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string }
    return `${SCOPE}/${pkg.name}/${pkg.version}/`
}

describe('AccountLifecycleMapper bridge', () => {
    const bridge = readFileSync(join(root, 'src', 'scripts', 'AccountLifecycleMapper.js'), 'utf8')
    const required = [...bridge.matchAll(/require\('([^']+)'\)/g)].map((match) => match[1])

    it('requires the mapper module by the name the build gives it', () => {
        const prefix = modulePrefix()
        expect(required).toEqual([`${prefix}src/server/glide/account-lifecycle-mapper.ts`])
        expect(existsSync(join(root, required[0].slice(prefix.length)))).toBe(true)
    })

    it('exposes the entry points the business rules call, delegating to exported functions', () => {
        expect(bridge).toMatch(/onLineChange: function \(current, previous\) \{\s*this\.mapper\.handleLineChange\(current, previous\);/)
        expect(bridge).toMatch(/onOrderChange: function \(current, previous\) \{\s*this\.mapper\.handleOrderChange\(current, previous\);/)
        expect(bridge).toMatch(/type: 'AccountLifecycleMapper'/)
        expect(typeof mapper.handleLineChange).toBe('function')
        expect(typeof mapper.handleOrderChange).toBe('function')
    })
})

describe('scheduled scripts', () => {
    const job = readFileSync(join(root, 'src', 'fluent', 'scheduled-scripts', 'time-rules.now.ts'), 'utf8')
    const required = [...job.matchAll(/require\('([^']+)'\)(\.\w+)?/g)].map((match) => ({ path: match[1], call: match[2] ?? '' }))

    it('require the job modules by the name the build gives them', () => {
        const prefix = modulePrefix()
        expect(required.map((entry) => entry.path)).toEqual([
            `${prefix}src/server/glide/recalculation/time-rule-job.ts`,
            `${prefix}src/server/glide/recalculation/recalculation-request.ts`,
        ])
        for (const entry of required) expect(existsSync(join(root, entry.path.slice(prefix.length)))).toBe(true)
    })

    it('call functions the modules export', () => {
        expect(required.map((entry) => entry.call)).toEqual(['.runTimeRuleJob', '.resumeStaleRecalculations'])
        expect(typeof timeRuleJob.runTimeRuleJob).toBe('function')
        expect(typeof recalculationRequest.resumeStaleRecalculations).toBe('function')
    })
})
