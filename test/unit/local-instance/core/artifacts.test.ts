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
})
