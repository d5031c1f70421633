/**
 * Conformance app `scripting` (scripting/src): global script includes reached as `global.<Name>` (JSUtil, JSON,
 * AbstractAjaxProcessor), a client-callable script include called through GlideAjax, GlideQuery from a
 * business rule and from modules, a relative require from a classic script include, GlideDateTime local-time
 * methods and GlideDate in a user's time zone, and an event whose script action runs.
 * Documentation followed: JSUtil - Global, JSON - Global, GlideAjax and AbstractAjaxProcessor (client-callable
 * script includes), GlideQuery - Scoped/Global with Stream and Optional, GlideDateTime / GlideDate - Scoped,
 * Script actions (sysevent_script_action), the Now SDK's module and script-include topics.
 */
import { startServer, type RunningServer } from '../src/http/server'
import { ensureUser } from '../src/security/users'
import type { TestInstance } from '../src/testkit'
import { conformanceInstance } from './support'

const APP = 'scripting'
const DATES = 'src/server/dates.ts'
const QUERIES = 'src/server/queries.ts'

let instance: TestInstance
beforeEach(() => (instance = conformanceInstance(APP)))
afterEach(() => instance.close())

type Queries = {
    bigItemNames(minSize: number): string[]
    sizeOf(name: string): number
    addItem(name: string, size: number): string
    totals(prefix: string): { count: number; sum: number }
    resize(prefix: string, size: number): number
}
type Dates = {
    localView(utc: string): Record<string, string | number>
    dateView(date: string): Record<string, string | number>
}
const queries = () => instance.requireModule(QUERIES) as Queries
const dates = () => instance.requireModule(DATES) as Dates

describe('global script includes', () => {
    it('runs a script include that uses global.JSUtil, global.JSON and a relative require of a module', () => {
        expect(instance.runScript(null, `new x_conf_scr.ConfUtil().describe('quiet')`)).toBe('QUIET!')
        expect(instance.runScript(null, `new x_conf_scr.ConfUtil().describe(null)`)).toBe('nothing')
        expect(instance.runScript(null, `new x_conf_scr.ConfUtil().describe('')`)).toBe('nothing')
        expect(instance.runScript(null, `var u = new x_conf_scr.ConfUtil(); u.decode(u.encode({ a: [1, 'two'] })).a[1]`)).toBe('two')
    })

    it('has JSUtil with its documented helpers', () => {
        const results = instance.runScript(
            null,
            `var gr = new GlideRecord('x_conf_scr_item');
             [global.JSUtil.nil(''), global.JSUtil.nil('x'), global.JSUtil.notNil(0), global.JSUtil.has(''), global.JSUtil.doesNotHave(null),
              global.JSUtil.toBoolean('true'), global.JSUtil.toBoolean('yes'), global.JSUtil.type_of('s'), global.JSUtil.type_of(null),
              global.JSUtil.escapeText('<b>&'), global.JSUtil.instance_of(gr, GlideRecord)]`,
        )
        expect(results).toEqual([true, false, true, true, true, true, false, 'string', 'null', '&lt;b&gt;&amp;', true])
    })

    it('refuses a global script include used without global. in a scoped app, and names unknown globals as not emulated', () => {
        expect(() => instance.runScript(null, `JSUtil.nil('')`)).toThrow(/JSUtil is not defined in scope x_conf_scr: scoped scripts reach the global script include as global\.JSUtil/)
        expect(() => instance.runScript(null, `new global.ArrayUtil()`)).toThrow(/not emulated: global\.ArrayUtil/)
        expect(() => instance.runScript(null, `new GlideSysAttachment()`)).toThrow(/not emulated: GlideSysAttachment/)
        expect(() => instance.runScript(null, `require('@servicenow/glide/sn_ws').RESTMessageV2`)).toThrow(/not emulated: @servicenow\/glide\/sn_ws export RESTMessageV2/)
        expect(() => instance.runScript(null, `new GlideQuery('x_conf_scr_item').withSecurityDataFilters()`)).toThrow('not emulated: GlideQuery.withSecurityDataFilters')
    })
})

describe('GlideAjax (client-callable script include)', () => {
    let server: RunningServer
    afterEach(async () => server?.close())

    it('calls the method named by sysparm_name with the request parameters and answers in XML', async () => {
        ensureUser(instance, { userName: 'ajax', password: 'ajax', firstName: 'Ajax', lastName: 'Caller', roles: [] })
        server = await startServer(instance, { port: 0 })
        const post = (form: Record<string, string>) =>
            fetch(`${server.url}/xmlhttp.do`, {
                method: 'POST',
                headers: { Authorization: `Basic ${Buffer.from('ajax:ajax').toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams(form).toString(),
            })
        const answered = await post({ sysparm_processor: 'ConfAjax', sysparm_name: 'greet', sysparm_who: 'Ada & co' })
        expect(answered.status).toBe(200)
        expect(answered.headers.get('content-type')).toMatch(/text\/xml/)
        expect(await answered.text()).toMatch(/<xml [^>]*answer="Hello Ada &amp; co"/)
        expect(await (await post({ sysparm_processor: 'ConfAjax', sysparm_name: 'greet' })).text()).toMatch(/answer="Hello nobody"/)
        // ConfUtil is not client callable; a GET is not a GlideAjax call.
        expect((await post({ sysparm_processor: 'ConfUtil', sysparm_name: 'describe' })).status).toBe(403)
        expect((await fetch(`${server.url}/xmlhttp.do?sysparm_processor=ConfAjax&sysparm_name=greet`, { headers: { Authorization: `Basic ${Buffer.from('ajax:ajax').toString('base64')}` } })).status).toBe(405)
    })
})

describe('GlideQuery', () => {
    it('runs in a business rule: counts the items of the same name before insert', () => {
        const first = instance.insert('x_conf_scr_item', { name: 'bolt', size: 3 }) as string
        const second = instance.insert('x_conf_scr_item', { name: 'bolt', size: 5 }) as string
        expect(instance.get('x_conf_scr_item', first)?.summary).toBe('same name: 0; BOLT!')
        expect(instance.get('x_conf_scr_item', second)?.summary).toBe('same name: 1; BOLT!')
    })

    it('selects, orders, maps, aggregates, inserts and updates with typed values', () => {
        for (const [name, size] of [['nut', 1], ['screw', 7], ['washer', 4], ['spring', 9]] as const) instance.insert('x_conf_scr_item', { name, size })
        instance.glide(() => {
            expect(queries().bigItemNames(4)).toEqual(['spring', 'screw', 'washer'])
            expect(queries().sizeOf('screw')).toBe(7)
            expect(queries().sizeOf('nothing')).toBe(-1)
            const id = queries().addItem('sprocket', 2)
            expect(id).toMatch(/^[0-9a-f]{32}$/)
            expect(queries().totals('s')).toEqual({ count: 3, sum: 18 })
            expect(queries().resize('sp', 10)).toBe(2)
            expect(queries().totals('sp')).toEqual({ count: 2, sum: 20 })
        })
    })

    it('throws on an unknown field and on a value of the wrong type, as documented', () => {
        expect(() => instance.runScript(null, `new GlideQuery('x_conf_scr_item').where('colour', 'red').select('name').toArray(10)`)).toThrow(/Unable to find field 'colour'/)
        expect(() => instance.runScript(null, `new GlideQuery('x_conf_scr_item').where('size', 'big').count()`)).toThrow(/Expecting type 'integer'/)
        expect(instance.runScript(null, `new GlideQuery('x_conf_scr_item').where('name', 'none').selectOne('name').isPresent()`)).toBe(false)
    })
})

describe('GlideDateTime and GlideDate in the user\'s time zone', () => {
    it('reads local date parts and adds days across a daylight-saving change in the user\'s time zone', () => {
        ensureUser(instance, { userName: 'zurich', password: 'x', firstName: 'Z', lastName: 'User', roles: [] })
        const id = instance.query('sys_user', 'user_name=zurich')[0].sys_id as string
        instance.update('sys_user', id, { time_zone: 'Europe/Zurich' })
        // 2024-03-30 23:30 UTC is Sunday 2024-03-31 00:30 in Zurich (CET, +1); Europe moves to CEST (+2) at 01:00 UTC.
        const view = instance.glide(() => dates().localView('2024-03-30 23:30:00'), 'zurich')
        expect(view).toEqual({
            value: '2024-03-30 23:30:00',
            display: '2024-03-31 00:30:00',
            localDate: '2024-03-31',
            localTime: '00:30:00',
            dayOfWeek: 7,
            dayOfMonth: 31,
            month: 3,
            year: 2024,
            tzOffsetMs: 3600000,
            // One local day later is 2024-04-01 00:30 CEST: 23 hours later in UTC.
            plusDay: '2024-03-31 22:30:00',
            plusMonth: '2024-04-29 22:30:00',
        })
        // The system user sees UTC.
        expect(instance.glide(() => dates().localView('2024-03-30 23:30:00'))).toMatchObject({ display: '2024-03-30 23:30:00', dayOfWeek: 6, tzOffsetMs: 0, plusDay: '2024-03-31 23:30:00' })
    })

    it('has GlideDate values, formats and differences', () => {
        expect(instance.glide(() => dates().dateView('2024-02-28'))).toEqual({
            value: '2024-02-28',
            byFormat: '28.02.2024',
            dayOfMonth: 28,
            month: 2,
            year: 2024,
            later: '2024-03-10',
            diff: '11 Days',
        })
    })

    it('stores a date-time written by a script in the internal format', () => {
        const id = instance.glide(({ GlideRecord }) => {
            const item = new GlideRecord('x_conf_scr_item')
            item.initialize()
            item.setValue('name', 'dated')
            item.setValue('due', '2024-06-01 10:00:00')
            return item.insert()
        })
        expect(instance.get('x_conf_scr_item', id)?.due).toBe('2024-06-01 10:00:00')
    })
})

describe('events and script actions', () => {
    it('runs the script action subscribed to an event a business rule queued, with the event parameters', () => {
        ensureUser(instance, { userName: 'maker', password: 'x', firstName: 'M', lastName: 'Aker', roles: ['admin'] })
        const id = instance.insert('x_conf_scr_item', { name: 'gear', size: 2 }, 'maker') as string
        expect(instance.events.map((event) => [event.name, event.parm1, event.parm2])).toEqual([['x_conf_scr.item.created', 'gear', 'maker']])
        expect(instance.get('x_conf_scr_item', id)?.processed_by).toBe('script action: gear by maker')
    })
})
