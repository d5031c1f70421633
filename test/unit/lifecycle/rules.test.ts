import { conditionHolds, conditionValues, matchRules, scopeHolds, sortRules } from '../../../src/server/lifecycle/rules'
import type { Action, ConditionOperator, MappingRule } from '../../../src/server/lifecycle/model'
import { account, event, facts, rule } from './fixtures'

function names(rules: MappingRule[]): string[] {
    return rules.map((r) => r.name)
}

describe('sortRules', () => {
    it('orders by order ascending, then name, then id', () => {
        const rules = [
            rule({ id: 'b', name: 'Zeta', order: 100 }),
            rule({ id: 'z', name: 'Alpha', order: 100 }),
            rule({ id: 'a', name: 'Alpha', order: 100 }),
            rule({ id: 'c', name: 'Omega', order: 50 }),
        ]
        expect(sortRules(rules).map((r) => `${r.order}/${r.name}/${r.id}`)).toEqual(['50/Omega/c', '100/Alpha/a', '100/Alpha/z', '100/Zeta/b'])
    })

    it('gives the same order whatever order the rules were read in', () => {
        const rules = [rule({ id: '1', name: 'B' }), rule({ id: '2', name: 'A' }), rule({ id: '3', name: 'A', order: 10 })]
        expect(sortRules(rules)).toEqual(sortRules(rules.slice().reverse()))
    })

    it('does not reorder the caller\'s array', () => {
        const rules = [rule({ name: 'B' }), rule({ name: 'A' })]
        sortRules(rules)
        expect(names(rules)).toEqual(['B', 'A'])
    })
})

describe('matchRules', () => {
    const ev = event({ action: 'disconnect', milestone: 'completed' })

    it('considers only active rules keyed on the event action × milestone', () => {
        const rules = [
            rule({ name: 'Inactive', action: 'disconnect', targetState: 'inactive', active: false }),
            rule({ name: 'Other action', action: 'suspend', targetState: 'suspended' }),
            rule({ name: 'Other milestone', action: 'disconnect', milestone: 'submitted', targetState: 'pending' }),
            rule({ name: 'Right', action: 'disconnect', targetState: 'inactive' }),
        ]
        const result = matchRules(ev, rules, account(), facts())
        expect(result.considered.map((c) => c.rule.name)).toEqual(['Right'])
        expect(result.stateRule?.name).toBe('Right')
    })

    it('lets the first matching rule with a target decide each axis independently', () => {
        const rules = [
            rule({ id: 's1', name: 'State first', order: 10, action: 'disconnect', targetState: 'inactive' }),
            rule({ id: 'g1', name: 'Stage first', order: 20, action: 'disconnect', targetStage: 'expansion' }),
            rule({ id: 's2', name: 'State second', order: 30, action: 'disconnect', targetState: 'suspended', targetStage: 'monitoring' }),
        ]
        const result = matchRules(ev, rules, account(), facts())
        expect(result.stateRule?.id).toBe('s1')
        expect(result.stageRule?.id).toBe('g1')
        // Both axes were decided after the second rule, so the third is never evaluated.
        expect(names(result.matched)).toEqual(['State first', 'Stage first'])
    })

    it('uses a lower order number before a higher one regardless of input order', () => {
        const rules = [
            rule({ id: 'late', name: 'Late', order: 200, action: 'disconnect', targetState: 'suspended' }),
            rule({ id: 'early', name: 'Early', order: 5, action: 'disconnect', targetState: 'inactive' }),
        ]
        expect(matchRules(ev, rules, account(), facts()).stateRule?.id).toBe('early')
    })

    it('breaks an order tie by name', () => {
        const rules = [
            rule({ id: '1', name: 'Bravo', action: 'disconnect', targetState: 'suspended' }),
            rule({ id: '2', name: 'Alpha', action: 'disconnect', targetState: 'inactive' }),
        ]
        expect(matchRules(ev, rules, account(), facts()).stateRule?.name).toBe('Alpha')
    })

    it('stops after a matching rule with stop processing, even with an axis undecided', () => {
        const rules = [
            rule({ name: 'Stopper', order: 10, action: 'disconnect', targetState: 'inactive', stopProcessing: true }),
            rule({ name: 'Stage', order: 20, action: 'disconnect', targetStage: 'expansion' }),
        ]
        const result = matchRules(ev, rules, account(), facts())
        expect(result.stoppedBy?.name).toBe('Stopper')
        expect(result.stageRule).toBeNull()
        expect(result.considered).toHaveLength(1)
    })

    it('does not stop on a non-matching rule with stop processing', () => {
        const rules = [
            rule({ name: 'Stopper', order: 10, action: 'disconnect', targetState: 'inactive', stopProcessing: true, fromState: 'suspended' }),
            rule({ name: 'Stage', order: 20, action: 'disconnect', targetStage: 'expansion' }),
        ]
        const result = matchRules(ev, rules, account({ state: 'active' }), facts())
        expect(result.stoppedBy).toBeNull()
        expect(result.stageRule?.name).toBe('Stage')
        expect(result.considered[0].mismatch).toEqual({ kind: 'from_state', actual: 'active' })
    })

    it('counts a matching rule without targets as matched but deciding nothing', () => {
        const result = matchRules(ev, [rule({ name: 'Empty', action: 'disconnect' })], account(), facts())
        expect(names(result.matched)).toEqual(['Empty'])
        expect(result.stateRule).toBeNull()
        expect(result.stageRule).toBeNull()
    })

    describe('fromState', () => {
        const fromActive = rule({ action: 'disconnect', fromState: 'active', targetState: 'inactive' })
        it('matches when the account is in the rule\'s from state', () => {
            expect(matchRules(ev, [fromActive], account({ state: 'active' }), facts()).stateRule).not.toBeNull()
        })
        it('does not match another state', () => {
            expect(matchRules(ev, [fromActive], account({ state: 'suspended' }), facts()).stateRule).toBeNull()
        })
        it('treats a never-set account state as prospect', () => {
            const fromProspect = rule({ action: 'disconnect', fromState: 'prospect', targetState: 'pending' })
            expect(matchRules(ev, [fromProspect], account({ state: '' }), facts()).stateRule).not.toBeNull()
            expect(matchRules(ev, [fromActive], account({ state: '' }), facts()).considered[0].mismatch).toEqual({ kind: 'from_state', actual: 'prospect' })
        })
    })

    describe('scope', () => {
        const lastDisconnect = rule({ action: 'disconnect', scope: 'last_active_service', targetState: 'inactive' })
        it('does not deactivate on a partial disconnect (one of two services)', () => {
            const result = matchRules(ev, [lastDisconnect], account(), facts({ activeServices: 1 }))
            expect(result.stateRule).toBeNull()
            expect(result.considered[0].mismatch).toMatchObject({ kind: 'scope' })
        })
        it('deactivates when the last service is disconnected', () => {
            expect(matchRules(ev, [lastDisconnect], account(), facts({ activeServices: 0 })).stateRule).not.toBeNull()
        })
        it('counts a remaining suspended service as still in service for a disconnect', () => {
            expect(matchRules(ev, [lastDisconnect], account(), facts({ suspendedServices: 1 })).stateRule).toBeNull()
        })
    })
})

describe('scopeHolds: judged on the services after the order', () => {
    const actions: Action[] = ['place', 'modify', 'suspend', 'resume', 'disconnect', 'cancel']
    /** An event of `action` acting on the given services (action per service id). */
    const acting = (action: Action, effects: Array<[Action, string]> = []) => event({ action, effects: effects.map(([a, serviceId]) => ({ action: a, serviceId })) })

    it.each(actions)('any holds for %s whatever the facts', (action) => {
        expect(scopeHolds('any', acting(action), facts({ activeServices: 5, suspendedServices: 2, completedOrders: 9 }))).toBe(true)
    })
    it('no service left: a disconnect of the last service in service, none suspended', () => {
        expect(scopeHolds('no_service_left', acting('disconnect', [['disconnect', 'a']]), facts())).toBe(true)
        expect(scopeHolds('no_service_left', acting('disconnect', [['disconnect', 'a']]), facts({ suspendedServices: 1 }))).toBe(false)
        expect(scopeHolds('no_service_left', acting('disconnect', [['disconnect', 'a']]), facts({ activeServices: 1 }))).toBe(false)
    })
    it('no service left is never true for an order that also adds a service (a migration)', () => {
        const migration = acting('modify', [['place', 'new'], ['disconnect', 'old']])
        expect(scopeHolds('no_service_left', migration, facts())).toBe(false)
        expect(scopeHolds('last_active_service', { ...migration, action: 'disconnect' }, facts())).toBe(false)
    })
    it('only suspended left: nothing in service after the order but something suspended', () => {
        expect(scopeHolds('only_suspended_left', acting('disconnect', [['disconnect', 'a']]), facts({ suspendedServices: 1 }))).toBe(true)
        expect(scopeHolds('only_suspended_left', acting('disconnect', [['disconnect', 'a']]), facts())).toBe(false)
        expect(scopeHolds('only_suspended_left', acting('suspend', [['suspend', 'a']]), facts())).toBe(true)
        expect(scopeHolds('only_suspended_left', acting('suspend', [['suspend', 'a']]), facts({ activeServices: 1 }))).toBe(false)
        // A suspension and a resume in one order: the resumed service stays in service.
        expect(scopeHolds('only_suspended_left', acting('suspend', [['suspend', 'a'], ['resume', 'b']]), facts())).toBe(false)
    })
    it('services grow: counts only the order\'s own lines', () => {
        expect(scopeHolds('services_grow', acting('place', [['place', 'a']]), { others: null, completedOrders: null })).toBe(true)
        expect(scopeHolds('services_grow', acting('modify', [['place', 'a'], ['disconnect', 'b']]), { others: null, completedOrders: null })).toBe(false)
        expect(scopeHolds('services_grow', acting('modify', [['place', 'a'], ['place', 'c'], ['disconnect', 'b']]), { others: null, completedOrders: null })).toBe(true)
        expect(scopeHolds('services_grow', acting('modify', [['modify', 'a']]), { others: null, completedOrders: null })).toBe(false)
        expect(scopeHolds('services_grow', acting('resume', [['resume', 'a']]), { others: null, completedOrders: null })).toBe(true)
    })
    it.each(actions.filter((a) => a !== 'disconnect'))('last active service (legacy) for %s ignores suspended services', (action) => {
        const own: Array<[Action, string]> = action === 'suspend' ? [['suspend', 'a']] : []
        expect(scopeHolds('last_active_service', acting(action, own), facts({ suspendedServices: 3 }))).toBe(true)
        expect(scopeHolds('last_active_service', acting(action, own), facts({ activeServices: 1 }))).toBe(false)
    })
    it('last active service (legacy) for disconnect needs neither active nor suspended services left', () => {
        const own: Array<[Action, string]> = [['disconnect', 'a']]
        expect(scopeHolds('last_active_service', acting('disconnect', own), facts())).toBe(true)
        expect(scopeHolds('last_active_service', acting('disconnect', own), facts({ suspendedServices: 1 }))).toBe(false)
        expect(scopeHolds('last_active_service', acting('disconnect', own), facts({ activeServices: 1 }))).toBe(false)
    })
    it('first order needs no completed order and no service before the order', () => {
        const own: Array<[Action, string]> = [['place', 'a']]
        expect(scopeHolds('first_order', acting('place', own), facts())).toBe(true)
        expect(scopeHolds('first_order', acting('place', own), facts({ completedOrders: 1 }))).toBe(false)
        expect(scopeHolds('first_order', acting('place', own), facts({ activeServices: 1 }))).toBe(false)
        expect(scopeHolds('first_order', acting('place', own), facts({ suspendedServices: 1 }))).toBe(false)
        expect(scopeHolds('first_order', acting('cancel'), facts())).toBe(true)
    })
    it('refuses to guess when the facts a scope needs were not read', () => {
        expect(() => scopeHolds('no_service_left', acting('disconnect', [['disconnect', 'a']]), { others: null, completedOrders: null })).toThrow('not read')
    })
})

describe('conditions', () => {
    const ev = event({ attributes: { product_offering: 'fiber-1g', channel: 'web', order_category: '' } })
    const cases: [ConditionOperator, string, boolean][] = [
        ['is', 'fiber-1g', true],
        ['is', 'fiber-10g', false],
        ['is', 'Fiber-1G', false],
        ['is_not', 'fiber-10g', true],
        ['is_not', 'fiber-1g', false],
        ['in', 'tv, fiber-1g ,mobile', true],
        ['in', 'tv,mobile', false],
        ['in', 'FIBER-1G', false],
        ['not_in', 'tv, mobile', true],
        ['not_in', 'tv , fiber-1g', false],
    ]
    it.each(cases)('product offering %s "%s" → %s', (operator, value, expected) => {
        expect(conditionHolds(rule({ conditionField: 'product_offering', conditionOperator: operator, conditionValue: value }), ev)).toBe(expected)
    })
    it('holds when the rule has no condition', () => {
        expect(conditionHolds(rule(), ev)).toBe(true)
    })
    it('compares a missing attribute as blank', () => {
        const noChannel = event({ attributes: {} })
        expect(conditionHolds(rule({ conditionField: 'channel', conditionOperator: 'is_not', conditionValue: 'web' }), noChannel)).toBe(true)
        expect(conditionHolds(rule({ conditionField: 'channel', conditionOperator: 'in', conditionValue: 'web' }), noChannel)).toBe(false)
    })
    it('never matches a condition without an operator', () => {
        expect(conditionHolds(rule({ conditionField: 'channel', conditionOperator: '', conditionValue: 'web' }), ev)).toBe(false)
    })
    it('reports the actual value for a failed condition', () => {
        const r = rule({ conditionField: 'channel', conditionOperator: 'is', conditionValue: 'store', targetState: 'active' })
        expect(matchRules(ev, [r], account(), facts()).considered[0].mismatch).toEqual({ kind: 'condition', actual: 'web' })
    })
    it('splits list values on commas and drops blanks', () => {
        expect(conditionValues(' a, b ,,c ')).toEqual(['a', 'b', 'c'])
    })
})
