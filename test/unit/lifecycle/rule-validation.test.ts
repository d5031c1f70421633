import { describeRule, validateRule } from '../../../src/server/lifecycle/rule-validation'
import { rule } from './fixtures'

/** A valid rule as raw column values; each test breaks one thing. */
function draft(overrides: Record<string, string> = {}): Record<string, string> {
    return {
        name: 'Last disconnect deactivates',
        active: 'true',
        order: '100',
        action: 'disconnect',
        milestone: 'completed',
        condition_field: '',
        condition_operator: '',
        condition_value: '',
        from_state: 'active',
        target_state: 'inactive',
        target_stage: '',
        scope: 'last_active_service',
        allow_backward: 'false',
        stop_processing: 'false',
        description: '',
        ...overrides,
    }
}

function messagesFor(overrides: Record<string, string>): string[] {
    return validateRule(draft(overrides)).map((p) => `${p.field} | ${p.message}`)
}

describe('validateRule', () => {
    it('accepts a valid rule', () => {
        expect(validateRule(draft())).toEqual([])
    })

    it('accepts a stage-only onboarding rule without allow backward (forward from a blank stage)', () => {
        expect(validateRule(draft({ action: 'place', scope: 'first_order', from_state: '', target_state: '', target_stage: 'onboarding' }))).toEqual([])
    })

    it('accepts a rule with missing optional columns', () => {
        expect(validateRule({ name: 'Minimal', action: 'place', milestone: 'completed', target_state: 'active' })).toEqual([])
    })

    it.each([
        [{ name: '' }, 'name | Name: required'],
        [{ name: '   ' }, 'name | Name: required'],
        [{ name: 'n'.repeat(101) }, 'name | Name: at most 100 characters (has 101)'],
        [{ action: '' }, 'action | Action: required'],
        [{ action: 'delete' }, 'action | Action: "delete" is not one of place, modify, suspend, resume, disconnect, cancel'],
        [{ milestone: '' }, 'milestone | Milestone: required'],
        [{ milestone: 'done' }, 'milestone | Milestone: "done" is not one of submitted, in_progress, completed, canceled, rejected'],
        [{ target_state: 'gone' }, 'target_state | Target state: "gone" is not one of prospect, pending, active, suspended, inactive, closed'],
        [{ target_stage: 'renewal' }, 'target_stage | Target stage: "renewal" is not one of onboarding, engagement, adoption, monitoring, expansion'],
        [{ from_state: 'dormant' }, 'from_state | From state: "dormant" is not one of prospect, pending, active, suspended, inactive, closed'],
        [{ scope: 'all' }, 'scope | Scope: "all" is not one of any, no_service_left, only_suspended_left, services_grow, first_order, last_active_service'],
        [{ active: 'yes' }, 'active | Active: must be true or false, not "yes"'],
        [{ allow_backward: '1' }, 'allow_backward | Allow backward: must be true or false, not "1"'],
        [{ stop_processing: 'no' }, 'stop_processing | Stop processing: must be true or false, not "no"'],
        [{ order: '-1' }, 'order | Order: must be a whole number from 0 to 100000'],
        [{ order: '1.5' }, 'order | Order: must be a whole number from 0 to 100000'],
        [{ order: '100001' }, 'order | Order: must be a whole number from 0 to 100000'],
        [{ order: 'first' }, 'order | Order: must be a whole number from 0 to 100000'],
        [{ target_state: '', target_stage: '' }, 'target_state | Target state or Target stage: set at least one target'],
        [{ from_state: 'inactive', target_state: 'inactive' }, 'target_state | Target state: equals From state and no Target stage is set, so the rule does nothing'],
    ])('%j → %s', (overrides, expected) => {
        expect(messagesFor(overrides)).toEqual([expected])
    })

    it('accepts order 0 and 100000', () => {
        expect(validateRule(draft({ order: '0' }))).toEqual([])
        expect(validateRule(draft({ order: '100000' }))).toEqual([])
    })

    it('accepts a from state equal to the target state when a stage target does something', () => {
        expect(validateRule(draft({ from_state: 'inactive', target_state: 'inactive', target_stage: 'expansion' }))).toEqual([])
    })

    describe('conditions', () => {
        it('accepts a complete condition', () => {
            expect(validateRule(draft({ condition_field: 'channel', condition_operator: 'in', condition_value: 'web, store' }))).toEqual([])
        })
        it('requires an operator and a value when the field is set', () => {
            expect(messagesFor({ condition_field: 'channel' })).toEqual([
                'condition_operator | Condition operator: required when Condition field is set',
                'condition_value | Condition value: required when Condition field is set',
            ])
        })
        it('requires the field when a value is set', () => {
            expect(messagesFor({ condition_value: 'web' })).toEqual(['condition_field | Condition field: required when Condition value is set'])
        })
        it('requires the field when only an operator is set', () => {
            expect(messagesFor({ condition_operator: 'is' })).toEqual(['condition_field | Condition field: required when Condition operator is set'])
        })
        it('rejects an unknown field or operator', () => {
            expect(messagesFor({ condition_field: 'region', condition_operator: 'is', condition_value: 'x' })).toEqual([
                'condition_field | Condition field: "region" is not one of product_offering, channel, order_category, action_reason, churn_type',
            ])
            expect(messagesFor({ condition_field: 'channel', condition_operator: 'like', condition_value: 'x' })).toEqual([
                'condition_operator | Condition operator: "like" is not one of is, is_not, in, not_in',
            ])
        })
        it('rejects a list of only commas', () => {
            expect(messagesFor({ condition_field: 'channel', condition_operator: 'not_in', condition_value: ' , ,' })).toEqual([
                'condition_value | Condition value: list at least one value, separated by commas',
            ])
        })
    })

    describe('scope × action', () => {
        it.each(['suspend', 'disconnect', 'cancel'])('allows last active service for %s', (action) => {
            expect(validateRule(draft({ action, scope: 'last_active_service' }))).toEqual([])
        })
        it.each(['place', 'modify', 'resume'])('rejects last active service for %s', (action) => {
            expect(messagesFor({ action, scope: 'last_active_service' })).toEqual([
                'scope | Scope: Last active service (legacy) only applies to the actions suspend, disconnect, cancel',
            ])
        })
        it.each(['place', 'cancel'])('allows first order for %s', (action) => {
            expect(validateRule(draft({ action, scope: 'first_order' }))).toEqual([])
        })
        it.each(['modify', 'suspend', 'resume', 'disconnect'])('rejects first order for %s', (action) => {
            expect(messagesFor({ action, scope: 'first_order' })).toEqual(['scope | Scope: First order only applies to the actions place, cancel'])
        })
    })

    it('reports several problems at once, each naming its field', () => {
        const problems = validateRule({ name: '', action: '', milestone: '' })
        expect(problems.map((p) => p.field)).toEqual(['name', 'action', 'milestone', 'target_state'])
        for (const p of problems) expect(p.message).toMatch(/^(Name|Action|Milestone|Target state or Target stage): /)
    })
})

describe('describeRule', () => {
    it('summarises trigger, condition, from state, scope and targets in labels', () => {
        const summary = describeRule(
            rule({
                order: 50,
                name: 'Web disconnect',
                action: 'disconnect',
                conditionField: 'channel',
                conditionOperator: 'is_not',
                conditionValue: 'store',
                fromState: 'active',
                scope: 'last_active_service',
                targetState: 'inactive',
                targetStage: 'onboarding',
                allowBackward: true,
                stopProcessing: true,
                active: false,
            }),
        )
        expect(summary).toBe(
            '#50 "Web disconnect": Disconnect × Completed, if Channel is not "store", from Active, last active service (legacy) → state Inactive, ' +
                'stage Onboarding (backward allowed); stops processing (inactive)',
        )
    })
    it('says when a rule sets nothing', () => {
        expect(describeRule(rule({ name: 'Empty' }))).toBe('#100 "Empty": Place × Completed → nothing')
    })
    it('marks a condition without operator', () => {
        expect(describeRule(rule({ name: 'C', conditionField: 'order_category', conditionValue: 'b2b', targetState: 'active' }))).toBe(
            '#100 "C": Place × Completed, if Order category ? "b2b" → state Active',
        )
    })
})
