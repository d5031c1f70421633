import { ACCOUNT_APP_FIELDS, EVENT_FIELDS } from '../../../src/server/app-schema'
import {
    EXPORT_COLUMNS,
    EXPORT_MAX_ACCOUNTS,
    csvCell,
    csvHeader,
    csvLine,
    exportAccountQuery,
    exportEventQuery,
    exportFileName,
    jsonPrefix,
    JSON_SUFFIX,
    jsonRecord,
    overLimitMessage,
    parseExportRequest,
} from '../../../src/server/api/export-contract'
import type { ExportRequest, ExportRow } from '../../../src/server/api/export-contract'
import { toTimelineEvent } from '../../../src/server/api/timeline-contract'

const A = 'a'.repeat(32)
const B = 'b'.repeat(32)

function parsed(params: Record<string, unknown>): ExportRequest {
    const result = parseExportRequest(params)
    if (!result.ok) throw new Error(result.message)
    return result.value
}

function refusal(params: Record<string, unknown>): { field: string; message: string } {
    const result = parseExportRequest(params)
    if (result.ok) throw new Error('accepted')
    return { field: result.field, message: result.message }
}

function row(values: Record<string, string>, account = { id: A, number: 'ACC0001', name: 'Acme' }): ExportRow {
    return { account, event: toTimelineEvent({ id: B, values, orderNumber: 'ORD0001', stateRuleName: 'First order activates', stageRuleName: '' }) }
}

describe('parseExportRequest', () => {
    it('defaults to CSV for one account and keeps the timeline filters', () => {
        const request = parsed({ account: A, outcome: 'applied,pinned', from: '2026-01-01' })
        expect(request.format).toBe('csv')
        expect(request.accountIds).toEqual([A])
        expect(request.filters.outcomes).toEqual(['applied', 'pinned'])
        expect(request.filters.from).toBe('2026-01-01 00:00:00')
    })

    it('takes a set of accounts by sys_id or by lifecycle state and stage', () => {
        expect(parsed({ accounts: `${A}, ${B},${A}`, format: 'json' }).accountIds).toEqual([A, B])
        const bySignal = parsed({ account_state: 'inactive', account_stage: 'onboarding,adoption' })
        expect(bySignal.accountStates).toEqual(['inactive'])
        expect(bySignal.accountStages).toEqual(['onboarding', 'adoption'])
    })

    it('names the parameter of each problem', () => {
        expect(refusal({})).toEqual({ field: 'account', message: expect.stringContaining('Name the accounts to export') })
        expect(refusal({ account: A, format: 'xlsx' })).toEqual({ field: 'format', message: 'format must be csv or json (got "xlsx")' })
        expect(refusal({ accounts: 'ACC0001' }).field).toBe('accounts')
        expect(refusal({ account_state: 'gone' })).toEqual({ field: 'account_state', message: expect.stringContaining('(got "gone")') })
        expect(refusal({ account: A, from: 'yesterday' }).field).toBe('from')
        expect(refusal({ account: A, cursor: 'x' })).toEqual({ field: 'cursor', message: expect.stringContaining('does not apply to an export') })
        expect(refusal({ account: A, limit: '50' }).field).toBe('limit')
    })

    it('refuses more named accounts than the limit, naming the limit', () => {
        const ids = Array.from({ length: EXPORT_MAX_ACCOUNTS + 1 }, (_, i) => i.toString(16).padStart(32, '0'))
        expect(refusal({ accounts: ids.join(',') }).message).toBe(`accounts names ${EXPORT_MAX_ACCOUNTS + 1} accounts; the limit is ${EXPORT_MAX_ACCOUNTS}`)
    })
})

describe('export queries', () => {
    it('selects the accounts by id, state and stage', () => {
        expect(exportAccountQuery(parsed({ accounts: `${A},${B}`, account_state: 'active' }))).toBe(`sys_idIN${A},${B}^${ACCOUNT_APP_FIELDS.state}INactive^ORDERBYnumber`)
    })

    it('reads events oldest first per account, in the order the engine recorded them', () => {
        const query = exportEventQuery([A], parsed({ account: A, action: 'disconnect' }).filters)
        expect(query).toBe(`${EVENT_FIELDS.account}IN${A}^${EVENT_FIELDS.action}INdisconnect^ORDERBY${EVENT_FIELDS.account}^ORDERBY${EVENT_FIELDS.occurredAt}^ORDERBY${EVENT_FIELDS.sequence}^ORDERBYsys_id`)
    })
})

describe('export text', () => {
    it('quotes CSV cells that need it and defuses spreadsheet formulas', () => {
        expect(csvCell('plain')).toBe('plain')
        expect(csvCell('a, "b"')).toBe('"a, ""b"""')
        expect(csvCell('two\nlines')).toBe('"two\nlines"')
        expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
        expect(csvCell('-1')).toBe("'-1")
        expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    })

    it('writes one header and one line per event with the timeline labels', () => {
        const header = csvHeader()
        expect(header.endsWith('\r\n')).toBe(true)
        expect(header.split(',')).toHaveLength(EXPORT_COLUMNS.length)
        const event = row({ action: 'place', milestone: 'completed', outcome: 'applied', state_from: '', state_to: 'active', state_rule: 'c'.repeat(32), occurred_at: '2026-11-02 10:00:00', sequence: '3', explanation: 'First order, done' })
        const line = csvLine(event)
        expect(line).toContain('ACC0001,Acme,3,2026-11-02 10:00:00')
        expect(line).toContain(',Place,Completed,Applied,')
        expect(line).toContain('First order activates')
        expect(line).toContain('"First order, done"')
        const record = jsonRecord(event)
        expect(record).toMatchObject({ accountNumber: 'ACC0001', orderNumber: 'ORD0001', action: 'Place', stateTo: 'Active', sequence: '3' })
        expect(JSON.parse(`${jsonPrefix('2026-11-30 00:00:00', 1)}${JSON.stringify(record)}${JSON_SUFFIX}`)).toEqual({ exportedAt: '2026-11-30 00:00:00', count: 1, events: [record] })
    })

    it('names the limit and its property when refusing', () => {
        expect(overLimitMessage(12001, 10000, 'x_oal_lifecycle.export.max_rows')).toContain('the limit is 10000 (x_oal_lifecycle.export.max_rows)')
    })

    it('builds a safe file name', () => {
        expect(exportFileName('csv', 'ACC0001', '2026-11-30 10:00:00')).toBe('account-timeline-ACC0001-2026-11-30-10-00-00.csv')
        expect(exportFileName('json', '"; rm -rf /', '2026-11-30 10:00:00')).toBe('account-timeline-rm--rf-2026-11-30-10-00-00.json')
    })
})
