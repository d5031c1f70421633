/**
 * Hierarchy roll-up: a parent account's state and stage derived from its children's, by the policies an admin
 * picks (or off), recomputed when a child's change is applied. Pure: the adapter (glide/rollup.ts) counts the
 * children by state and stage (one aggregate, whatever their number), checks the chain the change has climbed
 * for loops and depth, and writes the decision through the one lifecycle writer. See docs/HIERARCHY.md.
 */
import { ACCOUNT_STATES, STAGES } from './model.ts'
import type { AccountSnapshot, AccountState, Decision, Stage } from './model.ts'
import { isPinned } from './guards.ts'
import { clipExplanation } from './explain.ts'
import { stageLabel, stateLabel } from './labels.ts'

/** How the parent's state follows its children. */
export const ROLLUP_STATE_POLICIES = ['off', 'any_active'] as const
export type RollupStatePolicy = (typeof ROLLUP_STATE_POLICIES)[number]

/** How the parent's stage follows its children. */
export const ROLLUP_STAGE_POLICIES = ['off', 'most_advanced', 'least_advanced'] as const
export type RollupStagePolicy = (typeof ROLLUP_STAGE_POLICIES)[number]

export interface RollupPolicy {
    state: RollupStatePolicy
    stage: RollupStagePolicy
}

export const ROLLUP_STATE_POLICY_LABELS: Readonly<Record<RollupStatePolicy, string>> = {
    off: 'Off',
    any_active: 'Any child Active ⇒ parent Active (best child state)',
}

export const ROLLUP_STAGE_POLICY_LABELS: Readonly<Record<RollupStagePolicy, string>> = {
    off: 'Off',
    most_advanced: 'Most advanced child stage',
    least_advanced: 'Least advanced child stage',
}

/** A roll-up chain longer than this stops (a real hierarchy is a few levels deep; this bounds a runaway one). */
export const MAX_ROLLUP_DEPTH = 10

function oneOf<T extends string>(allowed: readonly T[], value: string, fallback: T): T {
    return (allowed as readonly string[]).indexOf(value) >= 0 ? (value as T) : fallback
}

/** The policies from the raw property values; anything unknown is off (never guess a hierarchy behaviour). */
export function rollupPolicyOf(state: string, stage: string): RollupPolicy {
    return { state: oneOf(ROLLUP_STATE_POLICIES, state.trim(), 'off'), stage: oneOf(ROLLUP_STAGE_POLICIES, stage.trim(), 'off') }
}

export function rollupEnabled(policy: RollupPolicy): boolean {
    return policy.state !== 'off' || policy.stage !== 'off'
}

/** Children of the parent grouped by their state and stage (blank = never set). */
export interface ChildGroup {
    state: string
    stage: string
    count: number
}

/**
 * "Best" child state first: any child active makes the parent active; else suspended (still a customer), else
 * pending (about to be), else inactive (former customer), else prospect. Closed children count only when every
 * child with a state is closed.
 */
export const STATE_RANK: readonly AccountState[] = ['active', 'suspended', 'pending', 'inactive', 'prospect', 'closed']

/** The state and stage the children give the parent ('' = that axis is off or no child has a value). */
export function rollupTarget(children: readonly ChildGroup[], policy: RollupPolicy): { state: AccountState | ''; stage: Stage | '' } {
    let state: AccountState | '' = ''
    if (policy.state === 'any_active') {
        for (const candidate of STATE_RANK) {
            if (children.some((group) => group.count > 0 && group.state === candidate)) {
                state = candidate
                break
            }
        }
    }
    let stage: Stage | '' = ''
    if (policy.stage !== 'off') {
        const indexes = children.filter((group) => group.count > 0 && (STAGES as readonly string[]).indexOf(group.stage) >= 0).map((group) => STAGES.indexOf(group.stage as Stage))
        if (indexes.length > 0) stage = STAGES[policy.stage === 'most_advanced' ? Math.max(...indexes) : Math.min(...indexes)]
    }
    return { state, stage }
}

/** Where a change that climbed `chain` (account ids, oldest first) may go next: on to the parent, or not. */
export type ChainCheck = { ok: true } | { ok: false; reason: 'loop' | 'too_deep' }

export function checkChain(chain: readonly string[], parentId: string, maxDepth = MAX_ROLLUP_DEPTH): ChainCheck {
    if (chain.indexOf(parentId) >= 0) return { ok: false, reason: 'loop' }
    if (chain.length >= maxDepth) return { ok: false, reason: 'too_deep' }
    return { ok: true }
}

/** The child's change that triggers the roll-up, as the parent's explanation names it. */
export interface RollupTrigger {
    childId: string
    childName: string
    stateFrom: string
    stateTo: string
    stageFrom: string
    stageTo: string
}

function counts(children: readonly ChildGroup[], axis: 'state' | 'stage'): string {
    const totals: Record<string, number> = {}
    for (const group of children) {
        const value = group[axis]
        totals[value] = (totals[value] || 0) + group.count
    }
    const order: readonly string[] = axis === 'state' ? ACCOUNT_STATES : STAGES
    const label = (value: string) => (axis === 'state' ? stateLabel(value as AccountState | '') : stageLabel(value as Stage | ''))
    return Object.keys(totals)
        .sort((a, b) => order.indexOf(a) - order.indexOf(b))
        .map((value) => `${totals[value]} ${label(value)}`)
        .join(', ')
}

function describeTrigger(trigger: RollupTrigger): string {
    const changes: string[] = []
    if (trigger.stateFrom !== trigger.stateTo) changes.push(`state ${stateLabel(trigger.stateFrom as AccountState | '')} → ${stateLabel(trigger.stateTo as AccountState | '')}`)
    if (trigger.stageFrom !== trigger.stageTo) changes.push(`stage ${stageLabel(trigger.stageFrom as Stage | '')} → ${stageLabel(trigger.stageTo as Stage | '')}`)
    return `Roll-up from child account "${trigger.childName || trigger.childId}"${changes.length ? ` (${changes.join(', ')})` : ''}.`
}

/**
 * The parent's decision. A pin on the parent stops roll-up (outcome pinned, nothing recorded by the adapter).
 * A closed parent keeps its state (only a person reopens it). Otherwise the parent takes the target on each
 * policy axis that is on, in either direction: a derived stage may go back when the children's does.
 */
export function decideRollup(parent: AccountSnapshot, children: readonly ChildGroup[], policy: RollupPolicy, trigger: RollupTrigger, at: string, dryRun: boolean): Decision {
    const base = { stateFrom: parent.state, stateTo: parent.state, stageFrom: parent.stage, stageTo: parent.stage, stateRuleId: '', stageRuleId: '', dependsOnServices: false }
    const intro = describeTrigger(trigger)
    if (isPinned(parent, at)) {
        return { outcome: 'pinned', ...base, explanation: clipExplanation(`${intro} The parent is pinned until ${parent.pinnedUntil}: roll-up stops until then.`) }
    }
    const target = rollupTarget(children, policy)
    const parts = [intro]
    let stateTo: AccountState | '' = parent.state
    let blocked = false
    if (target.state && target.state !== parent.state) {
        if (parent.state === 'closed') {
            blocked = true
            parts.push(`State not changed: the parent is Closed; only a person reopens it.`)
        } else stateTo = target.state
    }
    const stageTo: Stage | '' = target.stage && target.stage !== parent.stage ? target.stage : parent.stage
    const changed = stateTo !== parent.state || stageTo !== parent.stage
    if (policy.state !== 'off') parts.push(`Children by state: ${counts(children, 'state')}.`)
    if (policy.stage !== 'off') parts.push(`Children by stage: ${counts(children, 'stage')}.`)
    if (stateTo !== parent.state) parts.push(`State${dryRun ? ' would change' : ''}: ${stateLabel(parent.state)} → ${stateLabel(stateTo)}.`)
    if (stageTo !== parent.stage) parts.push(`Stage${dryRun ? ' would change' : ''}: ${stageLabel(parent.stage)} → ${stageLabel(stageTo)}.`)
    if (!changed) parts.push('The parent already matches its children.')
    const outcome = changed ? (dryRun ? 'dry_run' : 'applied') : blocked ? 'blocked_by_guard' : 'no_change'
    return { outcome, ...base, stateTo, stageTo, explanation: clipExplanation(parts.join(' ')) }
}

/** The decision recorded on an account where a roll-up chain stops: a loop, or a hierarchy too deep. */
export function decideChainStop(account: AccountSnapshot, reason: 'loop' | 'too_deep', chainNames: readonly string[], maxDepth = MAX_ROLLUP_DEPTH): Decision {
    const path = chainNames.join(' → ')
    const explanation =
        reason === 'loop'
            ? `Hierarchy loop: ${path} → ${account.name || account.id}. The account is its own ancestor, so roll-up stopped for this chain; fix the parent of one of these accounts.`
            : `Hierarchy deeper than ${maxDepth} levels (${path} → ${account.name || account.id}): roll-up stopped here.`
    return {
        outcome: 'blocked_by_guard',
        stateFrom: account.state,
        stateTo: account.state,
        stageFrom: account.stage,
        stageTo: account.stage,
        stateRuleId: '',
        stageRuleId: '',
        explanation: clipExplanation(explanation),
        dependsOnServices: false,
    }
}

/** The key of a parent's roll-up row: one per child row, so an event processed twice is recorded once. */
export function rollupKey(parentId: string, childEventId: string): string {
    return `${parentId}:rollup:${childEventId}`
}

/** The key of a chain-stop row: one per chain (its origin row), so a loop is recorded once, not on every lap. */
export function chainStopKey(accountId: string, originEventId: string): string {
    return `${accountId}:rollup-stop:${originEventId}`
}
