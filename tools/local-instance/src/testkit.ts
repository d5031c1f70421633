// createTestInstance(): the local instance for jest — the real build output, an in-memory database,
// a deterministic clock and deterministic sys_ids, plus helpers that read like what a user does.
import { join } from 'node:path'
import { createInstance, type CreateInstanceOptions, type GlideGlobals, type Instance } from './instance.ts'
import type { Fault, OperationRecord } from './runtime/kernel.ts'

export interface TestClock {
    now(): Date
    advance(ms: number): void
    set(iso: string): void
}

export function createTestClock(start = '2026-01-01T09:00:00Z'): TestClock {
    let current = new Date(start).getTime()
    return {
        now: () => new Date(current),
        advance: (ms) => void (current += ms),
        set: (iso) => void (current = new Date(iso).getTime()),
    }
}

export interface TestInstanceOptions extends Partial<Omit<CreateInstanceOptions, 'clock'>> {
    clock?: TestClock
}

export type Values = Record<string, unknown>

export interface TestInstance extends Instance {
    clock: TestClock
    /** Inserts a record as `user` (null = system) with business rules; returns its sys_id or null if aborted. */
    insert(table: string, values: Values, user?: string | null): string | null
    /** Updates a record as `user`; returns its sys_id, or null if a rule aborted the update. */
    update(table: string, sysId: string, values: Values, user?: string | null): string | null
    /** Reads a record (storage values as strings, empty = null), or undefined. */
    get(table: string, sysId: string): Record<string, string | null> | undefined
    /** Records matching an encoded query, as strings. */
    query(table: string, encodedQuery?: string): Array<Record<string, string | null>>
    /** The account's timeline: x_oal_lifecycle_event rows in timeline order (occurred_at, then sequence). */
    timeline(accountId: string): Array<Record<string, string | null>>
    setProperty(name: string, value: string): void
    glide<T>(fn: (g: GlideGlobals) => T, user?: string | null): T
    /**
     * Makes the next matching Glide operation(s) fail: `throw` (default) as a database error reaches a script,
     * `refuse` as an aborted write does (insert/update return null, delete false). Faults apply to every
     * caller, business rules included; clearFaults() removes the ones left.
     */
    injectFault(fault: Omit<Fault, 'mode' | 'times'> & Partial<Pick<Fault, 'mode' | 'times'>>): void
    clearFaults(): void
    /** Records every Glide operation from now on (table, operation, workflow for writes); call again to restart. */
    recordOperations(): OperationRecord[]
    /**
     * The SQLite table that stores a table's rows: the root of its hierarchy (customer_account → core_company).
     * Tests that attach SQL triggers to a table need it; a child table is a view, which takes no BEFORE trigger.
     */
    storageTable(table: string): string
}

/** The build output to load: LOCAL_INSTANCE_DIST overrides it (e.g. a snapshot while another build runs). */
export const DEFAULT_DIST = process.env.LOCAL_INSTANCE_DIST || join(__dirname, '..', '..', '..', 'dist', 'app')

function rowToStrings(row: Record<string, unknown>): Record<string, string | null> {
    const result: Record<string, string | null> = {}
    for (const [field, value] of Object.entries(row)) result[field] = value === null || value === undefined ? null : String(value)
    return result
}

export function createTestInstance(options: TestInstanceOptions = {}): TestInstance {
    const clock = options.clock ?? createTestClock()
    const instance = createInstance({ ...options, dist: options.dist ?? DEFAULT_DIST, clock, idSeed: options.idSeed ?? 1 })
    const readAll = (table: string, encodedQuery: string) =>
        instance.runAs(null, ({ GlideRecord }) => {
            const record = new GlideRecord(table)
            record.setWorkflow(false)
            if (encodedQuery) record.addEncodedQuery(encodedQuery)
            record.query()
            const rows: Array<Record<string, string | null>> = []
            const columns = Object.keys(instance.table(table)?.columns ?? {})
            while (record.next()) {
                const row: Record<string, string | null> = { sys_id: record.getUniqueValue() }
                for (const column of columns) row[column] = record.getValue(column)
                for (const column of ['sys_created_on', 'sys_updated_on', 'sys_created_by', 'sys_updated_by', 'sys_mod_count']) row[column] = record.getValue(column)
                rows.push(row)
            }
            return rows
        })
    return Object.assign(instance, {
        clock,
        insert(table: string, values: Values, user: string | null = null) {
            return instance.runAs(user, ({ GlideRecord }) => {
                const record = new GlideRecord(table)
                record.initialize()
                for (const [field, value] of Object.entries(values)) record.setValue(field, value)
                return record.insert() as string | null
            })
        },
        update(table: string, sysId: string, values: Values, user: string | null = null) {
            return instance.runAs(user, ({ GlideRecord }) => {
                const record = new GlideRecord(table)
                if (!record.get(sysId)) throw new Error(`update: ${table} ${sysId} not found`)
                for (const [field, value] of Object.entries(values)) record.setValue(field, value)
                return record.update() as string | null
            })
        },
        get(table: string, sysId: string) {
            const row = instance.db.prepare(`SELECT * FROM "${table}" WHERE sys_id = ?`).get(sysId) as Record<string, unknown> | undefined
            if (row) delete row.rowid
            return row ? rowToStrings(row) : undefined
        },
        query: (table: string, encodedQuery = '') => readAll(table, encodedQuery),
        timeline: (accountId: string) => readAll('x_oal_lifecycle_event', `account=${accountId}^ORDERBYoccurred_at^ORDERBYsequence`),
        setProperty(name: string, value: string) {
            instance.runAs(null, ({ gs }) => gs.setProperty(name, value))
        },
        glide<T>(fn: (g: GlideGlobals) => T, user: string | null = null) {
            return instance.runAs(user, fn)
        },
        injectFault(fault: Omit<Fault, 'mode' | 'times'> & Partial<Pick<Fault, 'mode' | 'times'>>) {
            instance.testHooks.faults.push({ mode: 'throw', times: 1, ...fault })
        },
        clearFaults() {
            instance.testHooks.faults.length = 0
        },
        recordOperations() {
            const log: OperationRecord[] = []
            instance.testHooks.operations = log
            return log
        },
        storageTable: (table: string) => instance.testHooks.schema.rootOf(table),
    })
}
