/**
 * The timeline export through the REST API on the local instance with the built app and the demo seed (whose
 * events were written by the shipped business rules): CSV and JSON hold every event of the account, oldest
 * first; a set of accounts by lifecycle state; the limit refuses with its value named; roles are checked; a
 * name a spreadsheet would run as a formula is defused.
 */
import { PROPERTIES } from '../../src/server/app-schema'
import { insertBulkEvents } from '../support/bulk-events'
import { useDemoServer } from './harness'

const api = useDemoServer()

async function exportAs(user: 'agent' | 'admin' | null, query: string): Promise<{ status: number; type: string; disposition: string; text: string }> {
    const headers: Record<string, string> = { Accept: '*/*' }
    if (user) headers.Authorization = `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`
    const response = await fetch(`${api.server.url}/api/x_oal_lifecycle/lifecycle/export?${query}`, { headers })
    return { status: response.status, type: response.headers.get('content-type') ?? '', disposition: response.headers.get('content-disposition') ?? '', text: await response.text() }
}

/** Minimal RFC 4180 reader for the test (quoted cells with "" and line breaks). */
function parseCsv(text: string): string[][] {
    const rows: string[][] = []
    let row: string[] = []
    let cell = ''
    let quoted = false
    for (let i = 0; i < text.length; i++) {
        const c = text[i]
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                cell += '"'
                i++
            } else if (c === '"') quoted = false
            else cell += c
        } else if (c === '"') quoted = true
        else if (c === ',') {
            row.push(cell)
            cell = ''
        } else if (c === '\r' && text[i + 1] === '\n') {
            row.push(cell)
            rows.push(row)
            row = []
            cell = ''
            i++
        } else cell += c
    }
    return rows
}

/** The demo account with the most timeline events. */
function busiestAccount(): { id: string; number: string; events: Array<Record<string, string | null>> } {
    let best = { id: '', number: '', events: [] as Array<Record<string, string | null>> }
    for (const account of api.instance.query('customer_account')) {
        const events = api.instance.timeline(account.sys_id as string)
        if (events.length > best.events.length) best = { id: account.sys_id as string, number: account.number as string, events }
    }
    return best
}

describe('timeline export', () => {
    it("exports every event of an account as CSV, oldest first, with the timeline's labels", async () => {
        const account = busiestAccount()
        expect(account.events.length).toBeGreaterThan(3)
        const answer = await exportAs('agent', `account=${account.id}`)
        expect(answer.status).toBe(200)
        expect(answer.type).toMatch(/^text\/csv/)
        expect(answer.disposition).toMatch(new RegExp(`^attachment; filename="account-timeline-${account.number}-[0-9-]+\\.csv"$`))
        const [header, ...lines] = parseCsv(answer.text)
        expect(header.slice(0, 6)).toEqual(['Account number', 'Account', 'Sequence', 'Occurred (UTC)', 'Recorded (UTC)', 'Order'])
        expect(lines).toHaveLength(account.events.length)
        const at = header.indexOf('Occurred (UTC)')
        const sequence = header.indexOf('Sequence')
        const occurred = lines.map((line) => `${line[at]}#${line[sequence].padStart(8, '0')}`)
        expect(occurred).toEqual(occurred.slice().sort())
        const ids = lines.map((line) => line[header.indexOf('Event sys_id')])
        expect(new Set(ids)).toEqual(new Set(account.events.map((event) => event.sys_id)))
        expect(lines.every((line) => line[0] === account.number)).toBe(true)
    })

    it('exports JSON with the count and the same events, filtered like the timeline', async () => {
        const account = busiestAccount()
        const applied = account.events.filter((event) => event.outcome === 'applied')
        const answer = await exportAs('agent', `account=${account.id}&format=json&outcome=applied`)
        expect(answer.status).toBe(200)
        expect(answer.type).toMatch(/^application\/json/)
        const body = JSON.parse(answer.text) as { count: number; events: Array<Record<string, string>> }
        expect(body.count).toBe(applied.length)
        expect(body.events.map((event) => event.eventId).sort()).toEqual(applied.map((event) => event.sys_id).sort())
        expect(body.events.every((event) => event.outcome === 'Applied')).toBe(true)
    })

    it('exports the accounts in a lifecycle state', async () => {
        const active = api.instance.query('customer_account', 'x_oal_lifecycle_state=active')
        const withEvents = active.filter((account) => api.instance.timeline(account.sys_id as string).length > 0)
        expect(withEvents.length).toBeGreaterThan(1)
        const answer = await exportAs('admin', 'account_state=active&format=json')
        expect(answer.status).toBe(200)
        const body = JSON.parse(answer.text) as { events: Array<Record<string, string>> }
        expect(new Set(body.events.map((event) => event.accountId))).toEqual(new Set(withEvents.map((account) => account.sys_id)))
    })

    it('refuses an export over the limit and names the limit and its property', async () => {
        const account = busiestAccount()
        api.instance.setProperty(PROPERTIES.exportMaxRows, '2')
        try {
            const answer = await exportAs('agent', `account=${account.id}`)
            expect(answer.status).toBe(400)
            const body = JSON.parse(answer.text) as { result: { error: { message: string; field: string } } }
            expect(body.result.error.message).toBe(
                `The export matches ${account.events.length} events; the limit is 2 (${PROPERTIES.exportMaxRows}). Narrow the dates, outcomes or accounts, or ask an admin to raise the limit.`,
            )
        } finally {
            api.instance.setProperty(PROPERTIES.exportMaxRows, '10000')
        }
    })

    it('answers bad requests with the parameter named, and checks who asks', async () => {
        const account = busiestAccount()
        const bad = await exportAs('agent', `account=${account.id}&format=xlsx`)
        expect(bad.status).toBe(400)
        expect(JSON.parse(bad.text).result.error).toMatchObject({ field: 'format', message: 'format must be csv or json (got "xlsx")' })
        const missing = await exportAs('agent', `account=${'f'.repeat(32)}`)
        expect(missing.status).toBe(404)
        expect((await exportAs(null, `account=${account.id}`)).status).toBe(401)
    })

    it('defuses an account name a spreadsheet would run as a formula', async () => {
        const id = api.instance.insert('customer_account', { name: '=HYPERLINK("http://evil.example","x")' }) as string
        insertBulkEvents(api.instance, id, 2, { keyPrefix: 'formula' })
        const answer = await exportAs('agent', `account=${id}`)
        expect(answer.status).toBe(200)
        const [, first] = parseCsv(answer.text)
        expect(first[1]).toBe(`'=HYPERLINK("http://evil.example","x")`)
    })
})
