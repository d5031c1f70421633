// addQuery / addOrCondition arguments → encoded-query terms.
import { notEmulated } from '../kernel.ts'
import type { RecordState } from './record-state.ts'

// Operators accepted by addQuery(field, operator, value) → their encoded-query spelling.
const OPERATOR_SPELLING: Record<string, string> = {
    '=': '=', '!=': '!=', '>': '>', '>=': '>=', '<': '<', '<=': '<=', IN: 'IN', 'NOT IN': 'NOT IN', STARTSWITH: 'STARTSWITH',
    ENDSWITH: 'ENDSWITH', CONTAINS: 'LIKE', 'DOES NOT CONTAIN': 'NOTLIKE', LIKE: 'LIKE', 'NOT LIKE': 'NOTLIKE', ISEMPTY: 'ISEMPTY',
    ISNOTEMPTY: 'ISNOTEMPTY', SAMEAS: 'SAMEAS', NSAMEAS: 'NSAMEAS', BETWEEN: 'BETWEEN',
}

/** A script value as an encoded-query operand: records by sys_id, elements and dates by stored value, arrays joined. */
export function queryText(value: unknown): string {
    if (value === null || value === undefined) return ''
    if (Array.isArray(value)) return value.map(queryText).join(',')
    if (typeof value === 'object') {
        const holder = value as { storedValue?: () => unknown; getUniqueValue?: () => string }
        if (typeof holder.getUniqueValue === 'function') return holder.getUniqueValue()
        if (typeof holder.storedValue === 'function') return queryText(holder.storedValue())
    }
    const text = String(value)
    if (text.includes('^')) throw notEmulated(`a query value containing "^" ("${text}"): encoded queries cannot carry it`)
    return text
}

/** One condition: addQuery(field, value) or addQuery(field, operator, value). */
export function term(field: string, operatorOrValue: unknown, value: unknown, argumentCount: number): string {
    if (argumentCount <= 2) return `${field}=${queryText(operatorOrValue)}`
    const operator = String(operatorOrValue).toUpperCase()
    const spelling = OPERATOR_SPELLING[operator]
    if (!spelling) throw notEmulated(`addQuery operator "${String(operatorOrValue)}"`)
    if (spelling === 'ISEMPTY' || spelling === 'ISNOTEMPTY') return `${field}${spelling}`
    return `${field}${spelling}${queryText(value)}`
}

/** What addQuery returns: addOrCondition joins the term with ^OR, addCondition adds an AND term. */
export class QueryCondition {
    constructor(
        private readonly record: RecordState,
        private readonly index: number,
    ) {}
    addOrCondition(field: string, operatorOrValue?: unknown, value?: unknown): QueryCondition {
        this.record.conditions[this.index] += `^OR${term(field, operatorOrValue, value, arguments.length)}`
        return this
    }
    addCondition(field: string, operatorOrValue?: unknown, value?: unknown): QueryCondition {
        this.record.conditions.push(term(field, operatorOrValue, value, arguments.length))
        return this
    }
}
