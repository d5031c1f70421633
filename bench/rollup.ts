/**
 * Roll-up cost: one child's applied change (the line save completing its first order: Pending → Active) with the
 * roll-up policies off and on, for a parent with 10 and with 1,000 children (Glide operations and wall time on the local instance). Flat = the same operations whatever the number
 * of children: the parent is re-derived from one aggregate over its children by state and stage.
 */
import { ACCOUNT_TABLE } from '../src/server/order-management/om-model'
import { PROPERTIES } from '../src/server/app-schema'
import { OmDriver } from '../test/integration/support/om-driver'
import { benchInstance, progress, timed } from './support'

export interface RollupBenchRow {
    children: number
    policy: 'off' | 'on'
    ops: number
    ms: number
    parentState: string
}

export function benchRollup(sizes: number[] = [10, 1000]): RollupBenchRow[] {
    const rows: RollupBenchRow[] = []
    for (const size of sizes) {
        for (const policy of ['off', 'on'] as const) {
            progress(`roll-up: parent with ${size} children, policy ${policy}`)
            const instance = benchInstance()
            try {
                const om = new OmDriver(instance)
                if (policy === 'on') {
                    instance.setProperty(PROPERTIES.rollupStatePolicy, 'any_active')
                    instance.setProperty(PROPERTIES.rollupStagePolicy, 'most_advanced')
                }
                const parent = om.account('Group plc')
                let last = ''
                instance.glide(({ GlideRecord }) => {
                    for (let index = 0; index < size; index++) {
                        const child = new GlideRecord(ACCOUNT_TABLE)
                        child.initialize()
                        child.setValue('name', `Branch ${index}`)
                        child.setValue('customer', 'true')
                        child.setValue('account_parent', parent)
                        last = String(child.insert())
                    }
                })
                const placed = om.submit(last, [{ action: 'add' }])
                om.advance(placed, 'in_progress')
                const parentBefore = String(instance.get(ACCOUNT_TABLE, parent)?.x_oal_lifecycle_state ?? '')
                // Measured: the line save that completes the child's order (Pending → Active) and rolls it up.
                const log = instance.recordOperations()
                const { ms } = timed(() => instance.update('sn_ind_tmt_orm_order_line_item', placed.lines[0], { state: 'completed' }))
                const ops = log.filter((op) => op.table !== 'sys_properties').length
                const parentAfter = String(instance.get(ACCOUNT_TABLE, parent)?.x_oal_lifecycle_state ?? '')
                rows.push({ children: size, policy, ops, ms, parentState: `${parentBefore || '(not set)'} → ${parentAfter || '(not set)'}` })
            } finally {
                instance.close()
            }
        }
    }
    return rows
}

if (require.main === module) {
    const rows = benchRollup()
    console.log('| children | roll-up | Glide ops of the completing line save | ms | parent state |')
    console.log('|---|---|---|---|---|')
    for (const row of rows) console.log(`| ${row.children} | ${row.policy} | ${row.ops} | ${row.ms.toFixed(1)} | ${row.parentState} |`)
}
