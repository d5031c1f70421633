// The mapper adapter (src/server/glide/account-lifecycle-mapper.ts and its readers/writers) as the shipped business
// rules run it on the local instance: what it writes, what it reads (the testkit's operation log), and what it does
// when a Glide operation fails (the testkit's fault injection). The same emulation every other test uses.
import { createTestInstance, type TestInstance } from '../../tools/local-instance/src/testkit'
import { ACCOUNT_APP_FIELDS, EVENT_TABLE, PROPERTIES, RULE_TABLE, STAGE_TABLE } from '../../src/server/app-schema'
import { ACCOUNT_TABLE, LINE_FIELDS, LINE_TABLE, ORDER_FIELDS, ORDER_TABLE } from '../../src/server/order-management/om-model'
import { OmDriver, type PlacedOrder } from './support/om-driver'

let instance: TestInstance
let om: OmDriver

beforeEach(() => {
    instance = createTestInstance()
    om = new OmDriver(instance)
})
afterEach(() => instance.close())

const HOUR = 3600 * 1000
const saveLine = (line: string, state: string) => instance.update(LINE_TABLE, line, { [LINE_FIELDS.state]: state })
const saveOrder = (order: string, state: string) => instance.update(ORDER_TABLE, order, { [ORDER_FIELDS.state]: state })
const appTables = new Set([EVENT_TABLE, STAGE_TABLE, RULE_TABLE, ACCOUNT_TABLE, 'sn_install_base_sold_product'])

/** A prospect's first order, submitted and in progress: its line's completion is the save under test. */
function firstOrderInProgress(): { account: string; order: PlacedOrder } {
    const account = om.account('Aurora Logistics')
    const order = om.submit(account, [{ action: 'add' }])
    om.advance(order, 'in_progress')
    return { account, order }
}

describe('a line item completing', () => {
    it('activates the account, records an applied event with its sequence and keeps the onboarding period', () => {
        const { account, order } = firstOrderInProgress()
        instance.clock.advance(2 * HOUR)
        saveLine(order.lines[0], 'completed')
        const savedAt = instance.get(LINE_TABLE, order.lines[0])?.sys_updated_on

        expect(instance.get(ACCOUNT_TABLE, account)).toMatchObject({
            [ACCOUNT_APP_FIELDS.state]: 'active',
            [ACCOUNT_APP_FIELDS.stateSince]: savedAt,
            [ACCOUNT_APP_FIELDS.stage]: 'onboarding',
        })
        const completed = om.events(account).find((event) => event.milestone === 'completed')
        expect(completed).toMatchObject({
            event_key: `${order.order}:place:completed`,
            order: order.order,
            line_item: order.lines[0],
            source: 'line_item',
            outcome: 'applied',
            state_from: 'pending',
            state_to: 'active',
            occurred_at: savedAt,
            recorded_at: savedAt,
            sequence: '3',
            depends_on_services: 'false',
        })
        expect(completed?.state_rule).toBeTruthy()
        expect(om.stagePeriods(account).map((period) => [period.stage, period.current])).toEqual([['onboarding', 'true']])
    })

    it("writes the account without running the account's business rules", () => {
        const { order } = firstOrderInProgress()
        const operations = instance.recordOperations()
        saveLine(order.lines[0], 'completed')
        expect(operations.filter((op) => op.table === ACCOUNT_TABLE && op.operation === 'update')).toEqual([{ table: ACCOUNT_TABLE, operation: 'update', workflow: false }])
    })

    it('answers a repeated save of an already recorded change with one lookup and no other work', () => {
        const account = om.account('Bravo Ltd')
        const order = om.submit(account, [{ action: 'add' }, { action: 'add' }])
        om.advance(order, 'in_progress')
        saveLine(order.lines[0], 'completed')
        const operations = instance.recordOperations()
        saveLine(order.lines[1], 'completed')
        // The testkit's own get + update of the line, then the app: one keyed lookup on the timeline.
        expect(operations.filter((op) => op.table !== LINE_TABLE)).toEqual([{ table: EVENT_TABLE, operation: 'query' }])
    })

    it('records the order-level save of the same change only once (same event key)', () => {
        const { account, order } = firstOrderInProgress()
        saveLine(order.lines[0], 'completed')
        saveOrder(order.order, 'completed')
        expect(om.events(account).filter((event) => event.milestone === 'completed')).toHaveLength(1)
    })

    it('does nothing at all when the kill switch is off: no Glide operation of its own', () => {
        const { order } = firstOrderInProgress()
        instance.setProperty(PROPERTIES.enabled, 'false')
        const operations = instance.recordOperations()
        saveLine(order.lines[0], 'completed')
        expect(operations.filter((op) => appTables.has(op.table))).toEqual([])
    })

    it('in dry run records a dry_run event and leaves the account alone', () => {
        instance.setProperty(PROPERTIES.dryRun, 'true')
        const { account, order } = firstOrderInProgress()
        saveLine(order.lines[0], 'completed')
        expect(om.events(account).map((event) => event.outcome)).toEqual(['dry_run', 'no_matching_rule', 'dry_run'])
        expect(om.accountState(account)).toEqual({ state: null, stage: null })
        expect(om.stagePeriods(account)).toEqual([])
    })

    it('ignores a save that does not change the state', () => {
        const { account, order } = firstOrderInProgress()
        const before = om.events(account).length
        instance.update(LINE_TABLE, order.lines[0], { [LINE_FIELDS.productOffering]: '' })
        expect(om.events(account)).toHaveLength(before)
    })
})

describe('failures never escape', () => {
    it('records an error row under a key of its own when reading the account fails, and the save goes through', () => {
        const { account, order } = firstOrderInProgress()
        instance.injectFault({ table: ACCOUNT_TABLE, operation: 'get', message: 'account table unavailable' })
        saveLine(order.lines[0], 'completed')

        expect(instance.get(LINE_TABLE, order.lines[0])?.state).toBe('completed')
        const errors = om.events(account).filter((event) => event.outcome === 'error')
        expect(errors).toEqual([
            expect.objectContaining({
                event_key: expect.stringMatching(new RegExp(`^${order.order}:place:completed:error:[0-9a-f]{32}$`)),
                explanation: expect.stringContaining('account table unavailable'),
            }),
        ])
        expect(instance.logs.some((log) => log.level === 'error' && log.message.includes(order.number))).toBe(true)
    })

    it('evaluates the change again on the next save after a failure, keeping the error row visible', () => {
        const { account, order } = firstOrderInProgress()
        instance.injectFault({ table: ACCOUNT_TABLE, operation: 'get', message: 'account table unavailable' })
        saveLine(order.lines[0], 'completed')
        saveOrder(order.order, 'completed')
        expect(om.events(account).filter((event) => event.milestone === 'completed' || event.outcome === 'error').map((event) => event.outcome)).toEqual(['error', 'applied'])
        expect(om.accountState(account).state).toBe('active')
    })

    it('turns the recorded row into an error and leaves the account untouched when the account write is refused', () => {
        const { account, order } = firstOrderInProgress()
        instance.injectFault({ table: ACCOUNT_TABLE, operation: 'update', message: 'refused', mode: 'refuse' })
        saveLine(order.lines[0], 'completed')
        const last = om.events(account).at(-1)
        expect(last).toMatchObject({ outcome: 'error', line_item: order.lines[0] })
        expect(last?.explanation).toMatch(/account could not be updated/)
        expect(om.accountState(account).state).toBe('pending')
    })

    it('puts the open stage period back when the account write fails on a stage change', () => {
        const account = om.account('Charlie Co')
        const first = om.submit(account, [{ action: 'add' }])
        om.complete(first)
        const periodsBefore = om.stagePeriods(account).map((period) => [period.stage, period.current, period.ended_at])
        const growth = om.submit(account, [{ action: 'add' }])
        om.advance(growth, 'in_progress')
        instance.injectFault({ table: ACCOUNT_TABLE, operation: 'update', message: 'write conflict' })
        saveLine(growth.lines[0], 'completed')
        expect(om.stagePeriods(account).map((period) => [period.stage, period.current, period.ended_at])).toEqual(periodsBefore)
        expect(om.accountState(account)).toEqual({ state: 'active', stage: 'onboarding' })
        expect(om.events(account).at(-1)).toMatchObject({ outcome: 'error' })
    })

    it('records a keyless error row when the parent order cannot be read', () => {
        const { account, order } = firstOrderInProgress()
        instance.injectFault({ table: ORDER_TABLE, operation: 'get', message: 'order read failed' })
        saveLine(order.lines[0], 'completed')
        expect(om.events(account).at(-1)).toMatchObject({
            event_key: expect.stringMatching(/^unkeyed:error:[0-9a-f]{32}$/),
            order: order.order,
            line_item: order.lines[0],
            outcome: 'error',
            explanation: expect.stringContaining('order read failed'),
        })
    })

    it('only logs when even the error row cannot be written', () => {
        const { order } = firstOrderInProgress()
        instance.injectFault({ table: ACCOUNT_TABLE, operation: 'get', message: 'account table unavailable' })
        instance.injectFault({ table: EVENT_TABLE, operation: 'insert', message: 'timeline table unavailable' })
        saveLine(order.lines[0], 'completed')
        expect(instance.get(LINE_TABLE, order.lines[0])?.state).toBe('completed')
        const errors = instance.logs.filter((log) => log.level === 'error').map((log) => log.message)
        expect(errors).toEqual([expect.stringContaining('account table unavailable'), expect.stringContaining('timeline table unavailable')])
    })
})

describe('an order save with two actions', () => {
    it('reads the rules once and records one event per action, judged on the whole order', () => {
        const account = om.account('Delta Group')
        const tv = om.service(account, 'TV', 'installation_pending')
        om.complete(om.submit(account, [{ action: 'add', soldProduct: tv }]), [tv], 'active')
        const order = om.submit(account, [{ action: 'add' }, { action: 'suspend', soldProduct: tv }])
        om.advance(order, 'in_progress')
        const operations = instance.recordOperations()
        saveOrder(order.order, 'completed')
        expect(operations.filter((op) => op.table === RULE_TABLE)).toEqual([{ table: RULE_TABLE, operation: 'query' }])
        const completed = om.events(account).filter((event) => event.order === order.order && event.milestone === 'completed')
        expect(completed.map((event) => [event.action, event.source, event.outcome])).toEqual([
            // One service added, one suspended: the number in service stays the same, so no expansion.
            ['place', 'order', 'no_change'],
            // The new service stays in service: suspending TV leaves the account Active.
            ['suspend', 'order', 'no_matching_rule'],
        ])
        expect(om.accountState(account)).toEqual({ state: 'active', stage: 'onboarding' })
    })
})

describe('logging', () => {
    it('stays quiet at warn and explains each outcome at info', () => {
        om.complete(om.submit(om.account('Echo Corp'), [{ action: 'add' }]))
        expect(instance.logs.filter((log) => log.message.includes('[x_oal_lifecycle]'))).toEqual([])
        instance.setProperty(PROPERTIES.logLevel, 'info')
        const second = om.submit(om.account('Foxtrot Ltd'), [{ action: 'add' }])
        expect(instance.logs).toEqual([expect.objectContaining({ level: 'info', message: expect.stringContaining(second.number) })])
    })
})
