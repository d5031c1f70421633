// The persisted job queue on in-memory instances: async business rules as sys_trigger rows, events and
// script actions (sysevent), scheduled scripts on their schedule, and taking over the jobs of a dead node.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInstance } from '../../../../tools/local-instance/src/instance.ts'
import { MAX_CLAIMS } from '../../../../tools/local-instance/src/engine/jobs.ts'
import { nextRunValue } from '../../../../tools/local-instance/src/engine/scheduled.ts'
import { runScheduledScript } from '../../../../tools/local-instance/src/engine/scheduled.ts'
import { createTestInstance } from '../../../../tools/local-instance/src/testkit.ts'
import { TABLE, writeSyntheticDist } from './synthetic-dist.ts'

/** A process id that no longer exists (a child that already exited). */
function deadPid(): number {
    return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString())
}

describe('async business rules on the persisted queue', () => {
    it('queues a sys_trigger row and runs it on drainAsync, as the user who saved the record', () => {
        const dist = writeSyntheticDist({ rules: [{ name: 'Later', when: 'async', actions: ['insert'], script: "gs.info('async ' + current.name + ' as ' + gs.getUserName());" }] })
        const instance = createTestInstance({ dist, autoDrainAsync: false })
        const id = instance.insert(TABLE, { name: 'queued' }, 'ada') as string
        expect(instance.logs).toHaveLength(0)
        expect(instance.jobs.queue.triggers()).toEqual([
            expect.objectContaining({ name: 'ASYNC: Later', trigger_type: 'async_business_rule', document: TABLE, document_key: id, run_as: 'ada', state: 'queued', next_action: null, attempts: 0 }),
        ])
        expect(instance.drainAsync()).toBe(1)
        expect(instance.logs.map((log) => log.message)).toEqual(['async queued as ada'])
        const [trigger] = instance.jobs.queue.triggers()
        expect(trigger).toMatchObject({ state: 'done', claimed_by: null, run_count: 1, attempts: 0, error: null })
        expect(trigger.started).toBeTruthy()
        expect(trigger.finished).toBeTruthy()
        expect(instance.drainAsync()).toBe(0)
    })

    it('commits each write of an async job on its own: a job that fails half-way keeps what it wrote', () => {
        const dist = writeSyntheticDist({
            rules: [{ name: 'Half way', when: 'async', actions: ['insert'], condition: "current.name == 'start'", script: "var side = new GlideRecord('x_oal_lifecycle_probe'); side.name = 'written before the failure'; side.insert(); throw new Error('boom');" }],
        })
        const instance = createTestInstance({ dist })
        instance.insert(TABLE, { name: 'start' })
        expect(instance.query(TABLE, 'name=written before the failure')).toHaveLength(1)
        const failed = instance.jobs.queue.triggers('state = ?', 'error')
        expect(failed).toHaveLength(1)
        expect(failed[0].error).toContain('boom')
        expect(instance.logs.some((log) => log.level === 'error' && log.message.includes("Async business rule 'Half way'"))).toBe(true)
    })

    it('gives a job that a dead node left running back to the queue and runs it; gives up after MAX_CLAIMS tries', () => {
        const dist = writeSyntheticDist({ rules: [{ name: 'Count', when: 'async', actions: ['insert'], script: "gs.info('ran for ' + current.name);" }] })
        const instance = createTestInstance({ dist, autoDrainAsync: false })
        instance.insert(TABLE, { name: 'one' })
        instance.insert(TABLE, { name: 'two' })
        const [first, second] = instance.jobs.queue.triggers()
        const dead = `${hostname()}:${deadPid()}:1`
        instance.db.prepare(`UPDATE sys_trigger SET state = 'running', claimed_by = ?, attempts = 1 WHERE sys_id = ?`).run(dead, first.sys_id)
        instance.db.prepare(`UPDATE sys_trigger SET state = 'running', claimed_by = ?, attempts = ? WHERE sys_id = ?`).run(dead, MAX_CLAIMS, second.sys_id)
        expect(instance.drainAsync()).toBe(0)
        expect(instance.jobs.queue.reclaimOrphans()).toEqual({ triggers: 1, events: 0, abandoned: 1 })
        expect(instance.drainAsync()).toBe(1)
        expect(instance.logs.map((log) => log.message)).toEqual(['ran for one'])
        expect(instance.jobs.queue.triggers().map((row) => [row.state, row.run_count])).toEqual([
            ['done', 1],
            ['error', 0],
        ])
        expect(instance.jobs.queue.triggers()[1].error).toContain(`abandoned: the node running it stopped ${MAX_CLAIMS} times`)
    })

    it('leaves alone the claims of a live process and of another host', () => {
        const dist = writeSyntheticDist({ rules: [{ name: 'Count', when: 'async', actions: ['insert'], script: "gs.info('ran');" }] })
        const instance = createTestInstance({ dist, autoDrainAsync: false })
        instance.insert(TABLE, { name: 'one' })
        instance.insert(TABLE, { name: 'two' })
        const [first, second] = instance.jobs.queue.triggers()
        instance.db.prepare(`UPDATE sys_trigger SET state = 'running', claimed_by = ? WHERE sys_id = ?`).run(`${hostname()}:${process.ppid}:0`, first.sys_id)
        instance.db.prepare(`UPDATE sys_trigger SET state = 'running', claimed_by = ? WHERE sys_id = ?`).run(`another-host.example:${deadPid()}:1`, second.sys_id)
        expect(instance.jobs.queue.reclaimOrphans()).toEqual({ triggers: 0, events: 0, abandoned: 0 })
    })
})

describe('events and script actions', () => {
    const SAVED = 'x_oal_lifecycle.probe.saved'
    const IGNORED = 'x_oal_lifecycle.probe.ignored'
    const UNREGISTERED = 'x_oal_lifecycle.probe.unregistered'
    const eventDist = () =>
        writeSyntheticDist({
            rules: [
                {
                    name: 'Announce',
                    when: 'after',
                    actions: ['insert'],
                    condition: "String(current.name).indexOf('handled') != 0",
                    script: `gs.eventQueue('${SAVED}', current, current.name, 'p2');
                             gs.eventQueue('${IGNORED}', current, '', '', 'x_oal_lifecycle.custom');
                             gs.eventQueue('${UNREGISTERED}', null, 'a');`,
                },
            ],
            records: [
                { table: 'sysevent_register', fields: { event_name: SAVED, suffix: 'probe.saved', table: TABLE } },
                { table: 'sysevent_register', fields: { event_name: IGNORED, suffix: 'probe.ignored', table: TABLE } },
                {
                    table: 'sysevent_script_action',
                    fields: {
                        name: 'Handle saved',
                        event_name: SAVED,
                        active: 'true',
                        order: '100',
                        condition_script: "event.parm1 != 'skip me'",
                        script: `var handled = new GlideRecord('x_oal_lifecycle_probe');
                                 handled.name = 'handled ' + event.parm1;
                                 handled.note = [event.name, event.parm2, event.table, event.instance == current.getUniqueValue(), current.name, gs.getUserName(), event.user_name].join('|');
                                 handled.insert();`,
                    },
                },
                { table: 'sysevent_script_action', fields: { name: 'Inactive', event_name: IGNORED, active: 'false', script: "gs.error('must not run');" } },
            ],
        })

    it('runs the active script actions subscribed to a queued event, as the system user, with event and current', () => {
        const instance = createTestInstance({ dist: eventDist() })
        const id = instance.insert(TABLE, { name: 'acme' }, 'ada') as string
        const [handled] = instance.query(TABLE, 'name=handled acme')
        expect(handled?.note).toBe(`${SAVED}|p2|${TABLE}|true|acme|system|ada`)
        expect(instance.jobs.queue.sysevents().map((event) => [event.name, event.state, event.table, event.instance, event.parm1, event.user_name, event.queue])).toEqual([
            [SAVED, 'processed', TABLE, id, 'acme', 'ada', null],
            [IGNORED, 'processed', TABLE, id, null, 'ada', 'x_oal_lifecycle.custom'],
            [UNREGISTERED, 'processed', null, null, 'a', 'ada', null],
        ])
        expect(instance.events.map((event) => event.name)).toEqual([SAVED, IGNORED, UNREGISTERED])
        expect(instance.logs.filter((log) => log.level !== 'info').map((log) => log.message)).toEqual([
            `gs.eventQueue: event '${UNREGISTERED}' is not registered (no sysevent_register record); queued anyway`,
        ])
    })

    it('skips a script action whose condition is false; the event is still processed', () => {
        const instance = createTestInstance({ dist: eventDist() })
        instance.insert(TABLE, { name: 'skip me' })
        expect(instance.query(TABLE, 'nameSTARTSWITHhandled')).toHaveLength(0)
        expect(instance.jobs.queue.sysevents('name = ?', SAVED)[0].state).toBe('processed')
    })

    it('keeps events ready until drainQueues() when autoDrainAsync is off', () => {
        const instance = createTestInstance({ dist: eventDist(), autoDrainAsync: false })
        instance.insert(TABLE, { name: 'later' })
        expect(instance.jobs.queue.sysevents().map((event) => event.state)).toEqual(['ready', 'ready', 'ready'])
        expect(instance.drainAsync()).toBe(0)
        expect(instance.drainQueues()).toEqual({ async: 0, events: 3, scheduled: 0 })
        expect(instance.query(TABLE, 'name=handled later')).toHaveLength(1)
    })

    it('reads `event` as a read-only record: setting a field or calling update() throws not emulated', () => {
        const dist = writeSyntheticDist({
            rules: [{ name: 'Announce', when: 'after', actions: ['insert'], script: "gs.eventQueue('x_oal_lifecycle.probe.saved', current);" }],
            records: [{ table: 'sysevent_script_action', fields: { name: 'Writer', event_name: 'x_oal_lifecycle.probe.saved', active: 'true', script: "event.parm1 = 'x';" } }],
        })
        const instance = createTestInstance({ dist })
        instance.insert(TABLE, { name: 'acme' })
        const [event] = instance.jobs.queue.sysevents()
        expect(event.state).toBe('error')
        expect(event.error).toContain('not emulated: setting event.parm1')
    })
})

describe('scheduled scripts', () => {
    const job = (fields: Record<string, string>) => ({
        table: 'sysauto_script',
        fields: {
            active: 'true',
            conditional: 'false',
            condition: '',
            offset: '',
            offset_type: '0',
            max_drift: '',
            repeat_every: '',
            business_calendar: '',
            run_as: '',
            run_dayofmonth: '1',
            run_dayofweek: '1',
            run_daysofweek: '',
            run_period: '',
            run_start: '2025-06-01 00:00:00',
            run_end: '',
            run_time: '1970-01-01 02:00:00',
            run_type: 'daily',
            time_zone: '',
            ...fields,
        },
    })
    const writes = (name: string) => `var row = new GlideRecord('x_oal_lifecycle_probe'); row.name = '${name} ' + new GlideDateTime().getValue() + ' ' + gs.getUserName(); row.insert();`

    it('runs a daily job when its time comes (drainQueues with the instance clock), once even after missed days', () => {
        const dist = writeSyntheticDist({ records: [job({ name: 'Nightly', script: writes('nightly') })] })
        const instance = createTestInstance({ dist }) // clock: 2026-01-01 09:00 UTC
        expect(instance.jobs.queue.triggers()).toEqual([expect.objectContaining({ name: 'Nightly', trigger_type: 'scheduled_script', state: 'queued', next_action: '2026-01-02 02:00:00' })])
        expect(instance.drainQueues().scheduled).toBe(0)
        instance.clock.set('2026-01-02T02:00:00Z')
        expect(instance.drainQueues()).toEqual({ async: 0, events: 0, scheduled: 1 })
        expect(instance.query(TABLE).map((row) => row.name)).toEqual(['nightly 2026-01-02 02:00:00 system'])
        expect(instance.jobs.queue.triggers()[0]).toMatchObject({ state: 'queued', next_action: '2026-01-03 02:00:00', run_count: 1 })
        instance.clock.set('2026-01-05T12:00:00Z')
        expect(instance.drainQueues().scheduled).toBe(1)
        expect(instance.jobs.queue.triggers()[0].next_action).toBe('2026-01-06 02:00:00')
    })

    it('runs as run_as, skips a run whose condition is false, and still moves to the next run', () => {
        const dist = writeSyntheticDist({
            records: [
                job({ name: 'As ada', run_as: 'ada', script: writes('as') }),
                job({ name: 'Gated', conditional: 'true', condition: "gs.getProperty('x_oal_lifecycle.gate', 'off') == 'on'", script: writes('gated') }),
            ],
        })
        const instance = createTestInstance({ dist })
        instance.insert('sys_user', { user_name: 'ada' })
        instance.clock.set('2026-01-02T03:00:00Z')
        expect(instance.drainQueues().scheduled).toBe(2)
        expect(instance.query(TABLE).map((row) => row.name)).toEqual(['as 2026-01-02 03:00:00 ada'])
        expect(instance.logs.map((log) => log.message)).toContain("Scheduled script 'Gated' skipped: its condition is false")
        expect(instance.jobs.queue.triggers().map((row) => row.next_action)).toEqual(['2026-01-03 02:00:00', '2026-01-03 02:00:00'])
        instance.setProperty('x_oal_lifecycle.gate', 'on')
        instance.clock.set('2026-01-03T02:00:00Z')
        instance.drainQueues()
        expect(instance.query(TABLE, 'nameSTARTSWITHgated')).toHaveLength(1)
    })

    it('keeps runScheduledScript for tests: runs now, whatever the schedule, and leaves the trigger as it was', () => {
        const dist = writeSyntheticDist({ records: [job({ name: 'Nightly', script: writes('manual') })] })
        const instance = createTestInstance({ dist })
        runScheduledScript(instance, 'Nightly')
        expect(instance.query(TABLE)).toHaveLength(1)
        expect(instance.jobs.queue.triggers()[0]).toMatchObject({ next_action: '2026-01-02 02:00:00', run_count: 0 })
    })

    it('computes next runs for daily, weekly, monthly, periodically, once and on_demand jobs (UTC)', () => {
        const after = new Date('2026-01-01T09:00:00Z') // a Thursday
        const base = job({ name: 'j' }).fields
        const next = (fields: Record<string, string>, from = after, initial = false) => nextRunValue({ ...base, ...fields }, from, initial)
        expect(next({ run_type: 'daily', run_time: '1970-01-01 10:30:00' })).toBe('2026-01-01 10:30:00')
        expect(next({ run_type: 'daily', run_start: '2026-03-01 12:00:00' })).toBe('2026-03-02 02:00:00')
        expect(next({ run_type: 'daily', run_end: '2026-01-01 23:00:00' })).toBeNull()
        expect(next({ run_type: 'weekly', run_daysofweek: '15', run_time: '1970-01-01 06:30:00' })).toBe('2026-01-02 06:30:00')
        expect(next({ run_type: 'weekly', run_daysofweek: '15', run_time: '1970-01-01 06:30:00' }, new Date('2026-01-02T06:30:00Z'))).toBe('2026-01-05 06:30:00')
        expect(next({ run_type: 'weekly', run_dayofweek: '7' })).toBe('2026-01-04 02:00:00')
        expect(next({ run_type: 'monthly', run_dayofmonth: '31' })).toBe('2026-01-31 02:00:00')
        expect(next({ run_type: 'monthly', run_dayofmonth: '31' }, new Date('2026-02-01T00:00:00Z'))).toBe('2026-02-28 02:00:00')
        expect(next({ run_type: 'periodically', run_period: '1970-01-01 04:00:00', run_start: '2026-01-01 08:00:00' })).toBe('2026-01-01 12:00:00')
        expect(next({ run_type: 'periodically', run_period: '1970-01-02 00:00:00', run_start: '2026-02-01 00:00:00' })).toBe('2026-02-01 00:00:00')
        expect(next({ run_type: 'once', run_start: '2025-12-31 00:00:00' }, after, true)).toBe('2025-12-31 00:00:00')
        expect(next({ run_type: 'once', run_start: '2025-12-31 00:00:00' })).toBeNull()
        expect(next({ run_type: 'on_demand' })).toBeNull()
    })

    it('runs a once job a single time and creates no trigger for an on_demand job', () => {
        const dist = writeSyntheticDist({ records: [job({ name: 'Once', run_type: 'once', run_start: '2025-12-31 00:00:00', script: writes('once') }), job({ name: 'Manual', run_type: 'on_demand', script: writes('manual') })] })
        const instance = createTestInstance({ dist })
        expect(instance.jobs.queue.triggers().map((row) => row.name)).toEqual(['Once'])
        expect(instance.drainQueues().scheduled).toBe(1)
        instance.clock.advance(400 * 24 * 3600 * 1000)
        expect(instance.drainQueues().scheduled).toBe(0)
        expect(instance.jobs.queue.triggers()[0].state).toBe('done')
    })

    it('refuses to start with a run type or schedule option it cannot compute (not emulated)', () => {
        expect(() => createTestInstance({ dist: writeSyntheticDist({ records: [job({ name: 'Calendar', run_type: 'business_calendar_start', script: '' })] }) })).toThrow(
            "not emulated: sysauto_script run_type 'business_calendar_start' (job 'Calendar')",
        )
        expect(() => createTestInstance({ dist: writeSyntheticDist({ records: [job({ name: 'Drifting', max_drift: '1970-01-01 00:10:00', script: '' })] }) })).toThrow(
            "not emulated: sysauto_script max_drift (job 'Drifting')",
        )
        // An inactive job is never scheduled, so its run type does not matter.
        expect(() => createTestInstance({ dist: writeSyntheticDist({ records: [job({ name: 'Off', active: 'false', run_type: 'week_in_month', script: '' })] }) })).not.toThrow()
    })

    it('recomputes next_action on a file database when a new build changes the schedule', () => {
        const dbFile = join(mkdtempSync(join(tmpdir(), 'li-jobs-')), 'instance.db')
        const clock = { now: () => new Date('2026-01-01T09:00:00Z') }
        const first = createInstance({ dist: writeSyntheticDist({ records: [job({ sys_id: 'job1', name: 'Nightly', script: '' })] }), dbFile, clock })
        expect(first.jobs.queue.triggers()[0].next_action).toBe('2026-01-02 02:00:00')
        first.close()
        const same = createInstance({ dist: writeSyntheticDist({ records: [job({ sys_id: 'job1', name: 'Nightly', script: '' })] }), dbFile, clock: { now: () => new Date('2026-01-01T10:00:00Z') } })
        expect(same.jobs.queue.triggers().map((row) => row.next_action)).toEqual(['2026-01-02 02:00:00'])
        same.close()
        const changed = createInstance({ dist: writeSyntheticDist({ records: [job({ sys_id: 'job1', name: 'Nightly', run_time: '1970-01-01 11:00:00', script: '' })] }), dbFile, clock })
        expect(changed.jobs.queue.triggers().map((row) => row.next_action)).toEqual(['2026-01-01 11:00:00'])
        changed.close()
        const removed = createInstance({ dist: writeSyntheticDist({}), dbFile, clock })
        expect(removed.jobs.queue.triggers()).toEqual([])
        removed.close()
    })
})
