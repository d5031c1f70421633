// The local instance loading the app's real build output (`npm test` builds before the integration project).
import { existsSync } from 'node:fs'
import { createTestInstance, DEFAULT_DIST } from '../../tools/local-instance/src/testkit'

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

})

