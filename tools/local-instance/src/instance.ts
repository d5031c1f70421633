// createInstance(): loads dist/app, builds the schema and the SQLite store, wires Glide, gs, the sandbox
// and the business-rule engine. API fixed by ../CONVENTIONS.md.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import { installApp, installBaseline } from './artifacts/install.ts'
import { lintArtifacts } from './artifacts/lint.ts'
import { loadArtifacts, type LoadedArtifacts } from './artifacts/load.ts'
import { RuleEngine } from './engine/business-rules.ts'
import { registeredEvents, scriptActionsFrom } from './engine/events.ts'
import { ALL_WORK, JobRunner, type DrainCounts } from './engine/job-runner.ts'
import { createJobTables, JobQueue } from './engine/jobs.ts'
import { nextRunValue, scheduleSignature } from './engine/scheduled.ts'
import type { Row, TableInfo } from './query/index.ts'
import { createGlideDateTimeClasses, SYSTEM_LOCALE, type UserLocale } from './runtime/glide-date-time.ts'
import { STATE, createGlideRecordClasses, type GlideRecordLike } from './runtime/glide-record.ts'
import { createAbstractAjaxProcessor, createJSUtil, GlobalJSON } from './runtime/global-scope.ts'
import { createGlideQuery } from './runtime/glide-query.ts'
import { createGs } from './runtime/gs.ts'
import { formatDateTime, notEmulated, type AccessCheck, type Clock, type Counters, type Kernel, type LogEntry, type QueuedEvent, type UserMessage } from './runtime/kernel.ts'
import { Sandbox } from './runtime/sandbox.ts'
import { Schema } from './schema/index.ts'
import { canAccess } from './security/acl.ts'
import { createIdGenerator, Store } from './store/store.ts'

export type { Clock } from './runtime/kernel.ts'

export interface CreateInstanceOptions {
    dist: string
    /** Default ':memory:'. A file is opened in WAL mode and keeps its data across restarts. */
    dbFile?: string
    clock?: Clock
    /** Deterministic sys_ids from this seed (tests); random ids without it. */
    idSeed?: number
    seed?: (instance: Instance) => void
    /** 'log' (platform-like, default): a failing business rule is logged and the operation goes on. */
    scriptErrors?: 'log' | 'throw'
    /**
     * Default true: queued async rules and events run inline when each top-level operation ends (tests).
     * false: they stay queued (sys_trigger / sysevent rows) for drainAsync()/drainQueues() or a job worker.
     */
    autoDrainAsync?: boolean
    /**
     * Default true: create/upgrade the tables, install the app's records and its scheduled-script triggers.
     * false: attach to a database another instance prepared (the job worker of `npm start`).
     */
    prepareDatabase?: boolean
    /** Replaces the ACL evaluation (security/acl.ts) used by GlideRecordSecure and canRead/canWrite. */
    canAccess?: AccessCheck
    /** Default true: install the app's demo data (unload.demo/), as an install with "Load demo data" does. */
    demoData?: boolean
}

export interface GlideGlobals {
    GlideRecord: any // eslint-disable-line @typescript-eslint/no-explicit-any
    GlideRecordSecure: any // eslint-disable-line @typescript-eslint/no-explicit-any
    GlideAggregate: any // eslint-disable-line @typescript-eslint/no-explicit-any
    GlideDateTime: any // eslint-disable-line @typescript-eslint/no-explicit-any
    GlideDuration: any // eslint-disable-line @typescript-eslint/no-explicit-any
    GlideDate: any // eslint-disable-line @typescript-eslint/no-explicit-any
    GlideTime: any // eslint-disable-line @typescript-eslint/no-explicit-any
    GlideQuery: any // eslint-disable-line @typescript-eslint/no-explicit-any
    gs: any // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface Instance {
    scope: string
    db: Database.Database
    clock: Clock
    tables(): string[]
    table(name: string): TableInfo | undefined
    artifacts: { records(table: string): Array<Record<string, string>>; referenceKey(table: string, sysId: string, field: string): Record<string, string> | undefined }
    runAs<T>(user: string | null, fn: (g: GlideGlobals) => T): T
    runScript(user: string | null, code: string, vars?: Record<string, unknown>): unknown
    /** Loads a built server module by full path (or `src/server/...` relative to the app package) as `user`'s code would. */
    requireModule(path: string): unknown
    userRoles(userName: string): string[]
    /** A user's time zone and date/time formats (sys_user, else the system properties); null = the system's. */
    userLocale(userName: string | null): UserLocale
    counters: Counters
    /** Test hooks shared with the Glide emulation: injected faults and the operation log (testkit.ts). */
    testHooks: Pick<Kernel, 'faults' | 'operations' | 'schema'>
    logs: LogEntry[]
    messages: UserMessage[]
    /** gs.eventQueue calls of this instance, in order (the sysevent rows are in jobs.queue.sysevents()). */
    events: QueuedEvent[]
    lint: string[]
    /** The persisted queue (sys_trigger, sysevent) and the runner of async rules, events and scheduled scripts. */
    jobs: JobRunner
    /** Runs queued async business rules now (not events, not scheduled scripts); returns how many ran. */
    drainAsync(): number
    /** Runs queued async rules, ready events and due scheduled scripts (instance clock) until none is left. */
    drainQueues(): DrainCounts
    /** Milliseconds spent loading dist/app and starting (schema, store, sandbox, app records). */
    startupMs: number
    close(): void
}

/** ACLs from security/acl.ts (owned by the HTTP layer), evaluated against this instance. */
function aclCheck(instanceRef: () => Instance): AccessCheck {
    return (user, operation, table, field) => canAccess(instanceRef(), user, operation, table, field)
}

function packageVersionFor(artifacts: LoadedArtifacts): string | null {
    const packageModule = artifacts.records('sys_module').find((record) => record.path?.endsWith('/package.json'))
    const candidates = [join(dirname(dirname(artifacts.dist)), 'package.json')]
    for (const file of candidates) if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? null
    return packageModule ? ((JSON.parse(packageModule.content) as { version?: string }).version ?? null) : null
}

export function createInstance(options: CreateInstanceOptions): Instance {
    const started = performance.now()
    const artifacts = loadArtifacts(options.dist, { demoData: options.demoData })
    const schema = new Schema(artifacts)
    const prepare = options.prepareDatabase ?? true
    const store = new Store(schema, options.dbFile ?? ':memory:', { createTables: prepare })
    if (prepare) createJobTables(store.db)
    const clock: Clock = options.clock ?? { now: () => new Date() }
    const tableInfos = new Map<string, TableInfo>()
    const resolve = (name: string): TableInfo | undefined => {
        let info = tableInfos.get(name)
        if (!info) {
            const table = schema.table(name)
            if (!table) return undefined
            info = { ...table, columns: schema.columns(name) }
            tableInfos.set(name, info)
        }
        return info
    }
    const counters: Counters = {
        queries: 0,
        inserts: 0,
        updates: 0,
        deletes: 0,
        reset() {
            this.queries = this.inserts = this.updates = this.deletes = 0
        },
    }
    const holder: { instance?: Instance } = {}
    const kernel: Kernel = {
        scope: artifacts.scope,
        schema,
        store,
        clock,
        newId: createIdGenerator(options.idSeed),
        counters,
        faults: [],
        operations: null,
        logs: [],
        messages: [],
        events: [],
        queueEvent: (event) => queueEvent(event),
        session: { user: null },
        engine: undefined as unknown as Kernel['engine'],
        canAccess: options.canAccess ?? aclCheck(() => holder.instance as Instance),
        resolve,
        lookup: (table, sysId) => store.get(table, sysId),
        userRoles: (userName) => userRoles(userName),
        log(level, message, source) {
            this.logs.push({ level, message, source })
        },
        evaluate: (code, vars, filename) => sandbox.run(code, vars, filename),
    }
    // The session user's time zone and formats (sys_user), else the system's (glide.sys.default.tz, …).
    const propertyStatement = store.db.prepare('SELECT value FROM sys_properties WHERE name = ?')
    const userLocaleStatement = store.db.prepare('SELECT time_zone, date_format, time_format FROM sys_user WHERE user_name = ?')
    const property = (name: string) => (propertyStatement.get(name) as { value: string | null } | undefined)?.value || undefined
    const localeOf = (userName: string | null): UserLocale => {
        const user = userName === null ? undefined : (userLocaleStatement.get(userName) as { time_zone: string | null; date_format: string | null; time_format: string | null } | undefined)
        return {
            timeZone: user?.time_zone || property('glide.sys.default.tz') || SYSTEM_LOCALE.timeZone,
            dateFormat: user?.date_format || property('glide.sys.date_format') || SYSTEM_LOCALE.dateFormat,
            timeFormat: user?.time_format || property('glide.sys.time_format') || SYSTEM_LOCALE.timeFormat,
        }
    }
    const userLocale = (): UserLocale => localeOf(kernel.session.user)
    const dates = createGlideDateTimeClasses(clock, userLocale)
    const records = createGlideRecordClasses(kernel, dates)
    const gs = createGs(kernel, dates, artifacts.scope)
    const { GlideQuery, Stream, Optional } = createGlideQuery({ schema, GlideRecord: records.GlideRecord, GlideRecordSecure: records.GlideRecordSecure, GlideAggregate: records.GlideAggregate })
    const globals: GlideGlobals = { ...records, ...dates, gs, GlideQuery }
    const globalMembers: Record<string, unknown> = {
        JSUtil: createJSUtil((message) => kernel.log('info', message, 'JSUtil'), records.GlideRecord),
        JSON: GlobalJSON,
        AbstractAjaxProcessor: createAbstractAjaxProcessor(),
        GlideQuery,
        Stream,
        Optional,
    }
    const glideModule = new Proxy({ ...globals, GlideElement: records.GlideElement } as Record<string, unknown>, {
        get(target, name) {
            if (typeof name !== 'string' || name in target || name === '__esModule' || name === 'default') return target[name as string]
            throw notEmulated(`@servicenow/glide export ${name}`)
        },
    })
    const sandbox = new Sandbox(artifacts, glideModule, globalMembers)
    const engine = new RuleEngine(kernel, sandbox, artifacts.records('sys_script'))
    engine.onScriptError = options.scriptErrors ?? 'log'
    const autoDrain = options.autoDrainAsync ?? true
    const makeCurrent = (table: string, sysId: string, row: Row | null): unknown => {
        const current = new records.GlideRecord(table) as unknown as GlideRecordLike & { get(id: string): boolean }
        if (current.get(sysId)) return current
        // A deleted record is gone from the store: the async rule sees it as it was.
        if (!row) return null
        current[STATE].load(row)
        return current
    }
    engine.makeCurrent = makeCurrent
    kernel.engine = engine
    // Queue rows get ids of their own so that the records' deterministic ids in tests do not depend on them.
    const queue = new JobQueue(store.db, () => formatDateTime(clock.now()), options.idSeed === undefined ? createIdGenerator() : createIdGenerator((options.idSeed + 0x70b5) >>> 0))
    const scheduledJobs = artifacts.records('sysauto_script')
    const jobs = new JobRunner({ kernel, sandbox, engine, queue, scriptActions: scriptActionsFrom(artifacts.records('sysevent_script_action')), scheduledJobs, makeCurrent })
    engine.enqueueAsync = (rule, table, sysId, row, user) => void queue.enqueueAsyncRule(rule, table, sysId, row, user)
    engine.afterTopLevel = () => {
        // Only when this instance queued something: a drain costs two claim transactions even when empty.
        if (autoDrain && queue.takeQueuedHere()) jobs.drain(['async', 'events'])
        queue.notifyQueued()
    }
    const eventNames = registeredEvents(artifacts.records('sysevent_register'))
    function queueEvent(event: QueuedEvent): void {
        kernel.events.push(event)
        // VERIFY: an event name nobody registered is still queued (and processed), with a warning. The SDK's
        // events guide says it "fails silently in scoped apps".
        if (!eventNames.has(event.name)) kernel.log('warn', `gs.eventQueue: event '${event.name}' is not registered (no sysevent_register record); queued anyway`, 'EventQueue')
        const userId = event.user === null ? null : ((store.db.prepare('SELECT sys_id FROM sys_user WHERE user_name = ?').get(event.user) as { sys_id: string } | undefined)?.sys_id ?? null)
        queue.enqueueEvent({ name: event.name, table: event.table, instance: event.sysId, parm1: event.parm1, parm2: event.parm2, queue: event.queue ?? null, userName: event.user, userId })
    }
    const installFindings: string[] = []
    if (prepare) {
        const installedAt = formatDateTime(clock.now())
        store.db
            .transaction(() => {
                installBaseline(schema, store, installedAt)
                installFindings.push(...installApp(artifacts, schema, store, installedAt))
            })
            .immediate()
        const startedAt = clock.now()
        queue.syncSchedules(
            scheduledJobs
                .filter((job) => job.active !== 'false')
                .map((job) => ({ sysId: job.sys_id, name: job.name ?? job.sys_id, schedule: scheduleSignature(job), nextAction: () => nextRunValue(job, startedAt, true) })),
        )
    }

    function userRoles(userName: string): string[] {
        const direct = store.db
            .prepare(`SELECT r.name AS name, r.sys_id AS id FROM sys_user_has_role h JOIN sys_user u ON u.sys_id = h.user JOIN sys_user_role r ON r.sys_id = h.role WHERE u.user_name = ? AND (h.state IS NULL OR h.state = 'active')`)
            .all(userName) as Array<{ name: string; id: string }>
        const names = new Set(direct.map((role) => role.name))
        const pending = direct.map((role) => role.id)
        const contains = store.db.prepare(`SELECT r.name AS name, r.sys_id AS id FROM sys_user_role_contains c JOIN sys_user_role r ON r.sys_id = c.contains WHERE c.role = ?`)
        const seen = new Set(pending)
        while (pending.length > 0) {
            for (const role of contains.all(pending.pop()) as Array<{ name: string; id: string }>) {
                names.add(role.name)
                if (!seen.has(role.id)) {
                    seen.add(role.id)
                    pending.push(role.id)
                }
            }
        }
        return [...names].sort()
    }

    function asUser<T>(user: string | null, body: () => T): T {
        const saved = kernel.session.user
        kernel.session.user = user
        try {
            return body()
        } finally {
            kernel.session.user = saved
        }
    }

    function inTransaction<T>(body: () => T): T {
        if (store.db.inTransaction) return body()
        const result = store.db.transaction(body).immediate()
        engine.afterTopLevel()
        return result
    }

    const lint = [...lintArtifacts(artifacts, schema, packageVersionFor(artifacts)), ...installFindings]
    const instance: Instance = {
        scope: artifacts.scope,
        db: store.db,
        clock,
        tables: () => [...schema.tables.keys()].sort(),
        table: (name) => resolve(name),
        artifacts: { records: (table) => artifacts.records(table), referenceKey: (table, sysId, field) => artifacts.referenceKeys.get(table)?.get(sysId)?.[field] },
        runAs: (user, fn) => asUser(user, () => inTransaction(() => fn(globals))),
        runScript: (user, code, vars = {}) => asUser(user, () => inTransaction(() => sandbox.run(code, vars, 'runScript'))),
        requireModule: (path) => sandbox.requireFrom(null, path.startsWith('src/') ? `${artifacts.scope}/${packageName(artifacts)}/${artifacts.version}/${path}` : path),
        userRoles,
        userLocale: localeOf,
        counters,
        testHooks: kernel,
        logs: kernel.logs,
        messages: kernel.messages,
        events: kernel.events,
        lint,
        jobs,
        drainAsync: () => jobs.drain(['async']).async,
        drainQueues: () => jobs.drain(ALL_WORK),
        startupMs: 0,
        close: () => store.close(),
    }
    holder.instance = instance
    if (options.seed) options.seed(instance)
    instance.startupMs = performance.now() - started
    return instance
}

function packageName(artifacts: LoadedArtifacts): string {
    const path = artifacts.records('sys_module').find((record) => record.path?.endsWith('/package.json'))?.path
    if (!path) throw new Error('the build has no package.json sys_module: cannot resolve src/ paths')
    return path.split('/')[1]
}
