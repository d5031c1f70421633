/** Shared inputs for the replay tests: a realistic rule set, history builders and a seeded PRNG. */
import type { LineSnapshot, OrderSnapshot } from '../../../src/server/lifecycle/classify'
import type { AccountSnapshot, MappingRule } from '../../../src/server/lifecycle/model'
import type { OrderHistory } from '../../../src/server/lifecycle/replay'
import { rule } from '../lifecycle/fixtures'

let ruleCount = 0
/** A rule with a fresh id and name unless given (the lifecycle fixtures' builder). */
export function mappingRule(overrides: Partial<MappingRule>): MappingRule {
    ruleCount += 1
    return rule({ id: `rule-${ruleCount}`, name: `Rule ${ruleCount}`, ...overrides })
}

/** A rule set like the shipped defaults: submitted → pending/onboarding, completed → active, last disconnect → inactive. */
export const RULES: MappingRule[] = [
    mappingRule({ id: 'r-place-submitted', name: 'Order submitted', action: 'place', milestone: 'submitted', targetState: 'pending', targetStage: 'onboarding' }),
    mappingRule({ id: 'r-place-completed', name: 'First service live', action: 'place', milestone: 'completed', targetState: 'active', targetStage: 'onboarding', scope: 'first_order' }),
    mappingRule({ id: 'r-place-more', name: 'More services', order: 200, action: 'place', milestone: 'completed', targetState: 'active', targetStage: 'expansion' }),
    mappingRule({ id: 'r-place-rejected', name: 'Rejected', action: 'place', milestone: 'rejected', fromState: 'pending', targetState: 'prospect' }),
    mappingRule({ id: 'r-modify', name: 'Modified', action: 'modify', milestone: 'completed', targetStage: 'engagement' }),
    mappingRule({ id: 'r-suspend', name: 'Last suspended', action: 'suspend', milestone: 'completed', targetState: 'suspended', scope: 'last_active_service' }),
    mappingRule({ id: 'r-resume', name: 'Resumed', action: 'resume', milestone: 'completed', targetState: 'active' }),
    mappingRule({ id: 'r-disconnect', name: 'Last disconnected', action: 'disconnect', milestone: 'completed', targetState: 'inactive', targetStage: 'onboarding', allowBackward: true, scope: 'last_active_service' }),
    mappingRule({ id: 'r-cancel', name: 'Canceled before live', action: 'cancel', milestone: 'canceled', fromState: 'pending', targetState: 'prospect' }),
]

export function blankAccount(overrides: Partial<AccountSnapshot> = {}): AccountSnapshot {
    return { id: 'acct-1', name: 'Acme', state: '', stage: '', pinnedUntil: '', pinReason: '', ...overrides }
}

export function orderSnapshot(overrides: Partial<OrderSnapshot> = {}): OrderSnapshot {
    return { sysId: 'o1', number: 'ORD0000001', accountId: 'acct-1', state: 'completed', channel: 'web', orderCategory: 'product', ...overrides }
}

export function lineSnapshot(overrides: Partial<LineSnapshot> = {}): LineSnapshot {
    return { sysId: 'l1', orderId: 'o1', accountId: 'acct-1', state: 'completed', action: 'add', productOffering: 'fiber', soldProductId: '', ...overrides }
}

export function history(order: Partial<OrderSnapshot>, lines: Partial<LineSnapshot>[], createdAt: string, updatedAt: string, recorded: OrderHistory['recorded'] = []): OrderHistory {
    const snapshot = orderSnapshot(order)
    return {
        order: snapshot,
        lines: lines.map((line, index) => lineSnapshot({ sysId: `${snapshot.sysId}-l${index + 1}`, orderId: snapshot.sysId, state: snapshot.state, ...line })),
        createdAt,
        updatedAt,
        recorded,
    }
}

/** mulberry32: a tiny seeded PRNG, so every generated case can be reproduced from its seed. */
export function prng(seed: number): () => number {
    let state = seed >>> 0
    return () => {
        state = (state + 0x6d2b79f5) >>> 0
        let t = state
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}
