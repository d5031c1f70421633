import {
    DEFAULT_INVENTORY_MAPPING,
    describeMapping,
    inventoryMappingOf,
    meaningOf,
    stateList,
    validateInventoryMapping,
} from '../../../src/server/lifecycle/inventory'

// The documented product inventory states, written out here so a wrong default fails this test.
const KNOWN = ['installation_pending', 'active', 'change_pending', 'inactivation_pending', 'suspended', 'inactive', 'closed']

describe('the default inventory mapping', () => {
    it.each([
        ['active', 'in_service'],
        ['change_pending', 'in_service'],
        ['inactivation_pending', 'in_service'],
        ['suspended', 'suspended'],
        ['installation_pending', 'not_yet'],
        ['inactive', 'gone'],
        ['closed', 'gone'],
        ['something_new', 'gone'],
        ['', 'gone'],
    ])('reads %s as %s', (state, meaning) => {
        expect(meaningOf(DEFAULT_INVENTORY_MAPPING, state)).toBe(meaning)
    })
    it('lists every mapped state with its meaning', () => {
        expect(describeMapping(DEFAULT_INVENTORY_MAPPING)).toEqual([
            { state: 'active', meaning: 'in_service' },
            { state: 'change_pending', meaning: 'in_service' },
            { state: 'inactivation_pending', meaning: 'in_service' },
            { state: 'suspended', meaning: 'suspended' },
            { state: 'installation_pending', meaning: 'not_yet' },
        ])
    })
})

describe('inventoryMappingOf', () => {
    it('keeps the default for a property that does not exist and honours a blank one', () => {
        const mapping = inventoryMappingOf({ in_service: 'active, in_use ,active', suspended: '', not_yet: null })
        expect(mapping).toEqual({ in_service: ['active', 'in_use'], suspended: [], not_yet: ['installation_pending'] })
        expect(meaningOf(mapping, 'suspended')).toBe('gone')
    })
    it('splits, trims and de-duplicates a state list', () => {
        expect(stateList(' a,, b ,a,')).toEqual(['a', 'b'])
    })
})

describe('validateInventoryMapping', () => {
    const valid = { in_service: 'active,change_pending,inactivation_pending', suspended: 'suspended', not_yet: 'installation_pending' }
    it('accepts the defaults', () => {
        expect(validateInventoryMapping(valid, KNOWN)).toEqual([])
    })
    it('refuses a state the state column does not have, naming the list', () => {
        expect(validateInventoryMapping({ ...valid, suspended: 'suspended,paused' }, KNOWN)).toEqual([
            { meaning: 'suspended', message: `"paused" is not a state of sold products or product inventory (known: ${KNOWN.join(', ')})` },
        ])
    })
    it('only checks structure when the choices are unknown', () => {
        expect(validateInventoryMapping({ ...valid, suspended: 'paused' }, [])).toEqual([])
    })
    it('refuses a state with two meanings, on both lists', () => {
        expect(validateInventoryMapping({ ...valid, not_yet: 'installation_pending,active' }, KNOWN)).toEqual([
            { meaning: 'not_yet', message: '"active" is also listed as in service; a state has one meaning' },
            { meaning: 'in_service', message: '"active" is also listed as not yet in service; a state has one meaning' },
        ])
    })
    it('refuses a mapping where nothing is ever in service', () => {
        expect(validateInventoryMapping({ ...valid, in_service: ' , ' }, KNOWN)).toEqual([
            { meaning: 'in_service', message: 'list at least one state: with none, no account would ever have a service in service' },
        ])
    })
})
