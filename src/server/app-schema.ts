/**
 * The app's own tables, columns and system properties, by name. Fluent definitions and Glide adapters
 * both use these so a rename happens in one place.
 */
export const SCOPE = 'x_oal_lifecycle'

export const RULE_TABLE = 'x_oal_lifecycle_rule'
export const EVENT_TABLE = 'x_oal_lifecycle_event'
export const STAGE_TABLE = 'x_oal_lifecycle_stage'

/** Columns the app adds to customer_account. */
export const ACCOUNT_APP_FIELDS = {
    state: 'x_oal_lifecycle_state',
    stage: 'x_oal_lifecycle_stage',
    stateSince: 'x_oal_lifecycle_state_since',
    stageSince: 'x_oal_lifecycle_stage_since',
    pinnedUntil: 'x_oal_lifecycle_pinned_until',
    pinReason: 'x_oal_lifecycle_pin_reason',
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
} as const

export const STAGE_FIELDS = {
    account: 'account',
    stage: 'stage',
    startedAt: 'started_at',
    endedAt: 'ended_at',
    duration: 'duration',
    current: 'current',
    openedBy: 'opened_by',
} as const

export const PROPERTIES = {
    enabled: 'x_oal_lifecycle.enabled',
    dryRun: 'x_oal_lifecycle.dry_run',
    logLevel: 'x_oal_lifecycle.log_level',
    inServiceStates: 'x_oal_lifecycle.inventory.in_service_states',
    suspendedStates: 'x_oal_lifecycle.inventory.suspended_states',
    notYetStates: 'x_oal_lifecycle.inventory.not_yet_states',
    exportMaxRows: 'x_oal_lifecycle.export.max_rows',
} as const

export const ROLES = {
    admin: 'x_oal_lifecycle.admin',
    agent: 'x_oal_lifecycle.agent',
} as const
