import { fakeGlide } from '../../support/fake-glide.ts'
import { validateRuleRecord } from '../../../src/server/glide/rule-record-validation.ts'
import { RULE_FIELDS, RULE_TABLE } from '../../../src/server/app-schema.ts'

function ruleRecord(values: Record<string, string | null>) {
    return fakeGlide.recordWith(RULE_TABLE, {
        [RULE_FIELDS.name]: 'Activate on first completed order',
        [RULE_FIELDS.active]: 'true',
        [RULE_FIELDS.order]: '100',
        [RULE_FIELDS.action]: 'place',
        [RULE_FIELDS.milestone]: 'completed',
        [RULE_FIELDS.targetState]: 'active',
        [RULE_FIELDS.scope]: 'any',
        [RULE_FIELDS.allowBackward]: 'false',
        [RULE_FIELDS.stopProcessing]: 'false',
        ...values,
    })
}

beforeEach(() => {
    fakeGlide.reset()
    fakeGlide.defineTable(RULE_TABLE, Object.values(RULE_FIELDS))
})

describe('validateRuleRecord (before insert/update on the rule table)', () => {
    it('lets a valid rule through without messages', () => {
        const rule = ruleRecord({})

        validateRuleRecord(rule)

        expect(fakeGlide.abortRequested(rule)).toBe(false)
        expect(fakeGlide.errorMessages).toEqual([])
    })

    it('aborts the save and names the field in the message', () => {
        const rule = ruleRecord({ [RULE_FIELDS.milestone]: 'finished' })

        validateRuleRecord(rule)

        expect(fakeGlide.abortRequested(rule)).toBe(true)
        expect(fakeGlide.errorMessages).toEqual([expect.stringMatching(/^Milestone: "finished" is not one of/)])
    })

    it('shows one message per problem', () => {
        const rule = ruleRecord({ [RULE_FIELDS.name]: null, [RULE_FIELDS.targetState]: null })

        validateRuleRecord(rule)

        expect(fakeGlide.abortRequested(rule)).toBe(true)
        expect(fakeGlide.errorMessages).toEqual([expect.stringMatching(/^Name: required/), expect.stringContaining('set at least one target')])
    })

    it('accepts booleans stored as 1/0', () => {
        const rule = ruleRecord({ [RULE_FIELDS.active]: '1', [RULE_FIELDS.allowBackward]: '0', [RULE_FIELDS.stopProcessing]: '1' })

        validateRuleRecord(rule)

        expect(fakeGlide.errorMessages).toEqual([])
        expect(fakeGlide.abortRequested(rule)).toBe(false)
    })
})
