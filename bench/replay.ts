// Section 3: replay (recalculation) throughput on the local instance, and the same resulting rows written
// straight into SQLite with prepared INSERTs in one transaction, in the same run: accounts whose orders were
// placed and completed while the app was disabled, then recalculated and applied one by one through the app's
// recalculation module.
import { ACCOUNT_APP_FIELDS, EVENT_TABLE, PROPERTIES, STAGE_TABLE } from '../src/server/app-schema'
import { ACCOUNT_TABLE, LINE_TABLE, ORDER_TABLE } from '../src/server/order-management/om-model'
import type { TestInstance } from '../tools/local-instance/src/testkit'
import { benchInstance, progress, timed } from './support'

export const REPLAY_ACCOUNTS = 200
const ORDERS_PER_ACCOUNT = 3

function seedHistory(instance: TestInstance, accounts: number): string[] {
    instance.setProperty(PROPERTIES.enabled, 'false')
    const ids: string[] = []
    for (let index = 0; index < accounts; index++) {
        const account = instance.insert(ACCOUNT_TABLE, { name: `Replay ${index}`, customer: 'true' }) as string
        ids.push(account)
        for (let order = 0; order < ORDERS_PER_ACCOUNT; order++) {
            const id = instance.insert(ORDER_TABLE, { number: `R${index}-${order}`, account, state: 'new', channel: 'web', order_category: 'product' }) as string
            instance.insert(LINE_TABLE, { order: id, account, state: 'new', action: 'add', product_offering: 'fiber' })
            instance.update(ORDER_TABLE, id, { state: 'completed' })
        }
    }
    instance.setProperty(PROPERTIES.enabled, 'true')
    return ids
}

type SqlRow = Record<string, unknown>

function rowsOf(instance: TestInstance, table: string, accounts: string[]): SqlRow[] {
    const placeholders = accounts.map(() => '?').join(',')
    return instance.db.prepare(`SELECT * FROM "${table}" WHERE account IN (${placeholders}) ORDER BY rowid`).all(...accounts) as SqlRow[]
}

const ACCOUNT_COLUMNS = [ACCOUNT_APP_FIELDS.state, ACCOUNT_APP_FIELDS.stage, ACCOUNT_APP_FIELDS.stateSince, ACCOUNT_APP_FIELDS.stageSince]

/** The SQLite table that stores `table`: an extended table (customer_account) is a view over its base table. */
function storageTable(instance: TestInstance, table: string): string {
    const row = instance.db.prepare(`SELECT type, sql FROM sqlite_master WHERE name = ?`).get(table) as { type: string; sql: string } | undefined
    if (!row || row.type !== 'view') return table
    const base = /\bFROM\s+"([^"]+)"/i.exec(row.sql)
    return base ? base[1] : table
}

/**
 * Removes what the recalculation wrote (untimed), then writes exactly the same rows again with prepared
 * statements in one transaction (timed). Returns the time and checks the rows are back.
 */
function directWriteMs(instance: TestInstance, accounts: string[]): { ms: number; events: number; periods: number } {
    const events = rowsOf(instance, EVENT_TABLE, accounts)
    const periods = rowsOf(instance, STAGE_TABLE, accounts)
    const accountRows = accounts.map((id) => instance.db.prepare(`SELECT sys_id, ${ACCOUNT_COLUMNS.map((c) => `"${c}"`).join(', ')} FROM "${ACCOUNT_TABLE}" WHERE sys_id = ?`).get(id) as SqlRow)
    const placeholders = accounts.map(() => '?').join(',')
    instance.db.prepare(`DELETE FROM "${EVENT_TABLE}" WHERE account IN (${placeholders})`).run(...accounts)
    instance.db.prepare(`DELETE FROM "${STAGE_TABLE}" WHERE account IN (${placeholders})`).run(...accounts)
    const accountStorage = storageTable(instance, ACCOUNT_TABLE)
    instance.db.prepare(`UPDATE "${accountStorage}" SET ${ACCOUNT_COLUMNS.map((c) => `"${c}" = NULL`).join(', ')} WHERE sys_id IN (${placeholders})`).run(...accounts)

    const insertInto = (table: string, sample: SqlRow) => {
        const columns = Object.keys(sample).filter((column) => column !== 'rowid')
        const statement = instance.db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
        return (row: SqlRow) => statement.run(...columns.map((column) => row[column] as string | number | null))
    }
    const updateAccount = instance.db.prepare(`UPDATE "${accountStorage}" SET ${ACCOUNT_COLUMNS.map((c) => `"${c}" = ?`).join(', ')} WHERE sys_id = ?`)
    const { ms } = timed(() =>
        instance.db.transaction(() => {
            if (events.length) {
                const insertEvent = insertInto(EVENT_TABLE, events[0])
                for (const row of events) insertEvent(row)
            }
            if (periods.length) {
                const insertPeriod = insertInto(STAGE_TABLE, periods[0])
                for (const row of periods) insertPeriod(row)
            }
            for (const row of accountRows) updateAccount.run(...ACCOUNT_COLUMNS.map((column) => row[column] as string | null), row.sys_id as string)
        })(),
    )
    if (rowsOf(instance, EVENT_TABLE, accounts).length !== events.length || rowsOf(instance, STAGE_TABLE, accounts).length !== periods.length) {
        throw new Error('the direct write did not restore the recalculated rows')
    }
    return { ms, events: events.length, periods: periods.length }
}

export interface ReplayResult {
    accounts: number
    ordersPerAccount: number
    statuses: Record<string, number>
    recalcMs: number
    accountsPerSecond: number
    eventRows: number
    periodRows: number
    directMs: number
    directAccountsPerSecond: number
    /** How many times slower the recalculation is than writing its result rows directly. */
    ratio: number
    /** Glide operations per recalculated account (reads of the history, rules, timeline; the writes). */
    opsPerAccount: { queries: number; inserts: number; updates: number; deletes: number }
}

export function benchReplay(accounts = REPLAY_ACCOUNTS): ReplayResult {
    const instance = benchInstance()
    try {
        progress(`replay: seeding ${accounts} accounts × ${ORDERS_PER_ACCOUNT} orders with the app disabled`)
        const ids = seedHistory(instance, accounts)
        const recalculation = instance.requireModule('src/server/glide/recalculation/recalculate-account.ts') as {
            recalculateAccount(id: string, mode: string): { status: string }
        }
        progress('replay: recalculating')
        const statuses: Record<string, number> = {}
        instance.counters.reset()
        const { ms: recalcMs } = timed(() =>
            instance.glide(() => {
                for (const id of ids) {
                    const status = recalculation.recalculateAccount(id, 'apply').status
                    statuses[status] = (statuses[status] ?? 0) + 1
                }
            }),
        )
        const { queries, inserts, updates, deletes } = instance.counters
        if ((statuses.applied ?? 0) !== accounts) throw new Error(`expected every account to be applied, got ${JSON.stringify(statuses)}`)
        const direct = directWriteMs(instance, ids)
        return {
            accounts,
            ordersPerAccount: ORDERS_PER_ACCOUNT,
            statuses,
            recalcMs,
            accountsPerSecond: (accounts / recalcMs) * 1000,
            eventRows: direct.events,
            periodRows: direct.periods,
            directMs: direct.ms,
            directAccountsPerSecond: (accounts / direct.ms) * 1000,
            ratio: recalcMs / direct.ms,
            opsPerAccount: { queries: queries / accounts, inserts: inserts / accounts, updates: updates / accounts, deletes: deletes / accounts },
        }
    } finally {
        instance.close()
    }
}
