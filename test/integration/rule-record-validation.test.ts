/**
 * The mapping-rule check (src/server/glide/rule-record-validation.ts) on the local instance: as the shipped
 * before insert/update business rule runs it when a rule is saved, and called directly on a record whose
 * booleans come back as 1/0 (a platform read path the local store, which keeps 'true'/'false', never produces).
 */
import { RULE_FIELDS, RULE_TABLE } from '../../src/server/app-schema'
import { createTestInstance, type TestInstance } from '../../tools/local-instance/src/testkit'

const MODULE = 'src/server/glide/rule-record-validation.ts'

let instance: TestInstance
beforeEach(() => (instance = createTestInstance()))
afterEach(() => instance.close())

const validRule = (values: Record<string, string | null> = {}): Record<string, string | null> => ({
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

const errors = () => instance.messages.filter((message) => message.type === 'error').map((message) => message.message)

describe('saving a mapping rule (before insert/update business rule)', () => {
    it('lets a valid rule through without messages', () => {
        expect(instance.insert(RULE_TABLE, validRule())).not.toBeNull()
        expect(errors()).toEqual([])
    })

    it('aborts the save and names the field in the message', () => {
        expect(instance.insert(RULE_TABLE, validRule({ [RULE_FIELDS.milestone]: 'finished' }))).toBeNull()
        expect(errors()).toEqual([expect.stringMatching(/^Milestone: "finished" is not one of/)])
        expect(instance.query(RULE_TABLE, `${RULE_FIELDS.milestone}=finished`)).toEqual([])
    })

    it('shows one message per problem, on update too', () => {
        const id = instance.insert(RULE_TABLE, validRule()) as string
        expect(instance.update(RULE_TABLE, id, { [RULE_FIELDS.name]: null, [RULE_FIELDS.targetState]: null })).toBeNull()
        // The local instance adds its "Invalid update" after the rule's messages (DIFFERENCES.md, Business rules).
        expect(errors().filter((message) => message !== 'Invalid update')).toEqual([expect.stringMatching(/^Name: required/), expect.stringContaining('set at least one target')])
        expect(instance.get(RULE_TABLE, id)?.[RULE_FIELDS.name]).toBe('Activate on first completed order')
    })
})

describe('validateRuleRecord called on a record', () => {
    const validate = () => (instance.requireModule(MODULE) as { validateRuleRecord(current: unknown): void }).validateRuleRecord

    /** A record as a platform read path may hand it over: booleans as 1/0. */
    function recordWith(values: Record<string, string | null>) {
        let aborted = false
        return {
            getValue: (field: string) => values[field] ?? null,
            setAbortAction: (abort: boolean) => void (aborted = abort),
            isActionAborted: () => aborted,
        }
    }

    it('accepts booleans stored as 1/0', () => {
        const record = recordWith(validRule({ [RULE_FIELDS.active]: '1', [RULE_FIELDS.allowBackward]: '0', [RULE_FIELDS.stopProcessing]: '1' }))
        instance.glide(() => validate()(record))
        expect(errors()).toEqual([])
        expect(record.isActionAborted()).toBe(false)
    })

    it('aborts a GlideRecord of the rule table that fails the check', () => {
        const aborted = instance.glide(({ GlideRecord }) => {
            const rule = new GlideRecord(RULE_TABLE)
            rule.initialize()
            for (const [field, value] of Object.entries(validRule({ [RULE_FIELDS.action]: 'teleport' }))) rule.setValue(field, value)
            validate()(rule)
            return rule.isActionAborted()
        })
        expect(aborted).toBe(true)
        expect(errors()).toEqual([expect.stringMatching(/^Order action: "teleport" is not one of|"teleport" is not one of/)])
    })
})
