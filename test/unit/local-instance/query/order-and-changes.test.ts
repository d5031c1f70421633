// ORDERBY as the store will run it, dot-walk joins, and the change operators business-rule conditions use
// (VALCHANGES / CHANGESTO / CHANGESFROM against `previous`).
import { compileToPredicate, compileToSql, parseEncodedQuery } from '../../../../tools/local-instance/src/query/index.ts'
import {
    ITEM_TABLE,
    createFixtureDatabase,
    lookupFixtureRow,
    resolveTable,
} from '../../../../tools/local-instance/test/query/fixture.ts'

const db = createFixtureDatabase()
afterAll(() => db.close())

function orderedIds(query: string): string[] {
    const { where, params, joins, orderBy } = compileToSql(parseEncodedQuery(query), ITEM_TABLE, resolveTable)
    const sql = `SELECT t.sys_id AS id FROM "${ITEM_TABLE.name}" t ${joins.join(' ')} WHERE ${where} ORDER BY ${orderBy.join(', ')}`
    return db
        .prepare(sql)
        .all(...params)
        .map((row) => (row as { id: string }).id)
}

describe('ORDERBY', () => {
    it('sorts text case-insensitively with empty values first', () => {
        expect(orderedIds('ORDERBYname^ORDERBYsys_id')).toEqual(['r09', 'r06', 'r01', 'r02', 'r10', 'r03', 'r05', 'r07', 'r04', 'r08'])
    })

    it('sorts integers numerically, descending, with ties broken by the next term', () => {
        expect(orderedIds('ORDERBYDESCpriority^ORDERBYsys_id')).toEqual(['r07', 'r04', 'r03', 'r10', 'r02', 'r08', 'r01', 'r06', 'r05', 'r09'])
    })

    it('filters and sorts on a dot-walked field through a single join', () => {
        const compiled = compileToSql(parseEncodedQuery('account.tierISNOTEMPTY^ORDERBYDESCaccount.name^ORDERBYsys_id'), ITEM_TABLE, resolveTable)
        expect(compiled.joins).toEqual(['LEFT JOIN "x_test_account" j0 ON j0."sys_id" = t."account"'])
        expect(orderedIds('account.tierISNOTEMPTY^ORDERBYDESCaccount.name^ORDERBYsys_id')).toEqual(['r02', 'r07', 'r01', 'r03', 'r10'])
    })
})

describe('change operators against previous', () => {
    const predicate = (query: string) => compileToPredicate(parseEncodedQuery(query), ITEM_TABLE, resolveTable, lookupFixtureRow)
    const before = { sys_id: 'r01', state: 'open', priority: 1, notes: null }

    it('VALCHANGES is true only when the value differs from previous', () => {
        const changed = predicate('stateVALCHANGES')
        expect(changed({ ...before, state: 'closed' }, before)).toBe(true)
        expect(changed({ ...before }, before)).toBe(false)
        expect(changed({ ...before, state: null }, before)).toBe(true)
        expect(changed({ ...before, state: 'OPEN' }, before)).toBe(true)
        expect(predicate('notesVALCHANGES')({ ...before, notes: '' }, before)).toBe(false)
    })

    it('VALCHANGES on insert (no previous) is true when the new value is not empty', () => {
        expect(predicate('stateVALCHANGES')({ state: 'open' }, null)).toBe(true)
        expect(predicate('stateVALCHANGES')({ state: 'open' })).toBe(true)
        expect(predicate('stateVALCHANGES')({ state: null }, null)).toBe(false)
    })

    it('CHANGESTO needs a change and the new value', () => {
        const toClosed = predicate('stateCHANGESTOclosed')
        expect(toClosed({ ...before, state: 'closed' }, before)).toBe(true)
        expect(toClosed({ ...before, state: 'pending' }, before)).toBe(false)
        expect(toClosed({ ...before, state: 'closed' }, { ...before, state: 'closed' })).toBe(false)
        expect(toClosed({ state: 'closed' }, null)).toBe(true)
        expect(predicate('priorityCHANGESTO3')({ ...before, priority: 3 }, before)).toBe(true)
    })

    it('CHANGESFROM needs a change away from the old value, never on insert', () => {
        const fromOpen = predicate('stateCHANGESFROMopen')
        expect(fromOpen({ ...before, state: 'closed' }, before)).toBe(true)
        expect(fromOpen({ ...before, state: 'closed' }, { ...before, state: 'pending' })).toBe(false)
        expect(fromOpen({ ...before }, before)).toBe(false)
        expect(fromOpen({ state: 'closed' }, null)).toBe(false)
    })

    it('combines with ordinary conditions the way a business-rule filter does', () => {
        const escalated = predicate('priorityVALCHANGES^priority<=1^ORstateCHANGESTOclosed')
        expect(escalated({ ...before, priority: 1 }, { ...before, priority: 4 })).toBe(true)
        expect(escalated({ ...before, priority: 1 }, before)).toBe(false)
        expect(escalated({ ...before, priority: 5, state: 'closed' }, { ...before, priority: 4 })).toBe(true)
        expect(escalated({ ...before, priority: 5 }, { ...before, priority: 4 })).toBe(false)
    })
})
