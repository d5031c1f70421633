import { describeDiff, diffAccount } from '../../../src/server/lifecycle/replay-diff'
import type { CurrentAccount } from '../../../src/server/lifecycle/replay-diff'
import { applyCompletion, emptyLedger, orderStatePath, replayAccount, synthesizedStates } from '../../../src/server/lifecycle/replay'
import type { OrderHistory, ReplayResult } from '../../../src/server/lifecycle/replay'
import { DEFAULT_TIME_RULES } from '../../../src/server/lifecycle/time-rules'
import { DEFAULT_INVENTORY_MAPPING } from '../../../src/server/lifecycle/inventory'
import type { InventoryRecord } from '../../../src/server/lifecycle/replay'
import { RULES, blankAccount, history } from './support'

const AS_OF = '2026-01-10 00:00:00'

function replay(orders: OrderHistory[], asOf = AS_OF, timeRules = DEFAULT_TIME_RULES, account = blankAccount(), inventory: InventoryRecord[] = []): ReplayResult {
    return replayAccount({ account, orders, rules: RULES, timeRules, asOf, inventory, mapping: DEFAULT_INVENTORY_MAPPING })
}

/** The stored account after applying a replay to it (what the apply adapter writes). */
function storedAfter(result: ReplayResult): CurrentAccount {
    const recordedOutcomes: CurrentAccount['recordedOutcomes'] = {}
    for (const event of result.events) recordedOutcomes[event.key] = event.decision.outcome
    return {
        state: result.account.state,
        stage: result.account.stage,
        stateSince: result.account.stateSince,
        stageSince: result.account.stageSince,
        periods: result.periods.map((period, index) => ({ id: `p${index}`, stage: period.stage, startedAt: period.startedAt, endedAt: period.endedAt })),
        recordedOutcomes,
    }
}

const BLANK: CurrentAccount = { state: '', stage: '', stateSince: '', stageSince: '', periods: [], recordedOutcomes: {} }

describe('order state paths', () => {
    it('synthesizes the milestones a current state implies', () => {
        expect(synthesizedStates('completed')).toEqual(['new', 'in_progress', 'completed'])
        expect(synthesizedStates('in_progress')).toEqual(['new', 'in_progress'])
        expect(synthesizedStates('canceled')).toEqual(['new', 'canceled'])
        expect(synthesizedStates('draft')).toEqual([])
    })

    it('puts the first step at creation and the last at the last update', () => {
        const path = orderStatePath(history({ state: 'completed' }, [{}], '2026-01-01 09:00:00', '2026-01-03 12:00:00'))
        expect(path).toEqual([
            { state: 'new', at: '2026-01-01 09:00:00', sequence: Number.MAX_SAFE_INTEGER },
            { state: 'in_progress', at: '2026-01-01 09:00:00', sequence: Number.MAX_SAFE_INTEGER },
            { state: 'completed', at: '2026-01-03 12:00:00', sequence: Number.MAX_SAFE_INTEGER },
        ])
    })

    it('prefers milestones recorded on the timeline and adds the current one when it is missing', () => {
        const recorded = [
            { action: 'place' as const, milestone: 'submitted' as const, occurredAt: '2026-01-01 09:00:00', sequence: 1 },
            { action: 'place' as const, milestone: 'in_progress' as const, occurredAt: '2026-01-02 09:00:00', sequence: 2 },
        ]
        const path = orderStatePath(history({ state: 'completed' }, [{}], '2026-01-01 09:00:00', '2026-01-04 08:00:00', recorded))
        expect(path.map((step) => `${step.state}@${step.at}`)).toEqual(['new@2026-01-01 09:00:00', 'in_progress@2026-01-02 09:00:00', 'completed@2026-01-04 08:00:00'])
    })
})

describe('replayAccount', () => {
    const firstOrder = history({ sysId: 'o1', number: 'ORD1', state: 'completed' }, [{ soldProductId: 'sp-1' }], '2026-01-01 09:00:00', '2026-01-03 12:00:00')

    it('rebuilds state, stage, periods and the explained timeline of a completed first order', () => {
        const result = replay([firstOrder])
        expect(result.account).toMatchObject({ state: 'active', stage: 'onboarding', stateSince: '2026-01-03 12:00:00', stageSince: '2026-01-01 09:00:00' })
        expect(result.events.map((event) => `${event.key} ${event.decision.outcome}`)).toEqual([
            'o1:place:submitted applied',
            'o1:place:in_progress no_matching_rule',
            'o1:place:completed applied',
        ])
        expect(result.events[2].decision.explanation).toContain('First service live')
        expect(result.periods).toEqual([{ stage: 'onboarding', startedAt: '2026-01-01 09:00:00', endedAt: '', duration: '', openedBy: 'o1:place:submitted' }])
    })

    it('interleaves time rules: 30 days after activation the account moves to adoption at the threshold', () => {
        const result = replay([firstOrder], '2026-03-01 00:00:00')
        expect(result.account.stage).toBe('adoption')
        const timeEvent = result.events.find((event) => event.kind === 'time')
        expect(timeEvent).toMatchObject({ occurredAt: '2026-02-02 12:00:00', timeRuleId: 'default-active-30d-adoption' })
        expect(result.periods.map((period) => [period.stage, period.startedAt, period.endedAt])).toEqual([
            ['onboarding', '2026-01-01 09:00:00', '2026-02-02 12:00:00'],
            ['adoption', '2026-02-02 12:00:00', ''],
        ])
        expect(result.periods[0].duration).toBe('1970-02-02 03:00:00')
    })

    it('fires a time rule due before a later order event before that event', () => {
        const later = history({ sysId: 'o2', number: 'ORD2', state: 'completed' }, [{ action: 'change', soldProductId: 'sp-1' }], '2026-02-10 09:00:00', '2026-02-10 10:00:00')
        const result = replay([later, firstOrder], '2026-02-11 00:00:00')
        const kinds = result.events.map((event) => (event.kind === 'time' ? 'time' : event.key))
        expect(kinds.indexOf('time')).toBeLessThan(kinds.indexOf('o2:modify:completed'))
        // Modify → engagement is backward from adoption: blocked.
        expect(result.events.find((event) => event.key === 'o2:modify:completed')?.decision.outcome).toBe('blocked_by_guard')
    })

    it('disconnecting one of two services keeps the account active; the last one makes it inactive', () => {
        const second = history({ sysId: 'o2', number: 'ORD2', state: 'completed' }, [{ soldProductId: 'sp-2' }], '2026-01-04 09:00:00', '2026-01-04 10:00:00')
        const partial = history({ sysId: 'o3', number: 'ORD3', state: 'completed' }, [{ action: 'delete', soldProductId: 'sp-1' }], '2026-01-05 09:00:00', '2026-01-05 10:00:00')
        const last = history({ sysId: 'o4', number: 'ORD4', state: 'completed' }, [{ action: 'delete', soldProductId: 'sp-2' }], '2026-01-06 09:00:00', '2026-01-06 10:00:00')
        const afterPartial = replay([firstOrder, second, partial], '2026-01-07 00:00:00', [])
        expect(afterPartial.account.state).toBe('active')
        const afterLast = replay([firstOrder, second, partial, last], '2026-01-07 00:00:00', [])
        expect(afterLast.account.state).toBe('inactive')
        expect(afterLast.events.find((event) => event.key === 'o3:disconnect:completed')?.decision.explanation).toContain('after the order 1 in service and 0 suspended remain')
    })

    it('does not depend on the order the histories are read in', () => {
        const second = history({ sysId: 'o2', number: 'ORD2', state: 'in_progress' }, [{ soldProductId: 'sp-2' }], '2026-01-02 09:00:00', '2026-01-02 10:00:00')
        expect(replay([second, firstOrder], '2026-05-01 00:00:00')).toEqual(replay([firstOrder, second], '2026-05-01 00:00:00'))
    })

    it('respects a pin: events before the pin end are recorded as pinned and change nothing', () => {
        const result = replay([firstOrder], AS_OF, [], blankAccount({ pinnedUntil: '2026-01-02 00:00:00', pinReason: 'legal hold' }))
        expect(result.events[0].decision.outcome).toBe('pinned')
        // Only the completion (after the pin ended) applied: onboarding starts then, not at submission.
        expect(result.account).toMatchObject({ state: 'active', stage: 'onboarding', stageSince: '2026-01-03 12:00:00' })
    })
})

describe('diffAccount', () => {
    const order = history({ sysId: 'o1', number: 'ORD1', state: 'completed' }, [{ soldProductId: 'sp-1' }], '2026-01-01 09:00:00', '2026-01-03 12:00:00')

    it('reports state, stage, periods and events to add for a blank account, in words', () => {
        const diff = diffAccount(BLANK, replay([order]))
        expect(diff.stateChange).toEqual({ from: '', to: 'active' })
        expect(diff.stageChange).toEqual({ from: '', to: 'onboarding' })
        expect(diff.periodsToAdd).toHaveLength(1)
        expect(diff.eventsToAdd).toHaveLength(3)
        expect(diff.empty).toBe(false)
        const words = describeDiff(diff)
        expect(words[0]).toMatch(/^State: .+ → Active$/)
        expect(words).toContain('Timeline events added: 3')
    })

    it('closes the open period when time moved the stage on, and is empty once applied', () => {
        const before = replay([order])
        const after = replay([order], '2026-03-01 00:00:00')
        const diff = diffAccount(storedAfter(before), after)
        expect(diff.stageChange).toEqual({ from: 'onboarding', to: 'adoption' })
        expect(diff.periodsToClose).toEqual([{ id: 'p0', endedAt: '2026-02-02 12:00:00', duration: '1970-02-02 03:00:00' }])
        expect(diff.periodsToAdd.map((period) => period.stage)).toEqual(['adoption'])
        expect(diffAccount(storedAfter(after), after).empty).toBe(true)
    })

    it('reports recorded outcomes the current rules decide differently, and removes periods the replay lacks', () => {
        const stored = storedAfter(replay([order]))
        stored.recordedOutcomes['o1:place:in_progress'] = 'applied'
        stored.periods.push({ id: 'stray', stage: 'expansion', startedAt: '2025-12-01 00:00:00', endedAt: '2025-12-02 00:00:00' })
        const diff = diffAccount(stored, replay([order]))
        expect(diff.outcomeChanges).toEqual([{ key: 'o1:place:in_progress', from: 'applied', to: 'no_matching_rule' }])
        expect(diff.periodsToRemove).toEqual(['stray'])
    })
})

describe('service ledger', () => {
    const order = { sysId: 'o-1', number: 'ORD1', accountId: 'acct-1', state: 'completed', channel: '', orderCategory: '' }
    const lineOf = (sysId: string, action: string, soldProductId: string, state: string) => ({
        sysId,
        orderId: 'o-1',
        accountId: 'acct-1',
        state,
        action,
        productOffering: '',
        soldProductId,
    })

    it('leaves the service of a line canceled on its own in service when its order completes', () => {
        const ledger = emptyLedger()
        ledger.services['sp-1'] = 'in_service'
        ledger.services['sp-2'] = 'in_service'
        applyCompletion(ledger, order, 'completed', [lineOf('l1', 'delete', 'sp-1', 'completed'), lineOf('l2', 'delete', 'sp-2', 'canceled')])
        expect(ledger.services).toEqual({ 'sp-1': 'gone', 'sp-2': 'in_service' })
    })
})

describe('replay judges orders on their net effect, like live processing', () => {
    const activeOrder = history({ sysId: 'o1', number: 'ORD1', state: 'completed' }, [{ soldProductId: 'sp-1g' }], '2026-01-01 09:00:00', '2026-01-01 12:00:00')

    it('makes a migration (add the new service, disconnect the old) a modification that keeps the customer active', () => {
        const migration = history(
            { sysId: 'o2', number: 'ORD2', state: 'completed' },
            [
                { action: 'add', soldProductId: 'sp-2g' },
                { action: 'delete', soldProductId: 'sp-1g' },
            ],
            '2026-01-05 09:00:00',
            '2026-01-05 10:00:00',
        )
        const result = replay([activeOrder, migration], '2026-01-06 00:00:00', [])
        expect(result.account.state).toBe('active')
        expect(result.events.filter((event) => event.orderId === 'o2').map((event) => event.key)).toEqual(['o2:modify:submitted', 'o2:modify:in_progress', 'o2:modify:completed'])
    })

    it('counts services no order explains (they predate the orders) from their creation', () => {
        const disconnectOne = history({ sysId: 'o2', number: 'ORD2', state: 'completed' }, [{ action: 'delete', soldProductId: 'sp-1g' }], '2026-01-05 09:00:00', '2026-01-05 10:00:00')
        const legacy = [{ id: 'legacy-tv', state: 'active', createdAt: '2025-06-01 00:00:00' }]
        expect(replay([activeOrder, disconnectOne], '2026-01-06 00:00:00', [], blankAccount(), legacy).account.state).toBe('active')
        expect(replay([activeOrder, disconnectOne], '2026-01-06 00:00:00', [], blankAccount(), []).account.state).toBe('inactive')
        // A service created after the disconnect did not exist at the time: the account went inactive then.
        const later = [{ id: 'later-tv', state: 'active', createdAt: '2026-02-01 00:00:00' }]
        expect(replay([activeOrder, disconnectOne], '2026-01-06 00:00:00', [], blankAccount(), later).account.state).toBe('inactive')
        // An inventory record an order line refers to is explained by that order, not counted twice.
        const referenced = [{ id: 'sp-1g', state: 'active', createdAt: '2025-06-01 00:00:00' }]
        expect(replay([activeOrder, disconnectOne], '2026-01-06 00:00:00', [], blankAccount(), referenced).account.state).toBe('inactive')
    })

    it('orders saves of the same second by their recorded sequence, across orders', () => {
        const at = '2026-01-05 09:00:00'
        const first = history({ sysId: 'oB', number: 'ORD9', state: 'new' }, [{}], at, at, [{ action: 'place', milestone: 'submitted', occurredAt: at, sequence: 4 }])
        const second = history({ sysId: 'oA', number: 'ORD1', state: 'new' }, [{}], at, at, [{ action: 'place', milestone: 'submitted', occurredAt: at, sequence: 5 }])
        const result = replay([second, first], '2026-01-06 00:00:00', [])
        expect(result.events.map((event) => event.orderId)).toEqual(['oB', 'oA'])
        // The first decides (prospect → pending); the second finds the account pending already.
        expect(result.events.map((event) => event.decision.outcome)).toEqual(['applied', 'no_change'])
    })
})
