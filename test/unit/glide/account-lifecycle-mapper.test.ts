import { fakeGlide } from '../../support/fake-glide.ts'
import { handleLineChange, handleOrderChange } from '../../../src/server/glide/account-lifecycle-mapper.ts'
import { ACCOUNT_APP_FIELDS, EVENT_FIELDS, EVENT_TABLE, PROPERTIES, RULE_FIELDS, RULE_TABLE, STAGE_FIELDS, STAGE_TABLE } from '../../../src/server/app-schema.ts'
import { ACCOUNT_TABLE, LINE_FIELDS, LINE_TABLE, ORDER_FIELDS, ORDER_TABLE, SOLD_PRODUCT_FIELDS, SOLD_PRODUCT_TABLE } from '../../../src/server/order-management/om-model.ts'
import { ACCOUNT_ID, seedLine, seedOrder, seedRule, seedServices, setUpInstance, storedAccount, storedEvents, storedPeriods } from './glide-fixtures.ts'

const SAVED_AT = '2026-01-15 09:30:00'

/** A line saved from `fromState` to its stored state: the business rule's current and previous. */
function lineSave(lineId: string, fromState: string) {
    const current = fakeGlide.recordOf(LINE_TABLE, lineId)
    const stored = fakeGlide.rows(LINE_TABLE).find((row) => row.sys_id === lineId) ?? {}
    const previous = fakeGlide.recordWith(LINE_TABLE, { ...stored, [LINE_FIELDS.state]: fromState })
    return { current, previous }
}

function orderSave(orderId: string, fromState: string) {
    const current = fakeGlide.recordOf(ORDER_TABLE, orderId)
    const stored = fakeGlide.rows(ORDER_TABLE).find((row) => row.sys_id === orderId) ?? {}
    const previous = fakeGlide.recordWith(ORDER_TABLE, { ...stored, [ORDER_FIELDS.state]: fromState })
    return { current, previous }
}

function placeOrderWithCompletedLine(): { orderId: string; lineId: string } {
    const orderId = seedOrder('ORD0001', 'in_progress')
    const lineId = seedLine(orderId, 'add', 'completed', { sys_updated_on: SAVED_AT })
    return { orderId, lineId }
}

beforeEach(() => {
    setUpInstance()
    fakeGlide.setNow('2026-01-15 10:00:00')
})

describe('a line item completing', () => {
    beforeEach(() => {
        seedRule({ [RULE_FIELDS.action]: 'place', [RULE_FIELDS.milestone]: 'completed', [RULE_FIELDS.targetState]: 'active', [RULE_FIELDS.targetStage]: 'onboarding' })
    })

    it('activates the account, records an applied event and opens a stage period', () => {
        const { orderId, lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'in_progress')

        handleLineChange(current, previous)

        const account = storedAccount()
        expect(account[ACCOUNT_APP_FIELDS.state]).toBe('active')
        expect(account[ACCOUNT_APP_FIELDS.stage]).toBe('onboarding')
        expect(account[ACCOUNT_APP_FIELDS.stateSince]).toBe(SAVED_AT)
        expect(account[ACCOUNT_APP_FIELDS.stageSince]).toBe(SAVED_AT)

        const [event] = storedEvents()
        expect(storedEvents()).toHaveLength(1)
        expect(event).toMatchObject({
            [EVENT_FIELDS.eventKey]: `${orderId}:place:completed`,
            [EVENT_FIELDS.account]: ACCOUNT_ID,
            [EVENT_FIELDS.order]: orderId,
            [EVENT_FIELDS.lineItem]: lineId,
            [EVENT_FIELDS.source]: 'line_item',
            [EVENT_FIELDS.action]: 'place',
            [EVENT_FIELDS.milestone]: 'completed',
            [EVENT_FIELDS.outcome]: 'applied',
            [EVENT_FIELDS.stateFrom]: 'pending',
            [EVENT_FIELDS.stateTo]: 'active',
            [EVENT_FIELDS.stageFrom]: null,
            [EVENT_FIELDS.stageTo]: 'onboarding',
            [EVENT_FIELDS.occurredAt]: SAVED_AT,
            [EVENT_FIELDS.recordedAt]: '2026-01-15 10:00:00',
            [EVENT_FIELDS.actor]: 'fake-user-id',
        })
        expect(event[EVENT_FIELDS.stateRule]).toBeTruthy()
        expect(event[EVENT_FIELDS.explanation]).toBeTruthy()

        expect(storedPeriods()).toEqual([
            expect.objectContaining({
                [STAGE_FIELDS.account]: ACCOUNT_ID,
                [STAGE_FIELDS.stage]: 'onboarding',
                [STAGE_FIELDS.startedAt]: SAVED_AT,
                [STAGE_FIELDS.current]: 'true',
                [STAGE_FIELDS.openedBy]: event.sys_id,
            }),
        ])
    })

    it("writes the account without running the account's business rules", () => {
        const { lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'in_progress')

        handleLineChange(current, previous)

        const accountWrites = fakeGlide.operations.filter((op) => op.table === ACCOUNT_TABLE && op.operation === 'update')
        expect(accountWrites).toEqual([{ table: ACCOUNT_TABLE, operation: 'update', workflow: false }])
    })

    it('closes the open stage period with its duration when the stage moves on', () => {
        seedRule({ [RULE_FIELDS.action]: 'place', [RULE_FIELDS.milestone]: 'submitted', [RULE_FIELDS.targetStage]: 'engagement', [RULE_FIELDS.order]: '50' })
        // The account sits in onboarding since two days, one hour before the save.
        fakeGlide.seed(STAGE_TABLE, [
            { [STAGE_FIELDS.account]: ACCOUNT_ID, [STAGE_FIELDS.stage]: 'onboarding', [STAGE_FIELDS.startedAt]: '2026-01-13 08:30:00', [STAGE_FIELDS.current]: 'true' },
        ])
        const orderId = seedOrder('ORD0002', 'new')
        const lineId = seedLine(orderId, 'add', 'new', { sys_updated_on: SAVED_AT })
        const { current } = lineSave(lineId, 'draft')

        handleLineChange(current, null)

        const [closed, opened] = storedPeriods()
        expect(closed).toMatchObject({
            [STAGE_FIELDS.stage]: 'onboarding',
            [STAGE_FIELDS.endedAt]: SAVED_AT,
            [STAGE_FIELDS.duration]: '1970-01-03 01:00:00',
            [STAGE_FIELDS.current]: 'false',
        })
        expect(opened).toMatchObject({ [STAGE_FIELDS.stage]: 'engagement', [STAGE_FIELDS.current]: 'true' })
    })

    it('records the same save only once', () => {
        const { lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'in_progress')

        handleLineChange(current, previous)
        handleLineChange(current, previous)

        expect(storedEvents()).toHaveLength(1)
        expect(storedPeriods()).toHaveLength(1)
    })

    it('answers a repeated save of an already recorded change with one lookup and no other work', () => {
        const { lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'in_progress')
        handleLineChange(current, previous)
        fakeGlide.clearOperations()

        handleLineChange(current, previous)

        // Every line after the first, and the order save that follows, hit this path inside the order's save.
        expect(fakeGlide.operations).toEqual([{ table: EVENT_TABLE, operation: 'query' }])
    })

    it('records the order-level save of the same change only once (same event key)', () => {
        const { orderId, lineId } = placeOrderWithCompletedLine()
        const line = lineSave(lineId, 'in_progress')
        handleLineChange(line.current, line.previous)

        const orderRow = fakeGlide.rows(ORDER_TABLE).find((row) => row.sys_id === orderId) ?? {}
        const completedOrder = fakeGlide.recordWith(ORDER_TABLE, { ...orderRow, [ORDER_FIELDS.state]: 'completed' })
        handleOrderChange(completedOrder, fakeGlide.recordWith(ORDER_TABLE, orderRow))

        expect(storedEvents()).toHaveLength(1)
    })

    it('does nothing at all when the kill switch is off', () => {
        fakeGlide.setProperty(PROPERTIES.enabled, 'false')
        const { lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'in_progress')
        fakeGlide.clearOperations()

        handleLineChange(current, previous)

        expect(fakeGlide.operations).toEqual([])
        expect(storedEvents()).toEqual([])
        expect(storedAccount()[ACCOUNT_APP_FIELDS.state]).toBe('pending')
        expect(fakeGlide.logs).toEqual([])
    })

    it('in dry run records a dry_run event and leaves the account alone', () => {
        fakeGlide.setProperty(PROPERTIES.dryRun, 'true')
        const { lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'in_progress')

        handleLineChange(current, previous)

        expect(storedEvents()).toEqual([expect.objectContaining({ [EVENT_FIELDS.outcome]: 'dry_run', [EVENT_FIELDS.stateTo]: 'active' })])
        expect(storedAccount()[ACCOUNT_APP_FIELDS.state]).toBe('pending')
        expect(storedAccount()[ACCOUNT_APP_FIELDS.stage]).toBeNull()
        expect(storedPeriods()).toEqual([])
    })

    it('ignores a save that does not change the state', () => {
        const { lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'completed')

        handleLineChange(current, previous)

        expect(storedEvents()).toEqual([])
        expect(storedAccount()[ACCOUNT_APP_FIELDS.state]).toBe('pending')
    })
})

describe('failures never escape', () => {
    beforeEach(() => {
        seedRule({ [RULE_FIELDS.action]: 'place', [RULE_FIELDS.milestone]: 'completed', [RULE_FIELDS.targetState]: 'active' })
    })

    it('records an error event with the message when reading the account fails', () => {
        const { orderId, lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'in_progress')
        fakeGlide.failOn(ACCOUNT_TABLE, 'get', 'account table unavailable')

        expect(() => handleLineChange(current, previous)).not.toThrow()

        expect(storedEvents()).toEqual([
            expect.objectContaining({
                // Never the event's own key, which stays free for the next save that reports the change.
                [EVENT_FIELDS.eventKey]: expect.stringMatching(new RegExp(`^${orderId}:place:completed:error:[0-9a-f]{32}$`)),
                [EVENT_FIELDS.outcome]: 'error',
                [EVENT_FIELDS.explanation]: expect.stringContaining('account table unavailable'),
            }),
        ])
        expect(fakeGlide.logs).toEqual([expect.objectContaining({ level: 'error', message: expect.stringContaining('ORD0001') })])
        expect(fakeGlide.abortRequested(current)).toBe(false)
    })

    it('evaluates the change again on the next save after a failure, keeping the error row visible', () => {
        const { lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'in_progress')
        fakeGlide.failOn(ACCOUNT_TABLE, 'get', 'account table unavailable')
        handleLineChange(current, previous)
        fakeGlide.clearFailures()

        handleLineChange(current, previous)

        expect(storedEvents().map((row) => row[EVENT_FIELDS.outcome])).toEqual(['error', 'applied'])
    })

    it('turns the recorded event into an error and leaves the account untouched when applying fails', () => {
        const { lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'in_progress')
        fakeGlide.failOn(ACCOUNT_TABLE, 'update', 'write conflict')

        expect(() => handleLineChange(current, previous)).not.toThrow()

        expect(storedEvents()).toEqual([
            expect.objectContaining({ [EVENT_FIELDS.outcome]: 'error', [EVENT_FIELDS.explanation]: expect.stringContaining('write conflict') }),
        ])
        expect(storedAccount()[ACCOUNT_APP_FIELDS.state]).toBe('pending')
    })

    it('puts the open stage period back when the account write fails on a stage change', () => {
        fakeGlide.seed(STAGE_TABLE, [
            { [STAGE_FIELDS.account]: ACCOUNT_ID, [STAGE_FIELDS.stage]: 'engagement', [STAGE_FIELDS.startedAt]: '2026-01-01 00:00:00', [STAGE_FIELDS.current]: 'true' },
        ])
        seedRule({ [RULE_FIELDS.action]: 'place', [RULE_FIELDS.milestone]: 'completed', [RULE_FIELDS.targetStage]: 'expansion', [RULE_FIELDS.order]: '50' })
        const { lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'in_progress')
        fakeGlide.failOn(ACCOUNT_TABLE, 'update', 'write conflict')

        handleLineChange(current, previous)

        expect(storedPeriods().map((p) => [p[STAGE_FIELDS.stage], p[STAGE_FIELDS.current], p[STAGE_FIELDS.endedAt] ?? ''])).toEqual([['engagement', 'true', '']])
    })

    it('records a keyless error event when the parent order cannot be read', () => {
        const { orderId, lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'in_progress')
        fakeGlide.failOn(ORDER_TABLE, 'get', 'order read failed')

        expect(() => handleLineChange(current, previous)).not.toThrow()

        expect(storedEvents()).toEqual([
            expect.objectContaining({
                [EVENT_FIELDS.eventKey]: expect.stringMatching(/^unkeyed:error:[0-9a-f]{32}$/),
                [EVENT_FIELDS.order]: orderId,
                [EVENT_FIELDS.lineItem]: lineId,
                [EVENT_FIELDS.outcome]: 'error',
                [EVENT_FIELDS.explanation]: expect.stringContaining('order read failed'),
            }),
        ])
    })

    it('only logs when even the error event cannot be written', () => {
        const { lineId } = placeOrderWithCompletedLine()
        const { current, previous } = lineSave(lineId, 'in_progress')
        fakeGlide.failOn(ACCOUNT_TABLE, 'get', 'account table unavailable')
        fakeGlide.failOn(EVENT_TABLE, 'insert', 'timeline table unavailable')

        expect(() => handleLineChange(current, previous)).not.toThrow()

        const errors = fakeGlide.logs.filter((log) => log.level === 'error').map((log) => log.message)
        expect(errors).toEqual([expect.stringContaining('account table unavailable'), expect.stringContaining('timeline table unavailable')])
    })
})

describe('partial vs last disconnect', () => {
    let services: string[]

    beforeEach(() => {
        storedAccountSet(ACCOUNT_APP_FIELDS.state, 'active')
        seedRule({
            [RULE_FIELDS.action]: 'disconnect',
            [RULE_FIELDS.milestone]: 'completed',
            [RULE_FIELDS.scope]: 'last_active_service',
            [RULE_FIELDS.targetState]: 'inactive',
        })
        services = seedServices(2, 'active')
        // An unrelated account's service must not count.
        fakeGlide.seed(SOLD_PRODUCT_TABLE, [{ [SOLD_PRODUCT_FIELDS.account]: 'other-account', [SOLD_PRODUCT_FIELDS.state]: 'active' }])
    })

    function disconnect(number: string, serviceId: string): void {
        const orderId = seedOrder(number, 'in_progress')
        const lineId = seedLine(orderId, 'delete', 'completed', { [LINE_FIELDS.soldProduct]: serviceId })
        const { current, previous } = lineSave(lineId, 'in_progress')
        handleLineChange(current, previous)
    }

    it('keeps the account active when another service stays in service', () => {
        disconnect('ORD0010', services[0])

        expect(storedAccount()[ACCOUNT_APP_FIELDS.state]).toBe('active')
        expect(storedEvents()).toEqual([expect.objectContaining({ [EVENT_FIELDS.outcome]: 'no_matching_rule' })])
    })

    it('deactivates the account when the last service is disconnected', () => {
        // Order Management has already taken the first service out of service; the second is the one this
        // order disconnects (still stored as active until OM's own completion flow runs).
        markService(services[0], 'inactive')

        disconnect('ORD0011', services[1])

        expect(storedAccount()[ACCOUNT_APP_FIELDS.state]).toBe('inactive')
        expect(storedEvents()).toEqual([expect.objectContaining({ [EVENT_FIELDS.outcome]: 'applied', [EVENT_FIELDS.stateTo]: 'inactive' })])
    })

    it('counts a suspended service as still in service', () => {
        markService(services[0], 'suspended')

        disconnect('ORD0012', services[1])

        expect(storedAccount()[ACCOUNT_APP_FIELDS.state]).toBe('active')
    })
})

describe('an order save with two actions', () => {
    it('reads the rules once and records one event per action', () => {
        seedRule({ [RULE_FIELDS.action]: 'place', [RULE_FIELDS.milestone]: 'completed', [RULE_FIELDS.targetState]: 'active' })
        seedRule({ [RULE_FIELDS.action]: 'modify', [RULE_FIELDS.milestone]: 'completed', [RULE_FIELDS.targetStage]: 'adoption' })
        const orderId = seedOrder('ORD0020', 'completed', { sys_updated_on: SAVED_AT })
        seedLine(orderId, 'add', 'completed')
        seedLine(orderId, 'change', 'completed')
        seedLine(orderId, 'no-change', 'completed')
        const { current, previous } = orderSave(orderId, 'in_progress')

        handleOrderChange(current, previous)

        const ruleQueries = fakeGlide.operations.filter((op) => op.table === RULE_TABLE)
        expect(ruleQueries).toEqual([{ table: RULE_TABLE, operation: 'query' }])
        expect(storedEvents().map((event) => [event[EVENT_FIELDS.action], event[EVENT_FIELDS.source], event[EVENT_FIELDS.outcome]])).toEqual([
            ['place', 'order', 'applied'],
            ['modify', 'order', 'applied'],
        ])
        expect(storedAccount()).toMatchObject({ [ACCOUNT_APP_FIELDS.state]: 'active', [ACCOUNT_APP_FIELDS.stage]: 'adoption' })
    })

    it('ignores inactive rules', () => {
        seedRule({ [RULE_FIELDS.action]: 'place', [RULE_FIELDS.milestone]: 'completed', [RULE_FIELDS.targetState]: 'active', [RULE_FIELDS.active]: '0' })
        const orderId = seedOrder('ORD0021', 'completed')
        seedLine(orderId, 'add', 'completed')
        const { current, previous } = orderSave(orderId, 'in_progress')

        handleOrderChange(current, previous)

        expect(storedEvents()).toEqual([expect.objectContaining({ [EVENT_FIELDS.outcome]: 'no_matching_rule' })])
        expect(storedAccount()[ACCOUNT_APP_FIELDS.state]).toBe('pending')
    })
})

describe('logging', () => {
    it('stays quiet at warn and explains each outcome at info', () => {
        const orderId = seedOrder('ORD0030', 'completed')
        seedLine(orderId, 'add', 'completed')

        handleOrderChange(orderSave(orderId, 'in_progress').current, orderSave(orderId, 'in_progress').previous)
        expect(fakeGlide.logs).toEqual([])

        fakeGlide.setProperty(PROPERTIES.logLevel, 'info')
        const secondOrder = seedOrder('ORD0031', 'completed')
        seedLine(secondOrder, 'add', 'completed')
        handleOrderChange(orderSave(secondOrder, 'in_progress').current, orderSave(secondOrder, 'in_progress').previous)
        expect(fakeGlide.logs).toEqual([expect.objectContaining({ level: 'info', message: expect.stringContaining('ORD0031') })])
    })
})

function markService(serviceId: string, state: string): void {
    const service = fakeGlide.recordOf(SOLD_PRODUCT_TABLE, serviceId)
    service.setValue(SOLD_PRODUCT_FIELDS.state, state)
    service.update()
}

function storedAccountSet(field: string, value: string): void {
    const account = fakeGlide.recordOf(ACCOUNT_TABLE, ACCOUNT_ID)
    account.setValue(field, value)
    account.update()
}
