// The job worker of `npm start`: a node:worker_threads thread with its own instance on the server's file
// database (its own SQLite connection, WAL), so that long async rules, events and scheduled scripts run
// outside the HTTP requests, as the platform's scheduler workers do. Started by job-host.ts; the host wakes
// it when a request queued work, and it polls for due scheduled scripts. It never prepares the database:
// the server's instance did (tables, app records, schedule triggers).
import { parentPort, workerData } from 'node:worker_threads'
import { createInstance } from '../instance.ts'
import type { WorkDone } from './job-runner.ts'

export interface JobWorkerData {
    dist: string
    dbFile: string
    /** Longest sleep between two looks at the queue (scheduled scripts, work queued by another process). */
    pollMs: number
    /** Look for jobs of dead nodes this often (ms). */
    reclaimMs: number
}

export type WorkerMessage =
    | { type: 'ready'; node: string; startupMs: number; reclaimed: { triggers: number; events: number; abandoned: number } }
    | { type: 'done'; work: WorkDone }
    | { type: 'log'; level: string; message: string; source?: string }
    | { type: 'failure'; message: string }
    | { type: 'stopped' }

const port = parentPort
if (!port) throw new Error('job-worker.ts runs as a worker thread (engine/job-host.ts starts it)')
const data = workerData as JobWorkerData
const post = (message: WorkerMessage) => port.postMessage(message)

const instance = createInstance({ dist: data.dist, dbFile: data.dbFile, autoDrainAsync: false, prepareDatabase: false })
let stopping = false
let wake: (() => void) | null = null
port.on('message', (message: unknown) => {
    if (message === 'stop') stopping = true
    const resume = wake
    wake = null
    resume?.()
})

/** Forwards warnings and errors the jobs logged, then forgets what the instance collected (memory). */
function flushLogs(): void {
    for (const entry of instance.logs) if (entry.level === 'warn' || entry.level === 'error') post({ type: 'log', ...entry })
    instance.logs.length = 0
    instance.messages.length = 0
    instance.events.length = 0
}

const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
            wake = null
            resolve()
        }, ms)
        wake = () => {
            clearTimeout(timer)
            resolve()
        }
    })

/** Milliseconds until the next scheduled script is due, capped by the poll interval. */
function idleMs(): number {
    const next = instance.jobs.queue.nextDue()
    if (!next) return data.pollMs
    const due = new Date(`${next.replace(' ', 'T')}Z`).getTime() - Date.now()
    return Math.max(0, Math.min(data.pollMs, due))
}

async function loop(): Promise<void> {
    const reclaimed = instance.jobs.queue.reclaimOrphans()
    post({ type: 'ready', node: instance.jobs.queue.nodeId, startupMs: instance.startupMs, reclaimed })
    let lastReclaim = Date.now()
    while (!stopping) {
        try {
            const work = instance.jobs.runNext()
            flushLogs()
            if (work) {
                post({ type: 'done', work })
                // Let the host's messages ('stop', 'wake') in between two jobs.
                await new Promise((resolve) => setImmediate(resolve))
                continue
            }
            if (Date.now() - lastReclaim >= data.reclaimMs) {
                lastReclaim = Date.now()
                const again = instance.jobs.queue.reclaimOrphans()
                if (again.triggers + again.events + again.abandoned > 0) post({ type: 'log', level: 'warn', message: `took over work of stopped nodes: ${JSON.stringify(again)}`, source: 'JobWorker' })
                continue
            }
        } catch (error) {
            // The queue itself failed (e.g. the database stayed locked past the busy timeout): report, retry later.
            flushLogs()
            post({ type: 'failure', message: (error as Error)?.stack ?? String(error) })
        }
        await sleep(idleMs())
    }
    instance.close()
    post({ type: 'stopped' })
}

void loop()
