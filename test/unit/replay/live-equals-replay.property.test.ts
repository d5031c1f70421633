/**
 * Property: for generated order histories, evaluating each order save live (classify + decide, event by
 * event, with facts from the inventory as it is at that moment, as the mapper does) and replaying the
 * history afterwards give the same state, stage, stage periods and outcomes; replaying twice changes nothing.
 */
import { classifyOrderChange, lineAction } from '../../../src/server/lifecycle/classify'
import type { LineSnapshot, OrderSnapshot } from '../../../src/server/lifecycle/classify'
import { formatDateTime, parseDateTime } from '../../../src/server/lifecycle/datetime'
import { decide } from '../../../src/server/lifecycle/engine'
import type { Decision } from '../../../src/server/lifecycle/model'
import { diffAccount } from '../../../src/server/lifecycle/replay-diff'
import { replayAccount } from '../../../src/server/lifecycle/replay'
import type { OrderHistory, RecordedMilestone, ReplayedPeriod, ReplayResult } from '../../../src/server/lifecycle/replay'
import { planStageChange } from '../../../src/server/lifecycle/stage-periods'
import { DEFAULT_TIME_RULES, accountAfter, evaluateTimeRules } from '../../../src/server/lifecycle/time-rules'
import type { TimedAccount } from '../../../src/server/lifecycle/time-rules'
import { RULES, blankAccount, prng } from './support'

export const CASES = 300
const HOUR = 3600 * 1000

const PATHS = [
    ['new'],
    ['new', 'in_progress'],
    ['new', 'in_progress', 'completed'],
    ['new', 'completed'],
    ['draft', 'new', 'in_progress', 'completed'],
    ['new', 'acknowledged', 'in_progress', 'completed'],
    ['new', 'rejected'],
    ['new', 'assessing_cancellation', 'canceled'],
    ['new', 'in_progress', 'cancellation_in_progress', 'canceled'],
]

interface GeneratedOrder {
    snapshot: OrderSnapshot
    lines: LineSnapshot[]
    transitions: { state: string; at: number }[]
}

interface World {
    orders: GeneratedOrder[]
    asOf: string
    pinnedUntil: string
}

function generate(seed: number): World {
    const random = prng(seed)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
    const knownServices: string[] = []
    const orders: GeneratedOrder[] = []
    const start = parseDateTime('2025-01-01 08:00:00')
    let clock = start
    const orderCount = 1 + Math.floor(random() * 6)
    for (let index = 0; index < orderCount; index++) {
        const sysId = `o${seed}-${index}`
        const lines: LineSnapshot[] = []
        const lineCount = 1 + Math.floor(random() * 3)
        for (let lineIndex = 0; lineIndex < lineCount; lineIndex++) {
            const stored = knownServices.length === 0 ? 'add' : pick(['add', 'add', 'change', 'suspend', 'resume', 'delete', 'no-change'])
            let soldProductId = ''
            if (stored === 'add') {
                soldProductId = random() < 0.5 ? `sp-${sysId}-${lineIndex}` : ''
                knownServices.push(soldProductId || `${sysId}-l${lineIndex}`)
            } else soldProductId = pick(knownServices)
            lines.push({ sysId: `${sysId}-l${lineIndex}`, orderId: sysId, accountId: 'acct-1', state: '', action: stored, productOffering: pick(['fiber', 'tv']), soldProductId })
        }
        // Orders overlap: each starts a little after the previous one, its steps hours to weeks apart.
        clock += Math.floor(random() * 20 * 24) * HOUR + 1000
        let at = clock
        const transitions = pick(PATHS).map((state) => {
            at += Math.floor(random() * 24 * 25) * HOUR + 1000 * (1 + index)
            return { state, at }
        })
        const last = transitions[transitions.length - 1].state
        const snapshot: OrderSnapshot = { sysId, number: `ORD${String(index).padStart(4, '0')}`, accountId: 'acct-1', state: last, channel: 'web', orderCategory: 'product' }
        orders.push({ snapshot, lines: lines.map((line) => ({ ...line, state: last })), transitions })
    }
    const pinnedUntil = random() < 0.15 ? formatDateTime(start + Math.floor(random() * 120) * 24 * HOUR) : ''
    return { orders, asOf: formatDateTime(clock + 200 * 24 * HOUR), pinnedUntil }
}

interface LiveEvent {
    key: string
    orderId: string
    action: string
    milestone: string
    occurredAt: string
    decision: Decision
}

/** What the business rules and the daily job record when the world happens one save at a time. */
function runLive(world: World): { account: TimedAccount; events: LiveEvent[]; periods: ReplayedPeriod[] } {
    let account: TimedAccount = { ...blankAccount({ pinnedUntil: world.pinnedUntil }), stateSince: '', stageSince: '' }
    const events: LiveEvent[] = []
    const recorded = new Set<string>()
    const periods: ReplayedPeriod[] = []
    type OpenPeriod = { stage: ReplayedPeriod['stage']; startedAt: string; openedBy: string }
    let open: OpenPeriod | null = null
    const inventory = new Map<string, 'active' | 'suspended'>()
    const orderStates = new Map<string, string>()
    const apply = (key: string, occurredAt: string, decision: Decision) => {
        recorded.add(key)
        if (decision.outcome === 'applied' && decision.stageTo && decision.stageTo !== decision.stageFrom) {
            const plan = planStageChange(open, decision.stageTo, occurredAt, key)
            if (plan) {
                if (open && plan.close) periods.push({ ...open, endedAt: plan.close.endedAt, duration: plan.close.duration })
                open = { ...plan.open }
            }
        }
        account = accountAfter(account, decision, occurredAt)
    }
    const job = (now: string) => {
        for (const evaluation of evaluateTimeRules(account, DEFAULT_TIME_RULES, now, (key) => recorded.has(key), false).evaluations) {
            events.push({ key: evaluation.key, orderId: '', action: '', milestone: '', occurredAt: evaluation.due.occurredAt, decision: evaluation.decision })
            apply(evaluation.key, evaluation.due.occurredAt, evaluation.decision)
        }
    }
    const saves = world.orders.flatMap((order) => order.transitions.map((transition, index) => ({ order, index, ...transition })))
    saves.sort((a, b) => a.at - b.at)
    for (const save of saves) {
        const at = formatDateTime(save.at)
        job(at)
        const previous = save.index === 0 ? null : { ...save.order.snapshot, state: save.order.transitions[save.index - 1].state }
        const current = { ...save.order.snapshot, state: save.state }
        orderStates.set(current.sysId, save.state)
        for (const event of classifyOrderChange(previous, current, save.order.lines, at)) {
            if (recorded.has(event.key)) continue
            let activeServices = 0
            let suspendedServices = 0
            for (const [id, state] of inventory) {
                if (event.serviceIds.includes(id)) continue
                if (state === 'active') activeServices++
                else suspendedServices++
            }
            const completedOrders = [...orderStates].filter(([id, state]) => id !== event.orderId && state === 'completed').length
            const decision = decide({ event, rules: RULES, account, facts: { activeServices, suspendedServices, completedOrders }, dryRun: false })
            events.push({ key: event.key, orderId: event.orderId, action: event.action, milestone: event.milestone, occurredAt: at, decision })
            apply(event.key, at, decision)
        }
        // Order Management updates the inventory once the order is completed.
        if (save.state === 'completed') {
            for (const line of save.order.lines) {
                const id = line.soldProductId || line.sysId
                const action = lineAction(line.action)
                if (action === 'place' || action === 'resume') inventory.set(id, 'active')
                else if (action === 'suspend') inventory.set(id, 'suspended')
                else if (action === 'disconnect') inventory.delete(id)
            }
        }
    }
    job(world.asOf)
    const last = open as OpenPeriod | null
    if (last) periods.push({ ...last, endedAt: '', duration: '' })
    return { account, events, periods }
}

function histories(world: World, recorded: (orderId: string) => RecordedMilestone[]): OrderHistory[] {
    return world.orders.map((order) => ({
        order: order.snapshot,
        lines: order.lines,
        createdAt: formatDateTime(order.transitions[0].at),
        updatedAt: formatDateTime(order.transitions[order.transitions.length - 1].at),
        recorded: recorded(order.snapshot.sysId),
    }))
}

function recordedFrom(events: Array<{ orderId: string; action: string; milestone: string; occurredAt: string }>) {
    return (orderId: string): RecordedMilestone[] =>
        events.filter((event) => event.orderId === orderId).map((event) => ({ action: event.action, milestone: event.milestone, occurredAt: event.occurredAt }) as RecordedMilestone)
}

function replayWorld(world: World, recorded: (orderId: string) => RecordedMilestone[]): ReplayResult {
    return replayAccount({ account: blankAccount({ pinnedUntil: world.pinnedUntil }), orders: histories(world, recorded), rules: RULES, timeRules: DEFAULT_TIME_RULES, asOf: world.asOf })
}

function outcomes(events: Array<{ key: string; occurredAt: string; decision: Decision }>) {
    return events.map((event) => `${event.occurredAt} ${event.key} ${event.decision.outcome} ${event.decision.stateTo}/${event.decision.stageTo}`)
}

describe(`live == replay over ${CASES} generated order histories`, () => {
    const seeds = Array.from({ length: CASES }, (_, index) => index + 1)
    let changedSomething = 0

    it.each(seeds)('seed %i: replaying the recorded history reproduces live processing', (seed) => {
        const world = generate(seed)
        const live = runLive(world)
        const replayed = replayWorld(world, recordedFrom(live.events))
        expect({ state: replayed.account.state, stage: replayed.account.stage, stateSince: replayed.account.stateSince, stageSince: replayed.account.stageSince }).toEqual({
            state: live.account.state,
            stage: live.account.stage,
            stateSince: live.account.stateSince,
            stageSince: live.account.stageSince,
        })
        expect(replayed.periods).toEqual(live.periods)
        expect(outcomes(replayed.events)).toEqual(outcomes(live.events))
        if (live.account.state) changedSomething++
    })

    it.each(seeds)('seed %i: a backfill from current states only, replayed again, shows no diff', (seed) => {
        const world = generate(seed)
        const first = replayWorld(world, () => [])
        const second = replayWorld(world, recordedFrom(first.events.filter((event) => event.kind === 'order')))
        const stored = {
            state: first.account.state,
            stage: first.account.stage,
            stateSince: first.account.stateSince,
            stageSince: first.account.stageSince,
            periods: first.periods.map((period, index) => ({ id: `p${index}`, stage: period.stage, startedAt: period.startedAt, endedAt: period.endedAt })),
            recordedOutcomes: Object.fromEntries(first.events.map((event) => [event.key, event.decision.outcome])),
        }
        const diff = diffAccount(stored, second)
        expect(diff.empty).toBe(true)
        expect(diff.outcomeChanges).toEqual([])
    })

    it('generates histories that exercise the rules (not all blank)', () => {
        expect(changedSomething).toBeGreaterThan(CASES / 2)
    })
})
