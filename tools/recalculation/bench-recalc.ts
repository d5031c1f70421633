// Recalculation throughput on the local instance: N accounts with orders created while the app was disabled,
// then one bulk apply. Run: LOCAL_INSTANCE_DIST=dist/app npx tsx tools/recalculation/bench-recalc.ts [accounts]
import { createTestInstance } from '../local-instance/src/testkit.ts'
import { PROPERTIES } from '../../src/server/app-schema.ts'

const accounts = Number(process.argv[2] || 200)
const instance = createTestInstance()
instance.setProperty(PROPERTIES.enabled, 'false')
const ids: string[] = []
for (let index = 0; index < accounts; index++) {
    const account = instance.insert('customer_account', { name: `Bench ${index}`, customer: 'true' }) as string
    ids.push(account)
    for (let order = 0; order < 3; order++) {
        const id = instance.insert('sn_ind_tmt_orm_order', { number: `B${index}-${order}`, account, state: 'new', channel: 'web', order_category: 'product' }) as string
        instance.insert('sn_ind_tmt_orm_order_line_item', { order: id, account, state: 'new', action: 'add', product_offering: 'fiber' })
        instance.update('sn_ind_tmt_orm_order', id, { state: 'completed' })
    }
}
instance.setProperty(PROPERTIES.enabled, 'true')
const module = instance.requireModule('src/server/glide/recalculation/recalculation.ts') as { recalculateAccount(id: string, mode: string): { status: string } }
const started = performance.now()
const statuses: Record<string, number> = {}
instance.glide(() => {
    for (const id of ids) {
        const status = module.recalculateAccount(id, 'apply').status
        statuses[status] = (statuses[status] ?? 0) + 1
    }
})
const seconds = (performance.now() - started) / 1000
console.log(`${accounts} accounts (3 orders each) recalculated and applied in ${seconds.toFixed(2)} s: ${(accounts / seconds).toFixed(1)} accounts/s`, statuses)
instance.close()
