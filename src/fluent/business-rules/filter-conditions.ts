/**
 * Encoded filter conditions of the Order Management business rules. The Fluent build reads them
 * statically and cannot evaluate a function call (a `.join()` silently becomes "Symbol(CallExpressionShape)"),
 * so they are string literals here; test/unit/glide/business-rule-filters.test.ts derives the same strings
 * from om-model.ts and fails when a state or action value there changes without this file.
 */

/** Line item: state changed into a milestone state, and the line does something (not `no-change`). */
export const LINE_STATE_CHANGE_FILTER =
    'stateVALCHANGES^stateINnew,submitted,acknowledged,in_progress,completed,rejected,assessing_cancellation,cancellation_in_progress,canceled,cancelled^action!=no-change'

/** Customer order: state changed into a milestone state. */
export const ORDER_STATE_CHANGE_FILTER =
    'stateVALCHANGES^stateINnew,submitted,acknowledged,in_progress,completed,rejected,assessing_cancellation,cancellation_in_progress,canceled,cancelled'
