/**
 * Human labels for the app's stored values. Explanations, rule summaries and validation messages show
 * these, never the raw values; Fluent choice lists may reuse them so the UI and the timeline agree.
 */
import type {
    AccountState,
    Action,
    ConditionField,
    ConditionOperator,
    Milestone,
    Outcome,
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
    in_progress: 'In Progress',
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
    no_change: 'No Change',
    no_matching_rule: 'No Matching Rule',
    blocked_by_guard: 'Blocked By Guard',
    pinned: 'Pinned',
    dry_run: 'Dry Run',
    error: 'Error',
}

export const SCOPE_LABELS: Readonly<Record<RuleScope, string>> = {
    any: 'Any',
    last_active_service: 'Last Active Service',
    first_order: 'First Order',
}

export const CONDITION_FIELD_LABELS: Readonly<Record<ConditionField, string>> = {
    product_offering: 'Product Offering',
    channel: 'Channel',
    order_category: 'Order Category',
}

export const CONDITION_OPERATOR_LABELS: Readonly<Record<ConditionOperator, string>> = {
    is: 'is',
    is_not: 'is not',
    in: 'is one of',
    not_in: 'is not one of',
}

/** Shown where an account axis has never been set by the app. */
export const NOT_SET_LABEL = 'Not Set'

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
