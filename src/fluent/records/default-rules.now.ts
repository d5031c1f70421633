import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/*
 * Default mapping rules shipped with the app (docs/DEFAULT-RULES.md explains each one).
 * Semantics (docs/RULE-SEMANTICS.md): only active rules for the event's action × milestone are considered, in
 * ascending order; the first matching rule with a target state decides the state, the first with a target
 * stage decides the stage. The Record API does not apply column defaults, so every flag is set explicitly.
 * The Now.ID keys are permanent: renaming one would orphan the installed rule and ship a duplicate.
 */

// A prospect placed an order: the account is now pending and its customer-success journey starts.
Record({
    $id: Now.ID['default-rule-place-submitted'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'Order placed: pending, onboarding',
        active: true,
        order: 100,
        action: 'place',
        milestone: 'submitted',
        from_state: 'prospect',
        target_state: 'pending',
        target_stage: 'onboarding',
        scope: 'any',
        allow_backward: false,
        stop_processing: false,
        description:
            'When a prospect (or an account the app has never set) submits an order, the account becomes Pending and enters the Onboarding stage. It applies only to prospects: an existing customer placing another order matches no submission rule and keeps its state and stage, so repeat orders never restart onboarding.',
    },
})

// A former (inactive) customer placed a new order: a win-back, so the account is pending and onboarded again.
Record({
    $id: Now.ID['default-rule-place-submitted-win-back'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'Win-back order placed: pending, onboarding',
        active: true,
        order: 150,
        action: 'place',
        milestone: 'submitted',
        from_state: 'inactive',
        target_state: 'pending',
        target_stage: 'onboarding',
        scope: 'any',
        allow_backward: true,
        stop_processing: false,
        description:
            'When an Inactive account submits a new order, the customer is coming back: the account becomes Pending and restarts at the Onboarding stage. Going back to Onboarding from a later stage is a backward stage move, which this rule allows explicitly.',
    },
})

// An already-active customer completed another order that adds services: that is growth, so the stage moves to expansion.
// Evaluated before the plain "order completed" rule; it sets only the stage, so the state rule still applies.
Record({
    $id: Now.ID['default-rule-place-completed-expansion'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'Additional order completed: expansion',
        active: true,
        order: 200,
        action: 'place',
        milestone: 'completed',
        from_state: 'active',
        target_stage: 'expansion',
        scope: 'services_grow',
        allow_backward: false,
        stop_processing: false,
        description:
            'When an order that adds services completes for an account that is already Active, the customer is buying more: the lifecycle stage moves to Expansion. A first order does not match (the account is still Pending), so a new customer stays in Onboarding.',
    },
})

// The order was fulfilled: the account is an active customer.
Record({
    $id: Now.ID['default-rule-place-completed-active'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'Order completed: active',
        active: true,
        order: 300,
        action: 'place',
        milestone: 'completed',
        target_state: 'active',
        scope: 'any',
        allow_backward: false,
        stop_processing: false,
        description:
            'When a placed order completes, the account becomes Active (from Pending, or from Inactive for a returning customer). The stage is left as it is: Onboarding for a new customer, or Expansion set by the rule before this one.',
    },
})

// An active customer's migration or change that leaves it with more services in service: growth, so expansion.
Record({
    $id: Now.ID['default-rule-modify-completed-expansion'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'Services grow with a change: expansion',
        active: true,
        order: 400,
        action: 'modify',
        milestone: 'completed',
        from_state: 'active',
        target_stage: 'expansion',
        scope: 'services_grow',
        allow_backward: false,
        stop_processing: false,
        description:
            'When a modification (a change order, or a migration that adds and disconnects services in one order) completes for an Active account and leaves it with more services in service than before, the lifecycle stage moves to Expansion. A like-for-like swap or a plain change keeps the number of services and is not Expansion; copy this rule with scope Any and a product offering condition if changes to certain offerings should count as growth.',
    },
})

// The last service still active was suspended: the whole account is suspended.
Record({
    $id: Now.ID['default-rule-suspend-completed-last'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'Last active service suspended: suspended',
        active: true,
        order: 500,
        action: 'suspend',
        milestone: 'completed',
        target_state: 'suspended',
        scope: 'only_suspended_left',
        allow_backward: false,
        stop_processing: false,
        description:
            'When a suspend order completes and, after it, no service of the account is in service (only suspended ones), the account becomes Suspended. Suspending one of several services in service leaves the account Active.',
    },
})

// A suspended account got a service back: it is active again.
Record({
    $id: Now.ID['default-rule-resume-completed'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'Service resumed: active',
        active: true,
        order: 600,
        action: 'resume',
        milestone: 'completed',
        from_state: 'suspended',
        target_state: 'active',
        scope: 'any',
        allow_backward: false,
        stop_processing: false,
        description:
            'When a resume order completes for a Suspended account, the account becomes Active again. Resuming a service of an account that is still Active changes nothing.',
    },
})

// The last service in service was disconnected: the customer has left.
Record({
    $id: Now.ID['default-rule-disconnect-completed-last'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'Last service disconnected: inactive',
        active: true,
        order: 700,
        action: 'disconnect',
        milestone: 'completed',
        target_state: 'inactive',
        scope: 'no_service_left',
        allow_backward: false,
        stop_processing: false,
        description:
            'When a disconnect order completes and, after it, the account has no service in service or suspended, the account becomes Inactive. Disconnecting one of several services leaves the account as it is; an order that adds a new service while disconnecting the old one (a migration) is a modification, not a disconnect.',
    },
})

// The last service in service was disconnected while others are suspended: the customer is suspended, not gone.
Record({
    $id: Now.ID['default-rule-disconnect-completed-only-suspended'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'Only suspended services left: suspended',
        active: true,
        order: 710,
        action: 'disconnect',
        milestone: 'completed',
        from_state: 'active',
        target_state: 'suspended',
        scope: 'only_suspended_left',
        allow_backward: false,
        stop_processing: false,
        description:
            'When a disconnect order completes for an Active account and, after it, no service is in service but some are suspended, the account becomes Suspended: the customer keeps services but none works now.',
    },
})

// The customer's first order was canceled before fulfillment: back to prospect.
Record({
    $id: Now.ID['default-rule-cancel-first-order'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'First order canceled: prospect',
        active: true,
        order: 800,
        action: 'cancel',
        milestone: 'canceled',
        target_state: 'prospect',
        scope: 'first_order',
        allow_backward: false,
        stop_processing: false,
        description:
            'When the first order of an account with no completed order and no service is canceled, the account goes back from Pending to Prospect. The state axis needs no backward flag (Pending → Prospect is an allowed transition); the stage is not touched, so it stays Onboarding, the first stage.',
    },
})

// A win-back order was canceled before fulfillment: the former customer goes back to inactive, not stuck in pending.
Record({
    $id: Now.ID['default-rule-cancel-win-back-pending'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'Win-back order canceled: inactive',
        active: true,
        order: 850,
        action: 'cancel',
        milestone: 'canceled',
        from_state: 'pending',
        target_state: 'inactive',
        scope: 'any',
        allow_backward: false,
        stop_processing: false,
        description:
            'When a Pending account that is not on its first order (a former customer whose win-back order made it Pending) has that order canceled, the account goes back to Inactive instead of staying Pending. A first order is handled by the rule before this one (back to Prospect). Pending → Inactive is an allowed transition; the stage is not touched.',
    },
})

// The customer's first order was rejected: back to prospect.
Record({
    $id: Now.ID['default-rule-place-rejected-first-order'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'First order rejected: prospect',
        active: true,
        order: 900,
        action: 'place',
        milestone: 'rejected',
        target_state: 'prospect',
        scope: 'first_order',
        allow_backward: false,
        stop_processing: false,
        description:
            'When the first order of an account with no completed order and no service is rejected, the account goes back from Pending to Prospect. A rejected order of an existing customer changes nothing.',
    },
})

// A win-back order was rejected: the former customer goes back to inactive, not stuck in pending.
Record({
    $id: Now.ID['default-rule-place-rejected-win-back-pending'],
    table: 'x_oal_lifecycle_rule',
    data: {
        name: 'Win-back order rejected: inactive',
        active: true,
        order: 950,
        action: 'place',
        milestone: 'rejected',
        from_state: 'pending',
        target_state: 'inactive',
        scope: 'any',
        allow_backward: false,
        stop_processing: false,
        description:
            'When Order Management rejects the order of a Pending account that is not on its first order (a former customer whose win-back order made it Pending), the account goes back to Inactive instead of staying Pending. A first order is handled by the rule before this one (back to Prospect). Pending → Inactive is an allowed transition; the stage is not touched.',
    },
})
