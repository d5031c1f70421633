/**
 * Human labels for the app's stored values. Explanations, rule summaries and validation messages show
 * these, never the raw values; Fluent choice lists may reuse them so the UI and the timeline agree.
 */
import type {
    AccountState,
    Action,
    ChurnType,
    ConditionField,
    ConditionOperator,
    EventSource,
    Milestone,
    Movement,
    Outcome,
    PendingChange,
    RuleScope,
    Stage,
} from './model.ts'

export const ACTION_LABELS: Readonly<Record<Action, string>> = {
    place: 'Place',
    modify: 'Modify',
    suspend: 'Suspend',
    resume: 'Resume',
    disconnect: 'Disconnect',
    cancel: 'Cancel',
}

export const MILESTONE_LABELS: Readonly<Record<Milestone, string>> = {
    submitted: 'Submitted',
    in_progress: 'In progress',
    completed: 'Completed',
    canceled: 'Canceled',
    rejected: 'Rejected',
}

export const STATE_LABELS: Readonly<Record<AccountState, string>> = {
    prospect: 'Prospect',
    pending: 'Pending',
    active: 'Active',
    suspended: 'Suspended',
    inactive: 'Inactive',
    closed: 'Closed',
}

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
    onboarding: 'Onboarding',
    engagement: 'Engagement',
    adoption: 'Adoption',
    monitoring: 'Monitoring',
    expansion: 'Expansion',
}

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
    applied: 'Applied',
    no_change: 'No change',
    no_matching_rule: 'No matching rule',
    blocked_by_guard: 'Blocked by guard',
    pinned: 'Pinned',
    dry_run: 'Dry run',
    error: 'Error',
}

export const SCOPE_LABELS: Readonly<Record<RuleScope, string>> = {
    any: 'Any',
    no_service_left: 'No service left',
    only_suspended_left: 'Only suspended services left',
    services_grow: 'Services grow',
    first_order: 'First order',
    last_active_service: 'Last active service (legacy)',
}

export const CONDITION_FIELD_LABELS: Readonly<Record<ConditionField, string>> = {
    product_offering: 'Product offering',
    channel: 'Channel',
    order_category: 'Order category',
    action_reason: 'Action reason',
    churn_type: 'Churn type',
}

export const CONDITION_OPERATOR_LABELS: Readonly<Record<ConditionOperator, string>> = {
    is: 'is',
    is_not: 'is not',
    in: 'is one of',
    not_in: 'is not one of',
}

export const SOURCE_LABELS: Readonly<Record<EventSource, string>> = {
    order: 'Order',
    line_item: 'Line item',
    replay: 'Replay',
    schedule: 'Schedule',
    manual: 'Manual',
    recheck: 'Re-check',
    rollup: 'Hierarchy roll-up',
}

export const CHURN_TYPE_LABELS: Readonly<Record<ChurnType, string>> = {
    voluntary: 'Voluntary',
    involuntary: 'Involuntary',
    migration: 'Migration',
    other: 'Other',
}

export const MOVEMENT_LABELS: Readonly<Record<Movement, string>> = {
    new: 'New',
    expansion: 'Expansion',
    contraction: 'Contraction',
    churn: 'Churn',
    reactivation: 'Reactivation',
}

export const PENDING_CHANGE_LABELS: Readonly<Record<PendingChange, string>> = {
    churn: 'Churn pending',
    suspension: 'Suspension pending',
}

export const REASON_MATCH_LABELS: Readonly<Record<'exact' | 'contains', string>> = {
    exact: 'Is',
    contains: 'Contains',
}

/** Shown where an account axis has never been set by the app. */
export const NOT_SET_LABEL = 'Not set'

export function stateLabel(state: AccountState | ''): string {
    return state === '' ? NOT_SET_LABEL : STATE_LABELS[state]
}

export function stageLabel(stage: Stage | ''): string {
    return stage === '' ? NOT_SET_LABEL : STAGE_LABELS[stage]
}

/** `Suspend × Completed`: how an event type (and a rule's trigger) reads in text. */
export function eventTypeLabel(action: Action, milestone: Milestone): string {
    return `${ACTION_LABELS[action]} × ${MILESTONE_LABELS[milestone]}`
}
