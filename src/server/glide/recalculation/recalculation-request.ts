/**
 * The bulk recalculation job driven by a x_oal_lifecycle_recalc request: accounts in batches (by sys_id), each
 * recalculated on its own (recalculate-account.ts), with counts, the cursor and a heartbeat saved after every
 * batch. A run that stops — an error, or a node that dies — resumes after the last saved batch: when an admin
 * sets the request back to Pending, or when the resume job finds it running without a heartbeat.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { parseDateTime } from '../../lifecycle/datetime.ts'
import { ACCOUNT_TABLE } from '../../order-management/om-model.ts'
import { nowDateTime, textValue } from '../glide-values.ts'
import { nextAccountBatch } from './account-batches.ts'
import { recalculateAccount } from './recalculate-account.ts'
import type { AccountRecalculation } from './recalculate-account.ts'
import { BATCH_SIZE, RECALC_FIELDS, RECALC_TABLE, STALE_AFTER_MINUTES } from './recalc-schema.ts'
import type { RecalcMode } from './recalc-schema.ts'
import { LOG_PREFIX, messageOf } from './settings.ts'

const MAX_LOG_LENGTH = 4000

function appendLog(record: GlideRecord, line: string): void {
    const log = textValue(record, RECALC_FIELDS.log)
    const next = log ? `${log}\n${line}` : line
    record.setValue(RECALC_FIELDS.log, next.length > MAX_LOG_LENGTH ? next.slice(next.length - MAX_LOG_LENGTH) : next)
}

function countOf(record: GlideRecord, field: string): number {
    return Number(textValue(record, field)) || 0
}

function increment(record: GlideRecord, field: string): void {
    record.setValue(field, String(countOf(record, field) + 1))
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

function save(request: GlideRecord): void {
    request.setWorkflow(false)
    request.update()
}

function refuseRequest(request: GlideRecord, refusal: string): void {
    const at = nowDateTime()
    request.setValue(RECALC_FIELDS.state, 'failed')
    if (!textValue(request, RECALC_FIELDS.started)) request.setValue(RECALC_FIELDS.started, at)
    request.setValue(RECALC_FIELDS.finished, at)
    appendLog(request, refusal)
    save(request)
    gs.warn(`${LOG_PREFIX}Recalculation request ${request.getUniqueValue()} refused. ${refusal}`)
}

function count(request: GlideRecord, result: AccountRecalculation, name: string): void {
    increment(request, RECALC_FIELDS.processed)
    if (result.status === 'changed' || result.status === 'applied') increment(request, RECALC_FIELDS.changed)
    if (result.status === 'skipped') increment(request, RECALC_FIELDS.skipped)
    if (result.status === 'error') increment(request, RECALC_FIELDS.errors)
    if (result.status !== 'unchanged') appendLog(request, `${name}: ${result.lines.join('; ')}`)
}

/**
 * Processes a recalculation request in batches of accounts (ordered by sys_id), saving counts, the cursor
 * (last account of the batch) and a heartbeat after every batch. A resumed run (state running, or set back to
 * pending after a failure) continues after the cursor with the counts it saved; the accounts of a batch that
 * was interrupted are done again, which finds the ones already applied (see recalculate-account.ts). Each
 * account is recalculated in its own try/catch: one failing account is counted and logged, never
 * half-applied, and does not stop the others.
 */
export function processRecalculation(request: GlideRecord): void {
    const mode: RecalcMode = textValue(request, RECALC_FIELDS.mode) === 'apply' ? 'apply' : 'dry_run'
    const condition = textValue(request, RECALC_FIELDS.condition)
    const refusal = refusalOf(mode, condition)
    if (refusal) {
        refuseRequest(request, refusal)
        return
    }
    const resumed = !!textValue(request, RECALC_FIELDS.started)
    // One instant for the whole request (kept across resumes), so every account is replayed up to the same moment.
    const asOf = textValue(request, RECALC_FIELDS.asOf) || nowDateTime()
    request.setValue(RECALC_FIELDS.asOf, asOf)
    request.setValue(RECALC_FIELDS.state, 'running')
    if (!resumed) request.setValue(RECALC_FIELDS.started, nowDateTime())
    else appendLog(request, `Resumed after account ${textValue(request, RECALC_FIELDS.cursor) || '(none yet)'} at ${nowDateTime()}.`)
    request.setValue(RECALC_FIELDS.heartbeat, nowDateTime())
    save(request)
    try {
        if (!textValue(request, RECALC_FIELDS.total)) {
            const total = new GlideRecord(ACCOUNT_TABLE)
            if (condition) total.addEncodedQuery(condition)
            total.query()
            request.setValue(RECALC_FIELDS.total, String(total.getRowCount()))
        }
        for (;;) {
            const accounts = nextAccountBatch(condition, textValue(request, RECALC_FIELDS.cursor))
            let inBatch = 0
            let last = ''
            while (accounts.next()) {
                inBatch++
                last = accounts.getUniqueValue()
                let result: AccountRecalculation
                try {
                    result = recalculateAccount(last, mode, { asOf, runId: request.getUniqueValue() })
                } catch (error) {
                    result = { accountId: last, status: 'error', lines: [`Error: ${messageOf(error)}`], diff: null }
                }
                count(request, result, textValue(accounts, 'name') || last)
            }
            // The checkpoint: counts, cursor and heartbeat of the batch, saved together.
            if (last) request.setValue(RECALC_FIELDS.cursor, last)
            request.setValue(RECALC_FIELDS.heartbeat, nowDateTime())
            save(request)
            if (inBatch < BATCH_SIZE) break
        }
        request.setValue(RECALC_FIELDS.state, 'completed')
    } catch (error) {
        request.setValue(RECALC_FIELDS.state, 'failed')
        appendLog(request, `Stopped: ${messageOf(error)}. Set the state back to Pending to resume after the last batch done.`)
    }
    request.setValue(RECALC_FIELDS.finished, nowDateTime())
    save(request)
}

/** Async business rule entry point on x_oal_lifecycle_recalc (insert, or state changed to pending). */
export function onRecalculationRequested(current: GlideRecord, _previous: GlideRecord | null): void {
    processRecalculation(current)
}

/** True when a running request's last heartbeat is older than the stale limit (its worker is gone). */
export function isStale(heartbeat: string, now: string): boolean {
    const last = parseDateTime(heartbeat)
    const at = parseDateTime(now)
    if (isNaN(last) || isNaN(at)) return true
    return at - last > STALE_AFTER_MINUTES * 60 * 1000
}

/**
 * The resume job (scheduled every few minutes): a request left running by a worker that died — no heartbeat
 * for STALE_AFTER_MINUTES — is set back to Pending, which queues the async rule that resumes it. Returns how
 * many were resumed.
 */
export function resumeStaleRecalculations(): number {
    const now = nowDateTime()
    const request = new GlideRecord(RECALC_TABLE)
    request.addQuery(RECALC_FIELDS.state, 'running')
    request.query()
    let resumed = 0
    while (request.next()) {
        if (!isStale(textValue(request, RECALC_FIELDS.heartbeat), now)) continue
        appendLog(request, `No progress since ${textValue(request, RECALC_FIELDS.heartbeat) || 'the start'}: resumed by the resume job.`)
        request.setValue(RECALC_FIELDS.state, 'pending')
        // With business rules on: the state change to pending queues the processing rule.
        request.update()
        resumed++
    }
    if (resumed > 0) gs.info(`${LOG_PREFIX}Resumed ${resumed} stalled recalculation request(s).`)
    return resumed
}
