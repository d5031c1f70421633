// Every shared case runs twice — as SQL on SQLite and as the JS predicate over the same rows — and both
// must return exactly the hand-worked ids: the store and business-rule conditions may never disagree.
import { compileToPredicate, compileToSql, parseEncodedQuery } from '../../../../tools/local-instance/src/query/index.ts'
import {
    ITEM_ROWS,
    ITEM_TABLE,
    QUERY_CASES,
    createFixtureDatabase,
    lookupFixtureRow,
    resolveTable,
} from '../../../../tools/local-instance/test/query/fixture.ts'

const db = createFixtureDatabase()
afterAll(() => db.close())

function idsBySql(query: string): string[] {
    const { where, params, joins } = compileToSql(parseEncodedQuery(query), ITEM_TABLE, resolveTable)
    const sql = `SELECT t.sys_id AS id FROM "${ITEM_TABLE.name}" t ${joins.join(' ')} WHERE ${where} ORDER BY t.sys_id`
    return db
        .prepare(sql)
        .all(...params)
        .map((row) => (row as { id: string }).id)
}

function idsByPredicate(query: string): string[] {
    const matches = compileToPredicate(parseEncodedQuery(query), ITEM_TABLE, resolveTable, lookupFixtureRow)
    return ITEM_ROWS.filter((row) => matches(row))
        .map((row) => String(row.sys_id))
        .sort()
}

describe('encoded query: SQL and JS predicate agree with the expected rows', () => {
    it('has a broad shared case table', () => {
        expect(QUERY_CASES.length).toBeGreaterThanOrEqual(60)
        expect(new Set(QUERY_CASES.map((c) => c.query)).size).toBe(QUERY_CASES.length)
    })

    it.each(QUERY_CASES.map((c) => [c.query, c]))('%s', (_label, queryCase) => {
        const expected = [...queryCase.expected].sort()
        expect({ query: queryCase.query, sql: idsBySql(queryCase.query) }).toEqual({ query: queryCase.query, sql: expected })
        expect({ query: queryCase.query, predicate: idsByPredicate(queryCase.query) }).toEqual({ query: queryCase.query, predicate: expected })
    })
})
