/**
 * The business-rule entry points: an order or order line save → order lifecycle events → decisions →
 * account changes and timeline rows. This module only reads, sequences and writes; every decision is made
 * by the pure core in ../lifecycle.
 *
 * Failure policy: nothing here may abort or roll back the order's save. Every failure is caught, logged
 * with the order number and recorded on the timeline as an `error` event (if even that fails, it is only
 * logged). setAbortAction is never called and nothing is rethrown.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { PROPERTIES } from '../app-schema.ts'
import { classifyLineChange, classifyOrderChange, impliedSubmissions, isMigration, isWithdrawnState, lineEventKeys } from '../lifecycle/classify.ts'
import type { LineSnapshot, OrderSnapshot } from '../lifecycle/classify.ts'
import { decide, errorDecision } from '../lifecycle/engine.ts'
import type { AccountSnapshot, EventSource, OrderEvent, TimedAccount } from '../lifecycle/model.ts'
import { factsToRead } from '../lifecycle/signals.ts'
import type { TimelineEntry } from '../lifecycle/progress.ts'
import { LINE_FIELDS, ORDER_FIELDS } from '../order-management/om-model.ts'
import { isTrueValue, nowDateTime, textValue } from './glide-values.ts'
import { glideAccountFactsReader } from './readers/account-facts-reader.ts'
import type { AccountFactsReader } from './readers/account-facts-reader.ts'
import { readAccount, timedAccountOf } from './readers/account-reader.ts'
import { readRecordedForOrder } from './readers/event-reader.ts'
import { lineSnapshotOf, orderSnapshotOf, readOrderLines, readOrderSnapshot } from './readers/order-snapshots.ts'
import { createRuleCache, readActiveRules } from './readers/rules-reader.ts'
import { createReasonCache, readReasonMappings } from './readers/reason-reader.ts'
import type { ReasonCache } from './readers/reason-reader.ts'
import type { RuleCache } from './readers/rules-reader.ts'
import { applyDecision } from './writers/lifecycle-writer.ts'
import { rollUp } from './rollup.ts'
import { insertTimelineEvent } from './writers/event-writer.ts'

/** Platform system column: when the saved record was last updated (the event's occurrence time). */
const UPDATED_ON = 'sys_updated_on'

const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const
type LogLevel = (typeof LOG_LEVELS)[number]

interface Logger {
    error(message: string): void
    warn(message: string): void
    info(message: string): void
    debug(message: string): void
}

interface Settings {
    enabled: boolean
    dryRun: boolean
    logLevel: LogLevel
}

/** Optional collaborators, so a real instance (or a test) can swap how account facts are counted. */
export interface MapperOptions {
    factsReader?: AccountFactsReader
}

/** One business-rule invocation: its settings, logger, rule cache and facts reader. */
interface Invocation {
    settings: Settings
    log: Logger
    rules: RuleCache
    /** The reason mappings, read only when an event carries an action reason. */
    reasons: ReasonCache
    factsReader: AccountFactsReader
}

const LOG_PREFIX = '[x_oal_lifecycle] '

function readSettings(): Settings {
    const level = gs.getProperty(PROPERTIES.logLevel, 'warn')
    return {
        enabled: isTrueValue(gs.getProperty(PROPERTIES.enabled, 'false')),
        dryRun: isTrueValue(gs.getProperty(PROPERTIES.dryRun, 'false')),
        logLevel: (LOG_LEVELS as readonly string[]).indexOf(level) >= 0 ? (level as LogLevel) : 'warn',
    }
}

function createLogger(level: LogLevel): Logger {
    const threshold = LOG_LEVELS.indexOf(level)
    const enabled = (wanted: LogLevel) => LOG_LEVELS.indexOf(wanted) <= threshold
    return {
        error: (message) => gs.error(LOG_PREFIX + message),
        warn: (message) => {
            if (enabled('warn')) gs.warn(LOG_PREFIX + message)
        },
        info: (message) => {
            if (enabled('info')) gs.info(LOG_PREFIX + message)
        },
        debug: (message) => {
            if (enabled('debug')) gs.debug(LOG_PREFIX + message)
        },
    }
}

function messageOf(error: unknown): string {
    if (error instanceof Error) return error.message
    return String(error)
}

/** When the saved record changed, in Glide date-time format; now when the record carries no timestamp. */
function occurredAtOf(record: GlideRecord): string {
    return textValue(record, UPDATED_ON) || nowDateTime()
}

function startInvocation(options: MapperOptions | undefined): Invocation | null {
    const settings = readSettings()
    // Kill switch: when disabled the app does nothing at all — no reads, no rows, no logs.
    if (!settings.enabled) return null
    return {
        settings,
        log: createLogger(settings.logLevel),
        rules: createRuleCache(),
        reasons: createReasonCache(),
        factsReader: options?.factsReader ?? glideAccountFactsReader,
    }
}

function entryOf(event: OrderEvent, decision: TimelineEntry['decision']): TimelineEntry {
    return {
        key: event.key,
        source: event.source,
        accountId: event.accountId,
        orderId: event.orderId,
        lineItemId: event.lineItemId,
        action: event.action,
        milestone: event.milestone,
        occurredAt: event.occurredAt,
        decision,
        orderNumber: event.orderNumber,
    }
}

function blankAccount(accountId: string): AccountSnapshot {
    return { id: accountId, name: '', state: '', stage: '', pinnedUntil: '', pinReason: '' }
}

/** What an error row is about when the failure came before an event could be classified. */
interface ErrorSubject {
    source: EventSource
    accountId: string
    orderId: string
    lineItemId: string
    occurredAt: string
}

/** Records an `error` timeline row; if that fails too, the failure is only logged. */
function recordError(invocation: Invocation, subject: ErrorSubject & { key?: string; action?: TimelineEntry['action']; milestone?: TimelineEntry['milestone'] }, account: AccountSnapshot, message: string, orderNumber: string): void {
    invocation.log.error(`Order ${orderNumber || subject.orderId || '(unknown)'}: ${message}`)
    try {
        insertTimelineEvent({
            key: subject.key ?? '',
            source: subject.source,
            accountId: subject.accountId,
            orderId: subject.orderId,
            lineItemId: subject.lineItemId,
            action: subject.action ?? '',
            milestone: subject.milestone ?? '',
            occurredAt: subject.occurredAt,
            decision: errorDecision(account, message),
        })
    } catch (recordFailure) {
        invocation.log.error(`Order ${orderNumber || subject.orderId || '(unknown)'}: could not record the error event: ${messageOf(recordFailure)}`)
    }
}

/** The account an invocation works on, carried from one event to the next so each sees the previous one's result. */
interface Working {
    account: TimedAccount
    record: GlideRecord
}

/**
 * Evaluates one event end to end: the facts its rules need, the decision, and the write (applyDecision: row,
 * stage periods, account; a failed write is undone and the row marked as an error). Returns the account after
 * it; a failure is recorded on the timeline and leaves the account as it was.
 */
function evaluateEvent(invocation: Invocation, event: OrderEvent, working: Working | null): Working | null {
    const { log, settings } = invocation
    let current = working
    try {
        if (!current) {
            const loaded = readAccount(event.accountId)
            if (!loaded) throw new Error(`account "${event.accountId}" not found`)
            current = { account: timedAccountOf(loaded), record: loaded.record }
        }
        const rules = readActiveRules(invocation.rules)
        // The services the rules need, plus those the signals need (revenue movement, pending churn).
        const facts = invocation.factsReader.read(event, factsToRead(event, rules))
        const reasons = event.reasons && event.reasons.length > 0 ? readReasonMappings(invocation.reasons) : []
        const decision = decide({ event, rules, account: current.account, facts, dryRun: settings.dryRun, reasons })
        const applied = applyDecision(current.account, current.record, entryOf(event, decision))
        if (applied.failure) log.error(`Order ${event.orderNumber}: applying event ${event.key} failed: ${applied.failure}`)
        else log.info(`Order ${event.orderNumber}: ${event.action} ${event.milestone} → ${decision.outcome}. ${decision.explanation}`)
        // The account's parent follows it when an admin turned hierarchy roll-up on (reads nothing when off).
        if (!applied.failure) rollUp({ before: current.account, after: applied.account, record: current.record, eventId: applied.eventId })
        return { account: applied.account, record: current.record }
    } catch (error) {
        const { key, source, accountId, orderId, lineItemId, action, milestone, occurredAt } = event
        recordError(invocation, { key, source, accountId, orderId, lineItemId, action, milestone, occurredAt }, current ? current.account : blankAccount(accountId), messageOf(error), event.orderNumber)
        return current
    }
}

/**
 * Evaluates an order save's events in order, preceded by the submission they imply when the timeline has none
 * for the order. `recorded` = what the timeline already held when the save was classified.
 */
function evaluateOrderEvents(invocation: Invocation, order: OrderSnapshot, lines: LineSnapshot[], events: OrderEvent[], recorded: { keys: string[]; submitted: boolean }): void {
    const fresh = events.filter((event) => recorded.keys.indexOf(event.key) < 0)
    if (fresh.length === 0) return
    const first = fresh[0]
    const implied = !recorded.submitted && first.milestone !== 'submitted' ? impliedSubmissions(order, lines, first.occurredAt, first.source) : []
    let working: Working | null = null
    // Each event has its own error handling, so one failing event does not hide the others.
    for (const event of implied.concat(fresh)) working = evaluateEvent(invocation, event, working)
}

/**
 * After insert/update of an order line item whose state changed: from the line alone, the keys its event
 * could have; one query tells whether one is recorded (a duplicate costs only that); otherwise read the parent
 * order (one get) and its lines (one query), classify and evaluate. Never throws.
 */
export function handleLineChange(current: GlideRecord, previous: GlideRecord | null, options?: MapperOptions): void {
    let invocation: Invocation | null = null
    let order: OrderSnapshot | null = null
    try {
        invocation = startInvocation(options)
        if (!invocation) return
        const line = lineSnapshotOf(current)
        const previousLine = previous ? lineSnapshotOf(previous) : null
        const occurredAt = occurredAtOf(current)
        const keys = lineEventKeys(previousLine, line)
        if (line.orderId && keys.length === 0) {
            invocation.log.debug(`Order ${line.orderId}: line ${line.sysId} change is not a lifecycle event.`)
            return
        }
        const recorded = readRecordedForOrder(line.orderId, keys)
        // The line's own key recorded: a duplicate, decided from the line alone. (The modify key of a possible
        // migration only counts once the order's lines show it is one.)
        if (recorded.keys.indexOf(keys[0]) >= 0) {
            invocation.log.debug(`Event ${keys[0]} (line ${line.sysId}) already recorded; skipped.`)
            return
        }
        const lines = readOrderLines(line.orderId)
        // Only the migration's modify key is recorded: the order's lines tell whether this line belongs to it.
        if (recorded.keys.length > 0 && isMigration(lines.filter((other) => !isWithdrawnState(other.state)))) {
            invocation.log.debug(`Event ${recorded.keys[0]} (line ${line.sysId}, migration) already recorded; skipped.`)
            return
        }
        order = readOrderSnapshot(line.orderId)
        if (!order) throw new Error(`the line's order "${line.orderId}" was not found`)
        const event = classifyLineChange(previousLine, line, order, occurredAt, lines)
        if (!event || recorded.keys.indexOf(event.key) >= 0) return
        evaluateOrderEvents(invocation, order, lines, [event], recorded)
    } catch (error) {
        if (!invocation) {
            // Reading the settings failed, so there is no logger or timeline yet; log unconditionally.
            gs.error(LOG_PREFIX + 'Line change not evaluated: ' + messageOf(error))
            return
        }
        const subject: ErrorSubject = {
            source: 'line_item',
            accountId: safeText(current, LINE_FIELDS.account) || (order ? order.accountId : ''),
            orderId: safeText(current, LINE_FIELDS.order),
            lineItemId: safeUniqueValue(current),
            occurredAt: safeOccurredAt(current),
        }
        recordError(invocation, subject, blankAccount(subject.accountId), messageOf(error), order ? order.number : '')
    }
}

/**
 * After insert/update of a customer order whose state changed: read its lines (one query), classify, one query
 * for the keys already recorded, and evaluate the new events sharing one rules read. Never throws.
 */
export function handleOrderChange(current: GlideRecord, previous: GlideRecord | null, options?: MapperOptions): void {
    let invocation: Invocation | null = null
    try {
        invocation = startInvocation(options)
        if (!invocation) return
        const order = orderSnapshotOf(current)
        const lines = readOrderLines(order.sysId)
        const events = classifyOrderChange(previous ? orderSnapshotOf(previous) : null, order, lines, occurredAtOf(current))
        if (events.length === 0) {
            invocation.log.debug(`Order ${order.number}: state change is not a lifecycle event.`)
            return
        }
        const recorded = readRecordedForOrder(order.sysId, events.map((event) => event.key))
        evaluateOrderEvents(invocation, order, lines, events, recorded)
    } catch (error) {
        if (!invocation) {
            gs.error(LOG_PREFIX + 'Order change not evaluated: ' + messageOf(error))
            return
        }
        const subject: ErrorSubject = {
            source: 'order',
            accountId: safeText(current, ORDER_FIELDS.account),
            orderId: safeUniqueValue(current),
            lineItemId: '',
            occurredAt: safeOccurredAt(current),
        }
        recordError(invocation, subject, blankAccount(subject.accountId), messageOf(error), safeText(current, ORDER_FIELDS.number))
    }
}

// Readers for the error path: they must not throw, or the failure report itself would escape.
function safeText(record: GlideRecord, field: string): string {
    try {
        return textValue(record, field)
    } catch {
        return ''
    }
}

function safeUniqueValue(record: GlideRecord): string {
    try {
        return record.getUniqueValue() || ''
    } catch {
        return ''
    }
}

function safeOccurredAt(record: GlideRecord): string {
    try {
        return occurredAtOf(record)
    } catch {
        return ''
    }
}
