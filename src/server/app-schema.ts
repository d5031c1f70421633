/**
 * The app's own tables, columns and system properties, by name. Fluent definitions and Glide adapters
 * both use these so a rename happens in one place.
 */
export const SCOPE = 'x_oal_lifecycle'

export const RULE_TABLE = 'x_oal_lifecycle_rule'
export const EVENT_TABLE = 'x_oal_lifecycle_event'
export const STAGE_TABLE = 'x_oal_lifecycle_stage'
/** Reason → churn type mapping (admin-editable). */
export const REASON_TABLE = 'x_oal_lifecycle_reason'

/** Columns the app adds to customer_account. */
export const ACCOUNT_APP_FIELDS = {
    state: 'x_oal_lifecycle_state',
    stage: 'x_oal_lifecycle_stage',
    stateSince: 'x_oal_lifecycle_state_since',
    stageSince: 'x_oal_lifecycle_stage_since',
    pinnedUntil: 'x_oal_lifecycle_pinned_until',
    pinReason: 'x_oal_lifecycle_pin_reason',
} as const

/** The account's signal columns (pending change, last churn, missed target), by AccountSignals field. */
export const ACCOUNT_SIGNAL_FIELDS = {
    pendingChange: 'x_oal_lifecycle_pending_change',
    pendingOrderId: 'x_oal_lifecycle_pending_order',
    pendingDue: 'x_oal_lifecycle_pending_due',
    pendingSince: 'x_oal_lifecycle_pending_since',
    churnedAt: 'x_oal_lifecycle_churned_at',
    overdueSince: 'x_oal_lifecycle_overdue_since',
    overdueRuleId: 'x_oal_lifecycle_overdue_rule',
} as const

/** Mapping-rule columns: defined by the core, which validates rules by column name. */
export { RULE_FIELDS } from './lifecycle/model.ts'

export const EVENT_FIELDS = {
    eventKey: 'event_key',
    account: 'account',
    order: 'order',
    lineItem: 'line_item',
    source: 'source',
    action: 'action',
    milestone: 'milestone',
    outcome: 'outcome',
    stateRule: 'state_rule',
    stageRule: 'stage_rule',
    stateFrom: 'state_from',
    stateTo: 'state_to',
    stageFrom: 'stage_from',
    stageTo: 'stage_to',
    explanation: 'explanation',
    occurredAt: 'occurred_at',
    recordedAt: 'recorded_at',
    actor: 'actor',
    sequence: 'sequence',
    dependsOnServices: 'depends_on_services',
    actionReason: 'action_reason',
    churnType: 'churn_type',
    movement: 'movement',
} as const

/** Reason-mapping columns: defined by the core, which validates mappings by column name. */
export { REASON_FIELDS } from './lifecycle/reasons.ts'

export const STAGE_FIELDS = {
    account: 'account',
    stage: 'stage',
    startedAt: 'started_at',
    endedAt: 'ended_at',
    duration: 'duration',
    current: 'current',
    openedBy: 'opened_by',
    overdueSince: 'overdue_since',
} as const

export const PROPERTIES = {
    enabled: 'x_oal_lifecycle.enabled',
    dryRun: 'x_oal_lifecycle.dry_run',
    logLevel: 'x_oal_lifecycle.log_level',
    inServiceStates: 'x_oal_lifecycle.inventory.in_service_states',
    suspendedStates: 'x_oal_lifecycle.inventory.suspended_states',
    notYetStates: 'x_oal_lifecycle.inventory.not_yet_states',
    notifyStates: 'x_oal_lifecycle.notify.states',
    notifyRecipients: 'x_oal_lifecycle.notify.recipients',
    rollupStatePolicy: 'x_oal_lifecycle.rollup.state_policy',
    rollupStagePolicy: 'x_oal_lifecycle.rollup.stage_policy',
    exportMaxRows: 'x_oal_lifecycle.export.max_rows',
} as const

export const ROLES = {
    admin: 'x_oal_lifecycle.admin',
    agent: 'x_oal_lifecycle.agent',
} as const
