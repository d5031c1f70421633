// Section 2: the pure engine alone — decide() events per second with 10, 100 and 1,000 active rules.
// The rules are the build's default rules read through the app's own reader, plus filler rules on every
// action × milestone whose condition never holds, so every event is still matched against all of them.
import { decide } from '../src/server/lifecycle/engine'
import { ACTIONS, MILESTONES, STAGES } from '../src/server/lifecycle/model'
import type { AccountFacts, AccountSnapshot, MappingRule, OrderEvent } from '../src/server/lifecycle/model'
import { benchInstance, median, progress } from './support'

export const ENGINE_RULE_COUNTS = [10, 100, 1000]
const RUNS = 5
/** Each run evaluates events for at least this long, so timer resolution does not matter. */
const RUN_MS = 250

function defaultRules(): MappingRule[] {
    const instance = benchInstance()
    try {
        const reader = instance.requireModule('src/server/glide/readers/rules-reader.ts') as {
            readActiveRules(cache: { rules: MappingRule[] | null }): MappingRule[]
        }
        // Copied out of the sandbox so the benchmark runs on plain host objects.
        return instance.glide(() => JSON.parse(JSON.stringify(reader.readActiveRules({ rules: null }))) as MappingRule[])
    } finally {
        instance.close()
    }
}

function fillerRule(index: number): MappingRule {
    return {
        id: `filler-${index}`,
        name: `Bench filler ${index}`,
        active: true,
        order: 10_000 + index,
        action: ACTIONS[index % ACTIONS.length],
        milestone: MILESTONES[Math.floor(index / ACTIONS.length) % MILESTONES.length],
        conditionField: 'product_offering',
        conditionOperator: 'is',
        conditionValue: `bench-offering-${index}`,
        fromState: '',
        targetState: '',
        targetStage: STAGES[index % STAGES.length],
        scope: 'any',
        allowBackward: false,
        stopProcessing: false,
    }
}

interface EngineCase {
    event: OrderEvent
    account: AccountSnapshot
    facts: AccountFacts
}

function event(action: OrderEvent['action'], milestone: OrderEvent['milestone'], index: number): OrderEvent {
    return {
        key: `order-${index}:${action}:${milestone}`,
        source: 'line_item',
        accountId: 'account',
        orderId: `order-${index}`,
        orderNumber: `ORD${index}`,
        lineItemId: `line-${index}`,
        action,
        milestone,
        occurredAt: '2026-01-15 10:00:00',
        attributes: { product_offering: 'fiber', channel: 'web', order_category: 'product' },
        effects: action === 'cancel' ? [] : [{ serviceId: `service-${index}`, action }],
    }
}

const account = (state: AccountSnapshot['state'], stage: AccountSnapshot['stage']): AccountSnapshot => ({ id: 'account', name: 'Bench', state, stage, pinnedUntil: '', pinReason: '' })

/** The mix a live instance sees: placements, completions, a partial and a last disconnect, a suspend, a cancel. */
const CASES: EngineCase[] = [
    { event: event('place', 'submitted', 1), account: account('', ''), facts: { others: { inService: 0, suspended: 0 }, completedOrders: 0 } },
    { event: event('place', 'completed', 2), account: account('pending', 'onboarding'), facts: { others: { inService: 0, suspended: 0 }, completedOrders: 0 } },
    { event: event('place', 'completed', 3), account: account('active', 'onboarding'), facts: { others: { inService: 2, suspended: 0 }, completedOrders: 1 } },
    { event: event('disconnect', 'completed', 4), account: account('active', 'adoption'), facts: { others: { inService: 4, suspended: 0 }, completedOrders: 2 } },
    { event: event('disconnect', 'completed', 5), account: account('active', 'adoption'), facts: { others: { inService: 0, suspended: 0 }, completedOrders: 2 } },
    { event: event('suspend', 'completed', 6), account: account('active', 'monitoring'), facts: { others: { inService: 0, suspended: 0 }, completedOrders: 3 } },
    { event: event('cancel', 'canceled', 7), account: account('pending', 'onboarding'), facts: { others: { inService: 0, suspended: 0 }, completedOrders: 0 } },
    { event: event('modify', 'in_progress', 8), account: account('active', 'engagement'), facts: { others: { inService: 3, suspended: 0 }, completedOrders: 2 } },
]

function eventsPerSecond(rules: MappingRule[]): number {
    let evaluated = 0
    let outcomes = 0
    const started = performance.now()
    let elapsed = 0
    while (elapsed < RUN_MS) {
        for (const item of CASES) {
            // Counting a field of the result keeps the call from being optimised away.
            outcomes += decide({ event: item.event, rules, account: item.account, facts: item.facts, dryRun: false }).outcome.length
        }
        evaluated += CASES.length
        elapsed = performance.now() - started
    }
    if (outcomes === 0) throw new Error('decide() returned no outcomes')
    return (evaluated / elapsed) * 1000
}

export interface EngineResult {
    rules: number
    eventsPerSecond: number
    runs: number[]
}

export function benchEngine(): EngineResult[] {
    const defaults = defaultRules()
    return ENGINE_RULE_COUNTS.map((count) => {
        progress(`engine: ${count} rules`)
        const rules = [...defaults, ...Array.from({ length: Math.max(0, count - defaults.length) }, (_, index) => fillerRule(index))]
        eventsPerSecond(rules) // warm-up
        const runs = Array.from({ length: RUNS }, () => eventsPerSecond(rules))
        return { rules: rules.length, eventsPerSecond: median(runs), runs }
    })
}
