// AST → JS predicate over storage rows; mirrors sql.ts operator by operator (the differential test checks it).
import type { QueryAst } from './parse.ts'
import type { CompileOptions, LookupRow, ResolveTable, Row, TableInfo } from './types.ts'
import { type FieldRef, type Operand, asciiLower, comparable, isEmptyValue, readStored, resolveField } from './fields.ts'
import { type PreparedCondition, prepareCondition } from './prepare.ts'

export type RowPredicate = (current: Row, previous?: Row | null) => boolean

type Test = (current: Row, previous: Row | null) => boolean

function compare(left: Operand, operator: '=' | '!=' | '>' | '>=' | '<' | '<=', right: Operand): boolean {
    switch (operator) {
        case '=':
            return left === right
        case '!=':
            return left !== right
        case '>':
            return left > right
        case '>=':
            return left >= right
        case '<':
            return left < right
        case '<=':
            return left <= right
    }
}

/** Did the stored value change? Compared exactly (case matters), empty ('' or null) equals empty. */
function valueChanged(before: string | number | null, after: string | number | null): boolean {
    if (isEmptyValue(before) || isEmptyValue(after)) return isEmptyValue(before) !== isEmptyValue(after)
    // VERIFY: VALCHANGES is case-sensitive ('Acme' → 'ACME' is a change), unlike query comparisons.
    return String(before) !== String(after)
}

function compileCondition(prepared: PreparedCondition, lookup: LookupRow): Test {
    const { operator, ref, operands } = prepared
    const read = (row: Row) => readStored(ref, row, lookup)
    /** Applies `test` to the comparable form of a non-empty stored value; empty values never match. */
    const onValue = (test: (value: Operand) => boolean): Test => {
        return (current) => {
            const stored = read(current)
            return isEmptyValue(stored) ? false : test(comparable(ref, stored as string | number))
        }
    }
    const onText = (test: (text: string) => boolean): Test => {
        return (current) => {
            const stored = read(current)
            return isEmptyValue(stored) ? false : test(asciiLower(String(stored)))
        }
    }
    /** Would `field=<operand>` (or `field=` without operand) match this stored value? */
    const equalsOperand = (stored: string | number | null): boolean =>
        operands.length === 0 ? isEmptyValue(stored) : !isEmptyValue(stored) && comparable(ref, stored as string | number) === operands[0]

    switch (operator) {
        case 'ISEMPTY':
            return (current) => isEmptyValue(read(current))
        case 'ISNOTEMPTY':
            return (current) => !isEmptyValue(read(current))
        case 'ANYTHING':
            return () => true
        case 'EMPTYSTRING':
            return (current) => read(current) === ''
        case '=':
        case '!=':
        case '>':
        case '>=':
        case '<':
        case '<=':
            return onValue((value) => compare(value, operator, operands[0]))
        case 'IN':
            return onValue((value) => operands.includes(value))
        case 'NOT IN':
            return onValue((value) => !operands.includes(value))
        case 'BETWEEN':
            return onValue((value) => value >= operands[0] && value <= operands[1])
        case 'LIKE':
            return onText((text) => text.includes(String(operands[0])))
        case 'NOTLIKE':
            return onText((text) => !text.includes(String(operands[0])))
        case 'STARTSWITH':
            return onText((text) => text.startsWith(String(operands[0])))
        case 'ENDSWITH':
            return onText((text) => text.endsWith(String(operands[0])))
        case 'SAMEAS':
        case 'NSAMEAS': {
            const other = prepared.other as FieldRef
            return (current) => {
                const left = read(current)
                const right = readStored(other, current, lookup)
                if (isEmptyValue(left) || isEmptyValue(right)) return false
                const same = comparable(ref, left as string | number) === comparable(other, right as string | number)
                return operator === 'SAMEAS' ? same : !same
            }
        }
        case 'VALCHANGES':
            // VERIFY: on insert (previous null) a field "changes" when it gets a non-empty value.
            return (current, previous) => valueChanged(previous ? read(previous) : null, read(current))
        case 'CHANGESTO':
            // VERIFY: on insert, CHANGESTO matches when the new value equals the operand (it "changed" from empty).
            return (current, previous) => {
                const after = read(current)
                return valueChanged(previous ? read(previous) : null, after) && equalsOperand(after)
            }
        case 'CHANGESFROM':
            // VERIFY: an insert has no "from" value, so CHANGESFROM never matches on insert.
            return (current, previous) => {
                if (!previous) return false
                const before = read(previous)
                return valueChanged(before, read(current)) && equalsOperand(before)
            }
    }
}

/**
 * The same semantics as compileToSql, evaluated in JS. `previous` is the record before the change (null or
 * omitted on insert); only VALCHANGES / CHANGESTO / CHANGESFROM look at it.
 */
export function compileToPredicate(
    ast: QueryAst,
    table: TableInfo,
    resolve: ResolveTable,
    lookup: LookupRow,
    options: CompileOptions = {},
): RowPredicate {
    const groups = ast.anyOf.map((group) =>
        group.allOf.map((clause) => clause.anyOf.map((condition) => compileCondition(prepareCondition(condition, table, resolve, options), lookup))),
    )
    // Sorting is the caller's business, but a bad ORDERBY field must fail here as it does in SQL.
    for (const term of ast.orderBy) resolveField(table, term.field, resolve)
    if (groups.length === 0) return () => true
    return (current, previous) => {
        // VERIFY: an omitted previous is treated as an insert (null), as for a brand-new record.
        const before = previous ?? null
        return groups.some((clauses) => clauses.every((alternatives) => alternatives.some((test) => test(current, before))))
    }
}
