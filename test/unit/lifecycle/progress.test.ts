import { accountAfter, changesStage, progress } from '../../../src/server/lifecycle/progress'
import type { TimelineEntry } from '../../../src/server/lifecycle/progress'
import type { Decision, TimedAccount } from '../../../src/server/lifecycle/model'

const AT = '2026-03-02 10:00:00'
const account: TimedAccount = { id: 'a', name: 'A', state: 'pending', stage: 'onboarding', pinnedUntil: '', pinReason: '', stateSince: '2026-03-01 09:00:00', stageSince: '2026-03-01 09:00:00' }
const decision = (overrides: Partial<Decision>): Decision => ({
    outcome: 'applied',
    stateFrom: 'pending',
    stateTo: 'pending',
    stageFrom: 'onboarding',
    stageTo: 'onboarding',
    stateRuleId: '',
    stageRuleId: '',
    explanation: '',
    dependsOnServices: false,
    ...overrides,
})
const entry = (d: Decision): TimelineEntry => ({ key: 'o:place:completed', source: 'order', accountId: 'a', orderId: 'o', lineItemId: '', action: 'place', milestone: 'completed', occurredAt: AT, decision: d })
const open = { stage: 'onboarding' as const, startedAt: '2026-03-01 09:00:00' }

describe('progress', () => {
    it('moves the state and its since-date only, with no period work', () => {
        const step = progress(account, open, entry(decision({ stateTo: 'active' })))
        expect(step.account).toMatchObject({ state: 'active', stateSince: AT, stage: 'onboarding', stageSince: '2026-03-01 09:00:00' })
        expect(step.accountUpdate).toEqual({ state: { value: 'active', since: AT } })
        expect(step.periodPlan).toBeNull()
        expect(step.openPeriod).toBe(open)
    })
    it('closes the open period and opens the new one on a stage change, opened by the entry', () => {
        const step = progress(account, open, entry(decision({ stageTo: 'expansion' })), 'row-1')
        expect(step.periodPlan).toEqual({
            close: { endedAt: AT, durationMs: 25 * 3600 * 1000, duration: '1970-01-02 01:00:00' },
            open: { stage: 'expansion', startedAt: AT, openedBy: 'row-1' },
        })
        expect(step.openPeriod).toEqual({ stage: 'expansion', startedAt: AT })
        expect(step.accountUpdate).toEqual({ stage: { value: 'expansion', since: AT } })
    })
    it.each(['no_change', 'no_matching_rule', 'blocked_by_guard', 'pinned', 'dry_run', 'error'] as const)('changes nothing for %s', (outcome) => {
        const step = progress(account, open, entry(decision({ outcome, stateTo: 'active', stageTo: 'expansion' })))
        expect(step).toMatchObject({ account, openPeriod: open, periodPlan: null, accountUpdate: null })
        expect(changesStage(decision({ outcome, stageTo: 'expansion' }))).toBe(false)
    })
    it('leaves the account as it is for an applied decision that changes nothing on it', () => {
        expect(accountAfter(account, decision({}), AT)).toEqual(account)
        expect(progress(account, open, entry(decision({}))).accountUpdate).toBeNull()
    })
})
