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
import { classifyLineChange, classifyOrderChange } from '../lifecycle/classify.ts'
import type { OrderSnapshot } from '../lifecycle/classify.ts'
import { decide, errorDecision } from '../lifecycle/engine.ts'
import type { AccountSnapshot, EventSource, OrderEvent, Stage } from '../lifecycle/model.ts'
import { LINE_FIELDS, ORDER_FIELDS } from '../order-management/om-model.ts'
import { isTrueValue, nowDateTime, textValue } from './glide-values.ts'
import { glideAccountFactsReader } from './readers/account-facts-reader.ts'
import type { AccountFactsReader } from './readers/account-facts-reader.ts'
import { readAccount } from './readers/account-reader.ts'
import { isEventRecorded } from './readers/event-reader.ts'
import { lineSnapshotOf, orderSnapshotOf, readOrderLines, readOrderSnapshot } from './readers/order-snapshots.ts'
import { createRuleCache, readActiveRules } from './readers/rules-reader.ts'
import type { RuleCache } from './readers/rules-reader.ts'
import { writeAccountLifecycle } from './writers/account-writer.ts'
import { insertTimelineEvent, markTimelineEventFailed } from './writers/event-writer.ts'
import type { TimelineSubject } from './writers/event-writer.ts'
import { recordStageChange } from './writers/stage-period-writer.ts'

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
    factsReader: AccountFactsReader
    source: EventSource
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

function startInvocation(source: EventSource, options: MapperOptions | undefined): Invocation | null {
    const settings = readSettings()
    // Kill switch: when disabled the app does nothing at all — no reads, no rows, no logs.
    if (!settings.enabled) return null
    return {
        settings,
        log: createLogger(settings.logLevel),
        rules: createRuleCache(),
        factsReader: options?.factsReader ?? glideAccountFactsReader,
        source,
    }
}

function subjectOf(event: OrderEvent): TimelineSubject {
    return {
        key: event.key,
        source: event.source,
        accountId: event.accountId,
        orderId: event.orderId,
        lineItemId: event.lineItemId,
        action: event.action,
        milestone: event.milestone,
        occurredAt: event.occurredAt,
    }
}

function blankAccount(accountId: string): AccountSnapshot {
    return { id: accountId, name: '', state: '', stage: '', pinnedUntil: '', pinReason: '' }
}

/** Records an `error` timeline row; if that fails too, the failure is only logged. */
function recordError(invocation: Invocation, subject: TimelineSubject, account: AccountSnapshot, message: string, orderNumber: string): void {
    invocation.log.error(`Order ${orderNumber || subject.orderId || '(unknown)'}: ${message}`)
    try {
        insertTimelineEvent(subject, errorDecision(account, message))
    } catch (recordFailure) {
        invocation.log.error(`Order ${orderNumber || subject.orderId || '(unknown)'}: could not record the error event: ${messageOf(recordFailure)}`)
    }
}

/**
 * Evaluates one event end to end. The timeline row is written first so the new stage period can point
 * at it; the account is written last so that, if anything before it fails, the account is untouched and
 * the row is rewritten as an error that truthfully says nothing changed.
 */
function evaluateEvent(invocation: Invocation, event: OrderEvent, keyAlreadyChecked = false): void {
    const { log, settings } = invocation
    let account: AccountSnapshot = blankAccount(event.accountId)
    let recordedId = ''
    try {
        if (!keyAlreadyChecked && isEventRecorded(event.key)) {
            log.debug(`Event ${event.key} (order ${event.orderNumber}) already recorded; skipped.`)
            return
        }
        const loaded = readAccount(event.accountId)
        if (!loaded) throw new Error(`account "${event.accountId}" not found`)
        account = loaded.snapshot
        const facts = invocation.factsReader.read(event)
        const rules = readActiveRules(invocation.rules)
        const decision = decide({ event, rules, account, facts, dryRun: settings.dryRun })
        recordedId = insertTimelineEvent(subjectOf(event), decision)
        log.info(`Order ${event.orderNumber}: ${event.action} ${event.milestone} → ${decision.outcome}. ${decision.explanation}`)
        if (decision.outcome !== 'applied' || settings.dryRun) return
        const stageChanges = decision.stageTo && decision.stageTo !== decision.stageFrom
        const undoStageChange = stageChanges ? recordStageChange(account.id, decision.stageTo as Stage, event.occurredAt, recordedId) : null
        try {
            writeAccountLifecycle(loaded.record, decision, event.occurredAt)
        } catch (accountFailure) {
            // The account keeps its values, so its stage periods must too: the timeline row then truthfully
            // says nothing changed.
            if (undoStageChange) undoStageChange()
            throw accountFailure
        }
    } catch (error) {
        const message = messageOf(error)
        if (!recordedId) {
            recordError(invocation, subjectOf(event), account, message, event.orderNumber)
            return
        }
        log.error(`Order ${event.orderNumber}: applying event ${event.key} failed: ${message}`)
        try {
            markTimelineEventFailed(recordedId, errorDecision(account, `applying the decision failed: ${message}`))
        } catch (markFailure) {
            log.error(`Order ${event.orderNumber}: could not mark event ${event.key} as failed: ${messageOf(markFailure)}`)
        }
    }
}

function evaluateEvents(invocation: Invocation, events: OrderEvent[]): void {
    // Each event has its own error handling, so one failing event does not hide the others.
    for (const event of events) evaluateEvent(invocation, event)
}

/** An order known only by its sys_id: enough for classifyLineChange to compute the event key. */
function orderKeyOnly(orderId: string): OrderSnapshot {
    return { sysId: orderId, number: '', accountId: '', state: '', channel: '', orderCategory: '' }
}

/**
 * After insert/update of an order line item whose state changed: classify the change from the line, skip it
 * when its event key is already recorded (one query), otherwise read the parent order (one get) and its
 * lines (one query) and evaluate the event. Never throws.
 */
export function handleLineChange(current: GlideRecord, previous: GlideRecord | null, options?: MapperOptions): void {
    let invocation: Invocation | null = null
    let order: OrderSnapshot | null = null
    try {
        invocation = startInvocation('line_item', options)
        if (!invocation) return
        const line = lineSnapshotOf(current)
        const previousLine = previous ? lineSnapshotOf(previous) : null
        const occurredAt = occurredAtOf(current)
        // The event key (order:action:milestone) is on the line itself: classify against the line's order id
        // first, so a save that is no event, or an event already recorded (the other lines of the order, the
        // order's own rule), costs at most the idempotency query — not the order and its lines too.
        const keyed = line.orderId ? classifyLineChange(previousLine, line, orderKeyOnly(line.orderId), occurredAt) : null
        if (line.orderId && !keyed) {
            invocation.log.debug(`Order ${line.orderId}: line ${line.sysId} change is not a lifecycle event.`)
            return
        }
        if (keyed && isEventRecorded(keyed.key)) {
            invocation.log.debug(`Event ${keyed.key} (line ${line.sysId}) already recorded; skipped.`)
            return
        }
        order = readOrderSnapshot(line.orderId)
        if (!order) throw new Error(`the line's order "${line.orderId}" was not found`)
        // Only a new event pays for reading the order's lines: the event must carry the services of every
        // line with its action, like the order's event with the same key (one query).
        const event = classifyLineChange(previousLine, line, order, occurredAt, readOrderLines(order.sysId))
        if (!event) return
        evaluateEvent(invocation, event, true)
    } catch (error) {
        if (!invocation) {
            // Reading the settings failed, so there is no logger or timeline yet; log unconditionally.
            gs.error(LOG_PREFIX + 'Line change not evaluated: ' + messageOf(error))
            return
        }
        const subject: TimelineSubject = {
            key: '',
            source: 'line_item',
            accountId: safeText(current, LINE_FIELDS.account) || (order ? order.accountId : ''),
            orderId: safeText(current, LINE_FIELDS.order),
            lineItemId: safeUniqueValue(current),
            action: '',
            milestone: '',
            occurredAt: safeOccurredAt(current),
        }
        recordError(invocation, subject, blankAccount(subject.accountId), messageOf(error), order ? order.number : '')
    }
}

/**
 * After insert/update of a customer order whose state changed: classify the change (needs its lines: one
 * query) and evaluate each resulting event, sharing one rules read. Never throws.
 */
export function handleOrderChange(current: GlideRecord, previous: GlideRecord | null, options?: MapperOptions): void {
    let invocation: Invocation | null = null
    try {
        invocation = startInvocation('order', options)
        if (!invocation) return
        const order = orderSnapshotOf(current)
        const lines = readOrderLines(order.sysId)
        const events = classifyOrderChange(previous ? orderSnapshotOf(previous) : null, order, lines, occurredAtOf(current))
        if (events.length === 0) {
            invocation.log.debug(`Order ${order.number}: state change is not a lifecycle event.`)
            return
        }
        evaluateEvents(invocation, events)
    } catch (error) {
        if (!invocation) {
            gs.error(LOG_PREFIX + 'Order change not evaluated: ' + messageOf(error))
            return
        }
        const subject: TimelineSubject = {
            key: '',
            source: 'order',
            accountId: safeText(current, ORDER_FIELDS.account),
            orderId: safeUniqueValue(current),
            lineItemId: '',
            action: '',
            milestone: '',
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
