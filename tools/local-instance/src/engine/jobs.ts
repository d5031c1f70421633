// The persisted job queue: platform-like `sys_trigger` rows (async business rules, scheduled scripts) and
// `sysevent` rows (gs.eventQueue), in the instance's own database so that queued work survives a crash.
// Both are plain SQLite tables that the schema does not declare: GlideRecord and the Table API cannot reach
// them (on the platform they are admin-only tables). Claims are atomic (BEGIN IMMEDIATE), so several
// connections on one file database (the HTTP server and its job worker) never run the same job twice.
import { hostname } from 'node:os'
import { threadId } from 'node:worker_threads'
import type Database from 'better-sqlite3'

export const TRIGGER_TABLE = 'sys_trigger'
export const EVENT_TABLE = 'sysevent'

export type TriggerType = 'async_business_rule' | 'scheduled_script'
export type TriggerState = 'queued' | 'running' | 'done' | 'error'
export type EventState = 'ready' | 'processing' | 'processed' | 'error'

export interface TriggerRow {
    sys_id: string
    /** `ASYNC: <rule name>` or the scheduled script's name. */
    name: string
    trigger_type: TriggerType
    /** The sys_script (async rule) or sysauto_script (scheduled script) record from dist/app. */
    job_id: string
    /** Table and sys_id of the record an async rule runs for. */
    document: string | null
    document_key: string | null
    /** user_name the job runs as; null = system. */
    run_as: string | null
    /** JSON: the record as it was when the rule was queued (async rules; `current` when it is gone). */
    payload: string | null
    state: TriggerState
    /** `<host>:<pid>:<thread>` of the node running it. */
    claimed_by: string | null
    /** When it is due (UTC 'YYYY-MM-DD HH:mm:ss'); null = as soon as possible (async rules). */
    next_action: string | null
    /** How many runs finished. */
    run_count: number
    /** Claims since the last finished run: 2 means a node died running it and another took it over. */
    attempts: number
    sys_created_on: string
    started: string | null
    finished: string | null
    error: string | null
    /** Scheduled scripts: the schedule fields the next_action was computed from (JSON). */
    schedule: string | null
}

export interface SysEventRow {
    sys_id: string
    name: string
    table: string | null
    instance: string | null
    parm1: string | null
    parm2: string | null
    queue: string | null
    state: EventState
    user_name: string | null
    user_id: string | null
    claimed_by: string | null
    sys_created_on: string
    processed: string | null
    error: string | null
}

export interface NewEvent {
    name: string
    table: string | null
    instance: string | null
    parm1: string | null
    parm2: string | null
    queue: string | null
    userName: string | null
    userId: string | null
}

/** A job that a dead node left running is run again at most this often before it is set to `error` (local safety net). */
export const MAX_CLAIMS = 3

const DDL = [
    `CREATE TABLE IF NOT EXISTS "${TRIGGER_TABLE}" (sys_id TEXT PRIMARY KEY, name TEXT, trigger_type TEXT NOT NULL, job_id TEXT NOT NULL,
        document TEXT, document_key TEXT, run_as TEXT, payload TEXT, state TEXT NOT NULL, claimed_by TEXT, next_action TEXT,
        run_count INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, sys_created_on TEXT NOT NULL, started TEXT, finished TEXT, error TEXT, schedule TEXT)`,
    `CREATE INDEX IF NOT EXISTS "${TRIGGER_TABLE}__state" ON "${TRIGGER_TABLE}" (state, next_action)`,
    `CREATE TABLE IF NOT EXISTS "${EVENT_TABLE}" (sys_id TEXT PRIMARY KEY, name TEXT NOT NULL, "table" TEXT, instance TEXT, parm1 TEXT,
        parm2 TEXT, queue TEXT, state TEXT NOT NULL, user_name TEXT, user_id TEXT, claimed_by TEXT, sys_created_on TEXT NOT NULL,
        processed TEXT, error TEXT)`,
    `CREATE INDEX IF NOT EXISTS "${EVENT_TABLE}__state" ON "${EVENT_TABLE}" (state)`,
]

export function createJobTables(db: Database.Database): void {
    for (const statement of DDL) db.exec(statement)
}

/** This thread's id as a job node: `<host>:<pid>:<thread>`. */
export function currentNodeId(): string {
    return `${hostname()}:${process.pid}:${threadId}`
}

function processAlive(pid: number): boolean {
    try {
        process.kill(pid, 0)
        return true
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM'
    }
}

/**
 * VERIFY: the platform gives the jobs of a node that stopped (no heartbeat in sys_cluster_state) back to the
 * queue. Here a node is dead when its process is gone (same host only: a claim from another host is never
 * taken over). A claim by another thread of this process is stale when the caller is the only job runner of
 * the process (the job worker), which it is by construction.
 */
export function isOrphanedClaim(claimedBy: string | null, self: string): boolean {
    if (!claimedBy || claimedBy === self) return false
    const [host, pid] = claimedBy.split(':')
    if (host !== hostname()) return false
    const number = Number(pid)
    if (!Number.isInteger(number) || number <= 0) return true
    return number === process.pid || !processAlive(number)
}

export class JobQueue {
    readonly nodeId = currentNodeId()
    private readonly listeners: Array<() => void> = []
    private queuedSinceNotify = false
    private queuedSinceTake = false
    private readonly statements = new Map<string, Database.Statement>()

    constructor(
        readonly db: Database.Database,
        private readonly now: () => string,
        private readonly newId: () => string,
    ) {}

    private statement(sql: string): Database.Statement {
        let prepared = this.statements.get(sql)
        if (!prepared) this.statements.set(sql, (prepared = this.db.prepare(sql)))
        return prepared
    }

    private immediate<T>(body: () => T): T {
        return this.db.transaction(body).immediate()
    }

    enqueueAsyncRule(rule: { sysId: string; name: string }, table: string, sysId: string, row: unknown, user: string | null): string {
        const id = this.newId()
        this.statement(
            `INSERT INTO "${TRIGGER_TABLE}" (sys_id, name, trigger_type, job_id, document, document_key, run_as, payload, state, next_action, sys_created_on)
             VALUES (?, ?, 'async_business_rule', ?, ?, ?, ?, ?, 'queued', NULL, ?)`,
        ).run(id, `ASYNC: ${rule.name}`, rule.sysId, table, sysId, user, JSON.stringify(row), this.now())
        this.queuedSinceNotify = this.queuedSinceTake = true
        return id
    }

    enqueueEvent(event: NewEvent): string {
        const id = this.newId()
        this.statement(
            `INSERT INTO "${EVENT_TABLE}" (sys_id, name, "table", instance, parm1, parm2, queue, state, user_name, user_id, sys_created_on)
             VALUES (?, ?, ?, ?, ?, ?, ?, 'ready', ?, ?, ?)`,
        ).run(id, event.name, event.table, event.instance, event.parm1, event.parm2, event.queue, event.userName, event.userId, this.now())
        this.queuedSinceNotify = this.queuedSinceTake = true
        return id
    }

    /**
     * Keeps one trigger per scheduled script that has a next run: created when missing, next_action recomputed
     * when the schedule changed (a new build), removed when the job is gone, inactive or never runs again
     * (on_demand). A running trigger is left alone.
     */
    syncSchedules(jobs: Array<{ sysId: string; name: string; schedule: string; nextAction: () => string | null }>): void {
        this.immediate(() => {
            const existing = new Map(
                (this.statement(`SELECT * FROM "${TRIGGER_TABLE}" WHERE trigger_type = 'scheduled_script'`).all() as TriggerRow[]).map((row) => [row.job_id, row]),
            )
            const remove = (row: TriggerRow) => row.state !== 'running' && this.statement(`DELETE FROM "${TRIGGER_TABLE}" WHERE sys_id = ?`).run(row.sys_id)
            for (const job of jobs) {
                const row = existing.get(job.sysId)
                existing.delete(job.sysId)
                if (row && (row.schedule === job.schedule || row.state === 'running')) continue
                const next = job.nextAction()
                if (!next) {
                    if (row) remove(row)
                } else if (row) {
                    this.statement(`UPDATE "${TRIGGER_TABLE}" SET name = ?, schedule = ?, next_action = ?, state = 'queued' WHERE sys_id = ?`).run(job.name, job.schedule, next, row.sys_id)
                } else {
                    this.statement(
                        `INSERT INTO "${TRIGGER_TABLE}" (sys_id, name, trigger_type, job_id, state, next_action, sys_created_on, schedule)
                         VALUES (?, ?, 'scheduled_script', ?, 'queued', ?, ?, ?)`,
                    ).run(this.newId(), job.name, job.sysId, next, this.now(), job.schedule)
                }
            }
            for (const row of existing.values()) remove(row)
        })
    }

    /** Claims the next due trigger of these types (async rules first, in queue order; then by next_action). */
    claimTrigger(types: TriggerType[], now: string): TriggerRow | undefined {
        if (types.length === 0) return undefined
        return this.immediate(() => {
            const row = this.statement(
                `SELECT * FROM "${TRIGGER_TABLE}" WHERE state = 'queued' AND trigger_type IN (${types.map(() => '?').join(', ')})
                 AND (next_action IS NULL OR next_action <= ?) ORDER BY next_action IS NOT NULL, next_action, rowid LIMIT 1`,
            ).get(...types, now) as TriggerRow | undefined
            if (!row) return undefined
            const started = this.now()
            this.statement(`UPDATE "${TRIGGER_TABLE}" SET state = 'running', claimed_by = ?, started = ?, finished = NULL, error = NULL, attempts = attempts + 1 WHERE sys_id = ?`).run(
                this.nodeId,
                started,
                row.sys_id,
            )
            return { ...row, state: 'running' as const, claimed_by: this.nodeId, started, attempts: row.attempts + 1 }
        })
    }

    /** A one-shot trigger ends `done`/`error`; a recurring one goes back to `queued` for its next run. */
    finishTrigger(row: TriggerRow, outcome: { error?: string; nextAction?: string | null }): void {
        const recurring = outcome.nextAction !== undefined && outcome.nextAction !== null
        const state: TriggerState = recurring ? 'queued' : outcome.error ? 'error' : 'done'
        this.statement(`UPDATE "${TRIGGER_TABLE}" SET state = ?, claimed_by = NULL, finished = ?, error = ?, next_action = ?, attempts = 0, run_count = run_count + 1 WHERE sys_id = ?`).run(
            state,
            this.now(),
            outcome.error ?? null,
            recurring ? outcome.nextAction : row.next_action,
            row.sys_id,
        )
    }

    claimEvent(): SysEventRow | undefined {
        return this.immediate(() => {
            const row = this.statement(`SELECT * FROM "${EVENT_TABLE}" WHERE state = 'ready' ORDER BY rowid LIMIT 1`).get() as SysEventRow | undefined
            if (!row) return undefined
            this.statement(`UPDATE "${EVENT_TABLE}" SET state = 'processing', claimed_by = ? WHERE sys_id = ?`).run(this.nodeId, row.sys_id)
            return { ...row, state: 'processing' as const, claimed_by: this.nodeId }
        })
    }

    finishEvent(row: SysEventRow, error?: string): void {
        this.statement(`UPDATE "${EVENT_TABLE}" SET state = ?, claimed_by = NULL, processed = ?, error = ? WHERE sys_id = ?`).run(error ? 'error' : 'processed', this.now(), error ?? null, row.sys_id)
    }

    /**
     * Gives work claimed by dead nodes back to the queue (see isOrphanedClaim); a trigger already claimed
     * MAX_CLAIMS times is set to `error` instead, so that a job that kills its node cannot loop forever.
     */
    reclaimOrphans(): { triggers: number; events: number; abandoned: number } {
        return this.immediate(() => {
            let triggers = 0
            let events = 0
            let abandoned = 0
            for (const row of this.statement(`SELECT sys_id, claimed_by, attempts FROM "${TRIGGER_TABLE}" WHERE state = 'running'`).all() as TriggerRow[]) {
                if (!isOrphanedClaim(row.claimed_by, this.nodeId)) continue
                if (row.attempts >= MAX_CLAIMS) {
                    this.statement(`UPDATE "${TRIGGER_TABLE}" SET state = 'error', claimed_by = NULL, finished = ?, error = ? WHERE sys_id = ?`).run(
                        this.now(),
                        `abandoned: the node running it stopped ${row.attempts} times (last ${row.claimed_by})`,
                        row.sys_id,
                    )
                    abandoned++
                } else {
                    this.statement(`UPDATE "${TRIGGER_TABLE}" SET state = 'queued', claimed_by = NULL WHERE sys_id = ?`).run(row.sys_id)
                    triggers++
                }
            }
            for (const row of this.statement(`SELECT sys_id, claimed_by FROM "${EVENT_TABLE}" WHERE state = 'processing'`).all() as SysEventRow[]) {
                if (!isOrphanedClaim(row.claimed_by, this.nodeId)) continue
                this.statement(`UPDATE "${EVENT_TABLE}" SET state = 'ready', claimed_by = NULL WHERE sys_id = ?`).run(row.sys_id)
                events++
            }
            return { triggers, events, abandoned }
        })
    }

    /** Earliest next_action of a queued trigger (scheduled scripts), or null. */
    nextDue(): string | null {
        const row = this.statement(`SELECT MIN(next_action) AS next FROM "${TRIGGER_TABLE}" WHERE state = 'queued' AND next_action IS NOT NULL`).get() as { next: string | null }
        return row.next
    }

    /** True when an async rule trigger or an event is waiting (due now, whatever the clock). */
    hasImmediateWork(): boolean {
        return !!(
            this.statement(`SELECT 1 FROM "${TRIGGER_TABLE}" WHERE state = 'queued' AND next_action IS NULL LIMIT 1`).get() ||
            this.statement(`SELECT 1 FROM "${EVENT_TABLE}" WHERE state = 'ready' LIMIT 1`).get()
        )
    }

    triggers(where = '1 = 1', ...params: unknown[]): TriggerRow[] {
        return this.db.prepare(`SELECT * FROM "${TRIGGER_TABLE}" WHERE ${where} ORDER BY rowid`).all(...params) as TriggerRow[]
    }

    sysevents(where = '1 = 1', ...params: unknown[]): SysEventRow[] {
        return this.db.prepare(`SELECT * FROM "${EVENT_TABLE}" WHERE ${where} ORDER BY rowid`).all(...params) as SysEventRow[]
    }

    /** True once after this connection queued work (so that inline draining skips the queue when nothing was queued). */
    takeQueuedHere(): boolean {
        const queued = this.queuedSinceTake
        this.queuedSinceTake = false
        return queued
    }

    /** Called (after the commit) when a top-level operation queued work: the server wakes its job worker. */
    onQueued(listener: () => void): void {
        this.listeners.push(listener)
    }

    notifyQueued(): void {
        if (!this.queuedSinceNotify) return
        this.queuedSinceNotify = false
        for (const listener of this.listeners) listener()
    }
}
