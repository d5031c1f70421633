/**
 * Guards: what may change even when a rule says so — a pinned account, allowed state transitions, and
 * forward-only lifecycle stages. Each guard returns a structured verdict; explain.ts words it.
 * See docs/RULE-SEMANTICS.md for the reasoning behind the transition table.
 */
import { STAGES } from './model.ts'
import type { AccountSnapshot, AccountState, MappingRule, Stage } from './model.ts'
import { parseDateTime } from './datetime.ts'

/**
 * State transitions automation may make (from → allowed targets). A never-set state counts as prospect.
 * - prospect → inactive is not allowed: an account that never had a service cannot become a former customer.
 * - active → pending is not allowed: a new order for an active customer leaves it active.
 * - inactive → closed is the only way into closed; closed is terminal, only a person reopens it.
 */
export const ALLOWED_STATE_TRANSITIONS: Readonly<Record<AccountState, readonly AccountState[]>> = {
    prospect: ['pending', 'active'],
    pending: ['active', 'prospect', 'inactive'],
    active: ['suspended', 'inactive'],
    suspended: ['active', 'inactive'],
    inactive: ['active', 'pending', 'closed'],
    closed: [],
}

/** True when the account is pinned at the moment the event happened (occurredAt < pinnedUntil). */
export function isPinned(account: AccountSnapshot, occurredAt: string): boolean {
    if (!account.pinnedUntil.trim()) return false
    const until = parseDateTime(account.pinnedUntil)
    const at = parseDateTime(occurredAt)
    // An unreadable date cannot be compared; fall back to text order, which is right for Glide's format.
    if (isNaN(until) || isNaN(at)) return occurredAt < account.pinnedUntil
    return at < until
}

/** What a guard decided for one axis. */
export type AxisVerdict<T extends string> =
    /** No rule decided this axis. */
    | { status: 'undecided' }
    /** The target equals the current value. */
    | { status: 'same'; to: T; rule: MappingRule }
    | { status: 'change'; from: T | ''; to: T; rule: MappingRule }
    | { status: 'blocked'; from: T | ''; to: T; rule: MappingRule; reason: 'transition_not_allowed' | 'closed_is_terminal' | 'backward_stage' }

export function isStateTransitionAllowed(from: AccountState | '', to: AccountState): boolean {
    const effectiveFrom: AccountState = from || 'prospect'
    // Filling a never-set state with prospect is not a transition.
    if (effectiveFrom === to) return true
    return ALLOWED_STATE_TRANSITIONS[effectiveFrom].indexOf(to) >= 0
}

/** The state axis verdict for the deciding rule (null = no rule decided the state). */
export function guardState(current: AccountState | '', rule: MappingRule | null): AxisVerdict<AccountState> {
    if (!rule || !rule.targetState) return { status: 'undecided' }
    const to = rule.targetState
    if (to === current) return { status: 'same', to, rule }
    if (isStateTransitionAllowed(current, to)) return { status: 'change', from: current, to, rule }
    return { status: 'blocked', from: current, to, rule, reason: current === 'closed' ? 'closed_is_terminal' : 'transition_not_allowed' }
}

/** Position of a stage in the forward order (onboarding = 0). */
export function stageIndex(stage: Stage): number {
    return STAGES.indexOf(stage)
}

/** The stage axis verdict: forward only unless the rule allows backward; a never-set stage accepts any. */
export function guardStage(current: Stage | '', rule: MappingRule | null): AxisVerdict<Stage> {
    if (!rule || !rule.targetStage) return { status: 'undecided' }
    const to = rule.targetStage
    if (to === current) return { status: 'same', to, rule }
    if (current && stageIndex(to) < stageIndex(current) && !rule.allowBackward) {
        return { status: 'blocked', from: current, to, rule, reason: 'backward_stage' }
    }
    return { status: 'change', from: current, to, rule }
}
