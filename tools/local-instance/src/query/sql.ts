// AST → parameterised SQLite WHERE / JOIN / ORDER BY fragments. Values only ever travel as parameters.
import type { QueryAst } from './parse.ts'
import type { CompileOptions, ResolveTable, TableInfo } from './types.ts'
import { notEmulated } from './errors.ts'
import { type FieldRef, quoteIdentifier, resolveField } from './fields.ts'
import { CHANGE_OPERATORS, type PreparedCondition, prepareCondition } from './prepare.ts'

export interface SqlQuery {
    /** Boolean SQL expression over alias `t` (and j0, j1… from `joins`); '1=1' when the query is empty. */
    where: string
    params: unknown[]
    /** `LEFT JOIN "<table>" jN ON jN."sys_id" = t."<reference>"`, one per dot-walked reference field. */
    joins: string[]
    /** e.g. `t."name" COLLATE NOCASE ASC`, in query order. */
    orderBy: string[]
}

function escapeLike(text: string): string {
    return text.replace(/[\\%_]/g, (character) => `\\${character}`)
}

class SqlBuilder {
    readonly params: unknown[] = []
    readonly joins: string[] = []
    private readonly aliases = new Map<string, string>()

    constructor(private readonly table: TableInfo) {}

    column(ref: FieldRef): string {
        if (!ref.via) return `t.${quoteIdentifier(ref.column.name)}`
        let alias = this.aliases.get(ref.via.referenceField)
        if (!alias) {
            alias = `j${this.aliases.size}`
            this.aliases.set(ref.via.referenceField, alias)
            this.joins.push(
                `LEFT JOIN ${quoteIdentifier(ref.via.referencedTable)} ${alias} ON ${alias}."sys_id" = t.${quoteIdentifier(ref.via.referenceField)}`,
            )
        }
        return `${alias}.${quoteIdentifier(ref.column.name)}`
    }

    /** The expression compared with operands: text is folded like toOperand folds the operand. */
    comparable(ref: FieldRef): string {
        const column = this.column(ref)
        return ref.cls === 'text' ? `lower(${column})` : column
    }

    param(value: unknown): string {
        this.params.push(value)
        return '?'
    }

    condition(prepared: PreparedCondition): string {
        const { operator, ref, operands } = prepared
        if (CHANGE_OPERATORS.has(operator)) {
            throw notEmulated(`${operator} in a SQL query on ${this.table.name} (it only applies to current/previous): "${prepared.condition.term}"`)
        }
        const column = this.column(ref)
        const nonEmpty = `(${column} IS NOT NULL AND ${column} <> '')`
        const like = (pattern: string) => `lower(${column}) LIKE ${this.param(pattern)} ESCAPE '\\'`
        switch (operator) {
            case 'ISEMPTY':
                return `(${column} IS NULL OR ${column} = '')`
            case 'ISNOTEMPTY':
                return nonEmpty
            case 'ANYTHING':
                return '1=1'
            case 'EMPTYSTRING':
                return `${column} = ''`
            // VERIFY: an empty field never satisfies a value comparison — in particular "state!=x" and
            // "stateNOT INx" skip records whose state is empty (KB0715430), and so does NOTLIKE.
            case '=':
            case '!=':
            case '>':
            case '>=':
            case '<':
            case '<=': {
                const sqlOperator = operator === '!=' ? '<>' : operator
                return `(${nonEmpty} AND ${this.comparable(ref)} ${sqlOperator} ${this.param(operands[0])})`
            }
            case 'IN':
            case 'NOT IN': {
                if (operands.length === 0) return operator === 'IN' ? '0=1' : nonEmpty
                const list = operands.map((operand) => this.param(operand)).join(', ')
                return `(${nonEmpty} AND ${this.comparable(ref)} ${operator} (${list}))`
            }
            case 'BETWEEN': {
                const comparable = this.comparable(ref)
                return `(${nonEmpty} AND ${comparable} >= ${this.param(operands[0])} AND ${comparable} <= ${this.param(operands[1])})`
            }
            case 'LIKE':
                return `(${nonEmpty} AND ${like(`%${escapeLike(String(operands[0]))}%`)})`
            case 'NOTLIKE':
                return `(${nonEmpty} AND NOT ${like(`%${escapeLike(String(operands[0]))}%`)})`
            case 'STARTSWITH':
                return `(${nonEmpty} AND ${like(`${escapeLike(String(operands[0]))}%`)})`
            case 'ENDSWITH':
                return `(${nonEmpty} AND ${like(`%${escapeLike(String(operands[0]))}`)})`
            case 'SAMEAS':
            case 'NSAMEAS': {
                const other = prepared.other as FieldRef
                const otherColumn = this.column(other)
                const sqlOperator = operator === 'SAMEAS' ? '=' : '<>'
                // VERIFY: like "is not", "is same as" / "is different from" skip records where either side is empty.
                return `(${nonEmpty} AND (${otherColumn} IS NOT NULL AND ${otherColumn} <> '') AND ${this.comparable(ref)} ${sqlOperator} ${this.comparable(other)})`
            }
            default:
                throw notEmulated(`${operator} in SQL`)
        }
    }
}

export function compileToSql(ast: QueryAst, table: TableInfo, resolve: ResolveTable, options: CompileOptions = {}): SqlQuery {
    const builder = new SqlBuilder(table)
    const groups = ast.anyOf.map((group) =>
        group.allOf
            .map((clause) => {
                const alternatives = clause.anyOf.map((condition) => builder.condition(prepareCondition(condition, table, resolve, options)))
                return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`
            })
            .join(' AND '),
    )
    const where = groups.length === 0 ? '1=1' : groups.length === 1 ? groups[0] : groups.map((group) => `(${group})`).join(' OR ')
    const orderBy = ast.orderBy.map((term) => {
        const ref = resolveField(table, term.field, resolve)
        // VERIFY: text sorts case-insensitively (MySQL collation); empty values sort first ascending (NULLs lowest).
        const collate = ref.cls === 'text' ? ' COLLATE NOCASE' : ''
        return `${builder.column(ref)}${collate} ${term.descending ? 'DESC' : 'ASC'}`
    })
    return { where, params: builder.params, joins: builder.joins, orderBy }
}
