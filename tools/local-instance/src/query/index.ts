// Encoded queries for the local instance: parse once, then run as SQL (stores) or as a JS predicate
// (business-rule conditions over current/previous). API fixed by ../../CONVENTIONS.md.
export type { ColumnInfo, CompileOptions, LookupRow, ResolveTable, Row, TableInfo } from './types.ts'
export { QueryError } from './errors.ts'
export { parseEncodedQuery, EMULATED_OPERATORS } from './parse.ts'
export type { AndGroup, Condition, Operator, OrClause, OrderTerm, QueryAst } from './parse.ts'
export { compileToSql } from './sql.ts'
export type { SqlQuery } from './sql.ts'
export { compileToPredicate } from './predicate.ts'
export type { RowPredicate } from './predicate.ts'
export { andQueries, conditionFromParts, conditionQuery } from './build.ts'
