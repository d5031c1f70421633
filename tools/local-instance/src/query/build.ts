// Building ASTs without an encoded string, for GlideRecord.addQuery(field, op, value): its value may hold
// a ^ that an encoded string could not carry, so the emulation should not concatenate strings.
import { QueryError } from './errors.ts'
import { EMULATED_OPERATORS, NO_VALUE_OPERATORS, type Condition, type Operator, type QueryAst, parseCondition } from './parse.ts'

// GlideRecord.addQuery spells two operators differently from encoded queries.
const ADD_QUERY_ALIASES: Record<string, Operator> = { CONTAINS: 'LIKE', 'DOES NOT CONTAIN': 'NOTLIKE', 'NOT LIKE': 'NOTLIKE' }

/**
 * One condition from addQuery-style parts. An array value becomes an IN list; null/undefined is empty.
 * Operators that are not emulated are rejected with the same messages as in encoded queries.
 */
export function conditionFromParts(field: string, operator: string, value: unknown): Condition {
    const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(',') : String(value)
    const canonical = ADD_QUERY_ALIASES[operator] ?? operator
    if (!(EMULATED_OPERATORS as readonly string[]).includes(canonical)) {
        // Let the encoded-query parser produce the usual "unknown" / "not emulated" error for this operator.
        parseCondition(`${field}${operator}`)
        throw new QueryError(`unknown operator "${operator}" for field "${field}"`)
    }
    const term = `${field}${canonical}${text}`
    // Parse the field and operator alone, so that operator characters inside the value cannot confuse it.
    const parsed = parseCondition(`${field}${canonical}`)
    if (parsed.field !== field || parsed.operator !== canonical) throw new QueryError(`malformed field name "${field}"`)
    if (NO_VALUE_OPERATORS.has(parsed.operator) && text !== '') {
        throw new QueryError(`operator ${parsed.operator} takes no value, got "${text}" for field "${field}"`)
    }
    return { field, operator: parsed.operator, value: text, term }
}

export function conditionQuery(condition: Condition): QueryAst {
    return { anyOf: [{ allOf: [{ anyOf: [condition] }] }], orderBy: [] }
}

/**
 * Logical AND of queries (successive addQuery / addEncodedQuery calls). ^NQ groups distribute:
 * (a ^NQ b) AND (c ^NQ d) = ac ^NQ ad ^NQ bc ^NQ bd. An empty query (match all) is neutral.
 */
export function andQueries(...queries: QueryAst[]): QueryAst {
    let groups: QueryAst['anyOf'] = []
    for (const query of queries) {
        if (query.anyOf.length === 0) continue
        groups = groups.length === 0 ? [...query.anyOf] : groups.flatMap((left) => query.anyOf.map((right) => ({ allOf: [...left.allOf, ...right.allOf] })))
    }
    return { anyOf: groups, orderBy: queries.flatMap((query) => query.orderBy) }
}
