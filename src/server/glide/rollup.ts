/**
 * Hierarchy roll-up adapter: after an account's state or stage changed, its parent (customer_account
 * `account_parent`) is re-derived from its children by the policies an admin picked (properties
 * x_oal_lifecycle.rollup.state_policy / .stage_policy, both off by default), and so on up the hierarchy. The
 * decision is the core's (lifecycle/rollup.ts); each parent change is written by the one lifecycle writer, so it
 * gets a timeline row naming the child, stage periods and outbound events like any change. Cost per level: one
 * aggregate over the parent's children by state and stage (whatever their number), one get of the parent, and
 * the writes of a change. Policies off: nothing is read. See docs/HIERARCHY.md.
 */
import { GlideAggregate, gs } from '@servicenow/glide'
import type { GlideRecord } from '@servicenow/glide'
import { ACCOUNT_APP_FIELDS, PROPERTIES } from '../app-schema.ts'
import type { TimedAccount } from '../lifecycle/model.ts'
import { chainStopKey, checkChain, decideChainStop, decideRollup, rollupEnabled, rollupKey, rollupPolicyOf } from '../lifecycle/rollup.ts'
import type { ChildGroup, RollupPolicy } from '../lifecycle/rollup.ts'
import type { RollupCause } from '../lifecycle/progress.ts'
import { ACCOUNT_TABLE } from '../order-management/om-model.ts'
import { nowDateTime, textValue } from './glide-values.ts'
import { isEventRecorded } from './readers/event-reader.ts'
import { readAccount, timedAccountOf } from './readers/account-reader.ts'
import { applyDecision } from './writers/lifecycle-writer.ts'

/** customer_account's parent reference (confirmed, docs/DATA-MODEL.md). */
export const ACCOUNT_PARENT_FIELD = 'account_parent'

const LOG_PREFIX = '[x_oal_lifecycle] '

interface CountingAggregate {
    addAggregate(aggregate: 'COUNT'): void
    getAggregate(aggregate: 'COUNT'): string
}

export function readRollupPolicy(): RollupPolicy {
    return rollupPolicyOf(gs.getProperty(PROPERTIES.rollupStatePolicy, 'off'), gs.getProperty(PROPERTIES.rollupStagePolicy, 'off'))
}

/** The parent's children counted by state and stage: one aggregate, whatever their number. */
export function countChildren(parentId: string): ChildGroup[] {
    const children = new GlideAggregate(ACCOUNT_TABLE)
    children.addQuery(ACCOUNT_PARENT_FIELD, '=', parentId)
    ;(children as unknown as CountingAggregate).addAggregate('COUNT')
    children.groupBy(ACCOUNT_APP_FIELDS.state)
    children.groupBy(ACCOUNT_APP_FIELDS.stage)
    children.query()
    const groups: ChildGroup[] = []
    while (children.next()) {
        groups.push({
            state: children.getValue(ACCOUNT_APP_FIELDS.state) || '',
            stage: children.getValue(ACCOUNT_APP_FIELDS.stage) || '',
            count: Number((children as unknown as CountingAggregate).getAggregate('COUNT')) || 0,
        })
    }
    return groups
}

/** A change that was just written: the account before and after, its record and its timeline row. */
export interface WrittenChange {
    before: TimedAccount
    after: TimedAccount
    record: GlideRecord
    eventId: string
    /** The chain the change has climbed so far (absent = the account's own change: [account id]). */
    cause?: RollupCause
}

/**
 * Rolls a written change up the hierarchy. Returns how many parents were changed. Never throws: a failure is
 * logged and stops the roll-up (the child's change stands).
 */
export function rollUp(change: WrittenChange, policy: RollupPolicy = readRollupPolicy()): number {
    if (!rollupEnabled(policy)) return 0
    let changed = 0
    let current: WrittenChange | null = change
    // Names of the accounts climbed so far, for a loop's explanation.
    const names: string[] = [change.after.name || change.after.id]
    try {
        while (current) {
            const { before, after, record } = current
            if (before.state === after.state && before.stage === after.stage) return changed
            const parentId = textValue(record, ACCOUNT_PARENT_FIELD)
            if (!parentId) return changed
            const chain = current.cause ? current.cause.chain : [after.id]
            const originEventId = current.cause ? current.cause.originEventId : current.eventId
            const check = checkChain(chain, parentId)
            const loaded = readAccount(parentId)
            if (!loaded) return changed
            const parent = timedAccountOf(loaded)
            const at = nowDateTime()
            const cause: RollupCause = { childAccountId: after.id, childName: after.name, chain: chain.concat([parentId]), originEventId, childEventId: current.eventId }
            if (!check.ok) {
                // Loop or runaway depth: recorded once per chain (its origin row) on the account it came back to.
                const key = chainStopKey(parentId, originEventId)
                if (!isEventRecorded(key)) {
                    applyDecision(parent, loaded.record, entryOf(parentId, key, at, decideChainStop(parent, check.reason, names), cause))
                }
                gs.warn(`${LOG_PREFIX}Roll-up stopped at account ${parentId}: ${check.reason === 'loop' ? 'hierarchy loop' : 'hierarchy too deep'} (${chain.join(' → ')}).`)
                return changed
            }
            const trigger = { childId: after.id, childName: after.name, stateFrom: before.state, stateTo: after.state, stageFrom: before.stage, stageTo: after.stage }
            const decision = decideRollup(parent, countChildren(parentId), policy, trigger, at, false)
            // A pin on the parent stops roll-up there; "already matches" needs no row.
            if (decision.outcome !== 'applied') return changed
            const applied = applyDecision(parent, loaded.record, entryOf(parentId, rollupKey(parentId, current.eventId), at, decision, cause))
            if (applied.failure) {
                gs.error(`${LOG_PREFIX}Roll-up to account ${parentId} failed: ${applied.failure}`)
                return changed
            }
            changed++
            names.push(parent.name || parent.id)
            current = { before: parent, after: applied.account, record: loaded.record, eventId: applied.eventId, cause }
        }
    } catch (error) {
        gs.error(`${LOG_PREFIX}Roll-up from account ${change.after.id} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
    return changed
}

function entryOf(accountId: string, key: string, at: string, decision: ReturnType<typeof decideRollup>, cause: RollupCause) {
    return {
        key,
        source: 'rollup' as const,
        accountId,
        orderId: '',
        lineItemId: '',
        action: '' as const,
        milestone: '' as const,
        occurredAt: at,
        decision,
        rollup: cause,
    }
}
