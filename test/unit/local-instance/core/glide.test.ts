import { createTestInstance } from '../../../../tools/local-instance/src/testkit.ts'
import { TABLE, writeSyntheticDist } from './synthetic-dist.ts'

describe('Glide emulation', () => {
    const dist = writeSyntheticDist({
        modules: {
            'src/server/names.ts': "export const PREFIX = 'n-';",
            'src/server/counting.ts': "import { GlideAggregate } from '@servicenow/glide';\nimport { PREFIX } from './names.ts';\nexport function countByKind(kind) { const agg = new GlideAggregate('x_oal_lifecycle_probe'); agg.addQuery('kind', kind); agg.addAggregate('COUNT'); agg.query(); return PREFIX + (agg.next() ? agg.getAggregate('COUNT') : 'none'); }",
        },
        scriptIncludes: { ProbeUtil: "var ProbeUtil = Class.create();\nProbeUtil.prototype = { initialize: function () { this.mod = require('x_oal_lifecycle/order-account-lifecycle/0.1.0/src/server/counting.ts'); }, count: function (kind) { return this.mod.countByKind(kind); }, type: 'ProbeUtil' };" },
    })

    function seeded() {
        const instance = createTestInstance({ dist })
        const account = instance.insert('customer_account', { name: 'Acme', number: 'ACCT1' }) as string
        for (const [name, kind, count] of [['alpha', 'a', 3], ['beta', 'b', 1], ['gamma', 'b', 7]] as const) instance.insert(TABLE, { name, kind, count, account })
        return { instance, account }
    }

    it('inserts with dictionary defaults, system fields and getValue strings', () => {
        const { instance } = seeded()
        instance.clock.advance(60_000)
        const row = instance.glide(({ GlideRecord }) => {
            const record = new GlideRecord(TABLE)
            record.initialize()
            record.name = 'delta'
            const sysId = record.insert()
            const reread = new GlideRecord(TABLE)
            expect(reread.get(sysId)).toBe(true)
            return { count: reread.getValue('count'), active: reread.getValue('active'), note: reread.getValue('note'), created: reread.getValue('sys_created_on'), kind: reread.kind.getDisplayValue() }
        }, 'alice')
        expect(row).toEqual({ count: '0', active: 'true', note: null, created: '2026-01-01 09:01:00', kind: 'Kind A' })
    })

    it('queries with addQuery operators, OR conditions, encoded queries, ordering and limits', () => {
        const { instance } = seeded()
        const names = (build: (record: any) => void) => // eslint-disable-line @typescript-eslint/no-explicit-any
            instance.glide(({ GlideRecord }) => {
                const record = new GlideRecord(TABLE)
                build(record)
                record.query()
                const found: string[] = []
                while (record.next()) found.push(String(record.name))
                return found
            })
        expect(names((record) => record.addQuery('count', '>', 2))).toEqual(['alpha', 'gamma'])
        expect(names((record) => record.addQuery('kind', 'b').addOrCondition('name', 'alpha'))).toEqual(['alpha', 'beta', 'gamma'])
        expect(names((record) => { record.addEncodedQuery('kind=b'); record.orderByDesc('count') })).toEqual(['gamma', 'beta'])
        expect(names((record) => { record.addQuery('name', 'IN', ['beta', 'gamma']); record.orderBy('name'); record.setLimit(1) })).toEqual(['beta'])
        expect(names((record) => record.addNullQuery('note'))).toHaveLength(3)
        expect(names((record) => record.addQuery('account.name', 'Acme'))).toHaveLength(3)
    })

    it('updates and deletes, counting each query and write', () => {
        const { instance } = seeded()
        instance.counters.reset()
        instance.glide(({ GlideRecord }) => {
            const record = new GlideRecord(TABLE)
            record.addQuery('name', 'beta')
            record.query()
            record.next()
            record.setValue('note', 'changed')
            expect(record.note.changes()).toBe(true)
            record.update()
            const doomed = new GlideRecord(TABLE)
            doomed.get('name', 'gamma')
            doomed.deleteRecord()
        })
        expect(instance.query(TABLE).map((row) => `${row.name}:${row.note}:${row.sys_mod_count}`)).toEqual(['alpha:null:0', 'beta:changed:1'])
        expect({ ...instance.counters, reset: undefined }).toEqual({ queries: 3, inserts: 0, updates: 1, deletes: 1, reset: undefined })
    })

    it('dot-walks references and shows reference and choice display values', () => {
        const { instance } = seeded()
        const seen = instance.glide(({ GlideRecord }) => {
            const record = new GlideRecord(TABLE)
            record.get('name', 'alpha')
            return [String(record.account.name), record.getDisplayValue('account'), record.getValue('account.number'), record.getDisplayValue()]
        })
        expect(seen).toEqual(['Acme', 'Acme', 'ACCT1', 'alpha'])
    })

    it('aggregates with GlideAggregate COUNT and groupBy', () => {
        const { instance } = seeded()
        const counts = instance.glide(({ GlideAggregate }) => {
            const aggregate = new GlideAggregate(TABLE)
            aggregate.addAggregate('COUNT')
            aggregate.groupBy('kind')
            aggregate.query()
            const result: Record<string, string> = {}
            while (aggregate.next()) result[aggregate.getValue('kind')] = aggregate.getAggregate('COUNT')
            return result
        })
        expect(counts).toEqual({ a: '1', b: '2' })
    })

    it('runs built modules and script includes in the sandbox, with relative imports and @servicenow/glide', () => {
        const { instance } = seeded()
        expect(instance.runScript(null, "new x_oal_lifecycle.ProbeUtil().count('b') + '/' + new ProbeUtil().count('z')")).toBe('n-2/n-0')
        expect(instance.runScript(null, 'request.who + 1', { request: { who: 41 } })).toBe(42)
    })

    it('throws "not emulated" for Glide APIs it does not provide', () => {
        const { instance } = seeded()
        expect(() => instance.runScript(null, 'gs.getSession()')).toThrow('not emulated: gs.getSession')
        expect(() => instance.runScript(null, "new GlideRecord('x_oal_lifecycle_probe').getLink()")).toThrow('not emulated: GlideRecord.getLink')
        expect(() => instance.runScript(null, "new GlideSysAttachment()")).toThrow('not emulated: GlideSysAttachment')
        expect(() => instance.runScript(null, "global.ArrayUtil")).toThrow('not emulated: global.ArrayUtil')
        expect(() => instance.runScript(null, "var r = new GlideRecord('x_oal_lifecycle_probe'); r.addQuery('name', 'SOUNDSLIKE', 'x')")).toThrow('not emulated')
        expect(() => instance.runScript(null, "new GlideRecord('no_such_table')")).toThrow('table not found: no_such_table')
    })

    it('does date arithmetic with GlideDateTime on the instance clock', () => {
        const { instance } = seeded()
        const result = instance.runScript(null, "var a = new GlideDateTime(); var b = new GlideDateTime(a); b.addSeconds(90061); [a.getValue(), b.getValue(), a.before(b), GlideDateTime.subtract(a, b).getNumericValue()].join('|')")
        expect(result).toBe('2026-01-01 09:00:00|2026-01-02 10:01:01|true|90061000')
    })
})
