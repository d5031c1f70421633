// Standalone (not part of `npm run bench`): `node --import tsx bench/jobs-worker.ts` (ACCOUNTS=4000 default).
// The real app's bulk recalculation through `npm start`'s job worker: a file database with ACCOUNTS customer
// accounts (one completed order each, placed while the app was disabled), the server (main.ts) in a child
// process, a recalculation request (apply, every account) created through the Table API, and a client that
// keeps reading while the job runs. Prints how long the creating request took, how many reads were answered
// during the job and their latency, the job's time; then the same again with kill -9 of the server once a
// fifth of the accounts is done and a restart on the same database, which finishes the request.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROPERTIES } from '../src/server/app-schema'
import { ACCOUNT_TABLE, LINE_TABLE, ORDER_TABLE } from '../src/server/order-management/om-model'
import { ensureUser } from '../tools/local-instance/src/security/users'
import { createTestInstance } from '../tools/local-instance/src/testkit'
import { DIST, median, ROOT } from './support'

const ACCOUNTS = Number(process.env.ACCOUNTS ?? 4000)
const MAIN = join(ROOT, 'tools', 'local-instance', 'src', 'http', 'main.ts')
const AUTH = `Basic ${Buffer.from('admin:admin').toString('base64')}`
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function seedDatabase(): string {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'li-jobs-bench-')), 'instance.db')
    const instance = createTestInstance({ dist: DIST, dbFile })
    ensureUser(instance, { userName: 'admin', password: 'admin', roles: ['x_oal_lifecycle.admin'] })
    instance.setProperty(PROPERTIES.enabled, 'false')
    instance.glide(() => {
        for (let index = 0; index < ACCOUNTS; index++) {
            const account = instance.insert(ACCOUNT_TABLE, { name: `Account ${index}`, customer: 'true' }) as string
            const order = instance.insert(ORDER_TABLE, { number: `R${index}`, account, state: 'new', channel: 'web', order_category: 'product' }) as string
            instance.insert(LINE_TABLE, { order, account, state: 'new', action: 'add', product_offering: 'fiber' })
            instance.update(ORDER_TABLE, order, { state: 'completed' })
        }
    })
    instance.setProperty(PROPERTIES.enabled, 'true')
    instance.close()
    return dbFile
}

interface Server {
    child: ChildProcess
    url: string
    output(): string
}

async function startServer(dbFile: string): Promise<Server> {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { cwd: ROOT, env: { ...process.env, LOCAL_INSTANCE_DIST: DIST, LOCAL_INSTANCE_DB: dbFile, PORT: '0', HOST: '127.0.0.1' } })
    let text = ''
    child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()))
    while (!/jobs: worker \S+ ready/.test(text) || !/running at (http:\/\/\S+)/.test(text)) {
        if (child.exitCode !== null) throw new Error(`the server exited:\n${text}`)
        await wait(50)
    }
    return { child, url: /running at (http:\/\/\S+)/.exec(text)?.[1] as string, output: () => text }
}

async function call(server: Server, method: string, path: string, body?: unknown): Promise<{ ms: number; result: Record<string, string> }> {
    const started = performance.now()
    const response = await fetch(server.url + path, {
        method,
        headers: { Authorization: AUTH, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await response.json()) as { result: Record<string, string> }
    return { ms: performance.now() - started, result: json.result }
}

const requestState = (server: Server, id: string) => call(server, 'GET', `/api/now/table/x_oal_lifecycle_recalc/${id}?sysparm_fields=state,processed,total,changed,errors`)
const jobLines = (server: Server) => server.output().split('\n').filter((line) => line.startsWith('jobs: '))

async function responsiveness(): Promise<void> {
    const server = await startServer(seedDatabase())
    const created = await call(server, 'POST', '/api/now/table/x_oal_lifecycle_recalc', { number: 'all accounts', mode: 'apply', condition: 'sys_idISNOTEMPTY' })
    console.log(`POST of the recalculation request (${ACCOUNTS} accounts): answered in ${created.ms.toFixed(0)} ms, state ${created.result.state}`)
    const latencies: number[] = []
    let state = created.result
    while (state.state === 'pending' || state.state === 'running') {
        const read = await requestState(server, created.result.sys_id)
        const other = await call(server, 'GET', '/api/now/table/customer_account?sysparm_limit=5&sysparm_query=nameSTARTSWITHAccount 1')
        latencies.push(read.ms, other.ms)
        state = read.result
        await wait(100)
    }
    latencies.sort((left, right) => left - right)
    console.log(`reads answered while the job ran: ${latencies.length}, median ${median(latencies).toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms; request ${JSON.stringify(state)}`)
    console.log(jobLines(server).join('\n'))
    server.child.kill('SIGTERM')
}

async function crashAndResume(): Promise<void> {
    const dbFile = seedDatabase()
    const first = await startServer(dbFile)
    const id = (await call(first, 'POST', '/api/now/table/x_oal_lifecycle_recalc', { number: 'all accounts', mode: 'apply', condition: 'sys_idISNOTEMPTY' })).result.sys_id
    let state = (await requestState(first, id)).result
    while (Number(state.processed) < ACCOUNTS / 5) {
        await wait(100)
        state = (await requestState(first, id)).result
    }
    first.child.kill('SIGKILL')
    await new Promise((resolve) => first.child.once('exit', resolve))
    console.log(`kill -9 of the server with the request ${state.state}, ${state.processed}/${state.total} processed`)
    const second = await startServer(dbFile)
    while (state.state === 'pending' || state.state === 'running') {
        await wait(250)
        state = (await requestState(second, id)).result
    }
    console.log(`after the restart: request ${JSON.stringify(state)}`)
    console.log(jobLines(second).join('\n'))
    second.child.kill('SIGTERM')
}

async function main(): Promise<void> {
    await responsiveness()
    await crashAndResume()
}

main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
})
