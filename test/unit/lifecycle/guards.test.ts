import { ALLOWED_STATE_TRANSITIONS, guardStage, guardState, isPinned, isStateTransitionAllowed } from '../../../src/server/lifecycle/guards'
import { ACCOUNT_STATES, STAGES } from '../../../src/server/lifecycle/model'
import type { AccountState } from '../../../src/server/lifecycle/model'
import { account, rule } from './fixtures'

describe('isPinned', () => {
    const pinned = account({ pinnedUntil: '2024-06-01 00:00:00', pinReason: 'Migration' })
    it('is pinned for an event before the pin date', () => {
        expect(isPinned(pinned, '2024-05-31 23:59:59')).toBe(true)
    })
    it('is not pinned at or after the pin date', () => {
        expect(isPinned(pinned, '2024-06-01 00:00:00')).toBe(false)
        expect(isPinned(pinned, '2024-07-01 00:00:00')).toBe(false)
    })
    it('is not pinned without a pin date', () => {
        expect(isPinned(account({ pinnedUntil: '' }), '2024-05-01 00:00:00')).toBe(false)
        expect(isPinned(account({ pinnedUntil: '   ' }), '2024-05-01 00:00:00')).toBe(false)
    })
    it('accepts a date-only pin as midnight', () => {
        expect(isPinned(account({ pinnedUntil: '2024-06-01' }), '2024-05-31 12:00:00')).toBe(true)
        expect(isPinned(account({ pinnedUntil: '2024-06-01' }), '2024-06-01 00:00:01')).toBe(false)
    })
    it('falls back to text order for unreadable dates', () => {
        expect(isPinned(account({ pinnedUntil: '2024-06-01T00:00:00Z' }), '2024-05-01 00:00:00')).toBe(true)
    })
})

describe('state transitions', () => {
    // The documented table (docs/RULE-SEMANTICS.md), written out so a change to the code is deliberate.
    const allowed: [AccountState, AccountState][] = [
        ['prospect', 'pending'],
        ['prospect', 'active'],
        ['pending', 'active'],
        ['pending', 'prospect'],
        ['pending', 'inactive'],
        ['active', 'suspended'],
        ['active', 'inactive'],
        ['suspended', 'active'],
        ['suspended', 'inactive'],
        ['inactive', 'active'],
        ['inactive', 'pending'],
        ['inactive', 'closed'],
    ]
    const isListed = (from: AccountState, to: AccountState) => allowed.some(([f, t]) => f === from && t === to)
    const allPairs = ACCOUNT_STATES.flatMap((from) => ACCOUNT_STATES.filter((to) => to !== from).map((to) => [from, to] as const))

    it.each(allPairs)('%s → %s follows the documented table', (from, to) => {
        expect(isStateTransitionAllowed(from, to)).toBe(isListed(from, to))
        expect(ALLOWED_STATE_TRANSITIONS[from].includes(to)).toBe(isListed(from, to))
    })

    it('treats a never-set state as prospect', () => {
        expect(isStateTransitionAllowed('', 'pending')).toBe(true)
        expect(isStateTransitionAllowed('', 'inactive')).toBe(false)
        expect(isStateTransitionAllowed('', 'prospect')).toBe(true)
    })

    it('never lets automation leave closed', () => {
        expect(ALLOWED_STATE_TRANSITIONS.closed).toEqual([])
    })
})

describe('guardState', () => {
    it('is undecided without a rule or a target state', () => {
        expect(guardState('active', null)).toEqual({ status: 'undecided' })
        expect(guardState('active', rule({ targetStage: 'expansion' }))).toEqual({ status: 'undecided' })
    })
    it('is the same state when the target equals the current state (not a violation)', () => {
        expect(guardState('active', rule({ targetState: 'active' })).status).toBe('same')
    })
    it('allows a listed transition', () => {
        expect(guardState('active', rule({ targetState: 'inactive' }))).toMatchObject({ status: 'change', from: 'active', to: 'inactive' })
    })
    it('blocks a transition that is not listed', () => {
        expect(guardState('active', rule({ targetState: 'prospect' }))).toMatchObject({ status: 'blocked', reason: 'transition_not_allowed' })
    })
    it('blocks leaving closed with its own reason', () => {
        expect(guardState('closed', rule({ targetState: 'active' }))).toMatchObject({ status: 'blocked', reason: 'closed_is_terminal' })
    })
    it('sets prospect on a never-set account', () => {
        expect(guardState('', rule({ targetState: 'prospect' }))).toMatchObject({ status: 'change', from: '', to: 'prospect' })
    })
})

describe('guardStage', () => {
    it('is undecided without a rule or a target stage', () => {
        expect(guardStage('adoption', null)).toEqual({ status: 'undecided' })
        expect(guardStage('adoption', rule({ targetState: 'active' }))).toEqual({ status: 'undecided' })
    })
    it('moves forward', () => {
        expect(guardStage('adoption', rule({ targetStage: 'expansion' }))).toMatchObject({ status: 'change', from: 'adoption', to: 'expansion' })
    })
    it('blocks a backward move', () => {
        expect(guardStage('expansion', rule({ targetStage: 'onboarding' }))).toMatchObject({ status: 'blocked', reason: 'backward_stage' })
    })
    it('allows a backward move when the rule allows it', () => {
        expect(guardStage('expansion', rule({ targetStage: 'onboarding', allowBackward: true })).status).toBe('change')
    })
    it.each(STAGES)('accepts any stage (%s) on a never-set stage', (stage) => {
        expect(guardStage('', rule({ targetStage: stage }))).toMatchObject({ status: 'change', from: '', to: stage })
    })
    it('reports the same stage as no change', () => {
        expect(guardStage('monitoring', rule({ targetStage: 'monitoring' })).status).toBe('same')
    })
})
