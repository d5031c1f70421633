import '@servicenow/sdk/global'
import { Table, StringColumn, ChoiceColumn, ReferenceColumn, DateTimeColumn, IntegerColumn, BooleanColumn } from '@servicenow/sdk/core'
import {
    ACCOUNT_STATE_CHOICES,
    ACTION_CHOICES,
    CHURN_TYPE_CHOICES,
    EVENT_SOURCE_CHOICES,
    MILESTONE_CHOICES,
    MOVEMENT_CHOICES,
    OUTCOME_CHOICES,
    STAGE_CHOICES,
} from './choice-lists'

// Account timeline: one row per evaluated order event, with the outcome, the deciding rules and the explanation.
// Not audited (the table IS the history) and append-only: only the engine writes it, in system context (acls/event-acls).
export const x_oal_lifecycle_event = Table({
    name: 'x_oal_lifecycle_event',
    label: 'Account Lifecycle Event',
    display: 'event_key',
    audit: false,
    allowWebServiceAccess: true,
    schema: {
        event_key: StringColumn({
            label: 'Event key',
            maxLength: 160,
            readOnly: true,
            hint: 'order sys_id : action : milestone. The same real-world change is recorded once.',
        }),
        account: ReferenceColumn({ label: 'Account', referenceTable: 'customer_account', readOnly: true }),
        order: ReferenceColumn({ label: 'Order', referenceTable: 'sn_ind_tmt_orm_order', readOnly: true }),
        line_item: ReferenceColumn({
            label: 'Order line item',
            referenceTable: 'sn_ind_tmt_orm_order_line_item',
            readOnly: true,
        }),
        source: ChoiceColumn({
            label: 'Source',
            choices: EVENT_SOURCE_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
        }),
        action: ChoiceColumn({
            label: 'Order action',
            choices: ACTION_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
        }),
        milestone: ChoiceColumn({
            label: 'Milestone',
            choices: MILESTONE_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
        }),
        outcome: ChoiceColumn({
            label: 'Outcome',
            choices: OUTCOME_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
        }),
        state_rule: ReferenceColumn({
            label: 'State decided by',
            referenceTable: 'x_oal_lifecycle_rule',
            readOnly: true,
            // A deleted rule must not erase history: keep the event, drop the link.
            cascadeRule: 'clear',
        }),
        stage_rule: ReferenceColumn({
            label: 'Stage decided by',
            referenceTable: 'x_oal_lifecycle_rule',
            readOnly: true,
            cascadeRule: 'clear',
        }),
        state_from: ChoiceColumn({
            label: 'State from',
            choices: ACCOUNT_STATE_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
        }),
        state_to: ChoiceColumn({
            label: 'State to',
            choices: ACCOUNT_STATE_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
        }),
        stage_from: ChoiceColumn({
            label: 'Stage from',
            choices: STAGE_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
        }),
        stage_to: ChoiceColumn({
            label: 'Stage to',
            choices: STAGE_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
        }),
        explanation: StringColumn({ label: 'Explanation', maxLength: 4000, readOnly: true }),
        occurred_at: DateTimeColumn({ label: 'Occurred at', readOnly: true }),
        recorded_at: DateTimeColumn({ label: 'Recorded at', readOnly: true }),
        actor: ReferenceColumn({ label: 'Actor', referenceTable: 'sys_user', readOnly: true }),
        sequence: IntegerColumn({
            label: 'Sequence',
            readOnly: true,
            hint: 'Per-account number given when the row is recorded: rows that occurred in the same second keep the order they were recorded in.',
        }),
        depends_on_services: BooleanColumn({
            label: 'Depends on other services',
            default: false,
            readOnly: true,
            hint: 'A rule weighed the account\'s other services; the account is re-checked once other orders\' changes reach the inventory.',
        }),
        action_reason: StringColumn({
            label: 'Action reason',
            maxLength: 255,
            readOnly: true,
            hint: 'The order lines\' action reasons (distinct, "; "-separated): why the customer disconnected, suspended or changed.',
        }),
        churn_type: ChoiceColumn({
            label: 'Churn type',
            choices: CHURN_TYPE_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
            hint: 'What the reason mapping (Account Lifecycle > Reason Mappings) makes of the action reason; Other when no mapping matches.',
        }),
        movement: ChoiceColumn({
            label: 'Revenue movement',
            choices: MOVEMENT_CHOICES,
            dropdown: 'dropdown_with_none',
            readOnly: true,
            hint: 'What the completed order did to the customer\'s recurring business: new, expansion, contraction, churn or reactivation.',
        }),
    },
    index: [
        // Idempotency: the order rule and the line rule may both see the same change; the second insert fails.
        { name: 'x_oal_lifecycle_event_key', unique: true, element: 'event_key' },
        // The account timeline reads one account's events newest first, same-second rows by sequence.
        { name: 'x_oal_lifecycle_event_timeline', unique: false, element: ['account', 'occurred_at', 'sequence'] },
        // The next sequence number of an account is its highest so far.
        { name: 'x_oal_lifecycle_event_sequence', unique: false, element: ['account', 'sequence'] },
    ],
})
