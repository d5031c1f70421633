/**
 * Recalculation adapters: one account (dry run or apply), a batch job driven by a x_oal_lifecycle_recalc
 * record, the form action, and the daily time-rule job. Every decision comes from the pure core (replay.ts,
 * time-rules.ts → decide() and the guards); this module reads, sequences and writes.
 *
 * Never half-applied: the platform gives a script no transaction it can roll back, so applying one account
 * keeps a journal of every row it inserted, updated or deleted, writes the new rows first and the account
 * fields last, and on any failure undoes the journal in reverse order (compensating writes) before reporting
 * the error. See docs/RECALCULATION.md.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { ACCOUNT_APP_FIELDS, EVENT_FIELDS, EVENT_TABLE, PROPERTIES, STAGE_FIELDS, STAGE_TABLE } from '../../app-schema.ts'
import type { Decision } from '../../lifecycle/model.ts'
import { replayAccount } from '../../lifecycle/replay.ts'
import type { ReplayedEvent } from '../../lifecycle/replay.ts'
import { describeDiff, diffAccount } from '../../lifecycle/replay-diff.ts'
import type { AccountDiff } from '../../lifecycle/replay-diff.ts'
import { evaluateTimeRules } from '../../lifecycle/time-rules.ts'
import { ACCOUNT_TABLE } from '../../order-management/om-model.ts'
import { isTrueValue, nowDateTime, textValue } from '../glide-values.ts'
import { readAccount } from '../readers/account-reader.ts'
import { isEventRecorded } from '../readers/event-reader.ts'
import { readActiveRules, createRuleCache } from '../readers/rules-reader.ts'
import { writeAccountLifecycle } from '../writers/account-writer.ts'
import { insertTimelineEvent } from '../writers/event-writer.ts'
import { recordStageChange } from '../writers/stage-period-writer.ts'
import { currentAccountOf, readAccountTimeline, readOrderHistories, readStoredPeriods, readTimeRules, timedAccountOf } from './recalc-readers.ts'
import { BATCH_SIZE, RECALC_FIELDS } from './recalc-schema.ts'
import type { RecalcMode } from './recalc-schema.ts'

const LOG_PREFIX = '[x_oal_lifecycle] '

interface Settings {
    enabled: boolean
    dryRun: boolean
}

function readSettings(): Settings {
    return {
        enabled: isTrueValue(gs.getProperty(PROPERTIES.enabled, 'false')),
        dryRun: isTrueValue(gs.getProperty(PROPERTIES.dryRun, 'false')),
    }
}

function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error)
}

export interface AccountRecalculation {
    accountId: string
    status: 'unchanged' | 'changed' | 'applied' | 'skipped' | 'error'
    lines: string[]
    diff: AccountDiff | null
}

/** Rows written while applying one account, undone in reverse on failure. */
interface Journal {
    undo: Array<() => void>
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
    row.update()
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
    row.deleteRecord()
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
                },
                timelineDecision(event),
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

/**
 * Replays one account's order history with the current rules and diffs it against what is stored. In apply
 * mode (and with the kill switch on and the dry-run property off) the diff is written, all or nothing.
 * Pinned accounts are skipped: a pin protects a manual decision from automation, replay included.
 */
export function recalculateAccount(accountId: string, mode: RecalcMode, options: { asOf?: string } = {}): AccountRecalculation {
    const settings = readSettings()
    const asOf = options.asOf || nowDateTime()
    const loaded = readAccount(accountId)
    if (!loaded) return { accountId, status: 'error', lines: [`Account ${accountId} not found.`], diff: null }
    const account = timedAccountOf(loaded)
    if (account.pinnedUntil && account.pinnedUntil > asOf) {
        return { accountId, status: 'skipped', lines: [`Skipped: pinned until ${account.pinnedUntil}${account.pinReason ? ` (${account.pinReason})` : ''}.`], diff: null }
    }
    const timeline = readAccountTimeline(accountId)
    const replayed = replayAccount({
        account: loaded.snapshot,
        orders: readOrderHistories(accountId, timeline),
        rules: readActiveRules(createRuleCache()),
        timeRules: readTimeRules(),
        asOf,
    })
    const diff = diffAccount(currentAccountOf(account, readStoredPeriods(accountId), timeline), replayed)
    const lines = describeDiff(diff)
    if (diff.empty) return { accountId, status: 'unchanged', lines, diff }
    if (mode !== 'apply') return { accountId, status: 'changed', lines, diff }
    if (!settings.enabled) return { accountId, status: 'skipped', lines: lines.concat(['Not applied: the app is disabled (kill switch).']), diff }
    if (settings.dryRun) return { accountId, status: 'changed', lines: lines.concat(['Not applied: the dry-run property is on.']), diff }
    const journal: Journal = { undo: [] }
    try {
        applyDiff(accountId, diff, journal)
        if (diff.stateChange || diff.stageChange) recordRecalculationEvent(accountId, diff, asOf)
        return { accountId, status: 'applied', lines, diff }
    } catch (error) {
        const undone = rollback(journal)
        gs.error(`${LOG_PREFIX}Recalculating account ${accountId} failed (${undone}): ${messageOf(error)}`)
        return { accountId, status: 'error', lines: [`Error: ${messageOf(error)} (${undone}; the account is unchanged).`], diff }
    }
}

/** Explains on the timeline why the account's state/stage moved without a new order event. */
function recordRecalculationEvent(accountId: string, diff: AccountDiff, at: string): void {
    const lines = describeDiff(diff)
    insertTimelineEvent(
        { key: `${accountId}:recalculation:${at}`, source: 'manual', accountId, orderId: '', lineItemId: '', action: '', milestone: '', occurredAt: at },
        {
            outcome: 'applied',
            stateFrom: diff.stateChange ? diff.stateChange.from : '',
            stateTo: diff.stateChange ? diff.stateChange.to : '',
            stageFrom: diff.stageChange ? diff.stageChange.from : '',
            stageTo: diff.stageChange ? diff.stageChange.to : '',
            stateRuleId: '',
            stageRuleId: '',
            explanation: `Recalculated from the order history with the current rules. ${lines.join('. ')}.`,
        },
    )
}

/** The "Recalculate lifecycle" form action: shows the diff as a message, then applies it. */
export function recalculateFromForm(current: GlideRecord): void {
    const result = recalculateAccount(current.getUniqueValue(), 'apply')
    const heading = result.status === 'applied' ? 'Lifecycle recalculated:' : result.status === 'error' ? 'Lifecycle recalculation failed:' : 'Lifecycle recalculation:'
    const message = `${heading} ${result.lines.join('; ')}`
    if (result.status === 'error') gs.addErrorMessage(message)
    else gs.addInfoMessage(message)
}

const MAX_LOG_LENGTH = 4000

function appendLog(record: GlideRecord, line: string): void {
    const log = textValue(record, RECALC_FIELDS.log)
    const next = log ? `${log}\n${line}` : line
    record.setValue(RECALC_FIELDS.log, next.length > MAX_LOG_LENGTH ? next.slice(next.length - MAX_LOG_LENGTH) : next)
}

function countOf(record: GlideRecord, field: string): number {
    return Number(textValue(record, field)) || 0
}

/** The condition that explicitly selects every account, for an admin who means it. */
export const ALL_ACCOUNTS_CONDITION = 'sys_idISNOTEMPTY'

/**
 * Why a request must not run, or '' when it may. An Apply with a blank condition would rewrite every
 * account, far too easy to do by leaving the field empty. A new-query OR (^NQ) cannot be batched: the
 * cursor condition added per batch would only be ANDed to the last OR group, so the other groups would be
 * processed again in every batch.
 */
export function refusalOf(mode: RecalcMode, condition: string): string {
    if (mode === 'apply' && !condition.trim()) {
        return `Refused: an Apply request needs a condition on accounts. To recalculate every account, say so explicitly with the condition ${ALL_ACCOUNTS_CONDITION} (Sys ID is not empty).`
    }
    if (condition.indexOf('^NQ') >= 0) {
        return 'Refused: the condition uses a new query (^NQ, an OR between condition groups), which cannot be processed in batches. Create one request per condition group instead.'
    }
    return ''
}

function refuseRequest(request: GlideRecord, refusal: string): void {
    const at = nowDateTime()
    request.setValue(RECALC_FIELDS.state, 'failed')
    if (!textValue(request, RECALC_FIELDS.started)) request.setValue(RECALC_FIELDS.started, at)
    request.setValue(RECALC_FIELDS.finished, at)
    appendLog(request, refusal)
    request.setWorkflow(false)
    request.update()
    gs.warn(`${LOG_PREFIX}Recalculation request ${request.getUniqueValue()} refused. ${refusal}`)
}

/**
 * The next batch of accounts matching `condition` after the sys_id `cursor` (blank: from the start), in
 * sys_id order so a batch run can stop and resume anywhere.
 */
function nextAccountBatch(condition: string, cursor: string): GlideRecord {
    const accounts = new GlideRecord(ACCOUNT_TABLE)
    if (condition) accounts.addEncodedQuery(condition)
    if (cursor) accounts.addQuery('sys_id', '>', cursor)
    accounts.orderBy('sys_id')
    accounts.setLimit(BATCH_SIZE)
    accounts.query()
    return accounts
}

/**
 * Processes a recalculation request in batches of accounts (ordered by sys_id), saving counts and the
 * cursor (last account done) after every batch, so a failed run resumes where it stopped when its state is
 * set back to pending. Each account is recalculated in its own try/catch: one failing account is counted and
 * logged, never half-applied, and does not stop the others.
 */
export function processRecalculation(request: GlideRecord): void {
    const mode: RecalcMode = textValue(request, RECALC_FIELDS.mode) === 'apply' ? 'apply' : 'dry_run'
    const condition = textValue(request, RECALC_FIELDS.condition)
    const refusal = refusalOf(mode, condition)
    if (refusal) {
        refuseRequest(request, refusal)
        return
    }
    const asOf = nowDateTime()
    request.setValue(RECALC_FIELDS.state, 'running')
    if (!textValue(request, RECALC_FIELDS.started)) request.setValue(RECALC_FIELDS.started, asOf)
    request.setWorkflow(false)
    request.update()
    try {
        const total = new GlideRecord(ACCOUNT_TABLE)
        if (condition) total.addEncodedQuery(condition)
        total.query()
        request.setValue(RECALC_FIELDS.total, String(total.getRowCount()))
        for (;;) {
            const accounts = nextAccountBatch(condition, textValue(request, RECALC_FIELDS.cursor))
            let inBatch = 0
            while (accounts.next()) {
                inBatch++
                const id = accounts.getUniqueValue()
                let result: AccountRecalculation
                try {
                    result = recalculateAccount(id, mode, { asOf })
                } catch (error) {
                    result = { accountId: id, status: 'error', lines: [`Error: ${messageOf(error)}`], diff: null }
                }
                request.setValue(RECALC_FIELDS.processed, String(countOf(request, RECALC_FIELDS.processed) + 1))
                if (result.status === 'changed' || result.status === 'applied') request.setValue(RECALC_FIELDS.changed, String(countOf(request, RECALC_FIELDS.changed) + 1))
                if (result.status === 'skipped') request.setValue(RECALC_FIELDS.skipped, String(countOf(request, RECALC_FIELDS.skipped) + 1))
                if (result.status === 'error') request.setValue(RECALC_FIELDS.errors, String(countOf(request, RECALC_FIELDS.errors) + 1))
                if (result.status !== 'unchanged') appendLog(request, `${textValue(accounts, 'name') || id}: ${result.lines.join('; ')}`)
                request.setValue(RECALC_FIELDS.cursor, id)
            }
            request.setWorkflow(false)
            request.update()
            if (inBatch < BATCH_SIZE) break
        }
        request.setValue(RECALC_FIELDS.state, 'completed')
    } catch (error) {
        request.setValue(RECALC_FIELDS.state, 'failed')
        appendLog(request, `Stopped: ${messageOf(error)}. Set the state back to Pending to resume after the last account done.`)
    }
    request.setValue(RECALC_FIELDS.finished, nowDateTime())
    request.setWorkflow(false)
    request.update()
}

/** Async business rule entry point on x_oal_lifecycle_recalc (insert, or state changed to pending). */
export function onRecalculationRequested(current: GlideRecord, _previous: GlideRecord | null): void {
    processRecalculation(current)
}

export interface TimeRuleRunSummary {
    accounts: number
    events: number
    changes: number
    errors: number
}

/**
 * The daily job: evaluates the time rules for every account with a lifecycle state, in batches. Idempotent:
 * each firing is recorded under a key that names the rule and its day threshold, and recorded keys are
 * skipped. Respects the kill switch (does nothing), the dry-run property (records dry-run rows under their
 * own keys), pins (a rule waits for the pin's end) and the guards (via the core).
 */
export function runTimeRuleJob(): TimeRuleRunSummary {
    const summary: TimeRuleRunSummary = { accounts: 0, events: 0, changes: 0, errors: 0 }
    const settings = readSettings()
    if (!settings.enabled) return summary
    const rules = readTimeRules()
    if (rules.length === 0) return summary
    const now = nowDateTime()
    let cursor = ''
    for (;;) {
        const accounts = nextAccountBatch(`${ACCOUNT_APP_FIELDS.state}ISNOTEMPTY`, cursor)
        let inBatch = 0
        while (accounts.next()) {
            inBatch++
            cursor = accounts.getUniqueValue()
            summary.accounts++
            try {
                evaluateAccountTimeRules(cursor, rules, now, settings.dryRun, summary)
            } catch (error) {
                summary.errors++
                gs.error(`${LOG_PREFIX}Time rules for account ${cursor} failed: ${messageOf(error)}`)
            }
        }
        if (inBatch < BATCH_SIZE) break
    }
    gs.info(`${LOG_PREFIX}Time rules: ${summary.accounts} accounts, ${summary.events} events, ${summary.changes} changes, ${summary.errors} errors.`)
    return summary
}

function evaluateAccountTimeRules(accountId: string, rules: ReturnType<typeof readTimeRules>, now: string, dryRun: boolean, summary: TimeRuleRunSummary): void {
    const loaded = readAccount(accountId)
    if (!loaded) return
    const { evaluations } = evaluateTimeRules(timedAccountOf(loaded), rules, now, isEventRecorded, dryRun)
    for (const evaluation of evaluations) {
        const eventId = insertTimelineEvent(
            { key: evaluation.key, source: 'schedule', accountId, orderId: '', lineItemId: '', action: '', milestone: '', occurredAt: evaluation.due.occurredAt },
            { ...evaluation.decision, stateRuleId: '', stageRuleId: '' },
        )
        summary.events++
        const decision = evaluation.decision
        if (decision.outcome !== 'applied') continue
        if (decision.stageTo && decision.stageTo !== decision.stageFrom) recordStageChange(accountId, decision.stageTo, evaluation.due.occurredAt, eventId)
        // Re-read: the account record must carry the previous evaluation's write.
        const account = readAccount(accountId)
        if (account) writeAccountLifecycle(account.record, decision, evaluation.due.occurredAt)
        summary.changes++
    }
}
