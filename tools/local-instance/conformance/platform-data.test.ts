/**
 * Conformance app `platform-data` (platform-data/src/fluent): an app that extends task, adds columns to
 * incident and problem, extends the CMDB computer class and ships records on platform tables, first-install
 * and demo records, users, and date-time values written the way people type them.
 * Documentation followed: Important Task table fields (r_ImportantTaskTableFields.md), Record numbering and
 * "Add auto-numbering records in a table" (t_AutoNumberingRecordsInATable.md), the Now SDK's table-api and
 * record-api topics (`now-sdk explain table-api | record-api`), GlideDateTime(String) input formats
 * (c_GlideDateTimeScoped.md).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer, type RunningServer } from '../src/http/server'
import { ensureUser } from '../src/security/users'
import type { TestInstance } from '../src/testkit'
import { conformanceInstance } from './support'

const APP = 'platform-data'
let instance: TestInstance
beforeEach(() => (instance = conformanceInstance(APP)))
afterEach(() => instance.close())

const userId = (userName: string) => instance.query('sys_user', `user_name=${userName}`)[0]?.sys_id as string

describe('platform tables and hierarchies', () => {
    it('has the task hierarchy, the CMDB classes and the catalog as the platform does', () => {
        for (const table of ['task', 'incident', 'problem', 'change_request', 'sc_request', 'sc_req_item', 'sc_task', 'sc_cat_item', 'cmdb_ci', 'cmdb_ci_computer', 'cmdb_ci_server', 'customer_account', 'customer_contact']) {
            expect(instance.table(table)).toBeDefined()
        }
        expect(instance.table('incident')?.extends).toBe('task')
        expect(instance.table('cmdb_ci_computer')?.extends).toBe('cmdb_ci_hardware')
        expect(instance.table('customer_account')?.extends).toBe('core_company')
    })

    it('gives a table that extends task the inherited columns (number, short_description, state…)', () => {
        const columns = instance.table('x_conf_data_ticket')?.columns ?? {}
        for (const column of ['number', 'short_description', 'state', 'priority', 'assigned_to', 'opened_at', 'colour']) expect(columns[column]).toBeDefined()
    })

    it('adds the app\'s column to incident and problem instead of creating tables of their own', () => {
        expect(instance.table('incident')?.columns.x_conf_data_note).toBeDefined()
        expect(instance.table('incident')?.columns.caller_id).toBeDefined()
        expect(instance.get('problem', instance.query('problem', 'number=PRB0090001')[0].sys_id as string)).toMatchObject({ x_conf_data_flag: 'hot', sys_class_name: 'problem' })
    })

    it('installs the app\'s records on platform tables, and a query on a parent class finds its children', () => {
        expect(instance.query('cmdb_ci_computer').map((row) => row.name).sort()).toEqual(['LAPTOP-001', 'LAPTOP-002'])
        expect(instance.query('cmdb_ci', 'nameSTARTSWITHLAPTOP').map((row) => [row.name, row.sys_class_name])).toEqual(
            expect.arrayContaining([
                ['LAPTOP-001', 'cmdb_ci_computer'],
                ['LAPTOP-002', 'x_conf_data_laptop'],
            ]),
        )
        expect(instance.query('sc_cat_item', 'active=true').map((row) => row.name)).toEqual(['Conformance laptop request'])
        expect(instance.lint.filter((finding) => finding.startsWith('dropped'))).toEqual([])
    })
})

describe('auto-numbering and dictionary defaults', () => {
    it('numbers new records from the table\'s number format (sys_number), counting up', () => {
        const first = instance.insert('x_conf_data_ticket', { short_description: 'Printer jam' }) as string
        const second = instance.insert('x_conf_data_ticket', { short_description: 'Toner empty' }) as string
        expect(instance.get('x_conf_data_ticket', first)?.number).toBe('TKT0001000')
        expect(instance.get('x_conf_data_ticket', second)?.number).toBe('TKT0001001')
        expect(instance.get('incident', instance.insert('incident', { short_description: 'Mail down' }) as string)?.number).toBe('INC0010000')
        // A number given on insert is kept.
        expect(instance.get('x_conf_data_ticket', instance.insert('x_conf_data_ticket', { number: 'TKT-MANUAL' }) as string)?.number).toBe('TKT-MANUAL')
    })

    it('assigns the number when the record is initialized, unless glide.itil.assign.number.on.insert is true', () => {
        instance.glide(({ GlideRecord }) => {
            const ticket = new GlideRecord('x_conf_data_ticket')
            ticket.initialize()
            expect(ticket.getValue('number')).toBe('TKT0001000')
        })
        instance.setProperty('glide.itil.assign.number.on.insert', 'true')
        instance.glide(({ GlideRecord }) => {
            const ticket = new GlideRecord('x_conf_data_ticket')
            ticket.initialize()
            expect(ticket.getValue('number')).toBeNull()
            ticket.setValue('short_description', 'numbered on insert')
            const id = ticket.insert()
            expect(instance.get('x_conf_data_ticket', id)?.number).toBe('TKT0001001')
        })
    })

    it('evaluates javascript: defaults as the inserting user, and applies plain and overridden defaults', () => {
        ensureUser(instance, { userName: 'linus', password: 'x', firstName: 'Linus', lastName: 'Torvalds', roles: [] })
        instance.update('sys_user', userId('linus'), { time_zone: 'Europe/Zurich' })
        const id = instance.insert('x_conf_data_ticket', { short_description: 'Keyboard' }, 'linus') as string
        const ticket = instance.get('x_conf_data_ticket', id)
        expect(ticket).toMatchObject({
            requester: userId('linus'),
            opened_by: userId('linus'),
            // new GlideDateTime().getDisplayValue() in Zurich, applied as a display value: the UTC instant again.
            noticed_at: '2026-01-01 09:00:00',
            channel: 'web',
            // OverrideColumn: tickets default to priority 2; task (and incident) keep 4.
            priority: '2',
            state: '1',
            active: 'true',
        })
        expect(instance.get('incident', instance.insert('incident', { short_description: 'x' }) as string)?.priority).toBe('4')
    })
})

describe('users', () => {
    it('shows a user by name, built from first and last name', () => {
        const grace = instance.query('sys_user', 'user_name=grace.h')[0]
        expect(grace.name).toBe('Grace Hopper')
        const laptop = instance.query('cmdb_ci_computer', 'name=LAPTOP-001')[0]
        expect(instance.glide(({ GlideRecord }) => {
            const record = new GlideRecord('cmdb_ci_computer')
            record.get(laptop.sys_id)
            return record.assigned_to.getDisplayValue()
        })).toBe('Grace Hopper')
        const ada = instance.insert('sys_user', { user_name: 'ada', first_name: 'Ada', last_name: 'Lovelace' }) as string
        instance.update('sys_user', ada, { last_name: 'King' })
        expect(instance.get('sys_user', ada)?.name).toBe('Ada King')
    })
})

describe('date-time values', () => {
    it('stores date-times in the internal format, reading other documented formats in their documented order', () => {
        expect(instance.query('cmdb_ci_computer', 'name=LAPTOP-001')[0].install_date).toBe('2024-03-01 08:30:00')
        // '01-02-2024 12:00:00' matches MM-dd-yyyy HH:mm:ss first: January 2nd.
        expect(instance.query('x_conf_data_laptop', 'name=LAPTOP-002')[0].purchased_at).toBe('2024-01-02 12:00:00')
        expect(instance.lint).toEqual(expect.arrayContaining([expect.stringMatching(/purchased_at "01-02-2024 12:00:00" is not in the internal format; stored as 2024-01-02 12:00:00/)]))
        expect(() => instance.insert('x_conf_data_laptop', { name: 'bad', purchased_at: 'next tuesday' })).toThrow(/not emulated: glide_date_time value "next tuesday"/)
    })
})

describe('install categories', () => {
    it('installs demo data by default, and leaves it out when asked', () => {
        expect(instance.query('incident', 'number=INC0090001')[0]).toMatchObject({ short_description: 'Demo incident: printer on fire', x_conf_data_note: 'demo' })
        const without = conformanceInstance(APP, { demoData: false })
        try {
            expect(without.query('incident', 'number=INC0090001')).toEqual([])
            expect(without.lint).toEqual(expect.arrayContaining([expect.stringMatching(/1 demo record\(s\) \(unload\.demo\/\) not installed/)]))
        } finally {
            without.close()
        }
    })

    it('installs first-install records once: a later install keeps them as they were changed, and restores update records', () => {
        const folder = mkdtempSync(join(tmpdir(), 'conformance-db-'))
        const dbFile = join(folder, 'instance.db')
        try {
            const first = conformanceInstance(APP, { dbFile })
            const ticket = first.query('x_conf_data_ticket', 'number=TKT0000999')[0].sys_id as string
            const laptop = first.query('cmdb_ci_computer', 'name=LAPTOP-001')[0].sys_id as string
            first.update('x_conf_data_ticket', ticket, { short_description: 'changed after install' })
            first.update('cmdb_ci_computer', laptop, { serial_number: 'changed after install' })
            first.close()
            const second = conformanceInstance(APP, { dbFile })
            expect(second.get('x_conf_data_ticket', ticket)?.short_description).toBe('changed after install')
            expect(second.get('cmdb_ci_computer', laptop)?.serial_number).toBe('SN-001')
            second.close()
        } finally {
            rmSync(folder, { recursive: true, force: true })
        }
    })
})

describe('Table API', () => {
    let server: RunningServer
    afterEach(async () => server?.close())

    it('answers a POST on a task table with its number and defaults, and shows a user reference by name', async () => {
        ensureUser(instance, { userName: 'boss', password: 'boss', firstName: 'Barbara', lastName: 'Liskov', roles: ['admin'] })
        server = await startServer(instance, { port: 0 })
        const auth = { Authorization: `Basic ${Buffer.from('boss:boss').toString('base64')}`, 'Content-Type': 'application/json', Accept: 'application/json' }
        const created = await fetch(`${server.url}/api/now/table/x_conf_data_ticket?sysparm_display_value=all`, { method: 'POST', headers: auth, body: JSON.stringify({ short_description: 'via REST' }) })
        expect(created.status).toBe(201)
        const { result } = (await created.json()) as { result: Record<string, { value: string; display_value: string }> }
        expect(result.number.value).toBe('TKT0001000')
        expect(result.requester.display_value).toBe('Barbara Liskov')
        expect(result.priority).toMatchObject({ value: '2', display_value: '2 - High' })
    })

    it('gives display values of dates in the caller\'s time zone and formats, values in UTC', async () => {
        ensureUser(instance, { userName: 'zoe', password: 'zoe', firstName: 'Zoe', lastName: 'Zurich', roles: ['admin'] })
        instance.update('sys_user', userId('zoe'), { time_zone: 'Europe/Zurich', date_format: 'dd.MM.yyyy' })
        server = await startServer(instance, { port: 0 })
        const auth = { Authorization: `Basic ${Buffer.from('zoe:zoe').toString('base64')}`, Accept: 'application/json' }
        const response = await fetch(`${server.url}/api/now/table/cmdb_ci_computer?sysparm_query=name=LAPTOP-001&sysparm_fields=install_date&sysparm_display_value=all`, { headers: auth })
        const { result } = (await response.json()) as { result: Array<Record<string, { value: string; display_value: string }>> }
        expect(result[0].install_date).toEqual({ value: '2024-03-01 08:30:00', display_value: '01.03.2024 09:30:00' })
    })
})
