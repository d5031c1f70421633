/**
 * The app's domain vocabulary: the two account axes, order lifecycle events and mapping rules.
 * Pure data and types only — no Glide imports — so the engine, the adapters, the Fluent choice lists
 * and the tests all share one definition of every stored value.
 */

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
 * Which situations a rule applies to, given the account's other services.
 * - any: always.
 * - last_active_service: only when no other service of the account stays in service after this event
 *   (for disconnect: neither active nor suspended; otherwise: not active).
 * - first_order: only when the account has no other completed order and no service in service.
 */
export const RULE_SCOPES = ['any', 'last_active_service', 'first_order'] as const
export type RuleScope = (typeof RULE_SCOPES)[number]

/** Event attributes a rule condition may test. Values come from the order or its lines. */
export const CONDITION_FIELDS = ['product_offering', 'channel', 'order_category'] as const
export type ConditionField = (typeof CONDITION_FIELDS)[number]

/** Operators a rule condition may use; `in`/`not_in` take a comma-separated list. */
export const CONDITION_OPERATORS = ['is', 'is_not', 'in', 'not_in'] as const
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number]

/** Where an evaluated event came from. */
export const EVENT_SOURCES = ['order', 'line_item', 'replay', 'schedule', 'manual'] as const
export type EventSource = (typeof EVENT_SOURCES)[number]

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
    /** Sold products / inventory the event's lines act on (excluded from the account facts). */
    serviceIds: string[]
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
}

/** Facts about the account's other services and orders, excluding the ones this event acts on. */
export interface AccountFacts {
    activeServices: number
    suspendedServices: number
    completedOrders: number
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
}
