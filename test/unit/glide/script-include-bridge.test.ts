/**
 * The script-include bridge requires the mapper by the module name the build gives it
 * (<scope>/<package name>/<version>/<path>). The build does not check that name, so a package rename,
 * a version bump or a moved file would break every order save silently; this test catches it.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SCOPE } from '../../../src/server/app-schema.ts'
import * as mapper from '../../../src/server/glide/account-lifecycle-mapper.ts'

const root = join(__dirname, '..', '..', '..')

describe('AccountLifecycleMapper bridge', () => {
    const bridge = readFileSync(join(root, 'src', 'scripts', 'AccountLifecycleMapper.js'), 'utf8')
    const required = [...bridge.matchAll(/require\('([^']+)'\)/g)].map((match) => match[1])

    it('requires the mapper module by the name the build gives it', () => {
        const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string }
        const prefix = `${SCOPE}/${pkg.name}/${pkg.version}/`
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
