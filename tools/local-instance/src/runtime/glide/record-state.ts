// The state behind one GlideRecord: the row, its loaded original, query terms and the result cursor. The
// business-rule engine sees it as an EngineRecord (runtime/kernel.ts).
import type { Row } from '../../query/index.ts'
import type { EngineRecord } from '../kernel.ts'

export const STATE = Symbol('glideRecordState')

export interface GlideRecordLike {
    [STATE]: RecordState
}

export interface OrderTerm {
    field: string
    descending: boolean
}

export class RecordState implements EngineRecord {
    workflow = true
    autoSysFields = true
    forceUpdate = false
    aborted = false
    row: Row = {}
    original: Row | null = null
    isNew = false
    operation: 'insert' | 'update' | 'delete' | null = null
    conditions: string[] = []
    orderBy: OrderTerm[] = []
    limit: number | null = null
    offset = 0
    results: Row[] | null = null
    position = -1
    proxy!: GlideRecordLike
    /** Referenced records loaded by dot-walking, by field. */
    references = new Map<string, GlideRecordLike | null>()
    /** Fields whose dictionary default was already applied when the record was initialized. */
    defaultsApplied = false

    constructor(
        readonly tableName: string,
        readonly secure: boolean,
        readonly makeSnapshot: (table: string, row: Row | null) => unknown,
    ) {}

    load(row: Row): void {
        this.row = { ...row }
        this.original = { ...row }
        this.isNew = false
        this.references.clear()
    }

    markSaved(row: Row): void {
        this.load(row)
    }

    snapshot(row: Row | null): unknown {
        return this.makeSnapshot(this.tableName, row)
    }

    /** The encoded query of the conditions and ORDERBY terms (what getEncodedQuery() returns). */
    encodedQuery(): string {
        return [...this.conditions, ...this.orderBy.map((order) => `${order.descending ? 'ORDERBYDESC' : 'ORDERBY'}${order.field}`)].join('^')
    }
}
