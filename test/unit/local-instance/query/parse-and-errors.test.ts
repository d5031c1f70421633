// Parsing (precedence, ^EQ, ORDERBY) and the errors a rule author sees for a query the local instance
// cannot run: they must name the offending term, field or table rather than silently match something.
import {
    QueryError,
    type QueryAst,
    andQueries,
    compileToPredicate,
    conditionFromParts,
    conditionQuery,
    compileToSql,
    parseEncodedQuery,
} from '../../../../tools/local-instance/src/query/index.ts'
import { ITEM_ROWS, ITEM_TABLE, lookupFixtureRow, resolveTable } from '../../../../tools/local-instance/test/query/fixture.ts'

const fieldsOf = (query: string) =>
    parseEncodedQuery(query).anyOf.map((group) => group.allOf.map((clause) => clause.anyOf.map((c) => `${c.field}${c.operator}${c.value}`)))

function compileBoth(query: string): void {
    const ast = parseEncodedQuery(query)
    compileToSql(ast, ITEM_TABLE, resolveTable)
    compileToPredicate(ast, ITEM_TABLE, resolveTable, lookupFixtureRow)
}

describe('parseEncodedQuery', () => {
    it('binds ^OR tighter than ^, and ^NQ loosest', () => {
        expect(fieldsOf('a=1^b=2^ORc=3^NQd=4^ORe=5^f=6')).toEqual([
            [['a=1'], ['b=2', 'c=3']],
            [['d=4', 'e=5'], ['f=6']],
        ])
    })

    it('takes the longest operator and keeps operator characters inside the value', () => {
        const [condition] = parseEncodedQuery('priority<=5').anyOf[0].allOf[0].anyOf
        expect([condition.operator, condition.value]).toEqual(['<=', '5'])
        const [withEquals] = parseEncodedQuery('notes!=a=b<c').anyOf[0].allOf[0].anyOf
        expect([withEquals.operator, withEquals.value]).toEqual(['!=', 'a=b<c'])
        const [notIn] = parseEncodedQuery('stateNOT IN1,2').anyOf[0].allOf[0].anyOf
        expect([notIn.operator, notIn.value]).toEqual(['NOT IN', '1,2'])
    })

    it('collects ORDERBY / ORDERBYDESC terms and stops at ^EQ', () => {
        const ast = parseEncodedQuery('active=true^ORDERBYname^ORDERBYDESCaccount.name^EQ^ORDERBYpriority^state=x')
        expect(ast.orderBy).toEqual([
            { field: 'name', descending: false },
            { field: 'account.name', descending: true },
        ])
        expect(fieldsOf('active=true^ORDERBYname^EQ^state=x')).toEqual([[['active=true']]])
    })

    it.each([
        ['priorityFOO3', /unknown operator in term "priorityFOO3"/],
        ['priority', /term without an operator: "priority"/],
        ['=5', /term without a field name: "=5"/],
        ['Priority=5', /term without a field name: "Priority=5"/],
        ['^ORpriority=1', /\^OR without a preceding condition/],
        ['nameISEMPTYx', /ISEMPTY takes no value/],
    ])('rejects %s', (query, message) => {
        expect(() => parseEncodedQuery(query)).toThrow(QueryError)
        expect(() => parseEncodedQuery(query)).toThrow(message)
    })

    it.each([
        ['GROUPBYstate', /not emulated: GROUPBY/],
        ['sys_created_onONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()', /not emulated: operator ON/],
        ['assigned_toDYNAMIC90d1921e5f510100a9ad2572f2b477fe', /not emulated: operator DYNAMIC/],
        ['sys_class_nameINSTANCEOFtask', /not emulated: operator INSTANCEOF/],
    ])('says %s is not emulated', (query, message) => {
        expect(() => parseEncodedQuery(query)).toThrow(message)
    })
})

describe('compiling against a table', () => {
    it.each([
        ['bogus=1', /unknown field "bogus" on table x_test_item/],
        ['account.bogus=1', /unknown field "bogus" on table x_test_account/],
        ['name.first=Al', /x_test_item\.name is not a reference field/],
        ['account.name.x=1', /not emulated: dot-walk deeper than one level/],
        ['priority=abc', /value "abc" is not a number in term "priority=abc"/],
        ['active=yes', /value "yes" is not true\/false/],
        ['opened_at>last week', /not a canonical date/],
        ['priorityBETWEEN1', /BETWEEN needs "<low>@<high>"/],
        ['priority>', /operator > needs a value/],
        ['ORDERBYbogus', /unknown field "bogus" on table x_test_item/],
        ['priority=javascript:gs.getUser().getID()', /not emulated: javascript: value/],
        ['account.nameVALCHANGES', /not emulated: VALCHANGES on a dot-walked field/],
        ['amountSAMEASname', /not emulated: SAMEAS between a numeric and a non-numeric field/],
    ])('rejects %s in SQL and in the predicate', (query, message) => {
        const ast = parseEncodedQuery(query)
        expect(() => compileToSql(ast, ITEM_TABLE, resolveTable)).toThrow(message)
        expect(() => compileToPredicate(ast, ITEM_TABLE, resolveTable, lookupFixtureRow)).toThrow(message)
    })

    it('refuses change operators in SQL, where there is no previous record', () => {
        for (const query of ['stateVALCHANGES', 'stateCHANGESTOclosed', 'stateCHANGESFROMopen']) {
            expect(() => compileToSql(parseEncodedQuery(query), ITEM_TABLE, resolveTable)).toThrow(/not emulated: .*only applies to current\/previous/)
            expect(() => compileBoth(query.replace(/VALCHANGES|CHANGES(TO|FROM)/, '='))).not.toThrow()
        }
    })

    it('hands javascript: values to the evaluator when one is given', () => {
        const ast = parseEncodedQuery('priorityINjavascript:myPriorities()')
        const seen: string[] = []
        const options = { evaluateJavascript: (expression: string) => (seen.push(expression), [1, 10]) }
        const sql = compileToSql(ast, ITEM_TABLE, resolveTable, options)
        expect(sql.params).toEqual([1, 10])
        const matches = compileToPredicate(ast, ITEM_TABLE, resolveTable, lookupFixtureRow, options)
        expect([matches({ priority: 10 }), matches({ priority: 2 })]).toEqual([true, false])
        expect(seen).toEqual(['myPriorities()', 'myPriorities()'])
    })

    it('never puts a value into the SQL text', () => {
        const sql = compileToSql(parseEncodedQuery("name=Robert'); DROP TABLE x_test_item;--^notesLIKE50%"), ITEM_TABLE, resolveTable)
        expect(sql.where).not.toMatch(/Robert|DROP|50/)
        expect(sql.params).toEqual(["robert'); drop table x_test_item;--", '%50\\%%'])
    })
})

describe('building queries without an encoded string (GlideRecord.addQuery)', () => {
    const run = (ast: QueryAst) => {
        const matches = compileToPredicate(ast, ITEM_TABLE, resolveTable, lookupFixtureRow)
        return ITEM_ROWS.filter((row) => matches(row)).map((row) => row.sys_id)
    }

    it('keeps a ^ inside a value as data', () => {
        const condition = conditionFromParts('notes', '=', 'a^ORb')
        expect([condition.operator, condition.value]).toEqual(['=', 'a^ORb'])
        const matches = compileToPredicate(conditionQuery(condition), ITEM_TABLE, resolveTable, lookupFixtureRow)
        expect([matches({ notes: 'a^ORb' }), matches({ notes: 'a' }), matches({ notes: 'b' })]).toEqual([true, false, false])
    })

    it('maps addQuery operator names and array values', () => {
        expect(run(conditionQuery(conditionFromParts('name', 'CONTAINS', 'ACME')))).toEqual(['r01', 'r02', 'r10'])
        expect(run(conditionQuery(conditionFromParts('priority', 'IN', [2, 5])))).toEqual(['r02', 'r04', 'r08'])
    })

    it('rejects operators the encoded-query parser rejects', () => {
        expect(() => conditionFromParts('priority', 'FOO', 1)).toThrow(/unknown operator/)
        expect(() => conditionFromParts('sys_class_name', 'INSTANCEOF', 'task')).toThrow(/not emulated: operator INSTANCEOF/)
        expect(() => conditionFromParts('priority', '==', 1)).toThrow(/unknown operator "=="/)
        expect(() => conditionFromParts('name', 'ISEMPTY', 'x')).toThrow(/takes no value/)
    })

    it('ANDs queries by distributing their ^NQ groups', () => {
        const either = parseEncodedQuery('state=open^NQstate=pending^ORDERBYname')
        const combined = andQueries(either, parseEncodedQuery('active=true'), parseEncodedQuery(''))
        expect(run(combined)).toEqual(['r01', 'r03', 'r07'])
        expect(combined.orderBy).toEqual([{ field: 'name', descending: false }])
    })
})
