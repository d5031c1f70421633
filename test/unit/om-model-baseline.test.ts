/**
 * The app's Order Management assumptions (om-model.ts) against the platform as the local instance declares it
 * (tools/local-instance/src/schema/baseline/tables.json, written from ServiceNow's documentation, not from
 * om-model.ts). The local instance imports nothing from the app, so a value the app relies on that the
 * platform does not have fails here instead of being echoed back by the emulator.
 */
import * as om from '../../src/server/order-management/om-model'
import { baseline } from '../../tools/local-instance/src/schema/baseline'
import type { ColumnSchema } from '../../tools/local-instance/src/schema/types'

const data = baseline()
const tables = new Map(data.tables.map((table) => [table.name, table]))

/** A table's columns with the inherited ones, as the instance's Schema merges them. */
function columnsOf(name: string): Record<string, ColumnSchema> {
    const table = tables.get(name)
    if (!table) throw new Error(`the baseline has no table ${name}`)
    return { ...(table.extends ? columnsOf(table.extends) : {}), ...table.columns }
}

function choicesOf(table: string, column: string): string[] {
    const found = columnsOf(table)[column]
    if (!found) throw new Error(`the baseline has no column ${table}.${column}`)
    return found.choices ?? []
}

describe('om-model.ts against the local instance baseline', () => {
    it('names tables the platform has', () => {
        for (const table of [om.ORDER_TABLE, om.LINE_TABLE, om.ACCOUNT_TABLE, om.SOLD_PRODUCT_TABLE]) expect(tables.has(table)).toBe(true)
    })

    it('names columns the platform has', () => {
        const missing = [
            ...Object.values(om.ORDER_FIELDS).map((field) => [om.ORDER_TABLE, field]),
            ...Object.values(om.LINE_FIELDS).map((field) => [om.LINE_TABLE, field]),
            ...Object.values(om.SOLD_PRODUCT_FIELDS).map((field) => [om.SOLD_PRODUCT_TABLE, field]),
        ].filter(([table, field]) => !columnsOf(table)[field])
        expect(missing).toEqual([])
    })

    it('uses only order states the order and its line items can be in', () => {
        const states = [...new Set([...om.MILESTONE_STATES, ...Object.keys(om.STATE_TO_MILESTONE), ...om.CANCELLATION_STATES])]
        expect(states.filter((state) => !choicesOf(om.ORDER_TABLE, om.ORDER_FIELDS.state).includes(state))).toEqual([])
        expect(states.filter((state) => !choicesOf(om.LINE_TABLE, om.LINE_FIELDS.state).includes(state))).toEqual([])
    })

    it('uses only line actions the line item has', () => {
        const actions = choicesOf(om.LINE_TABLE, om.LINE_FIELDS.action)
        expect(Object.keys(om.LINE_ACTION_TO_ACTION).filter((action) => !actions.includes(action))).toEqual([])
    })

    it('uses only sold product / product inventory states the platform has', () => {
        const states = choicesOf(om.SOLD_PRODUCT_TABLE, om.SOLD_PRODUCT_FIELDS.state)
        const used = [...Object.values(om.INVENTORY_STATES), ...om.DEFAULT_IN_SERVICE_STATES, ...om.DEFAULT_SUSPENDED_STATES, ...om.DEFAULT_NOT_YET_STATES]
        expect(used.filter((state) => !states.includes(state))).toEqual([])
        expect(columnsOf('sn_prd_invt_product_inventory')[om.SOLD_PRODUCT_FIELDS.state]).toBeDefined()
    })

    it('names a role the platform has', () => {
        expect((data.records.sys_user_role ?? []).map((role) => role.name)).toContain(om.OM_VIEWER_ROLE)
    })
})
