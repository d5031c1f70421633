// `npm start` entry (launched by scripts/start.mjs through tsx): opens the file database, seeds it when the seed
// module says so, serves HTTP and shuts down cleanly on Ctrl-C. Environment: PORT (default 8080, next free one
// if busy), LOCAL_INSTANCE_DB (default .local-instance/instance.db), LOCAL_INSTANCE_DIST (default dist/app),
// LOCAL_INSTANCE_SEED (a seed module, src/seed.ts; none = no seed), LOCAL_INSTANCE_DEMO_DATA=false (skip the
// app's unload.demo records), HOST.
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { startJobWorker } from '../engine/job-host.ts'
import { createInstance } from '../instance.ts'
import { loadSeedModule, type SeedModule } from '../seed.ts'
import { menuModules } from './pages.ts'
import { startServer, type RunningServer } from './server.ts'

const root = resolve(__dirname, '../../../..')

async function listenOnFreePort(start: (port: number) => Promise<RunningServer>, first: number, attempts = 20): Promise<RunningServer> {
    for (let port = first; port < first + attempts; port++) {
        try {
            return await start(port)
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
            console.log(`port ${port} is busy, trying ${port + 1}`)
        }
    }
    throw new Error(`no free port in ${first}..${first + attempts - 1}`)
}

const DAY_MS = 24 * 3600 * 1000
/** How far back the seeded history starts, and how much time passes per seeded save. */
const SEED_HISTORY_DAYS = 60
const SEED_STEP_MS = 14 * 3600 * 1000

async function main(): Promise<void> {
    const dist = resolve(root, process.env.LOCAL_INSTANCE_DIST ?? 'dist/app')
    const dbFile = resolve(root, process.env.LOCAL_INSTANCE_DB ?? '.local-instance/instance.db')
    mkdirSync(dirname(dbFile), { recursive: true })
    // The demo stories are seeded on a simulated clock that starts weeks ago, so timelines and stage periods
    // read like real history; once seeded, the instance runs on real time.
    let simulatedMs: number | null = null
    const clock = { now: () => (simulatedMs === null ? new Date() : new Date(simulatedMs)) }
    // Async rules, events and scheduled scripts run on a job worker thread (engine/job-host.ts), not in requests.
    const seedModule: SeedModule | null = process.env.LOCAL_INSTANCE_SEED ? await loadSeedModule(process.env.LOCAL_INSTANCE_SEED, root) : null
    const instance = createInstance({ dist, dbFile, clock, autoDrainAsync: false, demoData: process.env.LOCAL_INSTANCE_DEMO_DATA !== 'false' })
    for (const finding of instance.lint) console.warn(`lint: ${finding}`)
    if (seedModule?.needsSeed(instance)) {
        simulatedMs = Date.now() - SEED_HISTORY_DAYS * DAY_MS
        const lines = seedModule.seed(instance, () => {
            simulatedMs = (simulatedMs ?? Date.now()) + SEED_STEP_MS
        })
        simulatedMs = null
        console.log(`Seeded ${dbFile} (${process.env.LOCAL_INSTANCE_SEED}):`)
        for (const line of lines) console.log(`  ${line}`)
    } else if (seedModule) {
        console.log(`Using existing data in ${dbFile} (delete it to reseed)`)
    }
    const jobs = startJobWorker(instance, { dist, dbFile })
    const demoLogins = (seedModule?.logins ?? []).map(({ userName, password, roles }) => ({ userName, password, roles }))
    const firstPort = Number(process.env.PORT ?? 8080)
    const server = await listenOnFreePort((port) => startServer(instance, { port, host: process.env.HOST, demoLogins }), firstPort)

    console.log(`\nLocal instance running at ${server.url}`)
    if (process.env.HOST && !['127.0.0.1', 'localhost', '::1'].includes(process.env.HOST)) {
        console.warn(`warning: listening on ${process.env.HOST}, not only this machine: anyone who reaches the port can log in with the demo passwords (DIFFERENCES.md, "Security model")`)
    }
    console.log('Logins:')
    for (const login of demoLogins) console.log(`  ${login.userName} / ${login.password}  (${login.roles.join(', ')})`)
    const modules = menuModules(instance)
    if (modules.length) {
        console.log('Menu modules:')
        for (const module of modules) console.log(`  ${module.application} › ${module.title}: ${server.url}${module.link}${module.roles.length ? `  [${module.roles.join(', ')}]` : ''}`)
    }
    for (const page of instance.artifacts.records('sys_ui_page')) console.log(`UI page ${page.name}: ${server.url}/${page.endpoint}`)
    console.log('Press Ctrl-C to stop.')

    let stopping = false
    const stop = (signal: string) => {
        if (stopping) return
        stopping = true
        console.log(`\n${signal}: stopping…`)
        Promise.all([server.close(), jobs.stop()])
            .then(() => {
                instance.close()
                process.exit(0)
            })
            .catch((error: unknown) => {
                console.error(error)
                process.exit(1)
            })
    }
    process.on('SIGINT', () => stop('SIGINT'))
    process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error)
    process.exit(1)
})
