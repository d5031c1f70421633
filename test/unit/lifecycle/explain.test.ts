import { clipExplanation, describeEvent, explainMismatch, MAX_EXPLANATION_LENGTH } from '../../../src/server/lifecycle/explain'
import { event, rule } from './fixtures'

describe('describeEvent', () => {
    it('names the order number and the event in labels', () => {
        expect(describeEvent(event({ orderNumber: 'ORD0001001', action: 'resume', milestone: 'in_progress' }))).toBe('Order ORD0001001: Resume In progress')
    })
    it('falls back to the order id when the number is unknown', () => {
        expect(describeEvent(event({ orderNumber: '', orderId: 'abc123' }))).toBe('Order abc123: Place Completed')
    })
})

describe('explainMismatch', () => {
    it('says a matching rule matched', () => {
        expect(explainMismatch({ rule: rule({ name: 'R' }), mismatch: null })).toBe('rule "R" matched')
    })
    it('says what the account had before a first-order rule\'s order', () => {
        const outlook = { before: { inService: 1, suspended: 0 }, after: { inService: 2, suspended: 0 }, completedOrders: 1 }
        const text = explainMismatch({ rule: rule({ name: 'F', scope: 'first_order' }), mismatch: { kind: 'scope', outlook, gained: 1 } })
        expect(text).toBe('rule "F" applies to a first order only but before this order the account had 1 completed order and 1 in service and 0 suspended')
    })
    it('says what stays after the order for the service scopes', () => {
        const outlook = { before: { inService: 2, suspended: 1 }, after: { inService: 1, suspended: 1 }, completedOrders: 0 }
        expect(explainMismatch({ rule: rule({ name: 'N', scope: 'no_service_left' }), mismatch: { kind: 'scope', outlook, gained: -1 } })).toBe(
            'rule "N" needs no service left after the order but 1 in service and 1 suspended remain',
        )
        expect(explainMismatch({ rule: rule({ name: 'S', scope: 'only_suspended_left' }), mismatch: { kind: 'scope', outlook, gained: -1 } })).toBe(
            'rule "S" needs only suspended services left after the order but 1 in service and 1 suspended remain',
        )
        expect(explainMismatch({ rule: rule({ name: 'L', scope: 'last_active_service' }), mismatch: { kind: 'scope', outlook, gained: -1 } })).toBe(
            'rule "L" needs the last active service but after the order 1 in service and 1 suspended remain',
        )
    })
    it('says how the order changed the number of services for services grow', () => {
        expect(explainMismatch({ rule: rule({ name: 'G', scope: 'services_grow' }), mismatch: { kind: 'scope', outlook: null, gained: 0 } })).toBe(
            'rule "G" needs the order to add services in service but it leaves their number as it was',
        )
        expect(explainMismatch({ rule: rule({ name: 'G', scope: 'services_grow' }), mismatch: { kind: 'scope', outlook: null, gained: -2 } })).toBe(
            'rule "G" needs the order to add services in service but it removes 2 services',
        )
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
