import { effectsByService, factsNeeded, orderDelta, outlookOf, scopeNeeds, servicesGained, touchedServiceIds } from '../../../src/server/lifecycle/net-effect'
import type { Action, RuleScope } from '../../../src/server/lifecycle/model'
import { event, facts, rule } from './fixtures'

const acting = (effects: Array<[Action, string]>) => event({ action: 'modify', effects: effects.map(([action, serviceId]) => ({ action, serviceId })) })

describe('what an order does to the services it acts on', () => {
    it.each([
        ['place', { inService: 0, suspended: 0 }, { inService: 1, suspended: 0 }],
        ['modify', { inService: 1, suspended: 0 }, { inService: 1, suspended: 0 }],
        ['suspend', { inService: 1, suspended: 0 }, { inService: 0, suspended: 1 }],
        ['resume', { inService: 0, suspended: 1 }, { inService: 1, suspended: 0 }],
        ['disconnect', { inService: 1, suspended: 0 }, { inService: 0, suspended: 0 }],
    ] as const)('%s: before %j, after %j', (action, before, after) => {
        expect(orderDelta([{ serviceId: 's', action }])).toEqual({ before, after })
    })
    it('counts a service once, by the strongest of the actions its lines take', () => {
        expect(effectsByService([
            { serviceId: 'a', action: 'modify' },
            { serviceId: 'a', action: 'disconnect' },
            { serviceId: 'a', action: 'resume' },
            { serviceId: 'b', action: 'place' },
            { serviceId: '', action: 'place' },
            { serviceId: 'c', action: 'cancel' },
        ])).toEqual([
            { serviceId: 'a', action: 'disconnect' },
            { serviceId: 'b', action: 'place' },
        ])
        expect(touchedServiceIds([{ serviceId: 'a', action: 'modify' }, { serviceId: 'a', action: 'suspend' }])).toEqual(['a'])
    })
})

describe('the services before and after the order', () => {
    it('adds the order\'s own services to the others, whatever inventory says about them now', () => {
        const migration = acting([['place', 'fiber-2g'], ['disconnect', 'fiber-1g']])
        expect(outlookOf(migration, facts({ activeServices: 0, suspendedServices: 1, completedOrders: 3 }))).toEqual({
            before: { inService: 1, suspended: 1 },
            after: { inService: 1, suspended: 1 },
            completedOrders: 3,
        })
        expect(servicesGained(migration)).toBe(0)
    })
    it('gains what the adds and resumes bring, minus the disconnects and suspensions', () => {
        expect(servicesGained(acting([['place', 'a'], ['place', 'b'], ['disconnect', 'c']]))).toBe(1)
        expect(servicesGained(acting([['suspend', 'a'], ['suspend', 'b']]))).toBe(-2)
        expect(servicesGained(acting([['resume', 'a']]))).toBe(1)
    })
    it('never guesses the other services: unread facts are an error', () => {
        expect(() => outlookOf(acting([['place', 'a']]), { others: null, completedOrders: 0 })).toThrow('were not read')
    })
    it('counts no completed order when they were not read (only first order needs them)', () => {
        expect(outlookOf(acting([]), { others: { inService: 2, suspended: 0 }, completedOrders: null }).completedOrders).toBe(0)
    })
})

describe('which facts a decision needs', () => {
    it.each([
        ['any', false, false],
        ['services_grow', false, false],
        ['no_service_left', true, false],
        ['only_suspended_left', true, false],
        ['last_active_service', true, false],
        ['first_order', true, true],
    ] as const)('scope %s: services %s, completed orders %s', (scope, services, completedOrders) => {
        expect(scopeNeeds(scope as RuleScope)).toEqual({ services, completedOrders })
    })
    it('reads only what the active rules of the event\'s action × milestone need', () => {
        const ev = event({ action: 'disconnect', milestone: 'completed' })
        const rules = [
            rule({ action: 'disconnect', milestone: 'completed', scope: 'no_service_left', targetState: 'inactive' }),
            rule({ action: 'place', milestone: 'completed', scope: 'first_order', targetState: 'active' }),
            rule({ action: 'disconnect', milestone: 'completed', scope: 'first_order', targetState: 'inactive', active: false }),
            rule({ action: 'disconnect', milestone: 'submitted', scope: 'first_order', targetState: 'inactive' }),
        ]
        expect(factsNeeded(ev, rules)).toEqual({ services: true, completedOrders: false })
        expect(factsNeeded(ev, [])).toEqual({ services: false, completedOrders: false })
    })
})
