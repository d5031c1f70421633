/**
 * The daily time-rule job: evaluates the time rules for every account with a lifecycle state, in batches,
 * and applies each firing through the one lifecycle writer (timeline row, stage period, account; a failed
 * write is undone and its row marked as an error, which frees its key for the next run). Idempotent: each
 * firing is recorded under a key that names the rule and its day threshold, and recorded keys are skipped.
 * Respects the kill switch (does nothing), the dry-run property (records dry-run rows under their own keys),
 * pins (a rule waits for the pin's end) and the guards (via the core).
 */
import { gs } from '@servicenow/glide'
import { ACCOUNT_APP_FIELDS } from '../../app-schema.ts'
import { evaluateTimeRules } from '../../lifecycle/time-rules.ts'
import type { TimeRule } from '../../lifecycle/time-rules.ts'
import { nowDateTime } from '../glide-values.ts'
import { readAccount, timedAccountOf } from '../readers/account-reader.ts'
import { isEventRecorded } from '../readers/event-reader.ts'
import { applyDecision } from '../writers/lifecycle-writer.ts'
import { recheckAccount } from '../recheck.ts'
import { rollUp } from '../rollup.ts'
import { nextAccountBatch } from './account-batches.ts'
import { BATCH_SIZE } from './recalc-schema.ts'
import { readTimeRules } from './recalc-readers.ts'
import { LOG_PREFIX, messageOf, readJobSettings } from './settings.ts'

export interface TimeRuleRunSummary {
    accounts: number
    events: number
    changes: number
    errors: number
    /** Accounts the daily re-check corrected (their services had changed since their last service-dependent decision). */
    rechecked: number
}

function evaluateAccountTimeRules(accountId: string, rules: TimeRule[], now: string, dryRun: boolean, summary: TimeRuleRunSummary): void {
    const loaded = readAccount(accountId)
    if (!loaded) return
    let account = timedAccountOf(loaded)
    const { evaluations } = evaluateTimeRules(account, rules, now, isEventRecorded, dryRun)
    for (const evaluation of evaluations) {
        const applied = applyDecision(account, loaded.record, {
            key: evaluation.key,
            source: 'schedule',
            accountId,
            orderId: '',
            lineItemId: '',
            action: '',
            milestone: '',
            occurredAt: evaluation.due.occurredAt,
            // Time rules live in their own table; the rule columns reference mapping rules, so they stay blank.
            decision: { ...evaluation.decision, stateRuleId: '', stageRuleId: '' },
        })
        summary.events++
        if (applied.failure) {
            summary.errors++
            gs.error(`${LOG_PREFIX}Time rule ${evaluation.due.rule.name} for account ${accountId}: ${applied.failure}`)
            // The next evaluation would build on a change that did not happen: stop here, the next run retries.
            return
        }
        if (evaluation.decision.outcome === 'applied') summary.changes++
        rollUp({ before: account, after: applied.account, record: loaded.record, eventId: applied.eventId })
        account = applied.account
    }
}

/**
 * Runs the time rules (and the daily re-check of service-dependent decisions) over every account with a
 * lifecycle state, in batches of BATCH_SIZE by sys_id.
 */
export function runTimeRuleJob(): TimeRuleRunSummary {
    const summary: TimeRuleRunSummary = { accounts: 0, events: 0, changes: 0, errors: 0, rechecked: 0 }
    const settings = readJobSettings()
    if (!settings.enabled) return summary
    const rules = readTimeRules()
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
                if (rules.length > 0) evaluateAccountTimeRules(cursor, rules, now, settings.dryRun, summary)
                if (recheckAccount(cursor, 'schedule')) summary.rechecked++
            } catch (error) {
                summary.errors++
                gs.error(`${LOG_PREFIX}Time rules for account ${cursor} failed: ${messageOf(error)}`)
            }
        }
        if (inBatch < BATCH_SIZE) break
    }
    gs.info(`${LOG_PREFIX}Time rules: ${summary.accounts} accounts, ${summary.events} events, ${summary.changes} changes, ${summary.rechecked} re-checked, ${summary.errors} errors.`)
    return summary
}
