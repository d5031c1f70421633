import { churnTypeOf, churnTypeOfReason, DEFAULT_REASON_MAPPINGS, normalizeReason, validateReasonMapping } from '../../../src/server/lifecycle/reasons'
import type { ReasonMapping } from '../../../src/server/lifecycle/reasons'

const mapping = (overrides: Partial<ReasonMapping>): ReasonMapping => ({ id: 'm', reason: 'x', match: 'exact', churnType: 'voluntary', order: 100, active: true, ...overrides })

describe('reason → churn type', () => {
    it('normalizes case, underscores, dashes and spaces', () => {
        expect(normalizeReason('  Non_Payment--LATE  ')).toBe('non payment late')
    })

    it('maps by the first active mapping in order; an unknown reason is other; a blank one has none', () => {
        const mappings = [mapping({ id: 'a', reason: 'price', match: 'contains', churnType: 'voluntary', order: 200 }), mapping({ id: 'b', reason: 'price dispute', churnType: 'involuntary', order: 100 })]
        expect(churnTypeOfReason('Price dispute', mappings)).toBe('involuntary')
        expect(churnTypeOfReason('Price too high', mappings)).toBe('voluntary')
        expect(churnTypeOfReason('Moved abroad', mappings)).toBe('other')
        expect(churnTypeOfReason('   ', mappings)).toBe('')
        expect(churnTypeOfReason('Price too high', [mapping({ reason: 'price', match: 'contains', active: false })])).toBe('other')
    })

    it('gives an event with several reasons the strongest type (involuntary first)', () => {
        expect(churnTypeOf(['Competitor offer', 'Non-payment'], DEFAULT_REASON_MAPPINGS)).toBe('involuntary')
        expect(churnTypeOf(['Upgrade to 2G'], DEFAULT_REASON_MAPPINGS)).toBe('migration')
        expect(churnTypeOf([], DEFAULT_REASON_MAPPINGS)).toBe('')
    })
})

describe('validateReasonMapping', () => {
    it('accepts a complete mapping', () => {
        expect(validateReasonMapping({ reason: 'fraud', churn_type: 'involuntary', match: 'contains', order: '10' })).toEqual([])
    })

    it('names the field in every message', () => {
        expect(validateReasonMapping({ reason: ' ', churn_type: 'angry', match: 'regex', order: '1.5' })).toEqual([
            { field: 'reason', message: 'Reason: required' },
            { field: 'churn_type', message: 'Churn type: "angry" is not one of voluntary, involuntary, migration, other' },
            { field: 'match', message: 'Match: "regex" is not one of exact, contains' },
            { field: 'order', message: 'Order: must be a whole number' },
        ])
        expect(validateReasonMapping({ reason: 'x'.repeat(300), churn_type: '' })).toEqual([
            { field: 'reason', message: 'Reason: at most 255 characters (has 300)' },
            { field: 'churn_type', message: 'Churn type: required' },
        ])
    })
})

describe('shipped reason mappings', () => {
    it('the Fluent records are exactly DEFAULT_REASON_MAPPINGS', () => {
        const { readFileSync } = require('node:fs') as typeof import('node:fs')
        const text = readFileSync(`${__dirname}/../../../src/fluent/records/default-reason-mappings.now.ts`, 'utf8')
        const records = [...text.matchAll(/Now\.ID\['default-([^']+)'\][\s\S]*?reason: '([^']+)', match: '(\w+)', churn_type: '(\w+)', order: (\d+), active: true/g)].map((m) => ({
            id: m[1],
            reason: m[2],
            match: m[3],
            churnType: m[4],
            order: Number(m[5]),
            active: true,
        }))
        expect(records).toEqual(DEFAULT_REASON_MAPPINGS)
    })
})
