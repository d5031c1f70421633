import { createInstance } from '../../../../tools/local-instance/src/instance.ts'
import { createTestInstance } from '../../../../tools/local-instance/src/testkit.ts'
import { writeSyntheticDist } from './synthetic-dist.ts'

describe('a missing build', () => {
    it('explains a missing build', () => {
        expect(() => createInstance({ dist: '/nonexistent/dist/app' })).toThrow('dist/app not found: run `npm run build` first')
    })
})

describe('load-time lint', () => {
    it('reports rules on unknown tables, filters on missing fields, unresolved requires and version drift', () => {
        const dist = writeSyntheticDist({
            packageVersion: '0.2.0',
            modules: { 'src/server/ok.ts': 'export const ok = 1;' },
            rules: [
                { name: 'Ghost table', table: 'x_oal_lifecycle_ghost', when: 'after', actions: ['insert'], script: '' },
                { name: 'Bad filter', when: 'after', actions: ['update'], filter: 'colourCHANGES^EQ', script: '' },
                { name: 'Old path', when: 'after', actions: ['update'], script: "require('x_oal_lifecycle/order-account-lifecycle/0.0.9/src/server/ok.ts').ok;" },
                { name: 'Fine', when: 'after', actions: ['update'], filter: 'kindCHANGESTOb', script: "require('x_oal_lifecycle/order-account-lifecycle/0.1.0/src/server/ok.ts');" },
            ],
        })
        const lint = createTestInstance({ dist }).lint
        expect(lint.find((line) => line.includes("'Ghost table'"))).toMatch(/x_oal_lifecycle_ghost' is defined neither by the app nor/)
        expect(lint.find((line) => line.includes("'Bad filter'"))).toMatch(/colour/)
        expect(lint.find((line) => line.includes("'Old path'"))).toMatch(/does not resolve to a sys_module.*0\.0\.9.*0\.1\.0/)
        expect(lint.some((line) => line.includes('path version 0.1.0 differs from package.json version 0.2.0'))).toBe(true)
        expect(lint.some((line) => line.includes("'Fine'"))).toBe(false)
    })

    it('names ACLs whose security attribute is not emulated, resolving the sys_ids the SDK writes', () => {
        const acl = (sysId: string, attribute: string) => ({
            table: 'sys_security_acl',
            fields: { sys_id: sysId, name: 'x_oal_lifecycle_probe', operation: 'delete', type: 'record', active: 'true', decision_type: 'allow', admin_overrides: 'true', advanced: 'false', security_attribute: attribute },
        })
        const dist = writeSyntheticDist({
            records: [
                { table: 'sys_security_attribute', fields: { sys_id: 'c0ffee00c0ffee00c0ffee00c0ffee00', name: 'is_on_vpn', type: 'compound' } },
                acl('aaaa0000aaaa0000aaaa0000aaaa0001', '8637f144b732111074f706dd1e11a981'),
                acl('aaaa0000aaaa0000aaaa0000aaaa0002', 'c0ffee00c0ffee00c0ffee00c0ffee00'),
            ],
        })
        const instance = createTestInstance({ dist })
        const findings = instance.lint.filter((line) => line.includes('security attribute'))
        expect(findings).toEqual([expect.stringMatching(/sys_security_acl aaaa0000aaaa0000aaaa0000aaaa0002\): security attribute is_on_vpn is not emulated/)])
        expect(instance.lint.some((line) => line.includes('sys_security_attribute'))).toBe(false)
        instance.close()
    })
})
