// `npm start`'s server (tools/local-instance/src/http/main.ts) in a child process on a file database, for tests
// that need a real process: a worker thread running jobs, a kill -9, a restart on the same database.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

const ROOT = join(__dirname, '..', '..')
const MAIN = join(ROOT, 'tools', 'local-instance', 'src', 'http', 'main.ts')
/** A guard against a hung test only; no assertion depends on it. */
const PATIENCE_MS = 120_000

export interface ServerProcess {
    child: ChildProcess
    url: string
    output(): string
    exited: Promise<void>
}

/** Polls `probe` until it returns something truthy; fails with the server's output when it never does. */
export async function until<T>(probe: () => T | Promise<T>, what: string, output?: () => string, patienceMs = PATIENCE_MS): Promise<NonNullable<T>> {
    const deadline = Date.now() + patienceMs
    for (;;) {
        const value = await probe()
        if (value) return value as NonNullable<T>
        if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}${output ? `\n--- server output ---\n${output()}` : ''}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
    }
}

/** Starts the server on `dbFile` (any free port on 127.0.0.1) and waits for its job worker. */
export async function startServer(dist: string, dbFile: string): Promise<ServerProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
        cwd: ROOT,
        env: { ...process.env, LOCAL_INSTANCE_DIST: dist, LOCAL_INSTANCE_DB: dbFile, PORT: '0', HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
    })
    let text = ''
    child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()))
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const output = () => text
    const url = await until(() => (child.exitCode === null ? /running at (http:\/\/\S+)/.exec(text)?.[1] : Promise.reject(new Error(`server exited:\n${text}`))), 'the server', output)
    await until(() => /jobs: worker \S+ ready/.test(text), 'the job worker', output)
    return { child, url, output, exited }
}

/** Stops what is still running (SIGTERM) and waits for it. */
export async function stopServers(servers: ServerProcess[]): Promise<void> {
    for (const server of servers.splice(0)) {
        if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM')
        await server.exited
    }
}
