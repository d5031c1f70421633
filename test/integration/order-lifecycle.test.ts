// The built app (dist/app) on the local instance: Order Management saves → business rules → script include →
// engine → account, stage periods and timeline. Each scenario is what a fulfilment agent would see.
import { createTestInstance, type TestInstance } from '../../tools/local-instance/src/testkit'
import { ACCOUNT_APP_FIELDS, EVENT_TABLE, PROPERTIES } from '../../src/server/app-schema'
import { ACCOUNT_TABLE, LINE_FIELDS, LINE_TABLE, ORDER_FIELDS, ORDER_TABLE } from '../../src/server/order-management/om-model'
import { OmDriver } from './support/om-driver'

let instance: TestInstance
let om: OmDriver

beforeEach(() => {
    instance = createTestInstance()
    om = new OmDriver(instance)
})
afterEach(() => instance.close())

const outcomes = (account: string) => om.events(account).map((e) => `${e.action}:${e.milestone}:${e.outcome}`)

/** An account that bought `count` services with one completed place order. */
function activeAccountWith(count: number): { account: string; services: string[] } {
    const account = om.account('Acme Telecom')
    const services = Array.from({ length: count }, (_, i) => om.service(account, `Service ${i + 1}`, 'in_preparation'))
    om.complete(om.submit(account, services.map((soldProduct) => ({ action: 'add' as const, soldProduct }))), services, 'active')
    return { account, services }
}

describe('placing a first order', () => {
    it('makes the account pending/onboarding on submission, then active on completion, with an explained timeline', () => {
        const account = om.account('Aurora Logistics')
        const order = om.submit(account, [{ action: 'add' }])
        expect(om.accountState(account)).toEqual({ state: 'pending', stage: 'onboarding' })

        om.complete(order)
        expect(om.accountState(account)).toEqual({ state: 'active', stage: 'onboarding' })

        const events = om.events(account)
        expect(outcomes(account)).toEqual(['place:submitted:applied', 'place:in_progress:no_matching_rule', 'place:completed:applied'])
        const completed = events[2]
        expect(completed).toMatchObject({ order: order.order, state_from: 'pending', state_to: 'active' })
        expect(completed.state_rule).toBeTruthy()
        expect(completed.explanation).toMatch(/Pending.*Active/)
        // One open stage period: onboarding, opened by the submission event.
        const periods = om.stagePeriods(account)
        expect(periods).toHaveLength(1)
        expect(periods[0]).toMatchObject({ stage: 'onboarding', current: 'true', opened_by: events[0].sys_id })
    })
})

describe('orders of existing customers', () => {
    it('leaves an active customer as it is when another order is submitted', () => {
        const { account } = activeAccountWith(1)
        om.submit(account, [{ action: 'add' }])
        expect(om.accountState(account)).toEqual({ state: 'active', stage: 'onboarding' })
        const submitted = om.events(account).filter((e) => e.action === 'place' && e.milestone === 'submitted')
        expect(submitted.map((e) => e.outcome)).toEqual(['applied', 'no_matching_rule'])
    })

    it('wins back an inactive customer: pending and onboarding again, even from a later stage', () => {
        const { account, services } = activeAccountWith(1)
        const more = om.service(account, 'Second line', 'installation_pending')
        om.complete(om.submit(account, [{ action: 'add', soldProduct: more }]), [more], 'active')
        om.complete(om.submit(account, [{ action: 'delete', soldProduct: services[0] }, { action: 'delete', soldProduct: more }]), [services[0], more], 'inactive')
        expect(om.accountState(account)).toEqual({ state: 'inactive', stage: 'expansion' })

        om.submit(account, [{ action: 'add' }])
        expect(om.accountState(account)).toEqual({ state: 'pending', stage: 'onboarding' })
        expect(om.stagePeriods(account).map((p) => [p.stage, p.current])).toEqual([
            ['onboarding', 'false'],
            ['expansion', 'false'],
            ['onboarding', 'true'],
        ])
    })
})

describe('growing an active account', () => {
    it('moves the stage to expansion and closes the onboarding period with a duration', () => {
        const { account } = activeAccountWith(1)
        instance.clock.advance(3 * 24 * 3600 * 1000)
        const added = om.service(account, 'TV', 'installation_pending')
        om.complete(om.submit(account, [{ action: 'add', soldProduct: added }]), [added], 'active')
        expect(om.accountState(account)).toEqual({ state: 'active', stage: 'expansion' })
        const periods = om.stagePeriods(account)
        expect(periods.map((p) => [p.stage, p.current])).toEqual([
            ['onboarding', 'false'],
            ['expansion', 'true'],
        ])
        expect(periods[0].ended_at).toBeTruthy()
        expect(periods[0].duration).toMatch(/^1970-01-0[4-5] /) // three days (and a few seconds of order steps)
    })
})

describe('suspend and resume', () => {
    it('keeps the account active while one of two services is suspended, suspends it with the last, and resumes it', () => {
        const { account, services } = activeAccountWith(2)
        om.complete(om.submit(account, [{ action: 'suspend', soldProduct: services[0] }]), [services[0]], 'suspended')
        expect(om.accountState(account).state).toBe('active')
        const partial = om.events(account).filter((e) => e.action === 'suspend' && e.milestone === 'completed')
        expect(partial).toHaveLength(1)
        expect(partial[0].outcome).not.toBe('applied')
        expect(partial[0].explanation).toMatch(/active/i)

        om.complete(om.submit(account, [{ action: 'suspend', soldProduct: services[1] }]), [services[1]], 'suspended')
        expect(om.accountState(account).state).toBe('suspended')

        om.complete(om.submit(account, [{ action: 'resume', soldProduct: services[0] }]), [services[0]], 'active')
        expect(om.accountState(account).state).toBe('active')
    })

    it('suspends the account when one order suspends all of its services, whatever the fulfilment order', () => {
        const { account, services } = activeAccountWith(2)
        om.complete(om.submit(account, services.map((soldProduct) => ({ action: 'suspend' as const, soldProduct }))), services, 'suspended')
        expect(om.accountState(account).state).toBe('suspended')
    })
})

describe('disconnect', () => {
    it('keeps the account active when one of two services is disconnected and makes it inactive with the last', () => {
        const { account, services } = activeAccountWith(2)
        om.complete(om.submit(account, [{ action: 'delete', soldProduct: services[0] }]), [services[0]], 'inactive')
        expect(om.accountState(account).state).toBe('active')

        om.complete(om.submit(account, [{ action: 'delete', soldProduct: services[1] }]), [services[1]], 'inactive')
        expect(om.accountState(account).state).toBe('inactive')
        const last = om.events(account).filter((e) => e.action === 'disconnect' && e.milestone === 'completed')
        expect(last.map((e) => [e.outcome, e.state_to])).toEqual([
            [expect.not.stringMatching(/^applied$/), 'active'],
            ['applied', 'inactive'],
        ])
    })
})

describe('lines canceled on their own', () => {
    it('do not count as disconnected: the customer keeps that service and stays active', () => {
        const { account, services } = activeAccountWith(2)
        const order = om.submit(account, services.map((soldProduct) => ({ action: 'delete' as const, soldProduct })))
        om.advance(order, 'in_progress')
        // The customer changes their mind about the second service: that line alone is canceled.
        instance.update(LINE_TABLE, order.lines[1], { [LINE_FIELDS.state]: 'canceled' })
        instance.update(LINE_TABLE, order.lines[0], { [LINE_FIELDS.state]: 'completed' })
        instance.update(ORDER_TABLE, order.order, { [ORDER_FIELDS.state]: 'completed' })
        expect(om.accountState(account).state).toBe('active')
        expect(outcomes(account)).not.toContain('cancel:canceled:applied')
    })

    it('do not cancel a first order that goes on, and leave the order cancel to the whole order', () => {
        const account = om.account('Hotel Group')
        const order = om.submit(account, [{ action: 'add' }, { action: 'add' }])
        om.advance(order, 'in_progress')
        instance.update(LINE_TABLE, order.lines[1], { [LINE_FIELDS.state]: 'canceled' })
        expect(om.accountState(account).state).toBe('pending')
        om.advance(order, 'canceled')
        expect(om.accountState(account).state).toBe('prospect')
    })
})

describe('canceling a first order in flight', () => {
    it('returns the account to prospect', () => {
        const account = om.account('Delta Retail')
        const order = om.submit(account, [{ action: 'add' }])
        om.advance(order, 'in_progress')
        expect(om.accountState(account).state).toBe('pending')
        om.advance(order, 'canceled')
        expect(om.accountState(account).state).toBe('prospect')
        expect(outcomes(account)).toContain('cancel:canceled:applied')
    })
})

describe('idempotency', () => {
    it('records one event when the same completion is saved twice', () => {
        const account = om.account('Echo Corp')
        const order = om.submit(account, [{ action: 'add' }])
        om.complete(order)
        const before = om.events(account).length
        // OM saves the completed order again (e.g. a second fulfilment task closing): same real-world change.
        instance.update(ORDER_TABLE, order.order, { [ORDER_FIELDS.state]: 'in_progress' })
        instance.update(ORDER_TABLE, order.order, { [ORDER_FIELDS.state]: 'completed' })
        instance.update(LINE_TABLE, order.lines[0], { [LINE_FIELDS.state]: 'completed' })
        expect(om.events(account)).toHaveLength(before)
        expect(om.events(account).filter((e) => e.milestone === 'completed')).toHaveLength(1)
    })
})

describe('pinned account', () => {
    it('changes nothing while pinned and says so on the timeline', () => {
        const { account, services } = activeAccountWith(1)
        instance.update(ACCOUNT_TABLE, account, {
            [ACCOUNT_APP_FIELDS.pinnedUntil]: '2030-01-01 00:00:00',
            [ACCOUNT_APP_FIELDS.pinReason]: 'Key account under negotiation',
        })
        om.complete(om.submit(account, [{ action: 'delete', soldProduct: services[0] }]), [services[0]], 'inactive')
        expect(om.accountState(account).state).toBe('active')
        const pinned = om.events(account).find((e) => e.action === 'disconnect' && e.milestone === 'completed')
        expect(pinned).toMatchObject({ outcome: 'pinned', state_from: 'active', state_to: 'active' })
        expect(pinned?.explanation).toMatch(/Key account under negotiation/)
    })
})

describe('properties', () => {
    it('kill switch: with the app disabled nothing is evaluated or recorded', () => {
        instance.setProperty(PROPERTIES.enabled, 'false')
        const account = om.account('Foxtrot Ltd')
        om.complete(om.submit(account, [{ action: 'add' }]))
        expect(om.accountState(account)).toEqual({ state: null, stage: null })
        expect(om.events(account)).toHaveLength(0)
    })

    it('dry run: events are recorded with what would change, the account is untouched', () => {
        instance.setProperty(PROPERTIES.dryRun, 'true')
        const account = om.account('Golf Inc')
        om.submit(account, [{ action: 'add' }])
        expect(om.accountState(account)).toEqual({ state: null, stage: null })
        const [event] = om.events(account)
        expect(event).toMatchObject({ outcome: 'dry_run', state_to: 'pending', stage_to: 'onboarding' })
        expect(om.stagePeriods(account)).toHaveLength(0)
    })
})

describe('a failure while mapping', () => {
    it('never aborts the order save and records an error event', () => {
        // The order names an account that does not exist (e.g. deleted by an integration): mapping fails.
        const missingAccount = 'f'.repeat(32)
        const order = om.submit(missingAccount, [{ action: 'add' }])
        expect(instance.get(ORDER_TABLE, order.order)?.[ORDER_FIELDS.state]).toBe('new')
        om.complete(order)
        expect(instance.get(ORDER_TABLE, order.order)?.[ORDER_FIELDS.state]).toBe('completed')
        const errors = instance.query(EVENT_TABLE, `order=${order.order}^outcome=error`)
        expect(errors.length).toBeGreaterThan(0)
        expect(errors[0].explanation).toMatch(/not found/)
        expect(instance.logs.some((l) => l.level === 'error' && /not found/.test(l.message))).toBe(true)
    })
})
