// Starts and stops the job worker thread (job-worker.ts) for a server instance on a file database. The
// server's instance must be created with autoDrainAsync: false, so that what its requests queue waits for
// the worker instead of running inside the request.
import { Worker } from 'node:worker_threads'
import { join } from 'node:path'
import type { Instance } from '../instance.ts'
import type { JobWorkerData, WorkerMessage } from './job-worker.ts'

export interface JobWorkerOptions {
    dist: string
    dbFile: string
    /** Longest idle sleep of the worker (ms); default 1000. */
    pollMs?: number
    /** How often the worker looks for jobs of dead nodes (ms); default 30000. */
    reclaimMs?: number
    /** Where the worker's lines go; default console.log. */
    log?: (line: string) => void
    /** How long stop() waits for the current job before terminating the thread (ms); default 2000. */
    stopGraceMs?: number
}

export interface JobWorkerHandle {
    /** Resolves when the worker has its instance and took over the work of dead nodes. */
    ready: Promise<void>
    wake(): void
    stop(): Promise<void>
}

/** Restarts of a worker thread that died, before giving up (jobs then wait for the next server start). */
const MAX_RESTARTS = 3

// The worker thread does not inherit the parent's `--import tsx`: it registers tsx's CommonJS hooks itself.
const BOOTSTRAP = `const { workerData } = require('node:worker_threads'); require(workerData.tsx); require(workerData.entry);`

function seconds(ms: number): string {
    return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`
}

export function startJobWorker(instance: Instance, options: JobWorkerOptions): JobWorkerHandle {
    const log = options.log ?? ((line: string) => console.log(line))
    const data: JobWorkerData & { tsx: string; entry: string } = {
        dist: options.dist,
        dbFile: options.dbFile,
        pollMs: options.pollMs ?? 1000,
        reclaimMs: options.reclaimMs ?? 30_000,
        tsx: require.resolve('tsx/cjs'),
        entry: join(__dirname, 'job-worker.ts'),
    }
    let worker: Worker | null = null
    let stopping = false
    let restarts = 0
    let markReady: () => void = () => {}
    let failReady: (error: Error) => void = () => {}
    const ready = new Promise<void>((resolve, reject) => {
        markReady = resolve
        failReady = reject
    })
    ready.catch(() => {}) // reported through log; awaiting it is optional

    const start = () => {
        const thread = new Worker(BOOTSTRAP, { eval: true, workerData: data, name: 'local-instance jobs' })
        worker = thread
        thread.on('message', (message: WorkerMessage) => {
            switch (message.type) {
                case 'ready': {
                    const { triggers, events, abandoned } = message.reclaimed
                    const taken = triggers + events + abandoned > 0 ? `; took over ${triggers} job(s) and ${events} event(s) of stopped nodes${abandoned ? `, gave up ${abandoned}` : ''}` : ''
                    log(`jobs: worker ${message.node} ready (${seconds(message.startupMs)})${taken}`)
                    markReady()
                    break
                }
                case 'done':
                    log(`jobs: ${message.work.name} ${message.work.error ? `failed: ${message.work.error}` : 'done'} (${seconds(message.work.ms)})`)
                    break
                case 'log':
                    log(`jobs: [${message.level}] ${message.source ? `${message.source}: ` : ''}${message.message}`)
                    break
                case 'failure':
                    log(`jobs: the queue failed: ${message.message}`)
                    break
                case 'stopped':
                    break
            }
        })
        thread.on('error', (error) => log(`jobs: worker crashed: ${error.stack ?? error.message}`))
        thread.on('exit', (code) => {
            if (worker === thread) worker = null
            if (stopping) return
            if (restarts >= MAX_RESTARTS) {
                log(`jobs: worker exited (code ${code}) ${restarts} times; queued jobs wait for the next start`)
                failReady(new Error('job worker failed to start'))
                return
            }
            restarts++
            log(`jobs: worker exited (code ${code}); restarting`)
            setTimeout(() => !stopping && start(), 1000).unref()
        })
    }
    start()
    instance.jobs.queue.onQueued(() => worker?.postMessage('wake'))

    return {
        ready,
        wake: () => worker?.postMessage('wake'),
        stop: async () => {
            stopping = true
            const thread = worker
            if (!thread) return
            const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()))
            thread.postMessage('stop')
            // A job in progress does not see 'stop' until it ends: terminate it after the grace period. Its
            // trigger stays `running`, and the next start on this database runs it again.
            const timer = setTimeout(() => void thread.terminate(), options.stopGraceMs ?? 2000)
            await exited
            clearTimeout(timer)
        },
    }
}
