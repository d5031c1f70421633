/** Builders for plain core inputs: each test states only the fields it is about. */
import type { AccountFacts, AccountSnapshot, MappingRule, OrderEvent } from '../../../src/server/lifecycle/model'
import type { LineSnapshot, OrderSnapshot } from '../../../src/server/lifecycle/classify'

export function rule(overrides: Partial<MappingRule> = {}): MappingRule {
    return {
        id: 'rule-1',
        name: 'Rule',
        active: true,
        order: 100,
        action: 'place',
        milestone: 'completed',
        conditionField: '',
        conditionOperator: '',
        conditionValue: '',
        fromState: '',
        targetState: '',
        targetStage: '',
        scope: 'any',
        allowBackward: false,
        stopProcessing: false,
        ...overrides,
    }
}

/** By default the event's order acts on one service (sp-1) with the event's own action; a cancel acts on none. */
export function event(overrides: Partial<OrderEvent> = {}): OrderEvent {
    const action = overrides.action ?? 'place'
    return {
        key: 'order-1:place:completed',
        source: 'order',
        accountId: 'acct-1',
        orderId: 'order-1',
        orderNumber: 'ORD0001001',
        lineItemId: '',
        action: 'place',
        milestone: 'completed',
        occurredAt: '2024-05-01 10:00:00',
        attributes: { product_offering: 'fiber-1g', channel: 'web', order_category: 'b2b' },
        effects: action === 'cancel' ? [] : [{ serviceId: 'sp-1', action }],
        ...overrides,
    }
}

export function account(overrides: Partial<AccountSnapshot> = {}): AccountSnapshot {
    return { id: 'acct-1', name: 'Acme', state: 'active', stage: 'adoption', pinnedUntil: '', pinReason: '', ...overrides }
}

/** Facts as the reader returns them: the services the order does not act on, and other completed orders. */
export function facts(overrides: { activeServices?: number; suspendedServices?: number; completedOrders?: number } = {}): AccountFacts {
    return { others: { inService: overrides.activeServices ?? 0, suspended: overrides.suspendedServices ?? 0 }, completedOrders: overrides.completedOrders ?? 0 }
}

export function order(overrides: Partial<OrderSnapshot> = {}): OrderSnapshot {
    return { sysId: 'order-1', number: 'ORD0001001', accountId: 'acct-1', state: 'completed', channel: 'web', orderCategory: 'b2b', ...overrides }
}

export function line(overrides: Partial<LineSnapshot> = {}): LineSnapshot {
    return {
        sysId: 'line-1',
        orderId: 'order-1',
        accountId: 'acct-1',
        state: 'completed',
        action: 'add',
        productOffering: 'fiber-1g',
        soldProductId: 'sp-1',
        ...overrides,
    }
}
