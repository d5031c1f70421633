import { LINE_ACTION_TO_ACTION, STATE_TO_MILESTONE, CANCELLATION_STATES } from '../../src/server/order-management/om-model'
import { ACTIONS, MILESTONES } from '../../src/server/lifecycle/model'

describe('Order Management vocabulary', () => {
    it('maps every line action except no-change to one of the app actions', () => {
        for (const [value, action] of Object.entries(LINE_ACTION_TO_ACTION)) {
            if (value === 'no-change') expect(action).toBeNull()
            else expect(ACTIONS).toContain(action)
        }
    })
    it('maps disconnect (stored as delete) to the disconnect action', () => {
        expect(LINE_ACTION_TO_ACTION['delete']).toBe('disconnect')
    })
    it('reaches every milestone from some order state', () => {
        expect(new Set(Object.values(STATE_TO_MILESTONE))).toEqual(new Set(MILESTONES))
    })
    it('treats both spellings of canceled as the cancellation path', () => {
        expect(CANCELLATION_STATES).toEqual(expect.arrayContaining(['canceled', 'cancelled']))
        expect(STATE_TO_MILESTONE['cancelled']).toBe('canceled')
    })
})
