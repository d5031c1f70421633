import { existsSync } from 'node:fs'
import { createInstance } from '../../../../tools/local-instance/src/instance.ts'
import { createTestInstance, DEFAULT_DIST } from '../../../../tools/local-instance/src/testkit.ts'
import { writeSyntheticDist } from './synthetic-dist.ts'

describe('loading the real build output (dist/app)', () => {
    it('requires a build', () => {
        // The test runner builds before jest; a missing dist/app is a setup error, not a skip.
        expect(existsSync(DEFAULT_DIST)).toBe(true)
    })

    it('installs the app: scope, properties, roles with containment, modules', () => {
        const instance = createTestInstance()
        expect(instance.scope).toBe('x_oal_lifecycle')
        expect(instance.runScript(null, "gs.getProperty('x_oal_lifecycle.enabled')")).toBe('true')
        expect(instance.artifacts.records('sys_user_role').map((role) => role.name)).toEqual(expect.arrayContaining(['x_oal_lifecycle.admin', 'x_oal_lifecycle.agent']))
        const user = instance.insert('sys_user', { user_name: 'ada' }) as string
        const admin = instance.query('sys_user_role', 'name=x_oal_lifecycle.admin')[0].sys_id
        instance.insert('sys_user_has_role', { user, role: admin })
        expect(instance.userRoles('ada')).toEqual(['x_oal_lifecycle.admin', 'x_oal_lifecycle.agent'])
        const om = instance.requireModule('src/server/order-management/om-model.ts') as { LINE_ACTION_TO_ACTION: Record<string, string> }
        expect(om.LINE_ACTION_TO_ACTION.delete).toBe('disconnect')
    })

    it('stores product inventory in the sold-product hierarchy, so a sold-product query includes it', () => {
        const instance = createTestInstance()
        instance.insert('sn_install_base_sold_product', { name: 'sold' })
        instance.insert('sn_prd_invt_product_inventory', { name: 'inventory' })
        expect(instance.query('sn_install_base_sold_product').map((row) => row.name)).toEqual(['sold', 'inventory'])
        expect(instance.query('sn_prd_invt_product_inventory').map((row) => row.name)).toEqual(['inventory'])
    })

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
})
