import { classifyLineChange, classifyOrderChange, impliedSubmissions, isCancellationState, lineEventKeys, linesAsOf, milestoneReached } from '../../../src/server/lifecycle/classify'
import { effectsByService } from '../../../src/server/lifecycle/net-effect'
import { eventKey } from '../../../src/server/lifecycle/event-key'
import type { Action, Milestone } from '../../../src/server/lifecycle/model'
import { line, order } from './fixtures'

const AT = '2024-05-01 10:00:00'

// The specification, written out independently of om-model.ts so a wrong map entry fails here.
const LINE_ACTIONS: [string, Action][] = [
    ['add', 'place'],
    ['change', 'modify'],
    ['suspend', 'suspend'],
    ['resume', 'resume'],
    ['delete', 'disconnect'],
]
const FORWARD_STATES: [string, Milestone][] = [
    ['new', 'submitted'],
    ['submitted', 'submitted'],
    ['acknowledged', 'submitted'],
    ['in_progress', 'in_progress'],
    ['completed', 'completed'],
    ['rejected', 'rejected'],
]
const CANCELLATION_STATES: [string, Milestone][] = [
    ['assessing_cancellation', 'submitted'],
    ['cancellation_in_progress', 'in_progress'],
    ['canceled', 'canceled'],
    ['cancelled', 'canceled'],
]
const NON_MILESTONE_STATES = ['draft', 'enrichment_in_progress', 'on_hold', 'awaiting_information', 'revision_in_progress', 'scheduled', '', 'constructor']

const forwardCases = LINE_ACTIONS.flatMap(([stored, action]) => FORWARD_STATES.map(([state, milestone]) => ({ stored, action, state, milestone })))
const cancellationCases = LINE_ACTIONS.flatMap(([stored]) => CANCELLATION_STATES.map(([state, milestone]) => ({ stored, state, milestone })))

describe('classifyLineChange', () => {
    it.each(forwardCases)('line $stored entering $state → $action × $milestone', ({ stored, action, state, milestone }) => {
        const previous = line({ action: stored, state: 'draft' })
        const current = line({ action: stored, state })
        // A rejected line is an event only when its order is rejected too (see the withdrawn-line tests).
        const result = classifyLineChange(previous, current, order({ state }), AT)
        expect(result).toEqual({
            key: `order-1:${action}:${milestone}`,
            source: 'line_item',
            accountId: 'acct-1',
            orderId: 'order-1',
            orderNumber: 'ORD0001001',
            lineItemId: 'line-1',
            action,
            milestone,
            occurredAt: AT,
            attributes: { product_offering: 'fiber-1g', channel: 'web', order_category: 'b2b' },
            effects: state === 'rejected' ? [] : [{ serviceId: 'sp-1', action }],
        })
    })

    it.each(cancellationCases)('line $stored entering $state is a cancel × $milestone', ({ stored, state, milestone }) => {
        const result = classifyLineChange(line({ action: stored, state: 'in_progress' }), line({ action: stored, state }), order({ state }), AT)
        expect(result?.action).toBe('cancel')
        expect(result?.milestone).toBe(milestone)
        expect(result?.key).toBe(`order-1:cancel:${milestone}`)
    })

    it('treats an insert (no previous record) in a milestone state as an event', () => {
        expect(classifyLineChange(null, line({ state: 'new' }), order(), AT)?.milestone).toBe('submitted')
    })

    it('ignores an insert in a non-milestone state', () => {
        expect(classifyLineChange(null, line({ state: 'draft' }), order(), AT)).toBeNull()
    })

    it('ignores a save that leaves the state unchanged', () => {
        expect(classifyLineChange(line({ state: 'completed', productOffering: 'old' }), line({ state: 'completed' }), order(), AT)).toBeNull()
    })

    it.each(NON_MILESTONE_STATES)('ignores a change into the non-milestone state "%s"', (state) => {
        expect(classifyLineChange(line({ state: 'new' }), line({ state }), order(), AT)).toBeNull()
    })

    it.each(['no-change', 'move', '', 'toString'])('ignores a line whose action is "%s"', (action) => {
        expect(classifyLineChange(line({ state: 'new', action }), line({ state: 'completed', action }), order(), AT)).toBeNull()
    })

    it('ignores a no-change line even on the cancellation path', () => {
        expect(classifyLineChange(null, line({ state: 'canceled', action: 'no-change' }), order(), AT)).toBeNull()
    })

    it("falls back to the order's account when the line has none", () => {
        const result = classifyLineChange(null, line({ accountId: '' }), order({ accountId: 'acct-from-order' }), AT)
        expect(result?.accountId).toBe('acct-from-order')
    })

    it("prefers the line's own account", () => {
        expect(classifyLineChange(null, line({ accountId: 'acct-line' }), order({ accountId: 'acct-order' }), AT)?.accountId).toBe('acct-line')
    })

    it('counts a new service without a sold product yet by its add line', () => {
        expect(classifyLineChange(null, line({ sysId: 'line-7', soldProductId: '' }), order(), AT)?.effects).toEqual([{ serviceId: 'line-7', action: 'place' }])
    })

    it('carries what the whole order does to services, like the order event with the same key', () => {
        const current = line({ sysId: 'line-1', action: 'suspend', soldProductId: 'sp-1', state: 'completed' })
        const lines = [
            current,
            line({ sysId: 'line-2', action: 'suspend', soldProductId: 'sp-2' }),
            line({ sysId: 'line-3', action: 'resume', soldProductId: 'sp-3' }),
            line({ sysId: 'line-4', action: 'no-change', soldProductId: 'sp-4' }),
        ]
        const fromLine = classifyLineChange(line({ ...current, state: 'in_progress' }), current, order(), AT, lines)
        const fromOrder = classifyOrderChange(order({ state: 'in_progress' }), order({ state: 'completed' }), lines, AT).find((e) => e.action === 'suspend')
        expect(fromLine?.effects).toEqual([
            { serviceId: 'sp-1', action: 'suspend' },
            { serviceId: 'sp-2', action: 'suspend' },
            { serviceId: 'sp-3', action: 'resume' },
        ])
        expect(fromLine?.key).toBe(fromOrder?.key)
        expect(fromLine?.effects).toEqual(fromOrder?.effects)
    })

    it('on the cancellation path acts on no service: a withdrawn order changes nothing', () => {
        const current = line({ sysId: 'line-1', action: 'add', soldProductId: 'sp-1', state: 'canceled' })
        const lines = [current, line({ sysId: 'line-2', action: 'delete', soldProductId: 'sp-2' }), line({ sysId: 'line-3', action: 'no-change', soldProductId: 'sp-3' })]
        const result = classifyLineChange(null, current, order({ state: 'canceled' }), AT, lines)
        expect(result).toMatchObject({ action: 'cancel', effects: [] })
    })

    it.each(['canceled', 'cancelled', 'assessing_cancellation', 'rejected'])(
        'is no event when one line enters %s while its order goes on (the order reports a withdrawn order)',
        (state) => {
            expect(classifyLineChange(line({ state: 'in_progress' }), line({ state }), order({ state: 'in_progress' }), AT)).toBeNull()
        },
    )

    it('leaves lines canceled on their own out of the services an event acts on', () => {
        const current = line({ sysId: 'line-1', action: 'delete', soldProductId: 'sp-1', state: 'completed' })
        const kept = line({ sysId: 'line-2', action: 'delete', soldProductId: 'sp-2', state: 'canceled' })
        const fromLine = classifyLineChange(line({ ...current, state: 'in_progress' }), current, order({ state: 'in_progress' }), AT, [current, kept])
        expect(fromLine?.effects).toEqual([{ serviceId: 'sp-1', action: 'disconnect' }])
        const fromOrder = classifyOrderChange(order({ state: 'in_progress' }), order({ state: 'completed' }), [current, kept], AT)
        expect(fromOrder.map((e) => [e.action, e.effects])).toEqual([['disconnect', [{ serviceId: 'sp-1', action: 'disconnect' }]]])
    })

    it('produces no event for an action whose lines were all canceled on their own', () => {
        const lines = [line({ sysId: 'l1', action: 'add', state: 'completed' }), line({ sysId: 'l2', action: 'suspend', soldProductId: 'sp-2', state: 'rejected' })]
        const events = classifyOrderChange(order({ state: 'in_progress' }), order({ state: 'completed' }), lines, AT)
        expect(events.map((e) => e.action)).toEqual(['place'])
    })

    it('takes channel and order category from the order', () => {
        const result = classifyLineChange(null, line({ productOffering: 'mobile-5g' }), order({ channel: 'store', orderCategory: 'b2c' }), AT)
        expect(result?.attributes).toEqual({ product_offering: 'mobile-5g', channel: 'store', order_category: 'b2c' })
    })

    it("uses the line's order id when the order snapshot has no sys_id", () => {
        expect(classifyLineChange(null, line({ orderId: 'order-9' }), order({ sysId: '' }), AT)?.key).toBe('order-9:place:completed')
    })
})

describe('classifyOrderChange', () => {
    it.each(forwardCases)('order with $stored lines entering $state → one $action × $milestone event', ({ stored, action, state, milestone }) => {
        const lines = [line({ action: stored, sysId: 'l1', soldProductId: 'sp-1' }), line({ action: stored, sysId: 'l2', soldProductId: 'sp-2' })]
        const result = classifyOrderChange(order({ state: 'draft' }), order({ state }), lines, AT)
        expect(result).toEqual([
            {
                key: `order-1:${action}:${milestone}`,
                source: 'order',
                accountId: 'acct-1',
                orderId: 'order-1',
                orderNumber: 'ORD0001001',
                lineItemId: '',
                action,
                milestone,
                occurredAt: AT,
                attributes: { product_offering: 'fiber-1g', channel: 'web', order_category: 'b2b' },
                effects:
                    state === 'rejected'
                        ? []
                        : [
                              { serviceId: 'sp-1', action },
                              { serviceId: 'sp-2', action },
                          ],
            },
        ])
    })

    it.each(CANCELLATION_STATES)('an order entering %s yields a single cancel × %s event for all actionable lines', (state, milestone) => {
        const lines = [
            line({ action: 'add', sysId: 'l1', soldProductId: '' }),
            line({ action: 'delete', sysId: 'l2', soldProductId: 'sp-2' }),
            line({ action: 'no-change', sysId: 'l3', soldProductId: 'sp-3' }),
        ]
        const result = classifyOrderChange(order({ state: 'in_progress' }), order({ state }), lines, AT)
        expect(result).toHaveLength(1)
        expect(result[0]).toMatchObject({ action: 'cancel', milestone, key: `order-1:cancel:${milestone}`, effects: [] })
    })

    it('yields one event per distinct action in a mixed order, in line order', () => {
        const lines = [
            line({ sysId: 'l1', action: 'suspend', soldProductId: 'sp-1', productOffering: 'fiber-1g' }),
            line({ sysId: 'l2', action: 'add', soldProductId: '', productOffering: 'fiber-10g' }),
            line({ sysId: 'l3', action: 'suspend', soldProductId: 'sp-3', productOffering: 'tv' }),
            line({ sysId: 'l4', action: 'no-change', soldProductId: 'sp-4', productOffering: 'tv' }),
        ]
        const result = classifyOrderChange(order({ state: 'in_progress' }), order({ state: 'completed' }), lines, AT)
        expect(result.map((e) => e.action)).toEqual(['suspend', 'place'])
        expect(result[0].attributes.product_offering).toBe('')
        expect(result[1].attributes.product_offering).toBe('fiber-10g')
        // Both events judge the account on the whole order: two suspensions and one new service.
        for (const event of result) expect(event.effects.map((effect) => `${effect.action}:${effect.serviceId}`)).toEqual(['suspend:sp-1', 'place:l2', 'suspend:sp-3'])
    })

    it('makes an order that adds and disconnects (a migration) one modification, whichever line is saved first', () => {
        const add = line({ sysId: 'l-add', action: 'add', soldProductId: 'sp-new', productOffering: 'fiber-2g', state: 'completed' })
        const remove = line({ sysId: 'l-del', action: 'delete', soldProductId: 'sp-old', productOffering: 'fiber-1g', state: 'completed' })
        const suspend = line({ sysId: 'l-sus', action: 'suspend', soldProductId: 'sp-tv', state: 'completed' })
        const lines = [add, remove, suspend]
        const fromOrder = classifyOrderChange(order({ state: 'in_progress' }), order({ state: 'completed' }), lines, AT)
        expect(fromOrder.map((e) => e.key)).toEqual(['order-1:modify:completed', 'order-1:suspend:completed'])
        const deleteFirst = classifyLineChange({ ...remove, state: 'in_progress' }, remove, order({ state: 'in_progress' }), AT, [{ ...add, state: 'in_progress' }, remove, suspend])
        const addFirst = classifyLineChange({ ...add, state: 'in_progress' }, add, order({ state: 'in_progress' }), AT, [add, { ...remove, state: 'in_progress' }, suspend])
        expect(deleteFirst?.key).toBe('order-1:modify:completed')
        expect(addFirst?.key).toBe('order-1:modify:completed')
        expect(deleteFirst?.effects).toEqual(fromOrder[0].effects)
    })

    it('lists the keys a line save could be recorded under, from the line alone', () => {
        expect(lineEventKeys(null, line({ action: 'delete', state: 'completed' }))).toEqual(['order-1:disconnect:completed', 'order-1:modify:completed'])
        expect(lineEventKeys(null, line({ action: 'suspend', state: 'completed' }))).toEqual(['order-1:suspend:completed'])
        expect(lineEventKeys(null, line({ action: 'add', state: 'cancelled' }))).toEqual(['order-1:cancel:canceled'])
        expect(lineEventKeys(line({ state: 'completed' }), line({ state: 'completed' }))).toEqual([])
        expect(lineEventKeys(null, line({ action: 'no-change' }))).toEqual([])
    })

    it('implies the submission of an order whose later milestone comes first', () => {
        const lines = [line({ sysId: 'l1', action: 'add', soldProductId: '' })]
        const implied = impliedSubmissions(order({ state: 'draft' }), lines, AT, 'line_item')
        expect(implied.map((e) => [e.key, e.source, e.occurredAt])).toEqual([['order-1:place:submitted', 'line_item', AT]])
    })

    it('replays a withdrawn order\'s earlier states with its lines in effect, a line withdrawn alone stays withdrawn', () => {
        const lines = [line({ sysId: 'l1', state: 'canceled' }), line({ sysId: 'l2', state: 'completed' })]
        expect(linesAsOf(lines, 'canceled', 'new').map((l) => l.state)).toEqual(['new', 'completed'])
        expect(linesAsOf(lines, 'canceled', 'canceled').map((l) => l.state)).toEqual(['canceled', 'completed'])
        expect(linesAsOf(lines, 'completed', 'new').map((l) => l.state)).toEqual(['canceled', 'completed'])
        // So the submission a canceled order implies still places its lines.
        expect(impliedSubmissions(order({ state: 'canceled' }), [line({ state: 'canceled' })], AT, 'order').map((e) => e.key)).toEqual(['order-1:place:submitted'])
    })

    it('acts once on a sold product even if two lines act on it (the stronger action wins)', () => {
        const lines = [line({ sysId: 'l1', action: 'change', soldProductId: 'sp-1' }), line({ sysId: 'l2', action: 'suspend', soldProductId: 'sp-1' })]
        expect(effectsByService(classifyOrderChange(null, order({ state: 'completed' }), lines, AT)[0].effects)).toEqual([{ serviceId: 'sp-1', action: 'suspend' }])
    })

    it('produces no events for an order with only no-change or unknown lines, even when canceled', () => {
        const lines = [line({ action: 'no-change' }), line({ action: 'move' })]
        expect(classifyOrderChange(null, order({ state: 'completed' }), lines, AT)).toEqual([])
        expect(classifyOrderChange(null, order({ state: 'canceled' }), lines, AT)).toEqual([])
        expect(classifyOrderChange(null, order({ state: 'completed' }), [], AT)).toEqual([])
    })

    it('produces no events when the order state did not change', () => {
        expect(classifyOrderChange(order({ state: 'completed', channel: 'x' }), order({ state: 'completed' }), [line()], AT)).toEqual([])
    })

    it.each(NON_MILESTONE_STATES)('produces no events for the non-milestone state "%s"', (state) => {
        expect(classifyOrderChange(order({ state: 'new' }), order({ state }), [line()], AT)).toEqual([])
    })

    it('treats an insert (no previous record) in a milestone state as an event', () => {
        expect(classifyOrderChange(null, order({ state: 'new' }), [line()], AT).map((e) => e.key)).toEqual(['order-1:place:submitted'])
    })

    it('gives the same key as the line rule for the same real-world change', () => {
        const theLine = line({ action: 'delete', state: 'completed' })
        const fromLine = classifyLineChange(line({ action: 'delete', state: 'in_progress' }), theLine, order(), AT)
        const fromOrder = classifyOrderChange(order({ state: 'in_progress' }), order({ state: 'completed' }), [theLine], AT)
        expect(fromLine?.key).toBe(fromOrder[0].key)
        expect(fromLine?.key).toBe(eventKey('order-1', 'disconnect', 'completed'))
    })
})

describe('state helpers', () => {
    it('reads both cancel spellings as the cancellation path', () => {
        expect(isCancellationState('canceled')).toBe(true)
        expect(isCancellationState('cancelled')).toBe(true)
        expect(isCancellationState('completed')).toBe(false)
    })
    it('reports a milestone only for a change', () => {
        expect(milestoneReached('new', 'new')).toBeNull()
        expect(milestoneReached(null, 'new')).toBe('submitted')
        expect(milestoneReached('new', 'completed')).toBe('completed')
    })
})
