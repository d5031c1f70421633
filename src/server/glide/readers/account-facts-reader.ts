/**
 * Facts about the account's services the order does NOT act on (by what their inventory state means) and
 * its other completed orders, which decide scopes such as "no service left" and "first order". Counted with
 * GlideAggregate so the cost does not grow with the account's history, and read only when a rule the event
 * meets needs them (factsNeeded in the core).
 *
 * Kept behind the AccountFactsReader interface: where a real instance tracks services differently (e.g.
 * install base items instead of sold products), swap the reader, not the mapper.
 */
import { GlideAggregate, gs } from '@servicenow/glide'
import { PROPERTIES } from '../../app-schema.ts'
import { inventoryMappingOf, meaningOf } from '../../lifecycle/inventory.ts'
import type { InventoryMapping } from '../../lifecycle/inventory.ts'
import type { AccountFacts, OrderEvent, ServiceCounts } from '../../lifecycle/model.ts'
import { touchedServiceIds } from '../../lifecycle/net-effect.ts'
import { ORDER_FIELDS, ORDER_TABLE, SOLD_PRODUCT_FIELDS, SOLD_PRODUCT_TABLE, STATE_TO_MILESTONE } from '../../order-management/om-model.ts'

export interface FactsNeeded {
    services: boolean
    completedOrders: boolean
}

export interface AccountFactsReader {
    read(event: OrderEvent, needed: FactsNeeded): AccountFacts
}

/** The platform's sys_id column, used to leave the order's own services and the order itself out of the counts. */
const SYS_ID = 'sys_id'

/** gs.getProperty's fallback when the property does not exist; a real value is never this. */
const MISSING = '\u0000missing'

/**
 * The inventory-state mapping from the x_oal_lifecycle.inventory.* properties (properties are cached by the
 * platform, so this costs no query). A property that does not exist keeps the default.
 */
export function readInventoryMapping(): InventoryMapping {
    const read = (name: string): string | null => {
        const value = gs.getProperty(name, MISSING)
        return value === MISSING ? null : value
    }
    return inventoryMappingOf({ in_service: read(PROPERTIES.inServiceStates), suspended: read(PROPERTIES.suspendedStates), not_yet: read(PROPERTIES.notYetStates) })
}

/**
 * The typings declare a field name as required on addAggregate/getAggregate, but a plain COUNT takes none
 * on the platform (documented form `addAggregate('COUNT')`), so COUNT goes through this narrow view.
 */
interface CountingAggregate {
    addAggregate(aggregate: 'COUNT'): void
    getAggregate(aggregate: 'COUNT'): string
}

function counting(aggregate: GlideAggregate): CountingAggregate {
    return aggregate as unknown as CountingAggregate
}

/** Order states that mean "completed" (every stored spelling the OM maps know). */
const COMPLETED_ORDER_STATES = Object.keys(STATE_TO_MILESTONE).filter((state) => STATE_TO_MILESTONE[state] === 'completed')

/**
 * The account's sold products (product inventory extends the table, so one query covers both) the order does
 * not act on, counted by state (one aggregate) and summed by what each state means.
 */
export function countOtherServices(accountId: string, excludedServiceIds: string[], mapping: InventoryMapping): ServiceCounts {
    const counts: ServiceCounts = { inService: 0, suspended: 0 }
    const relevant = mapping.in_service.concat(mapping.suspended)
    if (relevant.length === 0) return counts
    const products = new GlideAggregate(SOLD_PRODUCT_TABLE)
    products.addQuery(SOLD_PRODUCT_FIELDS.account, '=', accountId)
    products.addQuery(SOLD_PRODUCT_FIELDS.state, 'IN', relevant.join(','))
    if (excludedServiceIds.length > 0) products.addQuery(SYS_ID, 'NOT IN', excludedServiceIds.join(','))
    counting(products).addAggregate('COUNT')
    products.groupBy(SOLD_PRODUCT_FIELDS.state)
    products.query()
    while (products.next()) {
        const count = Number(counting(products).getAggregate('COUNT'))
        const meaning = meaningOf(mapping, products.getValue(SOLD_PRODUCT_FIELDS.state) || '')
        if (meaning === 'in_service') counts.inService += count
        else if (meaning === 'suspended') counts.suspended += count
    }
    return counts
}

function countCompletedOrders(accountId: string, excludedOrderId: string): number {
    const orders = new GlideAggregate(ORDER_TABLE)
    orders.addQuery(ORDER_FIELDS.account, '=', accountId)
    orders.addQuery(ORDER_FIELDS.state, 'IN', COMPLETED_ORDER_STATES.join(','))
    if (excludedOrderId) orders.addQuery(SYS_ID, '!=', excludedOrderId)
    counting(orders).addAggregate('COUNT')
    orders.query()
    return orders.next() ? Number(counting(orders).getAggregate('COUNT')) : 0
}

/** Reads what was asked for: one aggregate for the other services, one for the other completed orders. */
export const glideAccountFactsReader: AccountFactsReader = {
    read(event: OrderEvent, needed: FactsNeeded): AccountFacts {
        const facts: AccountFacts = { others: null, completedOrders: null }
        if (!event.accountId) return { others: { inService: 0, suspended: 0 }, completedOrders: 0 }
        if (needed.services) facts.others = countOtherServices(event.accountId, touchedServiceIds(event.effects), readInventoryMapping())
        if (needed.completedOrders) facts.completedOrders = countCompletedOrders(event.accountId, event.orderId)
        return facts
    },
}
