// A bulk recalculation survives a crash: `npm start`'s server (a child process on a file database) runs an Apply
// request on its job worker, is killed with kill -9 in the middle, and is started again on the same database.
// The request finishes by itself (the platform reclaims a dead node's job; the request resumes after its last
// saved batch) and the accounts, stage periods, timeline and counts equal those of an uninterrupted run.
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createTestInstance, DEFAULT_DIST } from '../../tools/local-instance/src/testkit'
import { ensureUser } from '../../tools/local-instance/src/security/users'
import { PROPERTIES } from '../../src/server/app-schema'
import { startServer, stopServers, until, type ServerProcess } from '../support/local-server'
import { OmDriver } from './support/om-driver'

jest.setTimeout(300_000)

/** Enough accounts for several batches of 50, so the kill lands between the first checkpoint and the end. */
const ACCOUNTS = 400
const AUTH = `Basic ${Buffer.from('recalc.admin:admin').toString('base64')}`

/** Accounts whose orders were fulfilled while the app was switched off: a backfill has work to do on each. */
function prepareDatabase(): string {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'oal-recalc-crash-')), 'instance.db')
    const instance = createTestInstance({ dbFile, idSeed: 7 })
    ensureUser(instance, { userName: 'recalc.admin', password: 'admin', roles: ['admin'] })
    instance.setProperty(PROPERTIES.enabled, 'false')
    const om = new OmDriver(instance)
    for (let index = 0; index < ACCOUNTS; index++) {
        const account = om.account(`Backfill ${String(index).padStart(4, '0')}`)
        const service = om.service(account, 'Broadband', 'installation_pending')
        om.finish(om.submit(account, [{ action: 'add', soldProduct: service }]), { services: [[service, 'active']] })
        if (index % 3 === 0) om.finish(om.submit(account, [{ action: 'delete', soldProduct: service }]), { services: [[service, 'inactive']] })
    }
    instance.setProperty(PROPERTIES.enabled, 'true')
    instance.close()
    return dbFile
}

async function requestApply(server: ServerProcess): Promise<string> {
    const response = await fetch(`${server.url}/api/now/table/x_oal_lifecycle_recalc`, {
        method: 'POST',
        headers: { Authorization: AUTH, Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ number: 'Backfill after install', mode: 'apply', condition: 'nameSTARTSWITHBackfill' }),
    })
    expect(response.status).toBe(201)
    return ((await response.json()) as { result: { sys_id: string } }).result.sys_id
}

function request(dbFile: string): Record<string, unknown> {
    const db = new Database(dbFile, { readonly: true })
    try {
        return db.prepare(`SELECT sys_id, state, total, processed, changed, skipped, errors, cursor FROM x_oal_lifecycle_recalc`).get() as Record<string, unknown>
    } finally {
        db.close()
    }
}

/** What the recalculation wrote, without sys_ids, recording times and the request's own id. */
function resultOf(dbFile: string): Record<string, unknown> {
    const db = new Database(dbFile, { readonly: true })
    try {
        const { sys_id: requestId, ...counts } = db.prepare(`SELECT sys_id, state, total, processed, changed, skipped, errors FROM x_oal_lifecycle_recalc`).get() as Record<string, unknown>
        const accounts = db.prepare(`SELECT name, x_oal_lifecycle_state, x_oal_lifecycle_stage, x_oal_lifecycle_state_since, x_oal_lifecycle_stage_since FROM customer_account WHERE name LIKE 'Backfill %' ORDER BY name`).all()
        const periods = db
            .prepare(`SELECT a.name, p.stage, p.started_at, p.ended_at, p.duration, p."current" FROM x_oal_lifecycle_stage p JOIN customer_account a ON a.sys_id = p.account ORDER BY a.name, p.started_at, p.stage`)
            .all()
        const events = (
            db
                .prepare(
                    `SELECT a.name, e.event_key, e.source, e.action, e.milestone, e.outcome, e.state_from, e.state_to, e.stage_from, e.stage_to, e.occurred_at, e.explanation
                     FROM x_oal_lifecycle_event e JOIN customer_account a ON a.sys_id = e.account ORDER BY a.name, e.event_key`,
                )
                .all() as Array<Record<string, string>>
        ).map((event) => {
            const recalculation = event.event_key.endsWith(`:recalculation:${requestId}`)
            // The row that records the recalculation is keyed by the request and dated when it ran.
            return { ...event, event_key: event.event_key.replace(String(requestId), '<request>').replace(/^[0-9a-f]{32}/, '<account>'), occurred_at: recalculation ? '<run>' : event.occurred_at }
        })
        return { counts, accounts, periods, events }
    } finally {
        db.close()
    }
}

describe('a bulk recalculation killed with kill -9 in the middle of an Apply', () => {
    const servers: ServerProcess[] = []
    afterEach(() => stopServers(servers))

    it('finishes after a restart, with the same result as an uninterrupted run', async () => {
        const prepared = prepareDatabase()
        const uninterruptedDb = join(mkdtempSync(join(tmpdir(), 'oal-recalc-whole-')), 'instance.db')
        const crashedDb = join(mkdtempSync(join(tmpdir(), 'oal-recalc-crash-')), 'instance.db')
        copyFileSync(prepared, uninterruptedDb)
        copyFileSync(prepared, crashedDb)

        // The reference: one server, one uninterrupted run.
        const whole = await startServer(DEFAULT_DIST, uninterruptedDb)
        servers.push(whole)
        await requestApply(whole)
        await until(() => request(uninterruptedDb).state === 'completed', 'the uninterrupted run', whole.output)
        await stopServers(servers)

        // The crash: killed once at least one batch is checkpointed and well before the end.
        const first = await startServer(DEFAULT_DIST, crashedDb)
        servers.push(first)
        await requestApply(first)
        // Once a batch is checkpointed, take the database's write lock so the worker stops at its next write,
        // then kill it there: the crash lands mid-run however fast or slow the machine is.
        const lock = new Database(crashedDb, { timeout: 60_000 })
        await until(() => Number((lock.prepare('SELECT processed FROM x_oal_lifecycle_recalc').get() as { processed: number } | undefined)?.processed ?? 0) >= 50, 'a checkpointed batch', first.output)
        lock.exec('BEGIN IMMEDIATE')
        first.child.kill('SIGKILL')
        await first.exited
        lock.exec('ROLLBACK')
        lock.close()
        const atCrash = request(crashedDb)
        expect(atCrash.state).toBe('running')
        expect(Number(atCrash.processed)).toBeLessThan(ACCOUNTS)

        const second = await startServer(DEFAULT_DIST, crashedDb)
        servers.push(second)
        expect(second.output()).toMatch(/took over 1 job/)
        await until(() => request(crashedDb).state === 'completed', 'the resumed run', second.output)

        const expected = resultOf(uninterruptedDb)
        expect(expected.counts).toEqual({ state: 'completed', total: ACCOUNTS, processed: ACCOUNTS, changed: ACCOUNTS, skipped: 0, errors: 0 })
        expect(resultOf(crashedDb)).toEqual(expected)
    })
})
