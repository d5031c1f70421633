import { decide, errorDecision } from '../../../src/server/lifecycle/engine'
import type { DecideInput } from '../../../src/server/lifecycle/engine'
import { MAX_EXPLANATION_LENGTH } from '../../../src/server/lifecycle/explain'
import { account, event, facts, rule } from './fixtures'

function input(overrides: Partial<DecideInput>): DecideInput {
    return { event: event(), rules: [], account: account(), facts: facts(), dryRun: false, ...overrides }
}

const disconnectCompleted = event({ action: 'disconnect', milestone: 'completed', orderNumber: 'ORD0001001' })
const lastDisconnect = rule({
    id: 'r-last',
    name: 'Last disconnect deactivates',
    action: 'disconnect',
    scope: 'last_active_service',
    targetState: 'inactive',
})
const disconnectStage = rule({ id: 'r-stage', name: 'Disconnect to expansion', order: 200, action: 'disconnect', targetStage: 'expansion' })

describe('decide: applied', () => {
    it('changes the state when the last service is disconnected, naming event, rule and from → to', () => {
        const decision = decide(input({ event: disconnectCompleted, rules: [lastDisconnect], account: account({ state: 'active', stage: 'monitoring' }) }))
        expect(decision).toMatchObject({
            outcome: 'applied',
            stateFrom: 'active',
            stateTo: 'inactive',
            stageFrom: 'monitoring',
            stageTo: 'monitoring',
            stateRuleId: 'r-last',
            stageRuleId: '',
        })
        expect(decision.explanation).toContain('Order ORD0001001: Disconnect Completed')
        expect(decision.explanation).toContain('"Last disconnect deactivates"')
        expect(decision.explanation).toContain('Active → Inactive')
        expect(decision.explanation).toContain('Stage stays Monitoring')
    })

    it('changes both axes from different rules', () => {
        const decision = decide(input({ event: disconnectCompleted, rules: [lastDisconnect, disconnectStage], account: account({ state: 'active', stage: 'monitoring' }) }))
        expect(decision).toMatchObject({ outcome: 'applied', stateTo: 'inactive', stageTo: 'expansion', stateRuleId: 'r-last', stageRuleId: 'r-stage' })
        expect(decision.explanation).toContain('Monitoring → Expansion')
        expect(decision.explanation).toContain('"Disconnect to expansion"')
    })

    it('applies the other axis when one is blocked, and says which was blocked', () => {
        const toProspect = rule({ id: 'r-bad', name: 'Back to prospect', action: 'disconnect', targetState: 'prospect' })
        const decision = decide(input({ event: disconnectCompleted, rules: [toProspect, disconnectStage], account: account({ state: 'active', stage: 'monitoring' }) }))
        expect(decision).toMatchObject({ outcome: 'applied', stateTo: 'active', stageTo: 'expansion', stateRuleId: 'r-bad' })
        expect(decision.explanation).toContain('transition Active → Prospect not allowed')
        expect(decision.explanation).toContain('"Back to prospect"')
    })

    it('sets both axes on a never-set account (blank state counts as prospect, any first stage)', () => {
        const firstOrder = rule({ id: 'r-first', name: 'First order', action: 'place', scope: 'first_order', targetState: 'active', targetStage: 'onboarding' })
        const decision = decide(input({ rules: [firstOrder], account: account({ state: '', stage: '' }) }))
        expect(decision).toMatchObject({ outcome: 'applied', stateFrom: '', stateTo: 'active', stageFrom: '', stageTo: 'onboarding' })
        expect(decision.explanation).toContain('Not set → Active')
        expect(decision.explanation).toContain('Not set → Onboarding')
    })
})

describe('decide: partial vs last', () => {
    it('keeps the account active when one of two services is disconnected', () => {
        const decision = decide(input({ event: disconnectCompleted, rules: [lastDisconnect], facts: facts({ activeServices: 1 }) }))
        expect(decision).toMatchObject({ outcome: 'no_matching_rule', stateFrom: 'active', stateTo: 'active' })
        expect(decision.explanation).toContain('rule "Last disconnect deactivates" needs the last active service but after the order 1 in service and 0 suspended remain')
    })

    it('keeps the account active when a suspend leaves 2 services active', () => {
        const lastSuspend = rule({ name: 'Last suspend', action: 'suspend', scope: 'last_active_service', targetState: 'suspended' })
        const decision = decide(input({ event: event({ action: 'suspend' }), rules: [lastSuspend], facts: facts({ activeServices: 2 }) }))
        expect(decision.outcome).toBe('no_matching_rule')
        expect(decision.explanation).toContain('rule "Last suspend" needs the last active service but after the order 2 in service and 1 suspended remain')
    })

    it('marks a decision whose rules weighed other services, and only such a decision', () => {
        const lastSuspend = rule({ name: 'Last suspend', action: 'suspend', scope: 'only_suspended_left', targetState: 'suspended' })
        expect(decide(input({ event: event({ action: 'suspend' }), rules: [lastSuspend], facts: facts({ activeServices: 2 }) })).dependsOnServices).toBe(true)
        const plain = rule({ name: 'Any suspend', action: 'suspend', targetStage: 'monitoring' })
        expect(decide(input({ event: event({ action: 'suspend' }), rules: [plain], facts: facts() })).dependsOnServices).toBe(false)
    })

    it('suspends the account when the last active service is suspended', () => {
        const lastSuspend = rule({ name: 'Last suspend', action: 'suspend', scope: 'last_active_service', targetState: 'suspended' })
        expect(decide(input({ event: event({ action: 'suspend' }), rules: [lastSuspend], facts: facts() })).stateTo).toBe('suspended')
    })
})

describe('decide: no_matching_rule', () => {
    it('says there is no rule for the event type', () => {
        const decision = decide(input({ event: event({ action: 'suspend', milestone: 'completed' }), rules: [lastDisconnect], account: account({ state: 'active', stage: 'adoption' }) }))
        expect(decision).toEqual({
            outcome: 'no_matching_rule',
            stateFrom: 'active',
            stateTo: 'active',
            stageFrom: 'adoption',
            stageTo: 'adoption',
            stateRuleId: '',
            stageRuleId: '',
            dependsOnServices: false,
            explanation: expect.stringContaining('No rule for "Suspend × Completed"'),
            // Signals are decided whatever the rules say: suspending the only service is a churn of revenue.
            actionReason: '',
            churnType: '',
            movement: 'churn',
            pending: null,
        })
    })

    it('names why each considered rule did not apply', () => {
        const rules = [
            rule({ name: 'Web only', action: 'place', conditionField: 'channel', conditionOperator: 'is', conditionValue: 'store', targetState: 'active' }),
            rule({ name: 'From pending', action: 'place', fromState: 'pending', targetState: 'active' }),
            rule({ name: 'First', action: 'place', scope: 'first_order', targetStage: 'onboarding' }),
            rule({ name: 'Nothing', action: 'place' }),
        ]
        const decision = decide(input({ rules, account: account({ state: 'active' }), facts: facts({ completedOrders: 2, activeServices: 1 }) }))
        expect(decision.outcome).toBe('no_matching_rule')
        expect(decision.explanation).toContain('rule "Web only" needs Channel is "store" but the event has "web"')
        expect(decision.explanation).toContain('rule "From pending" applies only from state Pending but the account is Active')
        expect(decision.explanation).toContain('rule "First" applies to a first order only but before this order the account had 2 completed orders and 1 in service and 0 suspended')
        expect(decision.explanation).toContain('rule "Nothing" matched but sets neither state nor stage')
    })

    it('says when an event has no value for a conditioned field', () => {
        const r = rule({ name: 'Offering', conditionField: 'product_offering', conditionOperator: 'in', conditionValue: 'a,b', targetState: 'active' })
        const decision = decide(input({ event: event({ attributes: {} }), rules: [r] }))
        expect(decision.explanation).toContain('needs Product offering is one of "a,b" but the event has none')
    })

    it('names a condition without a valid operator', () => {
        const r = rule({ name: 'Broken', conditionField: 'channel', conditionOperator: '', conditionValue: 'web', targetState: 'active' })
        expect(decide(input({ rules: [r] })).explanation).toContain('rule "Broken" has a condition without a valid operator')
    })

    it('counts the rules it does not name', () => {
        const rules = Array.from({ length: 8 }, (_, i) => rule({ id: `r${i}`, name: `From pending ${i}`, fromState: 'pending', targetState: 'active' }))
        const decision = decide(input({ rules, account: account({ state: 'active' }) }))
        expect(decision.explanation).toContain('From pending 4')
        expect(decision.explanation).not.toContain('From pending 5')
        expect(decision.explanation).toContain('and 3 more rules')
    })
})

describe('decide: no_change', () => {
    it('reports rules that matched but whose targets equal the current values', () => {
        const r = rule({ id: 'r-keep', name: 'Keep active', targetState: 'active', targetStage: 'adoption' })
        const decision = decide(input({ rules: [r], account: account({ state: 'active', stage: 'adoption' }) }))
        expect(decision).toMatchObject({ outcome: 'no_change', stateTo: 'active', stageTo: 'adoption', stateRuleId: 'r-keep', stageRuleId: 'r-keep' })
        expect(decision.explanation).toContain('State already Active (rule "Keep active")')
        expect(decision.explanation).toContain('Stage already Adoption')
        expect(decision.explanation).toContain('Nothing changed.')
    })
})

describe('decide: blocked_by_guard', () => {
    it('blocks a disallowed state transition and names it', () => {
        const r = rule({ id: 'r-x', name: 'Reopen', targetState: 'prospect' })
        const decision = decide(input({ rules: [r], account: account({ state: 'active', stage: 'adoption' }) }))
        expect(decision).toMatchObject({ outcome: 'blocked_by_guard', stateFrom: 'active', stateTo: 'active', stateRuleId: 'r-x' })
        expect(decision.explanation).toContain('transition Active → Prospect not allowed')
        expect(decision.explanation).toContain('"Reopen"')
        expect(decision.explanation).toContain('Nothing changed.')
    })

    it('never reopens a closed account', () => {
        const decision = decide(input({ rules: [rule({ name: 'Win back', targetState: 'active' })], account: account({ state: 'closed' }) }))
        expect(decision.outcome).toBe('blocked_by_guard')
        expect(decision.explanation).toContain('a closed account is only reopened by a person')
    })

    it('blocks a backward stage and says the rule does not allow it', () => {
        const r = rule({ name: 'Restart onboarding', targetStage: 'onboarding' })
        const decision = decide(input({ rules: [r], account: account({ stage: 'expansion' }) }))
        expect(decision).toMatchObject({ outcome: 'blocked_by_guard', stageFrom: 'expansion', stageTo: 'expansion' })
        expect(decision.explanation).toContain('Stage not changed: Expansion → Onboarding is backward and rule "Restart onboarding" does not allow it')
    })

    it('moves a stage backward when the rule allows it', () => {
        const r = rule({ name: 'Restart onboarding', targetStage: 'onboarding', allowBackward: true })
        expect(decide(input({ rules: [r], account: account({ stage: 'expansion' }) }))).toMatchObject({ outcome: 'applied', stageTo: 'onboarding' })
    })

    it('reports blocked (not no change) when one axis is the same and the other blocked', () => {
        const r = rule({ name: 'Mixed', targetState: 'active', targetStage: 'onboarding' })
        expect(decide(input({ rules: [r], account: account({ state: 'active', stage: 'expansion' }) })).outcome).toBe('blocked_by_guard')
    })
})

describe('decide: stop processing', () => {
    it('leaves the stage unchanged and says where evaluation stopped', () => {
        const stopper = rule({ name: 'Stopper', order: 1, targetState: 'inactive', stopProcessing: true })
        const stage = rule({ name: 'Stage', order: 2, targetStage: 'expansion' })
        const decision = decide(input({ rules: [stopper, stage], account: account({ state: 'active', stage: 'adoption' }) }))
        expect(decision).toMatchObject({ outcome: 'applied', stateTo: 'inactive', stageTo: 'adoption', stageRuleId: '' })
        expect(decision.explanation).toContain('Evaluation stopped at rule "Stopper"')
    })
})

describe('decide: pinned', () => {
    const pinned = account({ state: 'active', stage: 'adoption', pinnedUntil: '2024-06-01 00:00:00', pinReason: 'Contract renegotiation' })
    const rules = [rule({ name: 'Deactivate', targetState: 'inactive' })]

    it('changes nothing for an event before the pin date and names date and reason', () => {
        const decision = decide(input({ event: event({ occurredAt: '2024-05-15 09:00:00' }), rules, account: pinned }))
        expect(decision).toEqual({
            outcome: 'pinned',
            stateFrom: 'active',
            stateTo: 'active',
            stageFrom: 'adoption',
            stageTo: 'adoption',
            stateRuleId: '',
            stageRuleId: '',
            dependsOnServices: false,
            explanation: expect.stringContaining('pinned until 2024-06-01 00:00:00 (reason: Contract renegotiation)'),
            // A pin stops state and stage changes, not the record of what the order did to the services.
            actionReason: '',
            churnType: '',
            movement: 'new',
            pending: null,
        })
    })

    it('is checked before rules: pinned wins even with no matching rule', () => {
        expect(decide(input({ event: event({ occurredAt: '2024-05-15 09:00:00' }), rules: [], account: pinned })).outcome).toBe('pinned')
    })

    it('applies rules to an event after the pin date', () => {
        expect(decide(input({ event: event({ occurredAt: '2024-06-02 00:00:00' }), rules, account: pinned })).outcome).toBe('applied')
    })

    it('omits the reason when none is given', () => {
        const decision = decide(input({ event: event({ occurredAt: '2024-05-15 09:00:00' }), rules, account: { ...pinned, pinReason: '' } }))
        expect(decision.explanation).not.toContain('reason')
    })
})

describe('decide: dry run', () => {
    it('reports the would-be values without the applied outcome', () => {
        const decision = decide(input({ event: disconnectCompleted, rules: [lastDisconnect, disconnectStage], account: account({ state: 'active', stage: 'monitoring' }), dryRun: true }))
        expect(decision).toMatchObject({ outcome: 'dry_run', stateFrom: 'active', stateTo: 'inactive', stageFrom: 'monitoring', stageTo: 'expansion' })
        expect(decision.explanation.startsWith('Dry run:')).toBe(true)
        expect(decision.explanation).toContain('would change')
    })

    it('keeps the real outcome when nothing would change', () => {
        expect(decide(input({ rules: [], dryRun: true })).outcome).toBe('no_matching_rule')
        expect(decide(input({ rules: [rule({ targetState: 'active' })], account: account({ state: 'active' }), dryRun: true })).outcome).toBe('no_change')
    })
})

describe('explanation length', () => {
    it('stays within the column size even with huge rule data', () => {
        const long = 'x'.repeat(3000)
        const rules = [0, 1].map((i) => rule({ id: `r${i}`, name: `Rule ${i}`, conditionField: 'channel', conditionOperator: 'is', conditionValue: long, targetState: 'inactive' }))
        const decision = decide(input({ rules }))
        expect(decision.explanation.length).toBeLessThanOrEqual(MAX_EXPLANATION_LENGTH)
        expect(decision.explanation.endsWith('…')).toBe(true)
    })
})

describe('errorDecision', () => {
    it('records an error without changing anything', () => {
        const decision = errorDecision(account({ state: 'suspended', stage: 'monitoring' }), 'Account not found')
        expect(decision).toEqual({
            outcome: 'error',
            stateFrom: 'suspended',
            stateTo: 'suspended',
            stageFrom: 'monitoring',
            stageTo: 'monitoring',
            stateRuleId: '',
            stageRuleId: '',
            dependsOnServices: false,
            explanation: 'Error: Account not found. Nothing changed.',
        })
    })
    it('explains an error without a message', () => {
        expect(errorDecision(account(), '').explanation).toContain('unknown error')
    })
})
