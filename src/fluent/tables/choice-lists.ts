/**
 * Choice lists for the domain's stored values. The Fluent build reads choices statically (it cannot
 * evaluate a function call), so each list is an object literal; its `Record<Type, ChoiceEntry>` annotation makes the
 * type check fail if a value is added to, removed from or misspelt against the constant arrays in
 * src/server/lifecycle/model.ts. Labels are the value in words with a capital first letter; sequence
 * follows the array order (stages are in lifecycle order, so the dropdown is too).
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
} from '../../server/lifecycle/model'

interface ChoiceEntry {
    label: string
    sequence: number
}

export const ACTION_CHOICES: Record<Action, ChoiceEntry> = {
    place: { label: 'Place', sequence: 10 },
    modify: { label: 'Modify', sequence: 20 },
    suspend: { label: 'Suspend', sequence: 30 },
    resume: { label: 'Resume', sequence: 40 },
    disconnect: { label: 'Disconnect', sequence: 50 },
    cancel: { label: 'Cancel', sequence: 60 },
}

export const MILESTONE_CHOICES: Record<Milestone, ChoiceEntry> = {
    submitted: { label: 'Submitted', sequence: 10 },
    in_progress: { label: 'In progress', sequence: 20 },
    completed: { label: 'Completed', sequence: 30 },
    canceled: { label: 'Canceled', sequence: 40 },
    rejected: { label: 'Rejected', sequence: 50 },
}

export const ACCOUNT_STATE_CHOICES: Record<AccountState, ChoiceEntry> = {
    prospect: { label: 'Prospect', sequence: 10 },
    pending: { label: 'Pending', sequence: 20 },
    active: { label: 'Active', sequence: 30 },
    suspended: { label: 'Suspended', sequence: 40 },
    inactive: { label: 'Inactive', sequence: 50 },
    closed: { label: 'Closed', sequence: 60 },
}

export const STAGE_CHOICES: Record<Stage, ChoiceEntry> = {
    onboarding: { label: 'Onboarding', sequence: 10 },
    engagement: { label: 'Engagement', sequence: 20 },
    adoption: { label: 'Adoption', sequence: 30 },
    monitoring: { label: 'Monitoring', sequence: 40 },
    expansion: { label: 'Expansion', sequence: 50 },
}

export const OUTCOME_CHOICES: Record<Outcome, ChoiceEntry> = {
    applied: { label: 'Applied', sequence: 10 },
    no_change: { label: 'No change', sequence: 20 },
    no_matching_rule: { label: 'No matching rule', sequence: 30 },
    blocked_by_guard: { label: 'Blocked by guard', sequence: 40 },
    pinned: { label: 'Pinned', sequence: 50 },
    dry_run: { label: 'Dry run', sequence: 60 },
    error: { label: 'Error', sequence: 70 },
}

export const RULE_SCOPE_CHOICES: Record<RuleScope, ChoiceEntry> = {
    any: { label: 'Any', sequence: 10 },
    no_service_left: { label: 'No service left', sequence: 20 },
    only_suspended_left: { label: 'Only suspended services left', sequence: 30 },
    services_grow: { label: 'Services grow', sequence: 40 },
    first_order: { label: 'First order', sequence: 50 },
    last_active_service: { label: 'Last active service (legacy)', sequence: 60 },
}

export const CONDITION_FIELD_CHOICES: Record<ConditionField, ChoiceEntry> = {
    product_offering: { label: 'Product offering', sequence: 10 },
    channel: { label: 'Channel', sequence: 20 },
    order_category: { label: 'Order category', sequence: 30 },
    action_reason: { label: 'Action reason', sequence: 40 },
    churn_type: { label: 'Churn type', sequence: 50 },
}

export const CONDITION_OPERATOR_CHOICES: Record<ConditionOperator, ChoiceEntry> = {
    is: { label: 'is', sequence: 10 },
    is_not: { label: 'is not', sequence: 20 },
    in: { label: 'is one of', sequence: 30 },
    not_in: { label: 'is not one of', sequence: 40 },
}

export const EVENT_SOURCE_CHOICES: Record<EventSource, ChoiceEntry> = {
    order: { label: 'Order', sequence: 10 },
    line_item: { label: 'Line item', sequence: 20 },
    replay: { label: 'Replay', sequence: 30 },
    schedule: { label: 'Schedule', sequence: 40 },
    manual: { label: 'Manual', sequence: 50 },
    recheck: { label: 'Re-check', sequence: 60 },
    rollup: { label: 'Hierarchy roll-up', sequence: 70 },
}

export const CHURN_TYPE_CHOICES: Record<ChurnType, ChoiceEntry> = {
    voluntary: { label: 'Voluntary', sequence: 10 },
    involuntary: { label: 'Involuntary', sequence: 20 },
    migration: { label: 'Migration', sequence: 30 },
    other: { label: 'Other', sequence: 40 },
}

export const MOVEMENT_CHOICES: Record<Movement, ChoiceEntry> = {
    new: { label: 'New', sequence: 10 },
    expansion: { label: 'Expansion', sequence: 20 },
    contraction: { label: 'Contraction', sequence: 30 },
    churn: { label: 'Churn', sequence: 40 },
    reactivation: { label: 'Reactivation', sequence: 50 },
}

export const PENDING_CHANGE_CHOICES: Record<PendingChange, ChoiceEntry> = {
    churn: { label: 'Churn pending', sequence: 10 },
    suspension: { label: 'Suspension pending', sequence: 20 },
}

export const REASON_MATCH_CHOICES: Record<'exact' | 'contains', ChoiceEntry> = {
    exact: { label: 'Is', sequence: 10 },
    contains: { label: 'Contains', sequence: 20 },
}
