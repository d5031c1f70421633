/**
 * Recalculation of one account: replay its order history with the current rules and time rules (the pure
 * core's replayAccount, which advances the account through the same decide() and progress() as live
 * processing), diff it against what is stored, and — in apply mode — write the diff.
 *
 * Never half-applied: applying one account keeps a journal of every row it inserted, updated or deleted,
 * writes a timeline row saying what the recalculation changes first, then the new rows, and the account fields
 * last; on any failure it undoes the journal in reverse order (compensating writes). A node that dies mid-account
 * leaves what it wrote (the platform commits each write); the request resumes at that account's batch, the diff
 * against the partly written records is exactly the remainder, and the recorded row marks the account as
 * applied by this request. See docs/RECALCULATION.md.
 */
import { createReasonCache, readReasonMappings } from '../readers/reason-reader.ts'
import { GlideRecord, gs } from '@servicenow/glide'
import { ACCOUNT_APP_FIELDS, EVENT_FIELDS, EVENT_TABLE, STAGE_FIELDS, STAGE_TABLE } from '../../app-schema.ts'
import type { Decision } from '../../lifecycle/model.ts'
import { replayAccount } from '../../lifecycle/replay.ts'
import type { ReplayedEvent } from '../../lifecycle/replay.ts'
import { describeDiff, diffAccount } from '../../lifecycle/replay-diff.ts'
import type { AccountDiff } from '../../lifecycle/replay-diff.ts'
import { ACCOUNT_TABLE } from '../../order-management/om-model.ts'
import { nowDateTime, textValue } from '../glide-values.ts'
import { readAccount, timedAccountOf } from '../readers/account-reader.ts'
import { readInventoryMapping } from '../readers/account-facts-reader.ts'
import { isEventRecorded } from '../readers/event-reader.ts'
import { createRuleCache, readActiveRules } from '../readers/rules-reader.ts'
import { insertTimelineEvent, nextSequence } from '../writers/event-writer.ts'
import { currentAccountOf, readAccountTimeline, readInventory, readOrderHistories, readStoredPeriods, readTimeRules } from './recalc-readers.ts'
import type { RecalcMode } from './recalc-schema.ts'
import { LOG_PREFIX, messageOf, readJobSettings } from './settings.ts'

export interface AccountRecalculation {
    accountId: string
    status: 'unchanged' | 'changed' | 'applied' | 'skipped' | 'error'
    lines: string[]
    diff: AccountDiff | null
}

/** Rows written while applying one account, undone in reverse on failure, and the account's next sequence number. */
interface Journal {
    undo: Array<() => void>
    sequence: number
}

function journaledInsert(journal: Journal, table: string, insert: () => string): string {
    const id = insert()
    journal.undo.push(() => {
        const row = new GlideRecord(table)
        if (row.get(id)) row.deleteRecord()
    })
    return id
}

function snapshotFields(row: GlideRecord, fields: string[]): Record<string, string> {
    const values: Record<string, string> = {}
    for (const field of fields) values[field] = textValue(row, field)
    return values
}

function journaledUpdate(journal: Journal, table: string, id: string, values: Record<string, string>): void {
    const row = new GlideRecord(table)
    if (!row.get(id)) throw new Error(`${table} ${id} not found`)
    const previous = snapshotFields(row, Object.keys(values))
    for (const field of Object.keys(values)) row.setValue(field, values[field])
    row.setWorkflow(false)
    if (!row.update()) throw new Error(`${table} ${id} could not be updated`)
    journal.undo.push(() => {
        const again = new GlideRecord(table)
        if (!again.get(id)) return
        for (const field of Object.keys(previous)) again.setValue(field, previous[field])
        again.setWorkflow(false)
        again.update()
    })
}

const PERIOD_COLUMNS = [STAGE_FIELDS.account, STAGE_FIELDS.stage, STAGE_FIELDS.startedAt, STAGE_FIELDS.endedAt, STAGE_FIELDS.duration, STAGE_FIELDS.current, STAGE_FIELDS.openedBy]

function journaledDelete(journal: Journal, table: string, id: string, columns: string[]): void {
    const row = new GlideRecord(table)
    if (!row.get(id)) return
    const values = snapshotFields(row, columns)
    if (!row.deleteRecord()) throw new Error(`${table} ${id} could not be deleted`)
    journal.undo.push(() => {
        const restored = new GlideRecord(table)
        restored.initialize()
        restored.setNewGuidValue(id)
        for (const field of Object.keys(values)) restored.setValue(field, values[field])
        restored.insert()
    })
}

function timelineDecision(event: ReplayedEvent): Decision {
    // Time rules live in their own table; the rule columns reference mapping rules, so they stay blank and
    // the explanation names the time rule.
    return event.kind === 'time' ? { ...event.decision, stateRuleId: '', stageRuleId: '' } : event.decision
}

function eventIdByKey(key: string): string {
    const row = new GlideRecord(EVENT_TABLE)
    row.addQuery(EVENT_FIELDS.eventKey, key)
    row.setLimit(1)
    row.query()
    return row.next() ? row.getUniqueValue() : ''
}

function applyDiff(accountId: string, diff: AccountDiff, journal: Journal): void {
    const idByKey: Record<string, string> = {}
    for (const event of diff.eventsToAdd) {
        idByKey[event.key] = journaledInsert(journal, EVENT_TABLE, () =>
            insertTimelineEvent(
                {
                    key: event.key,
                    source: event.kind === 'time' ? 'schedule' : 'replay',
                    accountId,
                    orderId: event.orderId,
                    lineItemId: '',
                    action: event.action,
                    milestone: event.milestone,
                    occurredAt: event.occurredAt,
                    decision: timelineDecision(event),
                },
                journal.sequence++,
            ),
        )
    }
    for (const id of diff.periodsToRemove) journaledDelete(journal, STAGE_TABLE, id, PERIOD_COLUMNS)
    for (const close of diff.periodsToClose) {
        journaledUpdate(journal, STAGE_TABLE, close.id, { [STAGE_FIELDS.endedAt]: close.endedAt, [STAGE_FIELDS.duration]: close.duration, [STAGE_FIELDS.current]: 'false' })
    }
    for (const period of diff.periodsToAdd) {
        journaledInsert(journal, STAGE_TABLE, () => {
            const row = new GlideRecord(STAGE_TABLE)
            row.initialize()
            row.setValue(STAGE_FIELDS.account, accountId)
            row.setValue(STAGE_FIELDS.stage, period.stage)
            row.setValue(STAGE_FIELDS.startedAt, period.startedAt)
            row.setValue(STAGE_FIELDS.endedAt, period.endedAt)
            row.setValue(STAGE_FIELDS.duration, period.duration)
            row.setValue(STAGE_FIELDS.current, period.endedAt ? 'false' : 'true')
            row.setValue(STAGE_FIELDS.openedBy, idByKey[period.openedBy] || eventIdByKey(period.openedBy))
            const id = row.insert()
            if (!id) throw new Error(`the stage period ${period.stage} from ${period.startedAt} could not be inserted`)
            return id
        })
    }
    if (diff.stateChange || diff.stageChange || diff.sinceChanges) {
        // Account fields last: if anything above failed, the account was never touched.
        journaledUpdate(journal, ACCOUNT_TABLE, accountId, {
            [ACCOUNT_APP_FIELDS.state]: diff.stateChange ? diff.stateChange.to : textOf(accountId, ACCOUNT_APP_FIELDS.state),
            [ACCOUNT_APP_FIELDS.stage]: diff.stageChange ? diff.stageChange.to : textOf(accountId, ACCOUNT_APP_FIELDS.stage),
            [ACCOUNT_APP_FIELDS.stateSince]: diff.stateSince,
            [ACCOUNT_APP_FIELDS.stageSince]: diff.stageSince,
        })
    }
}

function textOf(accountId: string, field: string): string {
    const account = new GlideRecord(ACCOUNT_TABLE)
    return account.get(accountId) ? textValue(account, field) : ''
}

function rollback(journal: Journal): string {
    let failures = 0
    for (let index = journal.undo.length - 1; index >= 0; index--) {
        try {
            journal.undo[index]()
        } catch {
            failures++
        }
    }
    return failures === 0 ? 'rolled back' : `rolled back with ${failures} undo failure(s)`
}

/** The key of the row that records what one run of a recalculation changed on one account. */
export function recalculationKey(accountId: string, runId: string): string {
    return `${accountId}:recalculation:${runId}`
}

/** The row that says, on the account's timeline, what the recalculation changes and why. */
function insertRecalculationRow(journal: Journal, accountId: string, key: string, diff: AccountDiff, at: string): void {
    journaledInsert(journal, EVENT_TABLE, () =>
        insertTimelineEvent({
            key,
            source: 'manual',
            accountId,
            orderId: '',
            lineItemId: '',
            action: '',
            milestone: '',
            occurredAt: at,
            decision: {
                outcome: 'applied',
                stateFrom: diff.stateChange ? diff.stateChange.from : '',
                stateTo: diff.stateChange ? diff.stateChange.to : '',
                stageFrom: diff.stageChange ? diff.stageChange.from : '',
                stageTo: diff.stageChange ? diff.stageChange.to : '',
                stateRuleId: '',
                stageRuleId: '',
                explanation: `Recalculated from the order history with the current rules. ${describeDiff(diff).join('. ')}.`,
                dependsOnServices: false,
            },
        }, journal.sequence++),
    )
}

export interface RecalculationOptions {
    /** The instant the replay runs up to (default now). */
    asOf?: string
    /** Names this run on the account's timeline (the request's sys_id); default asOf. */
    runId?: string
}

/**
 * Replays one account's order history with the current rules and diffs it against what is stored. In apply
 * mode (and with the kill switch on and the dry-run property off) the diff is written, all or nothing.
 * Pinned accounts are skipped: a pin protects a manual decision from automation, replay included.
 */
export function recalculateAccount(accountId: string, mode: RecalcMode, options: RecalculationOptions = {}): AccountRecalculation {
    const settings = readJobSettings()
    const asOf = options.asOf || nowDateTime()
    const loaded = readAccount(accountId)
    if (!loaded) return { accountId, status: 'error', lines: [`Account ${accountId} not found.`], diff: null }
    const account = timedAccountOf(loaded)
    if (account.pinnedUntil && account.pinnedUntil > asOf) {
        return { accountId, status: 'skipped', lines: [`Skipped: pinned until ${account.pinnedUntil}${account.pinReason ? ` (${account.pinReason})` : ''}.`], diff: null }
    }
    const timeline = readAccountTimeline(accountId)
    const orders = readOrderHistories(accountId, timeline)
    const replayed = replayAccount({
        account: loaded.snapshot,
        orders,
        rules: readActiveRules(createRuleCache()),
        timeRules: readTimeRules(),
        inventory: readInventory(accountId),
        mapping: readInventoryMapping(),
        asOf,
        reasons: readReasonMappings(createReasonCache()),
    })
    const diff = diffAccount(currentAccountOf(account, readStoredPeriods(accountId), timeline), replayed)
    const lines = describeDiff(diff)
    const key = recalculationKey(accountId, options.runId || asOf)
    const alreadyRecorded = mode === 'apply' && isEventRecorded(key)
    if (diff.empty) return { accountId, status: alreadyRecorded ? 'applied' : 'unchanged', lines, diff }
    if (mode !== 'apply') return { accountId, status: 'changed', lines, diff }
    if (!settings.enabled) return { accountId, status: 'skipped', lines: lines.concat(['Not applied: the app is disabled (kill switch).']), diff }
    if (settings.dryRun) return { accountId, status: 'changed', lines: lines.concat(['Not applied: the dry-run property is on.']), diff }
    const journal: Journal = { undo: [], sequence: nextSequence(accountId) }
    try {
        // The row first: if the node dies mid-account, the resumed run finds it and finishes the rest.
        if (!alreadyRecorded) insertRecalculationRow(journal, accountId, key, diff, asOf)
        applyDiff(accountId, diff, journal)
        return { accountId, status: 'applied', lines, diff }
    } catch (error) {
        const undone = rollback(journal)
        gs.error(`${LOG_PREFIX}Recalculating account ${accountId} failed (${undone}): ${messageOf(error)}`)
        return { accountId, status: 'error', lines: [`Error: ${messageOf(error)} (${undone}; the account is unchanged).`], diff }
    }
}

/** The "Recalculate lifecycle" form action: shows the diff as a message, then applies it. */
export function recalculateFromForm(current: GlideRecord): void {
    const result = recalculateAccount(current.getUniqueValue(), 'apply')
    const heading = result.status === 'applied' ? 'Lifecycle recalculated:' : result.status === 'error' ? 'Lifecycle recalculation failed:' : 'Lifecycle recalculation:'
    const message = `${heading} ${result.lines.join('; ')}`
    if (result.status === 'error') gs.addErrorMessage(message)
    else gs.addInfoMessage(message)
}
