/**
 * Every Order Management (OM) and platform name or stored value this app relies on, in one place.
 *
 * Several of these are UNCONFIRMED in ServiceNow's public documentation (docs/DATA-MODEL.md lists each with
 * its public source). Verify them on the target instance through sys_dictionary / sys_choice before go-live;
 * a wrong value here only needs changing here.
 */
import type { Action, Milestone } from '../lifecycle/model.ts'

/** Customer order (confirmed). */
export const ORDER_TABLE = 'sn_ind_tmt_orm_order'
/** Order line item (confirmed). */
export const LINE_TABLE = 'sn_ind_tmt_orm_order_line_item'
/** Customer account (confirmed). */
export const ACCOUNT_TABLE = 'customer_account'
/** Sold product; product inventory extends it, so one query covers both (confirmed table name). */
export const SOLD_PRODUCT_TABLE = 'sn_install_base_sold_product'

export const ORDER_FIELDS = {
    number: 'number',
    account: 'account', // confirmed
    state: 'state', // confirmed
    channel: 'channel', // confirmed (TMF622 mapping)
    orderCategory: 'order_category', // INFERRED on sn_ind_tmt_orm_order
    // INFERRED: the date the order is committed to complete (TMF622 expected completion). A pending churn is
    // shown as due on it; blank or missing column = "no committed due date".
    committedDueDate: 'committed_due_date',
} as const

export const LINE_FIELDS = {
    order: 'order', // INFERRED: line → order reference
    account: 'account', // confirmed (TMF622 API: LeadToCash commit output)
    state: 'state', // confirmed
    action: 'action', // confirmed
    productOffering: 'product_offering', // confirmed on sn_csm_om; INFERRED here
    soldProduct: 'sold_product', // confirmed (LeadToCash commit output): the product a line creates or acts on
    actionReason: 'action_reason', // confirmed: why the line does its action (reason codes, churn type)
    // INFERRED: the line's monthly recurring charge (plain number or currency storage "USD;12.50"). Used only to
    // tell expansion from contraction when an order keeps the service count; blank/missing = counts alone.
    recurringCharge: 'mrc',
} as const

export const SOLD_PRODUCT_FIELDS = {
    account: 'account',
    state: 'state',
} as const

/**
 * Stored values of the sold product / product inventory `state` column. Product inventory's values are
 * CONFIRMED (product-inventory-open-api.md: active, change_pending, inactivation_pending, inactive,
 * installation_pending); `suspended` is a documented label whose stored value is UNCONFIRMED; `closed` is the
 * Closed label of sold products (UNCONFIRMED value).
 */
export const INVENTORY_STATES = {
    active: 'active', // confirmed
    changePending: 'change_pending', // confirmed: a change is on its way, the service still works
    inactivationPending: 'inactivation_pending', // confirmed: to be disconnected, still in service until then
    installationPending: 'installation_pending', // confirmed: not in service yet
    inactive: 'inactive', // confirmed
    suspended: 'suspended', // UNCONFIRMED stored value of the Suspended label
    closed: 'closed', // UNCONFIRMED stored value of the Closed label
} as const

/**
 * The default meaning of each inventory state for the account (admins change it with the
 * x_oal_lifecycle.inventory.* properties): a product with a pending change or a pending inactivation is
 * still in service; an installation-pending one is not yet; inactive, closed and anything unknown are gone.
 */
export const DEFAULT_IN_SERVICE_STATES: readonly string[] = [INVENTORY_STATES.active, INVENTORY_STATES.changePending, INVENTORY_STATES.inactivationPending]
export const DEFAULT_SUSPENDED_STATES: readonly string[] = [INVENTORY_STATES.suspended]
export const DEFAULT_NOT_YET_STATES: readonly string[] = [INVENTORY_STATES.installationPending]

/**
 * Line item `action` stored values → the app's action. CONFIRMED (tmf622_product_ordering-api.md: "Possible values:
 * add, change, delete, no-change, resume, suspend"); `delete` is the stored value behind the Disconnect label.
 * `no-change` lines are context only and never produce an event.
 */
export const LINE_ACTION_TO_ACTION: Readonly<Record<string, Action | null>> = {
    add: 'place',
    change: 'modify',
    suspend: 'suspend',
    resume: 'resume',
    delete: 'disconnect',
    'no-change': null,
}

/**
 * Order / line `state` stored values → milestone. States not listed (draft, enrichment, on hold,
 * awaiting information, revision in progress, scheduled…) are not milestones and produce no event.
 * draft, new, in_progress and completed are CONFIRMED (OrderUtil scoped API, TMF622 API); the rest are UNCONFIRMED
 * spellings, so both `canceled` and `cancelled` are accepted.
 */
export const STATE_TO_MILESTONE: Readonly<Record<string, Milestone>> = {
    new: 'submitted', // confirmed
    submitted: 'submitted', // UNCONFIRMED
    acknowledged: 'submitted', // UNCONFIRMED
    in_progress: 'in_progress', // confirmed
    completed: 'completed', // confirmed
    rejected: 'rejected', // UNCONFIRMED
    assessing_cancellation: 'submitted', // UNCONFIRMED; cancellation path, action becomes `cancel`
    cancellation_in_progress: 'in_progress', // UNCONFIRMED; cancellation path
    canceled: 'canceled', // UNCONFIRMED
    cancelled: 'canceled', // UNCONFIRMED alternative spelling
}

/** States on the in-flight cancellation path: an event from them has the action `cancel`. */
export const CANCELLATION_STATES: readonly string[] = [
    'assessing_cancellation',
    'cancellation_in_progress',
    'canceled',
    'cancelled',
]

/** Every OM state value the business-rule filter conditions react to (kept in sync with the maps). */
export const MILESTONE_STATES: readonly string[] = Object.keys(STATE_TO_MILESTONE)

/** OM role whose holders should be granted the app's agent role (documented, never assigned by the app). */
export const OM_VIEWER_ROLE = 'sn_ind_tmt_orm.order_viewer'
