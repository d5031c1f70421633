// Binds a parsed condition to a table: resolves fields, evaluates and normalises values. Both compilers
// render the same PreparedCondition, so every platform decision below is taken once.
import type { Condition, Operator } from './parse.ts'
import type { CompileOptions, ResolveTable, TableInfo } from './types.ts'
import { QueryError, notEmulated } from './errors.ts'
import { type FieldRef, type Operand, asciiLower, evaluateValue, resolveField, toOperand } from './fields.ts'

export const CHANGE_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['VALCHANGES', 'CHANGESFROM', 'CHANGESTO'])

export interface PreparedCondition {
    condition: Condition
    /** The operator actually evaluated (`state=` becomes ISEMPTY). */
    operator: Operator
    ref: FieldRef
    /**
     * Normalised operands: one for comparisons, the list for IN / NOT IN, two for BETWEEN, the lower-cased
     * needle for LIKE & co., none for CHANGESTO/CHANGESFROM an empty value.
     */
    operands: Operand[]
    /** The second field of SAMEAS / NSAMEAS. */
    other?: FieldRef
}

function isNumeric(ref: FieldRef): boolean {
    return ref.cls === 'integer' || ref.cls === 'number'
}

export function prepareCondition(
    condition: Condition,
    table: TableInfo,
    resolve: ResolveTable,
    options: CompileOptions,
): PreparedCondition {
    const { term } = condition
    const ref = resolveField(table, condition.field, resolve)
    const operator = condition.operator
    const value = () => evaluateValue(condition.value, term, options)
    switch (operator) {
        case '=':
        case '!=': {
            const evaluated = value()
            // VERIFY: "field=" tests for empty (SDK guide); "field!=" is read as "is not empty".
            if (evaluated === '') return { condition, operator: operator === '=' ? 'ISEMPTY' : 'ISNOTEMPTY', ref, operands: [] }
            return { condition, operator, ref, operands: [toOperand(ref, evaluated, term)] }
        }
        case '>':
        case '>=':
        case '<':
        case '<=': {
            const evaluated = value()
            if (evaluated === '') throw new QueryError(`operator ${operator} needs a value in term "${term}"`)
            return { condition, operator, ref, operands: [toOperand(ref, evaluated, term)] }
        }
        case 'IN':
        case 'NOT IN': {
            // VERIFY: items are not trimmed and empty items are dropped; an empty list makes IN match nothing
            // and NOT IN match every non-empty value (a javascript: list that came back empty).
            const items = value()
                .split(',')
                .filter((item) => item !== '')
            return { condition, operator, ref, operands: items.map((item) => toOperand(ref, item, term)) }
        }
        case 'BETWEEN': {
            const bounds = condition.value.split('@')
            if (bounds.length !== 2 || bounds[0] === '' || bounds[1] === '') {
                throw new QueryError(`BETWEEN needs "<low>@<high>" in term "${term}"`)
            }
            const operands = bounds.map((bound) => toOperand(ref, evaluateValue(bound, term, options), term))
            return { condition, operator, ref, operands }
        }
        case 'LIKE':
        case 'NOTLIKE':
        case 'STARTSWITH':
        case 'ENDSWITH':
            // VERIFY: LIKE & co. match case-insensitively on the value's text, whatever the column type. A decimal
            // is matched on SQLite's text of it ('2.0'), which the JS side cannot reproduce for whole numbers.
            return { condition, operator, ref, operands: [asciiLower(value())] }
        case 'ISEMPTY':
        case 'ISNOTEMPTY':
        case 'ANYTHING':
        case 'EMPTYSTRING':
            return { condition, operator, ref, operands: [] }
        case 'SAMEAS':
        case 'NSAMEAS': {
            const other = resolveField(table, condition.value, resolve)
            if (isNumeric(ref) !== isNumeric(other)) {
                throw notEmulated(`${operator} between a numeric and a non-numeric field in term "${term}"`)
            }
            return { condition, operator, ref, operands: [], other }
        }
        case 'VALCHANGES':
        case 'CHANGESFROM':
        case 'CHANGESTO': {
            if (ref.via) throw notEmulated(`${operator} on a dot-walked field in term "${term}"`)
            const evaluated = operator === 'VALCHANGES' ? '' : value()
            return { condition, operator, ref, operands: evaluated === '' ? [] : [toOperand(ref, evaluated, term)] }
        }
        default:
            throw new QueryError(`unhandled operator ${String(operator satisfies never)} in term "${term}"`)
    }
}
