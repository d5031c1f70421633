// Encoded query string → AST. Pure: knows nothing about tables; field names are checked when compiling.
import { QueryError, notEmulated } from './errors.ts'

/** Operators the local instance evaluates (canonical spelling). */
export const EMULATED_OPERATORS = [
    '=',
    '!=',
    '>',
    '>=',
    '<',
    '<=',
    'IN',
    'NOT IN',
    'LIKE',
    'NOTLIKE',
    'STARTSWITH',
    'ENDSWITH',
    'ISEMPTY',
    'ISNOTEMPTY',
    'BETWEEN',
    'ANYTHING',
    'EMPTYSTRING',
    'SAMEAS',
    'NSAMEAS',
    'VALCHANGES',
    'CHANGESFROM',
    'CHANGESTO',
] as const

export type Operator = (typeof EMULATED_OPERATORS)[number]

// Alternative spellings seen in platform-generated and SDK-documented queries.
// VERIFY: the condition builder writes "NOT LIKE" and the SDK guide "NOTLIKE"; both mean "does not contain".
const OPERATOR_ALIASES: Record<string, Operator> = { 'NOT LIKE': 'NOTLIKE' }

// Real platform operators we recognise so the error says "not emulated" rather than "unknown operator".
// VERIFY: CONTAINS / DOES NOT CONTAIN are addQuery() names; in an encoded query they are refused, not aliased.
const NOT_EMULATED_OPERATORS = [
    'ON',
    'NOTON',
    'DYNAMIC',
    'INSTANCEOF',
    'RELATIVEGT',
    'RELATIVELT',
    'RELATIVEGE',
    'RELATIVELE',
    'RELATIVEEE',
    'DATEPART',
    'MORETHAN',
    'LESSTHAN',
    'GT_FIELD',
    'LT_FIELD',
    'GT_OR_EQUALS_FIELD',
    'LT_OR_EQUALS_FIELD',
    'IN HIERARCHY',
    'CONTAINS',
    'DOES NOT CONTAIN',
]

export const NO_VALUE_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['ISEMPTY', 'ISNOTEMPTY', 'ANYTHING', 'EMPTYSTRING', 'VALCHANGES'])

/** Longest first, so that `<=` wins over `<`, `NOT IN` over `NOTON`, `INSTANCEOF` over `IN`. */
const ALL_OPERATOR_SPELLINGS = [...EMULATED_OPERATORS, ...Object.keys(OPERATOR_ALIASES), ...NOT_EMULATED_OPERATORS].sort(
    (a, b) => b.length - a.length,
)

export interface Condition {
    /** Field as written, possibly dot-walked once: `account.name`. */
    field: string
    operator: Operator
    /** Raw value text (empty for operators without a value). */
    value: string
    /** The original term, quoted in error messages. */
    term: string
}

/** Conditions joined by ^OR. */
export interface OrClause {
    anyOf: Condition[]
}

/** OR clauses joined by ^ (AND). */
export interface AndGroup {
    allOf: OrClause[]
}

export interface OrderTerm {
    field: string
    descending: boolean
}

/** `anyOf` holds the ^NQ groups; an empty `anyOf` matches every record. */
export interface QueryAst {
    anyOf: AndGroup[]
    orderBy: OrderTerm[]
}

const FIELD_RUN = /^[a-z0-9_.]+/

export function parseCondition(term: string): Condition {
    const fieldMatch = FIELD_RUN.exec(term)
    if (!fieldMatch) throw new QueryError(`term without a field name: "${term}"`)
    const field = fieldMatch[0]
    const rest = term.slice(field.length)
    if (rest === '') throw new QueryError(`term without an operator: "${term}"`)
    const spelling = ALL_OPERATOR_SPELLINGS.find((candidate) => rest.startsWith(candidate))
    if (spelling === undefined) throw new QueryError(`unknown operator in term "${term}"`)
    if (NOT_EMULATED_OPERATORS.includes(spelling)) throw notEmulated(`operator ${spelling} in term "${term}"`)
    const operator = OPERATOR_ALIASES[spelling] ?? (spelling as Operator)
    const value = rest.slice(spelling.length)
    if (NO_VALUE_OPERATORS.has(operator) && value !== '') {
        throw new QueryError(`operator ${operator} takes no value, got "${value}" in term "${term}"`)
    }
    if (field.split('.').some((part) => part === '')) throw new QueryError(`malformed field name in term "${term}"`)
    return { field, operator, value, term }
}

function parseOrderField(term: string, prefix: string): string {
    const field = term.slice(prefix.length)
    if (!/^[a-z0-9_]+(\.[a-z0-9_]+)?$/.test(field)) throw new QueryError(`malformed ${prefix} term "${term}"`)
    return field
}

/**
 * Parses `<field><OP><value>` terms joined by ^ (AND), ^OR (binds tighter than ^) and ^NQ (OR of groups).
 * ^EQ ends the query; ORDERBY / ORDERBYDESC collect sort terms from anywhere in the query.
 */
export function parseEncodedQuery(query: string): QueryAst {
    const ast: QueryAst = { anyOf: [], orderBy: [] }
    let group: AndGroup = { allOf: [] }
    const closeGroup = () => {
        // VERIFY: an empty ^NQ group (e.g. "a=1^NQ") is dropped rather than matching everything.
        if (group.allOf.length > 0) ast.anyOf.push(group)
        group = { allOf: [] }
    }
    // VERIFY: there is no escape for a literal ^ in a value (the SDK guide says so); "^^" yields an empty
    // segment, and empty segments (e.g. a trailing ^) are skipped.
    for (const segment of query.split('^')) {
        if (segment === '') continue
        if (segment === 'EQ') break // VERIFY: anything after ^EQ, including ORDERBY, is ignored.
        if (segment.startsWith('ORDERBYDESC')) {
            ast.orderBy.push({ field: parseOrderField(segment, 'ORDERBYDESC'), descending: true })
        } else if (segment.startsWith('ORDERBY')) {
            ast.orderBy.push({ field: parseOrderField(segment, 'ORDERBY'), descending: false })
        } else if (segment.startsWith('GROUPBY')) {
            throw notEmulated(`GROUPBY in encoded query ("${segment}")`)
        } else if (segment.startsWith('RLQUERY') || segment.startsWith('ENDRLQUERY')) {
            throw notEmulated(`related list query in encoded query ("${segment}")`)
        } else if (segment.startsWith('NQ')) {
            closeGroup()
            if (segment !== 'NQ') group.allOf.push({ anyOf: [parseCondition(segment.slice(2))] })
        } else if (segment.startsWith('OR')) {
            const previous = group.allOf[group.allOf.length - 1]
            if (!previous) throw new QueryError(`^OR without a preceding condition: "${segment}" in "${query}"`)
            previous.anyOf.push(parseCondition(segment.slice(2)))
        } else {
            group.allOf.push({ anyOf: [parseCondition(segment)] })
        }
    }
    closeGroup()
    return ast
}
