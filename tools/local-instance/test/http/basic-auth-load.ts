// Load check for HTTP Basic authentication (security item "cost of Basic auth"): N concurrent clients call
// the Table API with Basic credentials for a few seconds; prints requests per second and the median latency
// of a wrong password for a known and for an unknown user name (a timing oracle shows as a large gap).
// Run: npx tsx tools/local-instance/test/http/basic-auth-load.ts [clients=50] [seconds=5]
import { createTestInstance } from '../../src/testkit.ts'
import { ensureUser } from '../../src/security/users.ts'
import { startServer } from '../../src/http/server.ts'

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`

async function main(): Promise<void> {
    const clients = Number(process.argv[2] ?? 50)
    const seconds = Number(process.argv[3] ?? 5)
    const instance = createTestInstance()
    ensureUser(instance, { userName: 'agent', password: 'agent', roles: ['x_oal_lifecycle.agent'] })
    const server = await startServer(instance, { port: 0 })
    const url = `${server.url}/api/now/table/x_oal_lifecycle_rule?sysparm_limit=1&sysparm_fields=sys_id`
    let done = 0
    let failed = 0
    const until = performance.now() + seconds * 1000
    const worker = async () => {
        while (performance.now() < until) {
            const response = await fetch(url, { headers: { Authorization: basic('agent', 'agent') } })
            await response.arrayBuffer()
            if (response.status === 200) done++
            else failed++
        }
    }
    const started = performance.now()
    await Promise.all(Array.from({ length: clients }, worker))
    const elapsed = (performance.now() - started) / 1000
    console.log(`${clients} clients, ${elapsed.toFixed(1)} s: ${(done / elapsed).toFixed(1)} req/s (${done} ok, ${failed} not 200)`)
    const timeOf = async (user: string) => {
        const times: number[] = []
        for (let i = 0; i < 3; i++) {
            const t = performance.now()
            const response = await fetch(url, { headers: { Authorization: basic(user, `wrong-${i}`) } })
            await response.arrayBuffer()
            times.push(performance.now() - t)
        }
        return times.sort((a, b) => a - b)[1].toFixed(1)
    }
    console.log(`wrong password, median of 3: known user ${await timeOf('agent')} ms, unknown user ${await timeOf('nobody-here')} ms`)
    await server.close()
    instance.close()
}

main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
})
