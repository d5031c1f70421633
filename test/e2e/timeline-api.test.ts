/**
 * The timeline REST contract on the local instance with the built app (no browser): keyset pages in the order
 * (occurred_at, sequence, sys_id) newest first, with ties in the same second, never repeat or skip a row; the
 * server's own messages come back in the scripted REST envelope; the picker reports its total.
 */
import { useDemoServer } from './harness'

const api = useDemoServer()
const AUTH = `Basic ${Buffer.from('agent:agent').toString('base64')}`

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${api.server.url}/api/x_oal_lifecycle/lifecycle${path}`, { headers: { Authorization: AUTH, Accept: 'application/json' } })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

interface Page {
    events: Array<{ id: string; explanation: string; sequence: string }>
    total: number
    nextCursor: string | null
}

describe('timeline REST contract', () => {
    it('pages newest first through same-second events by sequence (numerically), then sys_id, without repeats or gaps', async () => {
        const accountId = api.instance.insert('customer_account', { name: 'Keyset Co' }) as string
        const insert = api.instance.db.prepare(
            'INSERT INTO x_oal_lifecycle_event (sys_id, event_key, account, action, milestone, outcome, explanation, occurred_at, recorded_at, sequence, sys_created_on, sys_updated_on, sys_mod_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0)',
        )
        // 12 events in the same second (sequence 1..12: 10 and 11 sort after 9 only when compared as numbers),
        // 3 older ones without a sequence (rows written before the column existed) sharing one second.
        const expected: string[] = []
        for (let seq = 1; seq <= 12; seq++) {
            const id = `aaaaaaaaaaaaaaaaaaaaaaaa${String(seq).padStart(8, '0')}`
            insert.run(id, `keyset-${seq}`, accountId, 'modify', 'completed', 'no_change', `same second ${seq}`, '2025-03-01 10:00:00', '2025-03-01 10:00:00', seq, '2025-03-01 10:00:00', '2025-03-01 10:00:00')
            expected.unshift(`same second ${seq}`)
        }
        for (let i = 1; i <= 3; i++) {
            const id = `bbbbbbbbbbbbbbbbbbbbbbbb${String(i).padStart(8, '0')}`
            insert.run(id, `keyset-old-${i}`, accountId, 'modify', 'completed', 'no_change', `no sequence ${i}`, '2025-02-01 10:00:00', '2025-02-01 10:00:00', null, '2025-02-01 10:00:00', '2025-02-01 10:00:00')
        }
        expected.push('no sequence 3', 'no sequence 2', 'no sequence 1')

        const seen: string[] = []
        let cursor = ''
        for (let guard = 0; guard < 20; guard++) {
            const { status, body } = await get(`/accounts/${accountId}/timeline?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
            expect(status).toBe(200)
            const page = body.result as Page
            expect(page.total).toBe(15)
            seen.push(...page.events.map((event) => event.explanation))
            if (!page.nextCursor) break
            cursor = page.nextCursor
        }
        expect(seen).toEqual(expected)
    })

    it("answers a bad parameter with its own message inside the scripted REST envelope", async () => {
        const { status, body } = await get('/accounts/not-a-sys-id/timeline')
        expect(status).toBe(400)
        expect(body).toEqual({ result: { error: expect.objectContaining({ message: 'id must be an account sys_id (got "not-a-sys-id")' }) } })
    })

    it('returns the account header fields and the state periods', async () => {
        const [borealis] = api.instance.query('customer_account', 'name=Borealis Media')
        const { status, body } = await get(`/accounts/${borealis.sys_id}/stages`)
        expect(status).toBe(200)
        const history = body.result as { account: { stateSince: string; state: string }; statePeriods: Array<{ state: string; current: boolean }>; causes: { state: { orderNumber: string } | null } }
        expect(history.account.state).toBe('suspended')
        expect(history.account.stateSince).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
        expect(history.statePeriods[history.statePeriods.length - 1]).toMatchObject({ state: 'suspended', current: true })
        expect(history.causes.state?.orderNumber).toMatch(/^ORD/)
    })

    it('the inventory mapping is for lifecycle admins only', async () => {
        const denied = await get('/inventory-mapping')
        expect(denied.status).toBe(403)
        const response = await fetch(`${api.server.url}/api/x_oal_lifecycle/lifecycle/inventory-mapping`, {
            headers: { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}`, Accept: 'application/json' },
        })
        expect(response.status).toBe(200)
        const body = (await response.json()) as { result: { properties: Array<{ property: string; states: string[] }>; problems: unknown[] } }
        expect(body.result.properties.map((p) => p.property)).toEqual(['x_oal_lifecycle.inventory.in_service_states', 'x_oal_lifecycle.inventory.suspended_states', 'x_oal_lifecycle.inventory.not_yet_states'])
        expect(body.result.problems).toEqual([])
    })

    it('the picker says how many accounts match beyond the 20 it lists', async () => {
        for (let i = 0; i < 23; i++) api.instance.insert('customer_account', { name: `Picker Total ${i}` })
        const { body } = await get('/accounts?q=Picker%20Total')
        const result = body.result as { accounts: unknown[]; total: number; limit: number }
        expect(result).toMatchObject({ total: 23, limit: 20 })
        expect(result.accounts).toHaveLength(20)
    })
})
