/**
 * The business-rule filter conditions are string literals (the Fluent build cannot evaluate code), so
 * this test rebuilds them from om-model.ts: a state or action value changed there must be changed in the
 * filters too, or the rules would silently stop firing for it.
 */
import { LINE_STATE_CHANGE_FILTER, ORDER_STATE_CHANGE_FILTER } from '../../../src/fluent/business-rules/filter-conditions.ts'
import { LINE_ACTION_TO_ACTION, LINE_FIELDS, MILESTONE_STATES, ORDER_FIELDS } from '../../../src/server/order-management/om-model.ts'

describe('business rule filter conditions', () => {
    it('fire the order rule for a state change into any milestone state', () => {
        expect(ORDER_STATE_CHANGE_FILTER).toBe(`${ORDER_FIELDS.state}VALCHANGES^${ORDER_FIELDS.state}IN${MILESTONE_STATES.join(',')}`)
    })

    it('fire the line rule for a state change into any milestone state, except for context-only lines', () => {
        const contextOnly = Object.keys(LINE_ACTION_TO_ACTION).filter((stored) => LINE_ACTION_TO_ACTION[stored] === null)
        const expected = [
            `${LINE_FIELDS.state}VALCHANGES`,
            `${LINE_FIELDS.state}IN${MILESTONE_STATES.join(',')}`,
            ...contextOnly.map((stored) => `${LINE_FIELDS.action}!=${stored}`),
        ].join('^')
        expect(LINE_STATE_CHANGE_FILTER).toBe(expected)
    })
})
