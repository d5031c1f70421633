/**
 * The idempotency key of an order lifecycle event. The order-level and line-level business rules both
 * derive it from the same three facts, so one real-world change is recorded once (unique index).
 */
import type { Action, Milestone } from './model.ts'

export function eventKey(orderId: string, action: Action, milestone: Milestone): string {
    return `${orderId}:${action}:${milestone}`
}
