// query()/get(): the record's encoded query compiled to SQL and run on the store.
import { compileToSql, parseEncodedQuery, type Row, type TableInfo } from '../../query/index.ts'
import { quote } from '../../store/store.ts'
import type { Kernel } from '../kernel.ts'
import type { RecordState } from './record-state.ts'

export function tableInfoFor(kernel: Kernel, table: string): TableInfo {
    const info = kernel.resolve(table)
    if (!info) throw new Error(`table not found: ${table}`)
    return info
}

export function runSelect(kernel: Kernel, state: RecordState): Row[] {
    const sql = compileToSql(parseEncodedQuery(state.encodedQuery()), tableInfoFor(kernel, state.tableName), kernel.resolve)
    // VERIFY: without ORDERBY rows come back in insertion order (the platform promises no order).
    const order = [...sql.orderBy, 't.rowid ASC'].join(', ')
    const paging = state.limit !== null ? ` LIMIT ${Math.max(0, Math.floor(state.limit))} OFFSET ${Math.max(0, Math.floor(state.offset))}` : ''
    const text = `SELECT t.* FROM ${quote(state.tableName)} t ${sql.joins.join(' ')} WHERE ${sql.where} ORDER BY ${order}${paging}`
    const rows = kernel.store.db.prepare(text).all(...sql.params) as Row[]
    for (const row of rows) delete row.rowid
    if (!state.secure) return rows
    // VERIFY: the platform removes records the user cannot read from the result ("rows removed by security").
    return rows.filter(() => kernel.canAccess(kernel.session.user, 'read', state.tableName))
}
