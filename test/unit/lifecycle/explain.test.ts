import { clipExplanation, describeEvent, explainMismatch, MAX_EXPLANATION_LENGTH } from '../../../src/server/lifecycle/explain'
import { event, facts, rule } from './fixtures'

describe('describeEvent', () => {
    it('names the order number and the event in labels', () => {
        expect(describeEvent(event({ orderNumber: 'ORD0001001', action: 'resume', milestone: 'in_progress' }))).toBe('Order ORD0001001: Resume In Progress')
    })
    it('falls back to the order id when the number is unknown', () => {
        expect(describeEvent(event({ orderNumber: '', orderId: 'abc123' }))).toBe('Order abc123: Place Completed')
    })
})

describe('explainMismatch', () => {
    it('says a matching rule matched', () => {
        expect(explainMismatch({ rule: rule({ name: 'R' }), mismatch: null })).toBe('rule "R" matched')
    })
    it('counts one remaining service in the singular for a first-order rule', () => {
        const text = explainMismatch({ rule: rule({ name: 'F', scope: 'first_order' }), mismatch: { kind: 'scope', action: 'place', facts: facts({ activeServices: 1 }) } })
        expect(text).toBe('rule "F" applies to a first order only but the account has 0 completed orders, 1 active and 0 suspended service')
    })
})

describe('clipExplanation', () => {
    it('leaves a short text alone and clips a long one to the column size', () => {
        expect(clipExplanation('short')).toBe('short')
        const clipped = clipExplanation('y'.repeat(MAX_EXPLANATION_LENGTH + 10))
        expect(clipped).toHaveLength(MAX_EXPLANATION_LENGTH)
        expect(clipped.endsWith('…')).toBe(true)
    })
})
