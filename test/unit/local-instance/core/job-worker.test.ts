// `npm start`'s job worker, end to end: the server (tools/local-instance/src/http/main.ts) runs in a child
// process on a file database of a synthetic app whose async rule writes progress rows in a long loop.
// 1. While the job runs, other requests (a read and a write) are answered: their answers show the job not
//    finished yet — an ordering, not a timing threshold.
// 2. kill -9 during the job leaves the progress written so far and the trigger `running`; the next start on
//    the same database takes the job over and runs it to completion (the rule resumes from its progress rows).
// 3. The same worker runs scheduled scripts on their schedule and processes events queued by a request.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createInstance } from '../../../../tools/local-instance/src/instance.ts'
import { ensureUser } from '../../../../tools/local-instance/src/security/users.ts'
import { writeSyntheticDist } from './synthetic-dist.ts'
import { startServer, stopServers, until, type ServerProcess } from '../../../support/local-server.ts'

jest.setTimeout(120_000)

const STEPS = 150

// Each step writes its row unless a previous (killed) run already did, then works ~20 ms; the last write marks the end.
const LONG_RULE = `
var STEPS = ${STEPS};
for (var i = 0; i < STEPS; i++) {
    var name = 'step ' + i + ' of ' + current.name;
    var existing = new GlideRecord('customer_account');
    if (!existing.get('name', name)) {
        var row = new GlideRecord('customer_account');
        row.name = name;
        row.insert();
    }
    var until = Date.now() + 20;
    while (Date.now() < until) {}
}
var done = new GlideRecord('customer_account');
done.name = 'done ' + current.name;
done.insert();`

/** A file database with a login and one account (so that npm start does not seed its demo data). */
function prepareDatabase(dist: string): string {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'li-worker-')), 'instance.db')
    const instance = createInstance({ dist, dbFile })
    ensureUser(instance, { userName: 'tester', password: 'tester', roles: ['admin'] })
    instance.runAs(null, ({ GlideRecord }) => {
        const account = new GlideRecord('customer_account')
        account.name = 'Existing'
        account.insert()
    })
    instance.close()
    return dbFile
}

const AUTH = `Basic ${Buffer.from('tester:tester').toString('base64')}`

function client(server: ServerProcess) {
    const call = async (method: string, path: string, body?: unknown) => {
        const response = await fetch(`${server.url}${path}`, {
            method,
            headers: { Authorization: AUTH, Accept: 'application/json', 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
        })
        return { status: response.status, headers: response.headers, body: (await response.json()) as { result: Record<string, string> } }
    }
    /** Accounts matching the query, counted by the server (X-Total-Count). */
    const count = async (query: string) => Number((await call('GET', `/api/now/table/customer_account?sysparm_limit=1&sysparm_query=${encodeURIComponent(query)}`)).headers.get('x-total-count'))
    return { call, count }
}

const progressOf = (job: string) => `nameSTARTSWITHstep ^nameENDSWITH of ${job}`

describe('npm start runs queued work on a job worker thread', () => {
    let dist: string
    const servers: ServerProcess[] = []

    beforeAll(() => {
        dist = writeSyntheticDist({ rules: [{ name: 'Long job', when: 'async', actions: ['insert'], table: 'customer_account', filter: 'nameSTARTSWITHjob', script: LONG_RULE }] })
    })

    afterEach(() => stopServers(servers))

    it('answers other requests while a long async job runs: the response comes first, the job after', async () => {
        const server = await startServer(dist, prepareDatabase(dist))
        servers.push(server)
        const api = client(server)

        const created = await api.call('POST', '/api/now/table/customer_account', { name: 'job A' })
        expect(created.status).toBe(201)
        // The saving request was answered before its async rule finished.
        expect(await api.count('name=done job A')).toBe(0)

        const started = await until(async () => (await api.count(progressOf('job A'))) > 0, 'the job to start', server.output)
        expect(started).toBe(true)
        const read = await api.count(progressOf('job A'))
        const write = await api.call('POST', '/api/now/table/customer_account', { name: 'Written while the job runs' })
        expect(write.status).toBe(201)
        // Both requests were answered while the job was still running: no end marker yet, progress in between.
        expect(await api.count('name=done job A')).toBe(0)
        expect(read).toBeGreaterThan(0)
        expect(read).toBeLessThan(STEPS)

        await until(async () => (await api.count('name=done job A')) === 1, 'the job to finish', server.output)
        expect(await api.count(progressOf('job A'))).toBe(STEPS)
        expect(await api.count('name=Written while the job runs')).toBe(1)
        expect(server.output()).toMatch(/jobs: ASYNC: Long job done \(\d/)
    })

    it('keeps the progress of a job killed with kill -9 and runs the job again to completion on the next start', async () => {
        const dbFile = prepareDatabase(dist)
        const first = await startServer(dist, dbFile)
        servers.push(first)
        const api = client(first)
        expect((await api.call('POST', '/api/now/table/customer_account', { name: 'job B' })).status).toBe(201)
        await until(async () => (await api.count(progressOf('job B'))) >= 3, 'some progress', first.output)
        first.child.kill('SIGKILL')
        await first.exited

        // What the dead server left: its writes so far (each committed on its own) and a trigger still running.
        const db = new Database(dbFile)
        const countRows = (query: string, ...params: unknown[]) => (db.prepare(`SELECT COUNT(*) AS n FROM customer_account WHERE ${query}`).get(...params) as { n: number }).n
        const left = countRows(`name LIKE 'step % of job B'`)
        expect(left).toBeGreaterThanOrEqual(3)
        expect(left).toBeLessThan(STEPS)
        expect(countRows(`name = 'done job B'`)).toBe(0)
        const trigger = () => db.prepare(`SELECT state, attempts, run_count, claimed_by FROM sys_trigger WHERE name = 'ASYNC: Long job'`).get() as Record<string, unknown>
        expect(trigger()).toMatchObject({ state: 'running', attempts: 1, run_count: 0 })
        expect(String(trigger().claimed_by)).toContain(`:${first.child.pid}:`)
        db.close()

        const second = await startServer(dist, dbFile)
        servers.push(second)
        expect(second.output()).toContain('took over 1 job(s)')
        const again = client(second)
        await until(async () => (await again.count('name=done job B')) === 1, 'the job to finish after the restart', second.output)

        const after = new Database(dbFile)
        expect(after.prepare(`SELECT COUNT(*) AS n, COUNT(DISTINCT name) AS names FROM customer_account WHERE name LIKE 'step % of job B'`).get()).toEqual({ n: STEPS, names: STEPS })
        expect(after.prepare(`SELECT state, attempts, run_count, claimed_by FROM sys_trigger WHERE name = 'ASYNC: Long job'`).get()).toEqual({ state: 'done', attempts: 0, run_count: 1, claimed_by: null })
        after.close()
    })

    it('runs scheduled scripts on their schedule and the script actions of events queued by a request', async () => {
        const scheduledDist = writeSyntheticDist({
            rules: [{ name: 'Announce', when: 'after', actions: ['insert'], table: 'customer_account', filter: 'nameSTARTSWITHevent', script: "gs.eventQueue('x_oal_lifecycle.account.saved', current, current.name);" }],
            records: [
                { table: 'sysevent_register', fields: { event_name: 'x_oal_lifecycle.account.saved', table: 'customer_account' } },
                {
                    table: 'sysevent_script_action',
                    fields: { name: 'Handle', event_name: 'x_oal_lifecycle.account.saved', active: 'true', script: "var row = new GlideRecord('customer_account'); row.name = 'handled ' + event.parm1; row.insert();" },
                },
                {
                    table: 'sysauto_script',
                    fields: {
                        name: 'Every second',
                        active: 'true',
                        run_type: 'periodically',
                        run_period: '1970-01-01 00:00:01',
                        run_start: '2020-01-01 00:00:00',
                        run_time: '1970-01-01 00:00:00',
                        script: "var tick = new GlideRecord('customer_account'); tick.name = 'tick ' + new GlideDateTime().getValue(); tick.insert();",
                    },
                },
            ],
        })
        const dbFile = prepareDatabase(scheduledDist)
        const server = await startServer(scheduledDist, dbFile)
        servers.push(server)
        const api = client(server)
        await until(async () => (await api.count('nameSTARTSWITHtick ')) >= 2, 'two runs of the scheduled script', server.output)
        expect((await api.call('POST', '/api/now/table/customer_account', { name: 'event one' })).status).toBe(201)
        await until(async () => (await api.count('name=handled event one')) === 1, 'the script action', server.output)

        const db = new Database(dbFile)
        expect(db.prepare(`SELECT name, state, run_count >= 2 AS ran FROM sys_trigger WHERE trigger_type = 'scheduled_script'`).all()).toEqual([{ name: 'Every second', state: expect.stringMatching(/queued|running/), ran: 1 }])
        expect(db.prepare(`SELECT name, state, parm1, user_name FROM sysevent`).all()).toEqual([{ name: 'x_oal_lifecycle.account.saved', state: 'processed', parm1: 'event one', user_name: 'tester' }])
        db.close()
    })
})
