/** Names of the recalculation's own tables and columns (defined in src/fluent/recalculation). */
export const TIME_RULE_TABLE = 'x_oal_lifecycle_time_rule'
export const RECALC_TABLE = 'x_oal_lifecycle_recalc'

export const TIME_RULE_FIELDS = {
    name: 'name',
    active: 'active',
    order: 'order',
    measure: 'measure',
    inState: 'in_state',
    inStage: 'in_stage',
    afterDays: 'after_days',
    targetState: 'target_state',
    targetStage: 'target_stage',
    allowBackward: 'allow_backward',
} as const

export const RECALC_FIELDS = {
    mode: 'mode',
    accountTable: 'account_table',
    condition: 'condition',
    state: 'state',
    total: 'total',
    processed: 'processed',
    changed: 'changed',
    skipped: 'skipped',
    errors: 'errors',
    started: 'started',
    finished: 'finished',
    cursor: 'cursor',
    log: 'log',
    heartbeat: 'heartbeat',
    asOf: 'as_of',
} as const

export const RECALC_MODES = ['dry_run', 'apply'] as const
export type RecalcMode = (typeof RECALC_MODES)[number]
export const RECALC_STATES = ['pending', 'running', 'completed', 'failed'] as const

/** Accounts per batch: small enough that one batch's writes stay well inside a transaction's time budget. */
export const BATCH_SIZE = 50

/** A running request whose heartbeat is older than this is taken for dead and resumed (a batch takes seconds). */
export const STALE_AFTER_MINUTES = 15
