import { DEFAULT_TIME_RULES, decideTimeRule, dryRunKey, evaluateTimeRules, nextDueTimeRule, timeRuleKey } from '../../../src/server/lifecycle/time-rules'
import type { TimeRule } from '../../../src/server/lifecycle/time-rules'
import type { TimedAccount } from '../../../src/server/lifecycle/model'

function timed(overrides: Partial<TimedAccount> = {}): TimedAccount {
    return { id: 'acct-1', name: 'Acme', state: 'active', stage: 'onboarding', pinnedUntil: '', pinReason: '', stateSince: '2026-01-01 10:00:00', stageSince: '2026-01-01 10:00:00', ...overrides }
}

const [ACTIVE_30_ADOPTION, ADOPTION_60_MONITORING] = DEFAULT_TIME_RULES
const nothingRecorded = () => false

describe('time rules', () => {
    it('is not due one second before the threshold and is due at it', () => {
        expect(nextDueTimeRule(timed(), [ACTIVE_30_ADOPTION], '2026-01-31 09:59:59', nothingRecorded)).toBeNull()
        const due = nextDueTimeRule(timed(), [ACTIVE_30_ADOPTION], '2026-01-31 10:00:00', nothingRecorded)
        expect(due).toMatchObject({ dueAt: '2026-01-31 10:00:00', occurredAt: '2026-01-31 10:00:00' })
        expect(due?.key).toBe('acct-1:time:default-active-30d-adoption:30d:2026-01-31')
    })

    it('moves an account active for 30 days from onboarding to adoption, explained', () => {
        const { account, evaluations } = evaluateTimeRules(timed(), DEFAULT_TIME_RULES, '2026-02-05 00:00:00', nothingRecorded, false)
        expect(account.stage).toBe('adoption')
        expect(account.stageSince).toBe('2026-01-31 10:00:00')
        expect(evaluations).toHaveLength(1)
        expect(evaluations[0].decision).toMatchObject({ outcome: 'applied', stageFrom: 'onboarding', stageTo: 'adoption', stageRuleId: ACTIVE_30_ADOPTION.id })
        expect(evaluations[0].decision.explanation).toContain('state Active for 30 days')
        expect(evaluations[0].decision.explanation).toContain('Onboarding → Adoption')
    })

    it('chains rules in time order: adoption for 60 days after reaching adoption → monitoring', () => {
        const { account, evaluations } = evaluateTimeRules(timed(), DEFAULT_TIME_RULES, '2026-04-01 10:00:00', nothingRecorded, false)
        expect(evaluations.map((evaluation) => evaluation.due.rule.id)).toEqual([ACTIVE_30_ADOPTION.id, ADOPTION_60_MONITORING.id])
        expect(account.stage).toBe('monitoring')
        expect(account.stageSince).toBe('2026-04-01 10:00:00')
    })

    it('records the onboarding alert once without changing anything', () => {
        const pending = timed({ state: 'pending' })
        const first = evaluateTimeRules(pending, DEFAULT_TIME_RULES, '2026-03-01 00:00:00', nothingRecorded, false)
        expect(first.evaluations).toHaveLength(1)
        expect(first.evaluations[0].decision).toMatchObject({ outcome: 'no_change', stageTo: 'onboarding', stateTo: 'pending' })
        // The alert is the time-in-stage target "onboarding ≤ 45 days": missed, so the account is flagged overdue.
        expect(first.evaluations[0].decision.explanation).toContain('Time-in-stage target missed: Onboarding should take at most 45 days')
        expect(first.evaluations[0].decision.overdue).toEqual({ ruleId: 'default-onboarding-45d-alert', since: first.evaluations[0].due.occurredAt })
        const recorded = new Set(first.evaluations.map((evaluation) => evaluation.key))
        const second = evaluateTimeRules(pending, DEFAULT_TIME_RULES, '2026-03-01 00:00:00', (key) => recorded.has(key), false)
        expect(second.evaluations).toHaveLength(0)
    })

    it('is idempotent: with its keys recorded a second run the same day changes nothing', () => {
        const first = evaluateTimeRules(timed(), DEFAULT_TIME_RULES, '2026-02-05 00:00:00', nothingRecorded, false)
        const recorded = new Set(first.evaluations.map((evaluation) => evaluation.key))
        // The second run sees the account as the first one left it.
        const second = evaluateTimeRules(first.account, DEFAULT_TIME_RULES, '2026-02-05 00:00:00', (key) => recorded.has(key), false)
        expect(second.evaluations).toHaveLength(0)
    })

    it('keeps a backward move blocked unless the rule allows it', () => {
        const back: TimeRule = { ...ACTIVE_30_ADOPTION, id: 'back', inStage: 'monitoring', targetStage: 'engagement' }
        const account = timed({ stage: 'monitoring' })
        const due = nextDueTimeRule(account, [back], '2026-03-01 00:00:00', nothingRecorded)!
        expect(decideTimeRule(account, due, false)).toMatchObject({ outcome: 'blocked_by_guard', stageTo: 'monitoring' })
        expect(decideTimeRule(account, { ...due, rule: { ...back, allowBackward: true } }, false)).toMatchObject({ outcome: 'applied', stageTo: 'engagement' })
    })

    it('waits for a pin to end, then applies at the pin end', () => {
        const pinned = timed({ pinnedUntil: '2026-02-10 00:00:00', pinReason: 'migration' })
        expect(nextDueTimeRule(pinned, [ACTIVE_30_ADOPTION], '2026-02-09 23:59:59', nothingRecorded)).toBeNull()
        const due = nextDueTimeRule(pinned, [ACTIVE_30_ADOPTION], '2026-02-10 00:00:00', nothingRecorded)
        expect(due).toMatchObject({ dueAt: '2026-01-31 10:00:00', occurredAt: '2026-02-10 00:00:00' })
        expect(decideTimeRule(pinned, due!, false).explanation).toContain('pinned')
    })

    it('records dry runs under their own key and changes nothing', () => {
        const { account, evaluations } = evaluateTimeRules(timed(), [ACTIVE_30_ADOPTION], '2026-02-05 00:00:00', nothingRecorded, true)
        expect(account.stage).toBe('onboarding')
        expect(evaluations[0].key).toBe(dryRunKey(timeRuleKey('acct-1', ACTIVE_30_ADOPTION, '2026-01-31 10:00:00')))
        expect(evaluations[0].decision.outcome).toBe('dry_run')
    })

    it('ignores inactive rules, unknown entry dates and accounts in other states', () => {
        expect(nextDueTimeRule(timed(), [{ ...ACTIVE_30_ADOPTION, active: false }], '2027-01-01 00:00:00', nothingRecorded)).toBeNull()
        expect(nextDueTimeRule(timed({ stateSince: '' }), [ACTIVE_30_ADOPTION], '2027-01-01 00:00:00', nothingRecorded)).toBeNull()
        expect(nextDueTimeRule(timed({ state: 'suspended' }), [ACTIVE_30_ADOPTION], '2027-01-01 00:00:00', nothingRecorded)).toBeNull()
    })
})
