// The state every emulated API shares within one instance.
import type { LookupRow, ResolveTable, Row } from '../query/index.ts'
import type { Schema } from '../schema/index.ts'
import type { IdGenerator, Store } from '../store/store.ts'

export interface Clock {
    now(): Date
}

export interface Counters {
    queries: number
    inserts: number
    updates: number
    deletes: number
    reset(): void
}

export type Operation = 'read' | 'write' | 'create' | 'delete'
export type AccessCheck = (userName: string | null, operation: Operation, table: string, field?: string) => boolean

export interface LogEntry {
    level: string
    message: string
    source?: string
}
export interface UserMessage {
    type: 'info' | 'error'
    message: string
    user: string | null
}
export interface QueuedEvent {
    name: string
    table: string | null
    sysId: string | null
    parm1: string | null
    parm2: string | null
    user: string | null
    /** gs.eventQueue's fifth argument (a custom queue), else null. */
    queue?: string | null
}

/** A Glide operation as the fault injector and the operation log name it. */
export type GlideOperation = 'query' | 'get' | 'aggregate' | 'insert' | 'update' | 'delete'

/**
 * A failure the tests inject (testkit `injectFault`): the next `times` matching operations fail, by throwing
 * `message` (as a database error reaches a script on the platform) or by refusing (insert/update return null,
 * delete false, as when a write is aborted).
 */
export interface Fault {
    table: string
    operation: GlideOperation
    message: string
    mode: 'throw' | 'refuse'
    times: number
}

/** One Glide operation as the operation log records it (workflow = business rules on for the write). */
export interface OperationRecord {
    table: string
    operation: GlideOperation
    workflow?: boolean
}

/** What GlideRecord hands to the business-rule engine for each database operation. */
export interface WriteEngine {
    insert(record: EngineRecord): string | null
    update(record: EngineRecord): string | null
    delete(record: EngineRecord): boolean
    beforeQuery(record: EngineRecord): void
}

/** The engine's view of a GlideRecord (runtime/glide-record.ts implements it). */
export interface EngineRecord {
    readonly tableName: string
    workflow: boolean
    autoSysFields: boolean
    forceUpdate: boolean
    aborted: boolean
    /** Values now, in the storage representation. */
    row: Row
    /** Values as loaded from the database; null for a record not yet inserted. */
    original: Row | null
    /** Marks the record as saved with these values (after insert/update). */
    markSaved(row: Row): void
    snapshot(row: Row | null): unknown
}

export interface Kernel {
    scope: string
    schema: Schema
    store: Store
    clock: Clock
    newId: IdGenerator
    counters: Counters
    /** Injected failures (tests only); empty in normal use. */
    faults: Fault[]
    /** When not null, every Glide operation is appended here (tests only). */
    operations: OperationRecord[] | null
    logs: LogEntry[]
    messages: UserMessage[]
    events: QueuedEvent[]
    /** gs.eventQueue: records the event in `events` and writes its sysevent row (engine/jobs.ts). */
    queueEvent(event: QueuedEvent): void
    session: { user: string | null }
    engine: WriteEngine
    canAccess: AccessCheck
    resolve: ResolveTable
    lookup: LookupRow
    userRoles(userName: string): string[]
    log(level: string, message: string, source?: string): void
    /** Evaluates an expression in the app's sandbox with extra variables (javascript: defaults). */
    evaluate(code: string, vars: Record<string, unknown>, filename: string): unknown
}

export function notEmulated(what: string): Error {
    return new Error(`not emulated: ${what}`)
}

/** An error that says the emulation lacks something (it cannot give the platform's result, so it is never swallowed). */
export function isNotEmulated(error: unknown): boolean {
    return /^not emulated: /.test(String((error as Error)?.message ?? error))
}

/** 'YYYY-MM-DD HH:mm:ss' in UTC, the storage format of glide_date_time. */
export function formatDateTime(date: Date): string {
    return date.toISOString().slice(0, 19).replace('T', ' ')
}
