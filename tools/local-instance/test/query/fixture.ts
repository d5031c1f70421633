// A small two-table data set in the storage representation (CONVENTIONS.md), with mixed types and empty
// values, plus the shared table of encoded queries and the row ids each must match. Used by the
// differential test, which runs every case as SQL and as a JS predicate.
import Database from 'better-sqlite3'
import type { ResolveTable, Row, TableInfo } from '../../src/query/index.ts'

export const ACCOUNT_TABLE: TableInfo = {
    name: 'x_test_account',
    columns: {
        name: { name: 'name', type: 'string' },
        tier: { name: 'tier', type: 'integer' },
        vip: { name: 'vip', type: 'boolean' },
    },
}

export const ITEM_TABLE: TableInfo = {
    name: 'x_test_item',
    columns: {
        name: { name: 'name', type: 'string' },
        state: { name: 'state', type: 'choice', choices: ['open', 'closed', 'pending'] },
        priority: { name: 'priority', type: 'integer' },
        amount: { name: 'amount', type: 'decimal' },
        active: { name: 'active', type: 'boolean' },
        opened_at: { name: 'opened_at', type: 'glide_date_time' },
        due: { name: 'due', type: 'glide_date' },
        account: { name: 'account', type: 'reference', reference: 'x_test_account' },
        notes: { name: 'notes', type: 'string' },
        alias: { name: 'alias', type: 'string' },
    },
}

export const resolveTable: ResolveTable = (name) => [ACCOUNT_TABLE, ITEM_TABLE].find((table) => table.name === name)

export const ACCOUNT_ROWS: Row[] = [
    { sys_id: 'a1', name: 'Acme', tier: 1, vip: 'true' },
    { sys_id: 'a2', name: 'Labs Inc', tier: 2, vip: 'false' },
    { sys_id: 'a3', name: 'Zeta Group', tier: null, vip: null },
]

// prettier-ignore
const ITEM_COLUMNS = ['sys_id', 'name', 'state', 'priority', 'amount', 'active', 'opened_at', 'due', 'account', 'notes', 'alias'] as const
// r06 points at an account that does not exist (a dangling reference); r09 is empty apart from its id.
// prettier-ignore
const ITEM_VALUES: Array<[string, string | null, string | null, number | null, number | null, string | null, string | null, string | null, string | null, string | null, string | null]> = [
    ['r01', 'Acme Corp', 'open',    1,    10.5,  'true',  '2024-01-15 08:00:00', '2024-02-01', 'a1',   'Call back',       'Acme Corp'],
    ['r02', 'acme labs', 'closed',  2,    99.99, 'false', '2024-03-01 00:00:00', '2024-03-31', 'a2',   '',                'ACME LABS'],
    ['r03', 'Beta 100%', 'pending', 3,    0,     'true',  '2023-12-31 23:59:59', null,         'a1',   null,              'beta'],
    ['r04', 'Gamma_ray', null,      5,    -2.25, 'false', null,                  '2024-01-01', null,   'urgent: a=b',     null],
    ['r05', 'Delta',     'open',    null, null,  null,    '2024-06-30 12:00:00', '2024-06-30', 'a3',   'ÄBC',             'DELTA'],
    ['r06', '',          'closed',  0,    1000,  'true',  '2024-01-15 08:00:01', '2024-01-15', 'gone', 'LIKE this',       ''],
    ['r07', 'epsilon',   'Open',    10,   5,     'true',  '2024-02-29 10:30:00', '2024-02-29', 'a2',   'call BACK later', 'Epsilon'],
    ['r08', 'Zeta',      'pending', 2,    10.5,  'false', '2025-01-01 00:00:00', null,         'a3',   'n/a',             'zeta2'],
    ['r09', null,        null,      null, null,  null,    null,                  null,         null,   null,              null],
    ['r10', 'acme_corp', 'closed',  3,    2.5,   'true',  '2024-01-15 08:00:00', '2024-01-14', 'a1',   '50% off',         'acme_corp'],
]

export const ITEM_ROWS: Row[] = ITEM_VALUES.map((values) => Object.fromEntries(ITEM_COLUMNS.map((column, index) => [column, values[index]])))

const SQLITE_TYPE: Record<string, string> = { integer: 'INTEGER', decimal: 'REAL' }

function createTable(db: Database.Database, table: TableInfo, rows: Row[]): void {
    const columns = Object.values(table.columns).map((column) => `"${column.name}" ${SQLITE_TYPE[column.type] ?? 'TEXT'}`)
    db.exec(`CREATE TABLE "${table.name}" (sys_id TEXT PRIMARY KEY, ${columns.join(', ')})`)
    const names = ['sys_id', ...Object.keys(table.columns)]
    const insert = db.prepare(`INSERT INTO "${table.name}" (${names.map((name) => `"${name}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
    for (const row of rows) insert.run(...names.map((name) => row[name] ?? null))
}

export function createFixtureDatabase(): Database.Database {
    const db = new Database(':memory:')
    createTable(db, ACCOUNT_TABLE, ACCOUNT_ROWS)
    createTable(db, ITEM_TABLE, ITEM_ROWS)
    return db
}

export function lookupFixtureRow(table: string, sysId: string): Row | undefined {
    const rows = table === ACCOUNT_TABLE.name ? ACCOUNT_ROWS : table === ITEM_TABLE.name ? ITEM_ROWS : []
    return rows.find((row) => row.sys_id === sysId)
}

export interface QueryCase {
    query: string
    /** Ids of the x_test_item rows the query must match, worked out by hand from the rows above. */
    expected: string[]
    why?: string
}

const ALL = ['r01', 'r02', 'r03', 'r04', 'r05', 'r06', 'r07', 'r08', 'r09', 'r10']

export const QUERY_CASES: QueryCase[] = [
    { query: '', expected: ALL, why: 'empty query matches everything' },
    { query: 'state=open', expected: ['r01', 'r05', 'r07'], why: 'equality is case-insensitive (r07 stores Open)' },
    { query: 'state=OPEN', expected: ['r01', 'r05', 'r07'] },
    { query: 'state!=open', expected: ['r02', 'r03', 'r06', 'r08', 'r10'], why: '!= skips empty state (r04, r09)' },
    { query: 'state=', expected: ['r04', 'r09'], why: 'equals nothing = is empty' },
    { query: 'state!=', expected: ['r01', 'r02', 'r03', 'r05', 'r06', 'r07', 'r08', 'r10'] },
    { query: 'stateISEMPTY', expected: ['r04', 'r09'] },
    { query: 'nameISEMPTY', expected: ['r06', 'r09'], why: "'' and NULL are both empty" },
    { query: 'nameISNOTEMPTY', expected: ['r01', 'r02', 'r03', 'r04', 'r05', 'r07', 'r08', 'r10'] },
    { query: 'nameEMPTYSTRING', expected: ['r06'], why: "only the stored '' " },
    { query: 'nameANYTHING', expected: ALL },
    { query: 'priority=2', expected: ['r02', 'r08'] },
    { query: 'priority>2', expected: ['r03', 'r04', 'r07', 'r10'], why: 'numeric, so 10 > 2' },
    { query: 'priority>=3', expected: ['r03', 'r04', 'r07', 'r10'] },
    { query: 'priority<2', expected: ['r01', 'r06'], why: 'empty priority is not less than 2' },
    { query: 'priority<=0', expected: ['r06'] },
    { query: 'priority!=2', expected: ['r01', 'r03', 'r04', 'r06', 'r07', 'r10'] },
    { query: 'priorityIN1,3,10', expected: ['r01', 'r03', 'r07', 'r10'] },
    { query: 'priorityNOT IN1,3', expected: ['r02', 'r04', 'r06', 'r07', 'r08'] },
    { query: 'priorityBETWEEN2@5', expected: ['r02', 'r03', 'r04', 'r08', 'r10'], why: 'inclusive bounds' },
    { query: 'amount>10', expected: ['r01', 'r02', 'r06', 'r08'] },
    { query: 'amount<0', expected: ['r04'] },
    { query: 'amount=10.5', expected: ['r01', 'r08'] },
    { query: 'amountBETWEEN0@5', expected: ['r03', 'r07', 'r10'] },
    { query: 'active=true', expected: ['r01', 'r03', 'r06', 'r07', 'r10'] },
    { query: 'active=1', expected: ['r01', 'r03', 'r06', 'r07', 'r10'], why: '1 means true' },
    { query: 'active=false', expected: ['r02', 'r04', 'r08'], why: 'empty boolean is not false' },
    { query: 'active!=true', expected: ['r02', 'r04', 'r08'] },
    { query: 'activeISEMPTY', expected: ['r05', 'r09'] },
    { query: 'active=false^ORactiveISEMPTY', expected: ['r02', 'r04', 'r05', 'r08', 'r09'] },
    { query: 'nameLIKEacme', expected: ['r01', 'r02', 'r10'], why: 'contains, case-insensitive' },
    { query: 'nameLIKEa%c', expected: [], why: '% is a literal, not a wildcard' },
    { query: 'nameLIKEe_c', expected: ['r10'], why: '_ is a literal (r01 "e C" must not match)' },
    { query: 'nameLIKE100%', expected: ['r03'] },
    { query: 'nameLIKE', expected: ['r01', 'r02', 'r03', 'r04', 'r05', 'r07', 'r08', 'r10'], why: 'empty needle: any non-empty value' },
    { query: 'nameNOTLIKEacme', expected: ['r03', 'r04', 'r05', 'r07', 'r08'], why: 'empty names are skipped' },
    { query: 'nameNOT LIKEacme', expected: ['r03', 'r04', 'r05', 'r07', 'r08'], why: 'platform spelling of NOTLIKE' },
    { query: 'nameSTARTSWITHac', expected: ['r01', 'r02', 'r10'] },
    { query: 'nameENDSWITHA', expected: ['r05', 'r08'] },
    { query: 'name>m', expected: ['r08'], why: 'text order, case-insensitive' },
    { query: 'name<b', expected: ['r01', 'r02', 'r10'] },
    { query: 'nameINAcme Corp,Zeta', expected: ['r01', 'r08'] },
    { query: 'notesLIKEcall back', expected: ['r01', 'r07'] },
    { query: 'notesLIKE: a=b', expected: ['r04'], why: 'value containing = and :' },
    { query: 'notes=urgent: a=b', expected: ['r04'], why: 'only the first = is the operator' },
    { query: 'notesLIKEÄbc', expected: ['r05'] },
    { query: 'notesLIKEäbc', expected: [], why: 'only ASCII is case-folded (documented difference)' },
    { query: 'notesNOTLIKEcall', expected: ['r04', 'r05', 'r06', 'r08', 'r10'] },
    { query: 'opened_at>2024-01-15 08:00:00', expected: ['r02', 'r05', 'r06', 'r07', 'r08'] },
    { query: 'opened_at>=2024-01-15', expected: ['r01', 'r02', 'r05', 'r06', 'r07', 'r08', 'r10'], why: 'date-only value = midnight' },
    { query: 'opened_at<2024-01-15 08:00:00', expected: ['r03'] },
    {
        query: "opened_atBETWEENjavascript:gs.dateGenerate('2024-01-01','start')@javascript:gs.dateGenerate('2024-02-29','end')",
        expected: ['r01', 'r06', 'r07', 'r10'],
    },
    { query: 'due<2024-02-01', expected: ['r04', 'r06', 'r10'] },
    { query: 'due=2024-06-30', expected: ['r05'] },
    { query: 'dueISEMPTY', expected: ['r03', 'r08', 'r09'] },
    { query: 'due>=2024-02-29^ORopened_at<2024-01-01', expected: ['r02', 'r03', 'r05', 'r07'] },
    { query: 'account=a1', expected: ['r01', 'r03', 'r10'] },
    { query: 'accountISEMPTY', expected: ['r04', 'r09'], why: 'a dangling reference is not empty' },
    { query: 'account.name=Acme', expected: ['r01', 'r03', 'r10'] },
    { query: 'account.name!=Acme', expected: ['r02', 'r05', 'r07', 'r08'] },
    { query: 'account.nameLIKElabs', expected: ['r02', 'r07'] },
    { query: 'account.tier>1', expected: ['r02', 'r07'] },
    { query: 'account.vip=true', expected: ['r01', 'r03', 'r10'] },
    { query: 'account.nameISEMPTY', expected: ['r04', 'r06', 'r09'], why: 'no account, or a dangling one' },
    { query: 'account.tierISEMPTY', expected: ['r04', 'r05', 'r06', 'r08', 'r09'] },
    { query: 'aliasSAMEASname', expected: ['r01', 'r02', 'r05', 'r07', 'r10'] },
    { query: 'aliasNSAMEASname', expected: ['r03', 'r08'], why: 'rows with an empty side are skipped' },
    { query: 'sys_id=r03', expected: ['r03'], why: 'system column not listed in TableInfo' },
    { query: 'sys_idINr01,r02^ORsys_id=r10', expected: ['r01', 'r02', 'r10'] },
    { query: 'state=closed^ORpriority=1', expected: ['r01', 'r02', 'r06', 'r10'] },
    { query: 'active=true^state=open^ORstate=pending', expected: ['r01', 'r03', 'r07'], why: 'a AND (b OR c): r08 is pending but inactive' },
    { query: 'state=open^active=true^NQpriority>=5', expected: ['r01', 'r04', 'r07'] },
    { query: 'priority>2^priority<10^NQname=delta', expected: ['r03', 'r04', 'r05', 'r10'] },
    { query: 'priority=2^EQ^priority=1', expected: ['r02', 'r08'], why: 'everything after ^EQ is ignored' },
    { query: 'priority=1^NQ', expected: ['r01'], why: 'an empty ^NQ group adds nothing' },
    { query: 'stateIN', expected: [], why: 'an empty IN list matches nothing' },
    { query: "name=x' OR '1'='1", expected: [], why: 'values are parameters, never SQL' },
]
