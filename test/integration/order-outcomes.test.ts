// The account follows what an order does to its services, tried from outside as a telco's fulfilment saves
// orders: through the shipped business rules on the local instance, with multi-line orders, mixed actions, the
// inventory updated before or after completion, the lines and the order saved in any order, several saves in the
// same second. Each describe block is one problem of the "Right on every real order" issue.
import { createTestInstance, type TestInstance } from '../../tools/local-instance/src/testkit'
import { runScheduledScript } from '../../tools/local-instance/src/engine/scheduled'
import { ACCOUNT_APP_FIELDS, PROPERTIES, STAGE_TABLE } from '../../src/server/app-schema'
import { ACCOUNT_TABLE, LINE_FIELDS, LINE_TABLE, ORDER_FIELDS, ORDER_TABLE } from '../../src/server/order-management/om-model'
import { OmDriver } from './support/om-driver'
import { recalculate } from './support/app-probes'

let instance: TestInstance
let om: OmDriver

beforeEach(() => {
    instance = createTestInstance()
    om = new OmDriver(instance)
})
afterEach(() => instance.close())

const DAY = 24 * 3600 * 1000

/** An active customer with the given services in service (one completed add order each, inventory after). */
function customerWith(names: string[]): { account: string; services: string[] } {
    const account = om.account('Acme Telecom')
    const services = names.map((name) => {
        const service = om.service(account, name, 'installation_pending')
        om.finish(om.submit(account, [{ action: 'add', soldProduct: service }]), { services: [[service, 'active']] })
        instance.clock.advance(DAY)
        return service
    })
    return { account, services }
}

/** The states the account was moved to, in timeline order. */
function stateChanges(account: string): string[] {
    return om
        .events(account)
        .filter((event) => event.outcome === 'applied' && event.state_to !== event.state_from)
        .map((event) => String(event.state_to))
}

function recalculateDryRun(account: string) {
    return recalculate(instance, account, 'dry_run')
}

describe('1. a migration order (add the new service, disconnect the old) keeps a served customer active', () => {
    const cases = [
        { name: 'add line first, inventory after completion', lineOrder: [0, 1], inventory: 'after' as const },
        { name: 'delete line first, inventory after completion', lineOrder: [1, 0], inventory: 'after' as const },
        { name: 'add line first, inventory before completion', lineOrder: [0, 1], inventory: 'before' as const },
        { name: 'delete line first, inventory before completion', lineOrder: [1, 0], inventory: 'before' as const },
        { name: 'order saved before its lines', lineOrder: [1, 0], inventory: 'after' as const, orderFirst: true },
    ]
    it.each(cases)('$name', ({ lineOrder, inventory, orderFirst }) => {
        const { account, services } = customerWith(['Fiber 1G'])
        const stageBefore = om.accountState(account).stage
        const fiber2g = om.service(account, 'Fiber 2G', 'installation_pending')
        const migration = om.submit(account, [
            { action: 'add', soldProduct: fiber2g },
            { action: 'delete', soldProduct: services[0] },
        ])
        om.advance(migration, 'in_progress')
        om.finish(migration, { lineOrder, inventory, orderFirst, services: [[fiber2g, 'active'], [services[0], 'inactive']] })

        expect(om.accountState(account)).toEqual({ state: 'active', stage: stageBefore })
        // Never Inactive, not even for a moment, and the account has been active since its first order.
        expect(stateChanges(account)).toEqual(['pending', 'active'])
        const completed = om.events(account).filter((event) => event.order === migration.order && event.milestone === 'completed')
        expect(completed.map((event) => `${event.action}:${event.outcome}`)).toEqual(['modify:no_matching_rule'])
        expect(recalculateDryRun(account).status).toBe('unchanged')
    })

    it('a migration that adds more than it removes is growth: Expansion', () => {
        const { account, services } = customerWith(['Fiber 1G'])
        const [tv, fiber] = [om.service(account, 'TV', 'installation_pending'), om.service(account, 'Fiber 2G', 'installation_pending')]
        om.finish(om.submit(account, [{ action: 'add', soldProduct: tv }, { action: 'add', soldProduct: fiber }, { action: 'delete', soldProduct: services[0] }]), {
            services: [[tv, 'active'], [fiber, 'active'], [services[0], 'inactive']],
        })
        expect(om.accountState(account)).toEqual({ state: 'active', stage: 'expansion' })
    })
})

describe('2. only suspended services left → Suspended', () => {
    it.each(['after', 'before'] as const)('disconnecting the last service in service while another is suspended (inventory %s completion)', (inventory) => {
        const { account, services } = customerWith(['Mobile', 'Broadband'])
        om.finish(om.submit(account, [{ action: 'suspend', soldProduct: services[0] }]), { services: [[services[0], 'suspended']] })
        expect(om.accountState(account).state).toBe('active')

        om.finish(om.submit(account, [{ action: 'delete', soldProduct: services[1] }]), { inventory, services: [[services[1], 'inactive']] })
        expect(om.accountState(account).state).toBe('suspended')
        const decision = om.events(account).filter((event) => event.action === 'disconnect' && event.milestone === 'completed')
        expect(decision.map((event) => [event.outcome, event.state_to])).toEqual([['applied', 'suspended']])

        // Disconnecting the suspended one too: nothing is left, the customer has gone.
        om.finish(om.submit(account, [{ action: 'delete', soldProduct: services[0] }]), { inventory, services: [[services[0], 'inactive']] })
        expect(om.accountState(account).state).toBe('inactive')
    })
})

describe('3. inventory states: a pending change or inactivation is still in service', () => {
    it.each(['change_pending', 'inactivation_pending'])('a service in %s keeps the account active when the other one is disconnected', (state) => {
        const { account, services } = customerWith(['Mobile', 'Broadband'])
        instance.update('sn_install_base_sold_product', services[0], { state })
        om.finish(om.submit(account, [{ action: 'delete', soldProduct: services[1] }]), { services: [[services[1], 'inactive']] })
        expect(om.accountState(account).state).toBe('active')
    })

    it('an installation-pending service does not count yet', () => {
        const { account, services } = customerWith(['Mobile'])
        om.service(account, 'Ordered TV', 'installation_pending')
        om.finish(om.submit(account, [{ action: 'delete', soldProduct: services[0] }]), { services: [[services[0], 'inactive']] })
        expect(om.accountState(account).state).toBe('inactive')
    })

    it('follows an admin\'s mapping: a custom in-service state counts once it is configured', () => {
        const { account, services } = customerWith(['Mobile', 'Broadband'])
        instance.update('sn_install_base_sold_product', services[0], { state: 'in_preparation' })
        instance.setProperty(PROPERTIES.inServiceStates, 'active,change_pending,inactivation_pending,in_preparation')
        om.finish(om.submit(account, [{ action: 'delete', soldProduct: services[1] }]), { services: [[services[1], 'inactive']] })
        expect(om.accountState(account).state).toBe('active')
    })
})

describe('4. live processing and recalculation agree', () => {
    it('a canceled first order: prospect again, and a dry run changes nothing', () => {
        const account = om.account('Delta Retail')
        const order = om.submit(account, [{ action: 'add' }])
        om.advance(order, 'in_progress')
        om.advance(order, 'canceled')
        expect(om.accountState(account)).toEqual({ state: 'prospect', stage: 'onboarding' })
        expect(recalculateDryRun(account)).toMatchObject({ status: 'unchanged' })
    })

    it('a rejected first order: prospect again, and a dry run changes nothing', () => {
        const account = om.account('Echo Retail')
        const order = om.submit(account, [{ action: 'add' }])
        om.advance(order, 'rejected')
        expect(om.accountState(account)).toEqual({ state: 'prospect', stage: 'onboarding' })
        expect(recalculateDryRun(account)).toMatchObject({ status: 'unchanged' })
    })

    it('a line completed before its order is submitted starts onboarding like any first order', () => {
        const account = om.account('Foxtrot Ltd')
        const order = instance.insert(ORDER_TABLE, { [ORDER_FIELDS.number]: 'ORD0099001', [ORDER_FIELDS.account]: account, [ORDER_FIELDS.state]: 'draft' }) as string
        const line = instance.insert(LINE_TABLE, { [LINE_FIELDS.order]: order, [LINE_FIELDS.account]: account, [LINE_FIELDS.state]: 'draft', [LINE_FIELDS.action]: 'add' }) as string
        instance.update(LINE_TABLE, line, { [LINE_FIELDS.state]: 'completed' })
        expect(om.accountState(account)).toEqual({ state: 'active', stage: 'onboarding' })
        instance.update(ORDER_TABLE, order, { [ORDER_FIELDS.state]: 'new' })
        instance.update(ORDER_TABLE, order, { [ORDER_FIELDS.state]: 'completed' })
        expect(om.events(account).map((event) => `${event.action}:${event.milestone}:${event.outcome}`)).toEqual(['place:submitted:applied', 'place:completed:applied'])
        expect(om.stagePeriods(account).map((period) => period.stage)).toEqual(['onboarding'])
        expect(recalculateDryRun(account)).toMatchObject({ status: 'unchanged' })
    })

    it('canceled add-on and win-back orders, saved within the same second, agree with a dry run', () => {
        const { account, services } = customerWith(['Mobile'])
        const addOn = om.submit(account, [{ action: 'add' }])
        om.advance(addOn, 'canceled')
        om.finish(om.submit(account, [{ action: 'delete', soldProduct: services[0] }]), { services: [[services[0], 'inactive']] })
        const winBack = om.submit(account, [{ action: 'add' }])
        om.advance(winBack, 'in_progress')
        om.advance(winBack, 'canceled')
        expect(om.accountState(account).state).toBe('inactive')
        expect(recalculateDryRun(account)).toMatchObject({ status: 'unchanged' })
    })
})

describe('5. saves within one second keep their order', () => {
    it('an order that goes new → in progress → completed within a second reads in that order', () => {
        const account = om.account('Golf Inc')
        const order = om.submit(account, [{ action: 'add' }])
        om.advance(order, 'in_progress')
        om.advance(order, 'completed')
        const events = om.events(account)
        expect(new Set(events.map((event) => event.occurred_at)).size).toBe(1)
        expect(events.map((event) => [event.milestone, event.sequence])).toEqual([
            ['submitted', '1'],
            ['in_progress', '2'],
            ['completed', '3'],
        ])
    })
})

describe('6. a time rule is applied whole or not at all', () => {
    it('leaves no applied row and no new period when the account write fails, and applies on the next run', () => {
        const { account } = customerWith(['Mobile'])
        instance.clock.advance(31 * DAY)
        const periodsBefore = instance.query(STAGE_TABLE, `account=${account}`).length
        instance.injectFault({ table: ACCOUNT_TABLE, operation: 'update', message: 'disk full' })
        runScheduledScript(instance, 'Account lifecycle: time rules')
        expect(om.accountState(account).stage).toBe('onboarding')
        expect(instance.query(STAGE_TABLE, `account=${account}`)).toHaveLength(periodsBefore)
        expect(om.events(account).at(-1)).toMatchObject({ source: 'schedule', outcome: 'error' })

        runScheduledScript(instance, 'Account lifecycle: time rules')
        expect(om.accountState(account).stage).toBe('adoption')
        expect(om.events(account).filter((event) => event.source === 'schedule').map((event) => event.outcome)).toEqual(['error', 'applied'])
    })
})

describe('9. two orders finishing together converge', () => {
    it('disconnecting the last two services in two orders whose inventory catches up afterwards: Inactive once it does', () => {
        const { account, services } = customerWith(['Mobile', 'Broadband'])
        const first = om.submit(account, [{ action: 'delete', soldProduct: services[0] }])
        const second = om.submit(account, [{ action: 'delete', soldProduct: services[1] }])
        // Both orders complete before fulfilment updates either service: each sees the other's service in service.
        om.finish(first)
        om.finish(second)
        expect(om.accountState(account).state).toBe('active')
        // Fulfilment catches up; the re-check (async, after the inventory change) decides again.
        om.finish(first, { services: [[services[0], 'inactive']] })
        instance.update('sn_install_base_sold_product', services[1], { state: 'inactive' })
        instance.drainAsync()
        expect(om.accountState(account).state).toBe('inactive')
        const correction = om.events(account).at(-1)
        expect(correction).toMatchObject({ source: 'recheck', outcome: 'applied', state_from: 'active', state_to: 'inactive', order: second.order })
        expect(correction?.explanation).toMatch(/^Re-check/)
    })
})

describe('the timeline row says what each decision weighed', () => {
    it('marks decisions that depended on other services', () => {
        const { account, services } = customerWith(['Mobile', 'Broadband'])
        om.finish(om.submit(account, [{ action: 'delete', soldProduct: services[0] }]), { services: [[services[0], 'inactive']] })
        const disconnect = om.events(account).find((event) => event.action === 'disconnect' && event.milestone === 'completed')
        expect(disconnect).toMatchObject({ depends_on_services: 'true', outcome: 'no_matching_rule' })
        expect(disconnect?.explanation).toContain('needs no service left after the order but 1 in service and 0 suspended remain')
        expect(instance.get(ACCOUNT_TABLE, account)?.[ACCOUNT_APP_FIELDS.state]).toBe('active')
    })
})
