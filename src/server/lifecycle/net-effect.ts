/**
 * The order's net effect: the account's services before and after the order, from the services the order
 * does not act on (counted from inventory by the adapter, or from the replay ledger) plus what the order's
 * lines do to the services they act on. Judging every milestone on "after the order" makes the answer the
 * same whether fulfilment updates inventory before or after completion and whichever record is saved first,
 * and makes a migration (add + delete) a modification instead of a churn. See docs/EVENT-MODEL.md.
 */
import type { AccountFacts, Action, MappingRule, OrderEvent, RuleScope, ServiceCounts, ServiceEffect } from './model.ts'

/** The account's services before and after the order, and its other completed orders. */
export interface ServiceOutlook {
    before: ServiceCounts
    after: ServiceCounts
    completedOrders: number
}

type Presence = 'in_service' | 'suspended' | 'none'

/** What an action presumes about its service before the order and leaves after it. */
const PRESENCE: Readonly<Record<Exclude<Action, 'cancel'>, { before: Presence; after: Presence }>> = {
    place: { before: 'none', after: 'in_service' },
    modify: { before: 'in_service', after: 'in_service' },
    suspend: { before: 'in_service', after: 'suspended' },
    resume: { before: 'suspended', after: 'in_service' },
    disconnect: { before: 'in_service', after: 'none' },
}

/** When several lines of one order act on the same service, the strongest action is what happens to it. */
const STRENGTH: readonly Action[] = ['place', 'modify', 'resume', 'suspend', 'disconnect']

/** One effect per service (the strongest action when lines repeat a service), in first-appearance order. */
export function effectsByService(effects: readonly ServiceEffect[]): ServiceEffect[] {
    const result: ServiceEffect[] = []
    for (const effect of effects) {
        if (!effect.serviceId || effect.action === 'cancel') continue
        const existing = result.find((candidate) => candidate.serviceId === effect.serviceId)
        if (!existing) result.push({ serviceId: effect.serviceId, action: effect.action })
        else if (STRENGTH.indexOf(effect.action) > STRENGTH.indexOf(existing.action)) existing.action = effect.action
    }
    return result
}

/** The services the order acts on: the adapter leaves them out of the counts it reads. */
export function touchedServiceIds(effects: readonly ServiceEffect[]): string[] {
    return effectsByService(effects).map((effect) => effect.serviceId)
}

function add(counts: ServiceCounts, presence: Presence): void {
    if (presence === 'in_service') counts.inService++
    else if (presence === 'suspended') counts.suspended++
}

/** The touched services' counts before and after the order (the part that does not need inventory). */
export function orderDelta(effects: readonly ServiceEffect[]): { before: ServiceCounts; after: ServiceCounts } {
    const before: ServiceCounts = { inService: 0, suspended: 0 }
    const after: ServiceCounts = { inService: 0, suspended: 0 }
    for (const effect of effectsByService(effects)) {
        const presence = PRESENCE[effect.action as Exclude<Action, 'cancel'>]
        add(before, presence.before)
        add(after, presence.after)
    }
    return { before, after }
}

/**
 * Before and after the order: the other services (from facts) plus the order's own. Throws when a needed
 * part of the facts was not read, which would be a reader bug, never a reason to guess zero.
 */
export function outlookOf(event: OrderEvent, facts: AccountFacts): ServiceOutlook {
    if (!facts.others) throw new Error('the account\'s other services were not read')
    const own = orderDelta(event.effects)
    return {
        before: { inService: facts.others.inService + own.before.inService, suspended: facts.others.suspended + own.before.suspended },
        after: { inService: facts.others.inService + own.after.inService, suspended: facts.others.suspended + own.after.suspended },
        completedOrders: facts.completedOrders ?? 0,
    }
}

/** Services in service the order adds (negative: removes); needs no inventory, the others cancel out. */
export function servicesGained(event: OrderEvent): number {
    const own = orderDelta(event.effects)
    return own.after.inService - own.before.inService
}

/** The facts a scope needs: the other services, and (first order) the completed orders too. */
export function scopeNeeds(scope: RuleScope): { services: boolean; completedOrders: boolean } {
    switch (scope) {
        case 'no_service_left':
        case 'only_suspended_left':
        case 'last_active_service':
            return { services: true, completedOrders: false }
        case 'first_order':
            return { services: true, completedOrders: true }
        default:
            // any; services_grow is decided by the order's own lines.
            return { services: false, completedOrders: false }
    }
}

/**
 * Which facts the adapter must read for this event: only what the scopes of the active rules keyed on the
 * event's action × milestone need, so an event no count-based rule looks at costs no inventory query.
 */
export function factsNeeded(event: OrderEvent, rules: readonly MappingRule[]): { services: boolean; completedOrders: boolean } {
    const needed = { services: false, completedOrders: false }
    for (const rule of rules) {
        if (!rule.active || rule.action !== event.action || rule.milestone !== event.milestone) continue
        const needs = scopeNeeds(rule.scope)
        needed.services = needed.services || needs.services
        needed.completedOrders = needed.completedOrders || needs.completedOrders
    }
    return needed
}
