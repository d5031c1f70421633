// Business rules from the app's sys_script records: before/after/async, order, action flags,
// filter_condition (query module predicate with `previous`), condition (JS), abort, setWorkflow(false),
// recursion guard, one SQLite transaction per top-level operation.
import type { ArtifactRecord } from '../artifacts/load.ts'
import { compileToPredicate, parseEncodedQuery, type Row, type RowPredicate } from '../query/index.ts'
import type { Sandbox } from '../runtime/sandbox.ts'
import { formatDateTime, isNotEmulated, type EngineRecord, type Kernel, type WriteEngine } from '../runtime/kernel.ts'
import type { RecordState } from '../runtime/glide-record.ts'

type When = 'before' | 'after' | 'async' | 'display'
type Action = 'insert' | 'update' | 'delete' | 'query'

export interface BusinessRule {
    sysId: string
    name: string
    table: string
    when: When
    order: number
    actions: Set<Action>
    filterCondition: string
    condition: string
    script: string
}

// The SDK stores Fluent `when: 'async'` as sys_script.when "async_always" ('async_deprecated' as "async") and
// 'display' as "before_display": both stored forms run as the engine's async and display rules.
const STORED_WHEN: Record<string, When> = { async_always: 'async', before_display: 'display' }

export function businessRulesFrom(records: ArtifactRecord[]): BusinessRule[] {
    return records
        .filter((record) => record.active !== 'false')
        .map((record) => ({
            sysId: record.sys_id,
            name: record.name ?? record.sys_id,
            table: record.collection,
            when: STORED_WHEN[record.when] ?? ((record.when || 'before') as When),
            order: Number(record.order || 100),
            actions: new Set((['insert', 'update', 'delete', 'query'] as Action[]).filter((action) => record[`action_${action}`] === 'true')),
            filterCondition: record.filter_condition ?? '',
            condition: record.condition ?? '',
            script: record.script ?? '',
        }))
}

/** Thrown inside the operation's savepoint to roll it back when a before rule aborts. */
class AbortSignal {
    constructor(readonly rule: string) {}
}

// VERIFY: the platform stops a rule that is already running for the same record ("Recursive business rule
// call for '<rule>' on <table>:<record> is being ignored", KB0727121). The depth limit is a local safety net.
export const MAX_OPERATION_DEPTH = 32

export class RuleEngine implements WriteEngine {
    private readonly rules: BusinessRule[]
    private readonly predicates = new Map<string, RowPredicate>()
    private readonly running: string[] = []
    private depth = 0
    onScriptError: 'log' | 'throw' = 'log'
    /** Set by the instance: persists an async rule run (a sys_trigger row, engine/jobs.ts). */
    enqueueAsync: (rule: BusinessRule, table: string, sysId: string, row: Row, user: string | null) => void = () => {
        throw new Error('RuleEngine.enqueueAsync not wired')
    }
    /** Set by the instance: runs after each top-level operation, once it committed (queued work, async drain). */
    afterTopLevel: () => void = () => {}

    constructor(
        private readonly kernel: Kernel,
        private readonly sandbox: Sandbox,
        records: ArtifactRecord[],
    ) {
        this.rules = businessRulesFrom(records)
    }

    /** Rules for a table and its ancestors, by order then name (VERIFY: the platform's tie-break). */
    private rulesFor(table: string, when: When, action: Action): BusinessRule[] {
        const tables = new Set(this.kernel.schema.lineage(table).map((entry) => entry.name))
        return this.rules
            .filter((rule) => tables.has(rule.table) && rule.when === when && rule.actions.has(action))
            .sort((left, right) => left.order - right.order || left.name.localeCompare(right.name))
    }

    private predicate(rule: BusinessRule, table: string): RowPredicate {
        const key = `${rule.sysId}:${table}`
        let predicate = this.predicates.get(key)
        if (!predicate) {
            predicate = compileToPredicate(parseEncodedQuery(rule.filterCondition), this.kernel.resolve(table)!, this.kernel.resolve, this.kernel.lookup)
            this.predicates.set(key, predicate)
        }
        return predicate
    }

    private runRules(when: When, action: Action, record: EngineRecord, current: unknown, previousRow: Row | null, previous: unknown): void {
        for (const rule of this.rulesFor(record.tableName, when, action)) {
            if (rule.filterCondition && !this.predicate(rule, record.tableName)(record.row, previousRow)) continue
            const key = `${rule.sysId}:${record.row.sys_id ?? ''}`
            if (this.running.includes(key)) {
                this.kernel.log('warn', `Recursive business rule call for '${rule.name}' on ${record.tableName}:${record.row.sys_id ?? ''} is being ignored`, 'BusinessRule')
                continue
            }
            this.running.push(key)
            try {
                if (rule.condition) {
                    const condition = this.sandbox.compileFunction(['current', 'previous'], `return (${rule.condition});`, `sys_script.condition:${rule.name}`)
                    if (!condition(current, previous)) continue
                }
                this.sandbox.compileFunction(['current', 'previous'], rule.script, `sys_script:${rule.name}`)(current, previous)
            } catch (error) {
                if (error instanceof AbortSignal) throw error
                // VERIFY: an exception in a business rule is logged and the operation goes on. An API the local
                // instance does not emulate is not a platform exception: it propagates.
                if (this.onScriptError === 'throw' || isNotEmulated(error)) throw error
                this.kernel.log('error', `Business rule '${rule.name}' on ${record.tableName}: ${(error as Error)?.stack ?? String(error)}`, 'BusinessRule')
            } finally {
                this.running.pop()
            }
            if (when === 'before' && record.aborted) throw new AbortSignal(rule.name)
        }
    }

    /**
     * Runs `body` as one operation: a transaction at top level (BEGIN IMMEDIATE: another connection on the same
     * file database may be writing — the job worker), a savepoint when nested; then afterTopLevel().
     */
    private operation<T>(kind: string, body: () => T, onAbort: () => T): T {
        if (this.depth >= MAX_OPERATION_DEPTH) throw new Error(`business rule recursion: more than ${MAX_OPERATION_DEPTH} nested ${kind} operations`)
        const topLevel = this.depth === 0 && !this.kernel.store.db.inTransaction
        this.depth++
        let result: T
        try {
            result = this.kernel.store.db.transaction(body).immediate()
        } catch (error) {
            if (!(error instanceof AbortSignal)) throw error
            result = onAbort()
        } finally {
            this.depth--
        }
        if (topLevel) this.afterTopLevel()
        return result
    }

    /**
     * Runs `body` as a job (an async rule, a scheduled script, a script action): as `user`, with NO
     * transaction around it — each write commits on its own, as on the platform, so a crash keeps what was
     * written (VERIFY: the platform has no script-level transaction). Writes inside are not top-level
     * operations: what they queue waits for the drain loop or the worker instead of running in the middle.
     */
    runJob<T>(user: string | null, body: () => T): T {
        const savedUser = this.kernel.session.user
        this.kernel.session.user = user
        this.depth++
        try {
            return body()
        } finally {
            this.depth--
            this.kernel.session.user = savedUser
        }
    }

    /** The app's active rule with this sys_id (a queued async rule names its rule by sys_id). */
    rule(sysId: string): BusinessRule | undefined {
        return this.rules.find((rule) => rule.sysId === sysId)
    }

    private sysFields(record: EngineRecord, inserting: boolean): void {
        if (!record.autoSysFields) return
        const now = formatDateTime(this.kernel.clock.now())
        const user = this.kernel.session.user ?? 'system'
        if (inserting) {
            record.row.sys_created_on ??= now
            record.row.sys_created_by ??= user
            record.row.sys_mod_count = 0
        } else {
            record.row.sys_mod_count = Number(record.original?.sys_mod_count ?? 0) + 1
        }
        record.row.sys_updated_on = now
        record.row.sys_updated_by = user
    }

    private queueAsync(action: Action, record: EngineRecord): void {
        for (const rule of this.rulesFor(record.tableName, 'async', action)) {
            if (rule.filterCondition && !this.predicate(rule, record.tableName)(record.row, record.original)) continue
            this.enqueueAsync(rule, record.tableName, String(record.row.sys_id), { ...record.row }, this.kernel.session.user)
        }
    }

    insert(record: EngineRecord): string | null {
        const state = record as RecordState
        return this.operation(
            'insert',
            () => {
                state.operation = 'insert'
                if (!record.row.sys_id || record.original) record.row.sys_id = this.kernel.newId()
                if (this.kernel.schema.isHierarchy(record.tableName)) record.row.sys_class_name = record.tableName
                // VERIFY: `previous` is null in insert rules.
                if (record.workflow) this.runRules('before', 'insert', record, state.proxy, null, null)
                this.sysFields(record, true)
                try {
                    this.kernel.store.insert(record.tableName, record.row)
                } catch (error) {
                    if (!/UNIQUE constraint/.test(String(error))) throw error
                    // VERIFY: a unique index violation makes insert() return null with an error message.
                    this.kernel.messages.push({ type: 'error', message: `Unique Key violation detected by database (${(error as Error).message})`, user: this.kernel.session.user })
                    this.kernel.log('error', `insert into ${record.tableName}: ${(error as Error).message}`, 'GlideRecord')
                    throw new AbortSignal('unique index')
                }
                this.kernel.counters.inserts++
                const saved = { ...record.row }
                state.isNew = false
                if (record.workflow) {
                    state.original = null
                    this.runRules('after', 'insert', record, state.proxy, null, null)
                    this.queueAsync('insert', record)
                }
                record.markSaved(saved)
                state.operation = null
                return String(saved.sys_id)
            },
            () => {
                state.operation = null
                // VERIFY: the message the platform shows when a before rule aborts an insert.
                if (!this.kernel.messages.some((message) => message.type === 'error')) this.kernel.messages.push({ type: 'error', message: 'Invalid insert', user: this.kernel.session.user })
                return null
            },
        )
    }

    update(record: EngineRecord): string | null {
        const state = record as RecordState
        return this.operation(
            'update',
            () => {
                state.operation = 'update'
                const previousRow = { ...(record.original as Row) }
                const previous = record.snapshot(previousRow)
                if (record.workflow) this.runRules('before', 'update', record, state.proxy, previousRow, previous)
                const changes: Row = {}
                for (const [field, value] of Object.entries(record.row)) if (String(previousRow[field] ?? '') !== String(value ?? '')) changes[field] = value
                // VERIFY: an update that changes nothing writes nothing (no sys_mod_count bump) unless forced; rules still run.
                if (Object.keys(changes).length > 0 || record.forceUpdate) {
                    this.sysFields(record, false)
                    for (const field of ['sys_updated_on', 'sys_updated_by', 'sys_mod_count']) if (field in record.row) changes[field] = record.row[field]
                    this.kernel.store.update(record.tableName, String(record.row.sys_id), changes)
                    this.kernel.counters.updates++
                }
                const saved = { ...record.row }
                if (record.workflow) {
                    this.runRules('after', 'update', record, state.proxy, previousRow, previous)
                    this.queueAsync('update', record)
                }
                record.markSaved(saved)
                state.operation = null
                return String(saved.sys_id)
            },
            () => {
                state.operation = null
                if (record.original) record.row = { ...record.row }
                this.kernel.messages.push({ type: 'error', message: 'Invalid update', user: this.kernel.session.user })
                return null
            },
        )
    }

    delete(record: EngineRecord): boolean {
        const state = record as RecordState
        return this.operation(
            'delete',
            () => {
                state.operation = 'delete'
                const previousRow = { ...(record.original as Row) }
                const previous = record.snapshot(previousRow)
                if (record.workflow) this.runRules('before', 'delete', record, state.proxy, previousRow, previous)
                this.kernel.store.delete(record.tableName, String(record.row.sys_id))
                this.kernel.counters.deletes++
                if (record.workflow) {
                    this.runRules('after', 'delete', record, state.proxy, previousRow, previous)
                    this.queueAsync('delete', record)
                }
                state.operation = null
                return true
            },
            () => {
                state.operation = null
                this.kernel.messages.push({ type: 'error', message: 'Invalid delete', user: this.kernel.session.user })
                return false
            },
        )
    }

    beforeQuery(record: EngineRecord): void {
        const state = record as RecordState
        for (const rule of this.rulesFor(record.tableName, 'before', 'query')) {
            try {
                if (rule.condition && !this.sandbox.compileFunction(['current', 'previous'], `return (${rule.condition});`, `sys_script.condition:${rule.name}`)(state.proxy, null)) continue
                this.sandbox.compileFunction(['current', 'previous'], rule.script, `sys_script:${rule.name}`)(state.proxy, null)
            } catch (error) {
                if (this.onScriptError === 'throw' || isNotEmulated(error)) throw error
                this.kernel.log('error', `Business rule '${rule.name}' (query) on ${record.tableName}: ${String(error)}`, 'BusinessRule')
            }
        }
    }

    /**
     * Runs one queued async rule as the user whose operation queued it, with `current` re-read from the
     * database (the row as it was when queued if the record is gone) and previous = null, without a
     * transaction around it (runJob). Throws when the rule is not in this build. Returns false when its
     * condition did not match.
     * VERIFY: on the platform async rules run later on a scheduler worker, see the record as it is then,
     * and get previous = null.
     */
    runAsyncRule(ruleSysId: string, table: string, sysId: string, row: Row, user: string | null): boolean {
        const rule = this.rule(ruleSysId)
        if (!rule) throw new Error(`async business rule ${ruleSysId} is not in this build (queued by an earlier one?)`)
        return this.runJob(user, () => {
            const current = this.makeCurrent(table, sysId, row)
            if (rule.condition && !this.sandbox.compileFunction(['current', 'previous'], `return (${rule.condition});`, `sys_script.condition:${rule.name}`)(current, null)) return false
            this.sandbox.compileFunction(['current', 'previous'], rule.script, `sys_script:${rule.name}`)(current, null)
            return true
        })
    }

    /** Set by the instance: builds the GlideRecord an async rule gets as `current`. */
    makeCurrent: (table: string, sysId: string, row: Row) => unknown = () => {
        throw new Error('RuleEngine.makeCurrent not wired')
    }
}
