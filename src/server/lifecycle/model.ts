/**
 * The app's domain vocabulary: the two account axes, order lifecycle events and mapping rules.
 * Pure data and types only — no Glide imports — so the engine, the adapters, the Fluent choice lists
 * and the tests all share one definition of every stored value.
 */

/**
 * The stored value as one of a value list, or '' when it is not one of them: a value the app does not know (a
 * removed choice, hand-typed data) reads as "not set" rather than breaking the guards.
 */
export function oneOf<T extends string>(allowed: readonly T[], value: string): T | '' {
    return (allowed as readonly string[]).indexOf(value) >= 0 ? (value as T) : ''
}

/** What an order does to the customer's services. Derived from Order Management line actions. */
export const ACTIONS = ['place', 'modify', 'suspend', 'resume', 'disconnect', 'cancel'] as const
export type Action = (typeof ACTIONS)[number]

/** How far an order (or line) has got. Derived from Order Management states. */
export const MILESTONES = ['submitted', 'in_progress', 'completed', 'canceled', 'rejected'] as const
export type Milestone = (typeof MILESTONES)[number]

/** The account's commercial state (axis 1). */
export const ACCOUNT_STATES = ['prospect', 'pending', 'active', 'suspended', 'inactive', 'closed'] as const
export type AccountState = (typeof ACCOUNT_STATES)[number]

/** The account's customer-success lifecycle stage (axis 2), in forward order. */
export const STAGES = ['onboarding', 'engagement', 'adoption', 'monitoring', 'expansion'] as const
export type Stage = (typeof STAGES)[number]

/** The result of evaluating one event, as recorded on the timeline. */
export const OUTCOMES = [
    'applied',
    'no_change',
    'no_matching_rule',
    'blocked_by_guard',
    'pinned',
    'dry_run',
    'error',
] as const
export type Outcome = (typeof OUTCOMES)[number]

/**
 * Which situations a rule applies to, judged on the account's services AFTER the order (docs/RULE-SEMANTICS.md):
 * in-service inventory, minus this order's disconnects and suspends, plus its adds and resumes.
 * - any: always.
 * - no_service_left: after the order nothing is in service or suspended (the customer has no service).
 * - only_suspended_left: after the order nothing is in service but at least one service is suspended.
 * - services_grow: the order leaves more services in service than the account had before it.
 * - first_order: before the order the account had no completed order and no service in service or suspended.
 * - last_active_service: kept for rules saved by earlier versions; for disconnect it means no_service_left,
 *   for every other action "nothing in service after the order".
 */
export const RULE_SCOPES = ['any', 'no_service_left', 'only_suspended_left', 'services_grow', 'first_order', 'last_active_service'] as const
export type RuleScope = (typeof RULE_SCOPES)[number]

/** Columns of the mapping-rule table (x_oal_lifecycle_rule); validation messages name them. */
export const RULE_FIELDS = {
    name: 'name',
    active: 'active',
    order: 'order',
    action: 'action',
    milestone: 'milestone',
    conditionField: 'condition_field',
    conditionOperator: 'condition_operator',
    conditionValue: 'condition_value',
    fromState: 'from_state',
    targetState: 'target_state',
    targetStage: 'target_stage',
    scope: 'scope',
    allowBackward: 'allow_backward',
    stopProcessing: 'stop_processing',
    description: 'description',
} as const

/**
 * Event attributes a rule condition may test. Values come from the order or its lines; `action_reason` is the
 * lines' action reason (why a service is disconnected, say) and `churn_type` what the admin's reason mapping
 * makes of it (signals.ts).
 */
export const CONDITION_FIELDS = ['product_offering', 'channel', 'order_category', 'action_reason', 'churn_type'] as const
export type ConditionField = (typeof CONDITION_FIELDS)[number]

/** Operators a rule condition may use; `in`/`not_in` take a comma-separated list. */
export const CONDITION_OPERATORS = ['is', 'is_not', 'in', 'not_in'] as const
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number]

/** Where an evaluated event came from (`rollup`: a child account's change rolled up to its parent). */
export const EVENT_SOURCES = ['order', 'line_item', 'replay', 'schedule', 'manual', 'recheck', 'rollup'] as const
export type EventSource = (typeof EVENT_SOURCES)[number]

/** Why a customer left or shrank, as an admin's reason mapping classifies the lines' action reason. */
export const CHURN_TYPES = ['voluntary', 'involuntary', 'migration', 'other'] as const
export type ChurnType = (typeof CHURN_TYPES)[number]

/** What an order's completion did to the customer's recurring business (movement.ts). */
export const MOVEMENTS = ['new', 'expansion', 'contraction', 'churn', 'reactivation'] as const
export type Movement = (typeof MOVEMENTS)[number]

/** A change in flight that will take every service away (pending.ts). */
export const PENDING_CHANGES = ['churn', 'suspension'] as const
export type PendingChange = (typeof PENDING_CHANGES)[number]

/**
 * What the app knows about the account beyond its two axes, kept on the account (blank = not set): a pending
 * churn or suspension and the order and due date it comes from, when it last churned, and a missed
 * time-in-stage target.
 */
export interface AccountSignals {
    pendingChange: PendingChange | ''
    pendingOrderId: string
    /** The order's committed due date (blank when the order has none). */
    pendingDue: string
    pendingSince: string
    /** When the customer last churned (nothing left in service); kept after a reactivation. */
    churnedAt: string
    /** When the current stage missed its time-in-stage target (blank = on target). */
    overdueSince: string
    /** The time rule whose target was missed. */
    overdueRuleId: string
}

export const NO_SIGNALS: Readonly<AccountSignals> = {
    pendingChange: '',
    pendingOrderId: '',
    pendingDue: '',
    pendingSince: '',
    churnedAt: '',
    overdueSince: '',
    overdueRuleId: '',
}

/** The account's signals, blank when it carries none (fixtures and accounts never touched by this version). */
export function signalsOf(account: { signals?: AccountSignals }): AccountSignals {
    return account.signals ?? NO_SIGNALS
}

/** A mapping rule as the engine sees it (read from x_oal_lifecycle_rule). Blank strings mean "not set". */
export interface MappingRule {
    id: string
    name: string
    active: boolean
    order: number
    action: Action
    milestone: Milestone
    conditionField: ConditionField | ''
    conditionOperator: ConditionOperator | ''
    conditionValue: string
    /** The rule only matches when the account is currently in this state. */
    fromState: AccountState | ''
    targetState: AccountState | ''
    targetStage: Stage | ''
    scope: RuleScope
    allowBackward: boolean
    stopProcessing: boolean
}

/** What an order does to one service: the sold product it acts on (or, for a new service without one yet, its add line). */
export interface ServiceEffect {
    serviceId: string
    /** The line's action: place (add), modify (change), suspend, resume or disconnect (delete). */
    action: Action
}

/** One order lifecycle event: an order (or line) reached a milestone for an action. */
export interface OrderEvent {
    /** Idempotency key: the same real-world change always yields the same key. */
    key: string
    source: EventSource
    accountId: string
    orderId: string
    orderNumber: string
    /** Set when the event came from a line item. */
    lineItemId: string
    action: Action
    milestone: Milestone
    /** When the change happened, `YYYY-MM-DD HH:mm:ss` UTC (Glide date-time format). */
    occurredAt: string
    /** Values rule conditions may test (product offering sys_id, channel, order category). */
    attributes: Partial<Record<ConditionField, string>>
    /**
     * What the WHOLE order does to the account's services (every line still in effect, whatever its action),
     * so the event is judged on the services after the order. Empty for a withdrawn (canceled or rejected)
     * order: it changes no service.
     */
    effects: ServiceEffect[]
    /** The distinct non-blank action reasons of the lines the event reports, sorted (absent = none). */
    reasons?: string[]
    /**
     * Change of the recurring charges the order makes (added and resumed lines minus disconnected and suspended
     * ones); null or absent when a line acting on a service has no charge (the instance does not keep them).
     */
    chargeDelta?: number | null
    /** The order's committed due date, when it has one (a pending churn is due then). */
    dueDate?: string
}

/** The account as it is before the event. Blank state/stage = never set by the app. */
export interface AccountSnapshot {
    id: string
    name: string
    state: AccountState | ''
    stage: Stage | ''
    /** Automatic changes are ignored while occurredAt < pinnedUntil. */
    pinnedUntil: string
    pinReason: string
    /** Pending change, last churn, missed target (absent = none). */
    signals?: AccountSignals
}

/** The account plus when it entered its current state and stage (blank = unknown). */
export interface TimedAccount extends AccountSnapshot {
    stateSince: string
    stageSince: string
}

/** Services counted by what they mean to the account. */
export interface ServiceCounts {
    inService: number
    suspended: number
}

/**
 * What the adapter counts for an event: the account's services the order does NOT act on (by the meaning of
 * their inventory state), and the account's other completed orders. Each part is read only when a rule the
 * event meets needs it (factsNeeded); null = not read.
 */
export interface AccountFacts {
    others: ServiceCounts | null
    completedOrders: number | null
}

/** What the engine decided for one event. */
export interface Decision {
    outcome: Outcome
    stateFrom: AccountState | ''
    stateTo: AccountState | ''
    stageFrom: Stage | ''
    stageTo: Stage | ''
    /** The rule that decided the state axis (blank when none). */
    stateRuleId: string
    /** The rule that decided the stage axis (blank when none). */
    stageRuleId: string
    /** Human explanation of the outcome, including why nothing changed. */
    explanation: string
    /**
     * True when a rule's verdict depended on the account's other services: the decision could differ once
     * other orders' changes reach the inventory, so the account is re-checked (docs/EVENT-MODEL.md).
     */
    dependsOnServices: boolean
    /** The lines' action reasons (joined with "; ") and the churn type the reason mapping gives them. */
    actionReason?: string
    churnType?: ChurnType | ''
    /** The revenue movement of the order's completion (movement.ts); blank when it moved nothing. */
    movement?: Movement | ''
    /** Sets or withdraws the account's pending churn or suspension (pending.ts). */
    pending?: PendingSignal | null
    /** A time-in-stage target this evaluation found missed (time-rules.ts). */
    overdue?: { ruleId: string; since: string } | null
}

/** What a decision does to the account's pending change. */
export type PendingSignal =
    | { kind: 'set'; change: PendingChange; orderId: string; due: string; since: string }
    | { kind: 'clear'; orderId: string; why: 'completed' | 'withdrawn' }
