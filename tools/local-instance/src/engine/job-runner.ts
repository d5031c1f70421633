// Runs the persisted queue (engine/jobs.ts): async business rules, events (script actions) and scheduled
// scripts. The same code runs inline in tests (drainAsync / drainQueues, and after each top-level operation
// when autoDrainAsync is on) and in the job worker thread of `npm start` (job-worker.ts).
import type { ArtifactRecord } from '../artifacts/load.ts'
import type { Row } from '../query/index.ts'
import { formatDateTime, type Kernel } from '../runtime/kernel.ts'
import type { Sandbox } from '../runtime/sandbox.ts'
import type { RuleEngine } from './business-rules.ts'
import { eventObject, type ScriptAction } from './events.ts'
import type { JobQueue, SysEventRow, TriggerRow, TriggerType } from './jobs.ts'
import { nextRunValue } from './scheduled.ts'

export type WorkKind = 'async' | 'events' | 'scheduled'
export const ALL_WORK: readonly WorkKind[] = ['async', 'events', 'scheduled']

export interface WorkDone {
    kind: WorkKind
    name: string
    ms: number
    error?: string
}

export interface DrainCounts {
    async: number
    events: number
    scheduled: number
}

/** A drain that runs this many items without the queue running dry is a loop (a rule re-queueing itself). */
export const MAX_DRAIN_ITEMS = 100_000

export interface JobRunnerDeps {
    kernel: Kernel
    sandbox: Sandbox
    engine: RuleEngine
    queue: JobQueue
    scriptActions: Map<string, ScriptAction[]>
    scheduledJobs: ArtifactRecord[]
    /** A GlideRecord on the record (re-read), or on `row` when it is gone; null when gone and no row. */
    makeCurrent(table: string, sysId: string, row: Row | null): unknown
}

function message(error: unknown): string {
    return (error as Error)?.stack ?? String(error)
}

export class JobRunner {
    readonly queue: JobQueue

    constructor(private readonly deps: JobRunnerDeps) {
        this.queue = deps.queue
    }

    private get kernel(): Kernel {
        return this.deps.kernel
    }

    private failed(error: unknown, what: string, source: string): string {
        if (this.deps.engine.onScriptError === 'throw') throw error
        const text = message(error)
        this.kernel.log('error', `${what}: ${text}`, source)
        return text.split('\n')[0]
    }

    /** Claims and runs one due item: async rules first, then events, then scheduled scripts. */
    runNext(kinds: readonly WorkKind[] = ALL_WORK): WorkDone | null {
        const started = performance.now()
        const types: TriggerType[] = kinds.includes('async') ? ['async_business_rule'] : []
        const now = formatDateTime(this.kernel.clock.now())
        let trigger = this.queue.claimTrigger(types, now)
        if (trigger) return { ...this.runTrigger(trigger), ms: performance.now() - started }
        if (kinds.includes('events')) {
            const event = this.queue.claimEvent()
            if (event) return { ...this.runEvent(event), ms: performance.now() - started }
        }
        if (kinds.includes('scheduled')) {
            trigger = this.queue.claimTrigger(['scheduled_script'], now)
            if (trigger) return { ...this.runTrigger(trigger), ms: performance.now() - started }
        }
        return null
    }

    /** Runs due items of these kinds until none is left; deterministic (one thread, queue order). */
    drain(kinds: readonly WorkKind[] = ALL_WORK): DrainCounts {
        const counts: DrainCounts = { async: 0, events: 0, scheduled: 0 }
        for (let index = 0; index < MAX_DRAIN_ITEMS; index++) {
            const done = this.runNext(kinds)
            if (!done) return counts
            counts[done.kind]++
        }
        throw new Error(`drain: more than ${MAX_DRAIN_ITEMS} jobs in a row (does an async rule or script action queue itself?)`)
    }

    private runTrigger(trigger: TriggerRow): Omit<WorkDone, 'ms'> {
        if (trigger.trigger_type === 'async_business_rule') {
            let error: string | undefined
            try {
                const row = trigger.payload ? (JSON.parse(trigger.payload) as Row) : {}
                this.deps.engine.runAsyncRule(trigger.job_id, trigger.document as string, trigger.document_key as string, row, trigger.run_as)
            } catch (caught) {
                try {
                    error = this.failed(caught, `Async business rule '${trigger.name.replace(/^ASYNC: /, '')}' on ${trigger.document}`, 'BusinessRule')
                } finally {
                    this.queue.finishTrigger(trigger, { error: error ?? String(caught) })
                }
                return { kind: 'async', name: trigger.name, error }
            }
            this.queue.finishTrigger(trigger, {})
            return { kind: 'async', name: trigger.name }
        }
        const job = this.deps.scheduledJobs.find((record) => record.sys_id === trigger.job_id)
        let error: string | undefined
        let nextAction: string | null = null
        try {
            if (!job) throw new Error(`scheduled script ${trigger.job_id} is not in this build`)
            // VERIFY: the next run is computed from when this one starts (a long run does not shift it).
            nextAction = nextRunValue(job, this.kernel.clock.now())
            this.runScheduled(job, true)
        } catch (caught) {
            try {
                error = this.failed(caught, `Scheduled script '${trigger.name}'`, 'ScheduledJob')
            } finally {
                this.queue.finishTrigger(trigger, { error: error ?? String(caught), nextAction })
            }
            return { kind: 'scheduled', name: trigger.name, error }
        }
        this.queue.finishTrigger(trigger, { nextAction })
        return { kind: 'scheduled', name: trigger.name }
    }

    private runAsUser(runAs: string | undefined): string | null {
        if (!runAs) return null // VERIFY: an empty run_as runs as the system user.
        const user = this.kernel.store.db.prepare('SELECT user_name FROM sys_user WHERE sys_id = ? OR user_name = ?').get(runAs, runAs) as { user_name: string } | undefined
        if (!user) throw new Error(`run_as user ${runAs} not found`)
        return user.user_name
    }

    /**
     * Runs a scheduled script as its run_as user, without a transaction around it. With `checkCondition`, a
     * conditional job first evaluates its condition (an expression, or a script that sets `answer`).
     */
    runScheduled(job: ArtifactRecord, checkCondition: boolean): unknown {
        const { engine, sandbox } = this.deps
        return engine.runJob(this.runAsUser(job.run_as), () => {
            if (checkCondition && job.conditional === 'true') {
                const condition = sandbox.compileFunction(['__condition'], 'var answer; var __value = eval(__condition); return answer === undefined ? __value : answer;', `sysauto_script.condition:${job.name}`)
                if (!condition(job.condition ?? '')) {
                    this.kernel.log('info', `Scheduled script '${job.name}' skipped: its condition is false`, 'ScheduledJob')
                    return undefined
                }
            }
            return sandbox.run(job.script ?? '', {}, `sysauto_script:${job.name}`)
        })
    }

    /** "Execute Now": runs a scheduled script once, whatever its schedule; queued work runs after it (autoDrain). */
    runScheduledNow(job: ArtifactRecord): unknown {
        const result = this.runScheduled(job, false)
        this.deps.engine.afterTopLevel()
        return result
    }

    /**
     * Runs the active script actions subscribed to the event, each in its own job (no transaction), as the
     * system user (VERIFY), with `event` and `current` (re-read; null when the event names no record or the
     * record is gone — VERIFY). A failing action is logged and the others still run; the event ends `error`.
     */
    private runEvent(row: SysEventRow): Omit<WorkDone, 'ms'> {
        const { engine, sandbox } = this.deps
        const actions = this.deps.scriptActions.get(row.name) ?? []
        const errors: string[] = []
        try {
            for (const action of actions) {
                try {
                    engine.runJob(null, () => {
                        const current = row.table && row.instance ? this.deps.makeCurrent(row.table, row.instance, null) : null
                        const event = eventObject(row)
                        if (action.conditionScript && !sandbox.compileFunction(['event', 'current'], `return (${action.conditionScript});`, `sysevent_script_action.condition:${action.name}`)(event, current)) return
                        sandbox.compileFunction(['event', 'current'], action.script, `sysevent_script_action:${action.name}`)(event, current)
                    })
                } catch (caught) {
                    errors.push(`${action.name}: ${String((caught as Error)?.message ?? caught)}`)
                    this.failed(caught, `Script action '${action.name}' for event ${row.name}`, 'ScriptAction')
                }
            }
        } finally {
            this.queue.finishEvent(row, errors.length ? errors.join('; ') : undefined)
        }
        return { kind: 'events', name: row.name, ...(errors.length ? { error: errors.join('; ') } : {}) }
    }
}
