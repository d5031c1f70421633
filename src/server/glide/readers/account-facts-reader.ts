/**
 * Facts about an account's OTHER services and orders, which decide partial vs last suspend/disconnect and
 * first orders. Counted with GlideAggregate so the cost does not grow with the account's history.
 *
 * Kept behind the AccountFactsReader interface: where a real instance tracks services differently (e.g.
 * install base items instead of sold products), swap the reader, not the mapper.
 */
import { GlideAggregate } from '@servicenow/glide'
import {
    ORDER_FIELDS,
    ORDER_TABLE,
    SOLD_PRODUCT_ACTIVE_STATES,
    SOLD_PRODUCT_FIELDS,
    SOLD_PRODUCT_SUSPENDED_STATES,
    SOLD_PRODUCT_TABLE,
    STATE_TO_MILESTONE,
} from '../../order-management/om-model.ts'
import type { AccountFacts, OrderEvent } from '../../lifecycle/model.ts'

export interface AccountFactsReader {
    read(event: OrderEvent): AccountFacts
}

/** The platform's sys_id column, used to leave the event's own services and order out of the counts. */
const SYS_ID = 'sys_id'

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

function countServicesByState(accountId: string, excludedServiceIds: string[]): Record<string, number> {
    const inService = [...SOLD_PRODUCT_ACTIVE_STATES, ...SOLD_PRODUCT_SUSPENDED_STATES]
    const products = new GlideAggregate(SOLD_PRODUCT_TABLE)
    products.addQuery(SOLD_PRODUCT_FIELDS.account, '=', accountId)
    products.addQuery(SOLD_PRODUCT_FIELDS.state, 'IN', inService.join(','))
    if (excludedServiceIds.length > 0) products.addQuery(SYS_ID, 'NOT IN', excludedServiceIds.join(','))
    counting(products).addAggregate('COUNT')
    products.groupBy(SOLD_PRODUCT_FIELDS.state)
    products.query()
    const counts: Record<string, number> = {}
    while (products.next()) {
        counts[products.getValue(SOLD_PRODUCT_FIELDS.state)] = Number(counting(products).getAggregate('COUNT'))
    }
    return counts
}

function sumOf(counts: Record<string, number>, states: readonly string[]): number {
    return states.reduce((total, state) => total + (counts[state] ?? 0), 0)
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

/**
 * Sold products (product inventory extends the sold product table, so one query covers both) in service,
 * grouped by state (one aggregate), and completed orders (one aggregate), excluding the event's own.
 */
export const glideAccountFactsReader: AccountFactsReader = {
    read(event: OrderEvent): AccountFacts {
        if (!event.accountId) return { activeServices: 0, suspendedServices: 0, completedOrders: 0 }
        const services = countServicesByState(event.accountId, event.serviceIds)
        return {
            activeServices: sumOf(services, SOLD_PRODUCT_ACTIVE_STATES),
            suspendedServices: sumOf(services, SOLD_PRODUCT_SUSPENDED_STATES),
            completedOrders: countCompletedOrders(event.accountId, event.orderId),
        }
    },
}
