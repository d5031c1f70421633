import { simulate } from '../../../src/server/lifecycle/simulate'
import { account, event, facts, rule } from '../lifecycle/fixtures'

const activate = rule({ id: 'r-active', name: 'Activate', action: 'place', milestone: 'completed', targetState: 'active' })

describe('simulate', () => {
    it('names the matching rule per axis and the decision, without a draft', () => {
        const result = simulate({ event: event(), rules: [activate], account: account({ state: 'pending', stage: '' }), facts: facts() })
        expect(result.current.stateRule).toEqual({ id: 'r-active', name: 'Activate', isDraft: false })
        expect(result.current.stageRule).toBeNull()
        expect(result.current.decision).toMatchObject({ outcome: 'applied', stateFrom: 'pending', stateTo: 'active' })
        expect(result.current.decision.explanation).not.toBe('')
        expect(result.withDraft).toBeNull()
        expect(result.draftChanges).toEqual([])
    })

    it('shows what a draft rule adds', () => {
        const draft = rule({ id: '', name: 'Engage', targetStage: 'engagement', order: 200 })
        const result = simulate({ event: event(), rules: [activate], account: account({ state: 'pending', stage: 'onboarding' }), facts: facts(), draftRule: draft })
        expect(result.withDraft?.stageRule).toEqual({ id: 'draft', name: 'Engage', isDraft: true })
        expect(result.withDraft?.decision.stageTo).toBe('engagement')
        expect(result.draftChanges).toEqual(['Resulting stage: Onboarding → Engagement', 'Stage decided by: no rule → "Engage" (draft)'])
        // The saved rule still decides the state with the draft in place.
        expect(result.withDraft?.stateRule?.id).toBe('r-active')
    })

    it('replaces the saved rule a draft edits, and simulates an inactive draft as active', () => {
        const edited = { ...activate, targetState: 'suspended' as const, active: false }
        const result = simulate({ event: event(), rules: [activate], account: account({ state: 'active' }), facts: facts(), draftRule: edited })
        expect(result.current.decision.outcome).toBe('no_change')
        expect(result.withDraft?.decision).toMatchObject({ outcome: 'applied', stateTo: 'suspended', stateRuleId: 'r-active' })
        expect(result.draftChanges).toContain('Resulting state: Active → Suspended')
    })

    it('reports no rule per axis for a pinned account', () => {
        const result = simulate({
            event: event({ occurredAt: '2024-05-01 10:00:00' }),
            rules: [activate],
            account: account({ state: 'pending', pinnedUntil: '2024-06-01 00:00:00', pinReason: 'Dispute' }),
            facts: facts(),
        })
        expect(result.current.decision.outcome).toBe('pinned')
        expect(result.current.stateRule).toBeNull()
        expect(result.current.matchedRules).toEqual([])
    })

    it('does not modify the rules or the account it is given', () => {
        const rules = [activate]
        const acct = account({ state: 'pending' })
        const before = JSON.stringify({ rules, acct })
        simulate({ event: event(), rules, account: acct, facts: facts(), draftRule: rule({ id: '', name: 'X', targetStage: 'adoption' }) })
        expect(JSON.stringify({ rules, acct })).toBe(before)
    })
})
