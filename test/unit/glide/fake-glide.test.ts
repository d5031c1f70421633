/** The fake must apply every condition it is given and refuse what it cannot honour. */
import { GlideAggregate, GlideRecord, fakeGlide } from '../../support/fake-glide.ts'

beforeEach(() => {
    fakeGlide.reset()
    fakeGlide.defineTable('x_thing', ['state', 'flag', 'owner'])
    fakeGlide.seed('x_thing', [
        { sys_id: 'a', state: 'active', flag: '1', owner: 'o1' },
        { sys_id: 'b', state: 'suspended', flag: 'false', owner: 'o1' },
        { sys_id: 'c', state: 'inactive', flag: 'true', owner: 'o2' },
    ])
})

function idsOf(query: (gr: GlideRecord) => void): string[] {
    const gr = new GlideRecord('x_thing')
    query(gr)
    gr.query()
    const ids: string[] = []
    while (gr.next()) ids.push(gr.getUniqueValue())
    return ids
}

describe('fake GlideRecord queries', () => {
    it('applies =, !=, IN and NOT IN, encoded or not', () => {
        expect(idsOf((gr) => gr.addQuery('owner', 'o1'))).toEqual(['a', 'b'])
        expect(idsOf((gr) => gr.addQuery('owner', '!=', 'o1'))).toEqual(['c'])
        expect(idsOf((gr) => gr.addEncodedQuery('stateINactive,suspended^sys_idNOT INb'))).toEqual(['a'])
        expect(idsOf((gr) => gr.addEncodedQuery('owner=o1^state!=active'))).toEqual(['b'])
    })

    it('matches booleans stored as 1/0 or true/false alike', () => {
        expect(idsOf((gr) => gr.addQuery('flag', true))).toEqual(['a', 'c'])
    })

    it('throws on query forms and columns it does not understand', () => {
        const gr = new GlideRecord('x_thing')
        expect(() => gr.addEncodedQuery('stateLIKEact')).toThrow(/not supported/)
        expect(() => gr.addEncodedQuery('state=active^ORstate=inactive')).toThrow(/not supported/)
        expect(() => gr.addQuery('state', 'STARTSWITH', 'a')).toThrow(/not supported/)
        expect(() => gr.addQuery('colour', 'red')).toThrow(/no column/)
        expect(() => new GlideRecord('x_unknown')).toThrow(/not defined/)
    })

    it('counts with GlideAggregate, grouped or not', () => {
        const all = new GlideAggregate('x_thing')
        all.addQuery('owner', '=', 'o9')
        all.addAggregate('COUNT')
        all.query()
        expect(all.next()).toBe(true)
        expect(all.getAggregate('COUNT')).toBe('0')

        const byOwner = new GlideAggregate('x_thing')
        byOwner.addAggregate('COUNT')
        byOwner.groupBy('owner')
        byOwner.query()
        const counts: Record<string, string> = {}
        while (byOwner.next()) counts[byOwner.getValue('owner') ?? ''] = byOwner.getAggregate('COUNT')
        expect(counts).toEqual({ o1: '2', o2: '1' })
    })
})
