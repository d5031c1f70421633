import { createTestInstance } from '../../../../tools/local-instance/src/testkit.ts'
import { TABLE, writeSyntheticDist } from './synthetic-dist.ts'

describe('business-rule engine', () => {
    it('aborts an insert from a before rule: nothing stored, insert returns null, error message shown', () => {
        const dist = writeSyntheticDist({
            rules: [{ name: 'No blanks', when: 'before', actions: ['insert'], script: "if (current.name == 'blank') current.setAbortAction(true);" }],
        })
        const instance = createTestInstance({ dist })
        expect(instance.insert(TABLE, { name: 'blank' })).toBeNull()
        expect(instance.query(TABLE, 'name=blank')).toHaveLength(0)
        expect(instance.messages.map((message) => message.type)).toContain('error')
        expect(instance.insert(TABLE, { name: 'fine' })).not.toBeNull()
    })

    it('logs an exception in a rule and goes on, but lets "not emulated" through (the emulation cannot answer for the platform)', () => {
        const dist = writeSyntheticDist({
            rules: [
                { name: 'Broken', when: 'before', actions: ['insert'], script: "if (current.name == 'oops') throw new Error('rule bug');" },
                { name: 'Attachments', when: 'before', actions: ['insert'], script: "if (current.name == 'attach') new GlideSysAttachment().getAttachments(current.getTableName(), current.getUniqueValue());" },
            ],
        })
        const instance = createTestInstance({ dist })
        expect(instance.insert(TABLE, { name: 'oops' })).not.toBeNull()
        expect(instance.logs.some((log) => log.level === 'error' && /rule bug/.test(log.message))).toBe(true)
        expect(() => instance.insert(TABLE, { name: 'attach' })).toThrow('not emulated: GlideSysAttachment')
        expect(instance.query(TABLE, 'name=attach')).toHaveLength(0)
    })

    it('lets before rules change current and after rules see the saved record', () => {
        const dist = writeSyntheticDist({
            rules: [
                { name: 'Upper', when: 'before', actions: ['insert'], script: 'current.note = String(current.name).toUpperCase();' },
                { name: 'Echo', when: 'after', actions: ['insert'], script: "gs.info('saved {0} {1}', current.note, current.getUniqueValue());" },
            ],
        })
        const instance = createTestInstance({ dist })
        const sysId = instance.insert(TABLE, { name: 'acme' }) as string
        expect(instance.get(TABLE, sysId)?.note).toBe('ACME')
        expect(instance.logs.map((log) => log.message)).toContain(`saved ACME ${sysId}`)
    })

    it('runs rules by order, then evaluates filter conditions against previous', () => {
        const dist = writeSyntheticDist({
            rules: [
                { name: 'Second', when: 'after', actions: ['update'], order: 200, script: "gs.info('second');" },
                { name: 'First', when: 'after', actions: ['update'], order: 50, script: "gs.info('first');" },
                { name: 'To B', when: 'after', actions: ['insert', 'update'], filter: 'kindCHANGESTOb^EQ', script: "gs.info('to b from ' + (previous ? previous.getValue('kind') : 'nothing'));" },
            ],
        })
        const instance = createTestInstance({ dist })
        const sysId = instance.insert(TABLE, { name: 'x', kind: 'a' }) as string
        instance.update(TABLE, sysId, { kind: 'b' })
        instance.update(TABLE, sysId, { note: 'kind stays b' })
        const messages = instance.logs.map((log) => log.message)
        expect(messages.filter((message) => message.startsWith('to b'))).toEqual(['to b from a'])
        expect(messages.slice(0, 3)).toEqual(['first', 'to b from a', 'second'])
    })

    it('skips rules for setWorkflow(false) writes', () => {
        const dist = writeSyntheticDist({ rules: [{ name: 'Count', when: 'before', actions: ['insert'], script: 'current.count = 42;' }] })
        const instance = createTestInstance({ dist })
        const quiet = instance.glide(({ GlideRecord }) => {
            const record = new GlideRecord(TABLE)
            record.setValue('name', 'quiet')
            record.setWorkflow(false)
            return record.insert()
        })
        expect(instance.get(TABLE, quiet)?.count).toBe('0')
        expect(instance.get(TABLE, instance.insert(TABLE, { name: 'loud' }) as string)?.count).toBe('42')
    })

    it('queues async rules until the operation ends, with previous = null', () => {
        const dist = writeSyntheticDist({ rules: [{ name: 'Later', when: 'async', actions: ['insert'], script: "gs.info('async ' + current.name + ' previous=' + previous);" }] })
        const manual = createTestInstance({ dist, autoDrainAsync: false })
        manual.insert(TABLE, { name: 'queued' })
        expect(manual.logs).toHaveLength(0)
        expect(manual.drainAsync()).toBe(1)
        expect(manual.logs.map((log) => log.message)).toEqual(['async queued previous=null'])
        const automatic = createTestInstance({ dist })
        automatic.insert(TABLE, { name: 'auto' })
        expect(automatic.logs.map((log) => log.message)).toEqual(['async auto previous=null'])
    })

    it('ignores a rule that re-enters itself for the same record (current.update() in an after rule)', () => {
        const dist = writeSyntheticDist({ rules: [{ name: 'Bump', when: 'after', actions: ['update'], script: 'current.count = Number(current.count) + 1; current.update();' }] })
        const instance = createTestInstance({ dist })
        const sysId = instance.insert(TABLE, { name: 'loop' }) as string
        instance.update(TABLE, sysId, { note: 'go' })
        expect(instance.get(TABLE, sysId)?.count).toBe('1')
        expect(instance.logs.some((log) => log.message.includes("Recursive business rule call for 'Bump'"))).toBe(true)
    })

    it('rolls back nested writes of an aborted operation and keeps the rest of the transaction', () => {
        const dist = writeSyntheticDist({
            rules: [{ name: 'Side effect then abort', when: 'before', actions: ['insert'], condition: "current.name == 'bad'", script: "var other = new GlideRecord('x_oal_lifecycle_probe'); other.name = 'side'; other.insert(); current.setAbortAction(true);" }],
        })
        const instance = createTestInstance({ dist })
        instance.glide(({ GlideRecord }) => {
            const good = new GlideRecord(TABLE)
            good.name = 'good'
            good.insert()
            const bad = new GlideRecord(TABLE)
            bad.name = 'bad'
            expect(bad.insert()).toBeNull()
        })
        expect(instance.query(TABLE).map((row) => row.name)).toEqual(['good'])
    })
})
