/**
 * Reason codes: the order lines' action reason (why a service is disconnected, suspended, changed) and the churn
 * type an admin's reason mapping makes of it (voluntary, involuntary, migration, other). The mapping is a small
 * table of reason texts (x_oal_lifecycle_reason); this module normalizes, matches and validates. Pure.
 * See docs/RULE-SEMANTICS.md, "Reasons and churn types".
 */
import { CHURN_TYPES } from './model.ts'
import type { ChurnType } from './model.ts'
import { CHURN_TYPE_LABELS } from './labels.ts'

/** How a mapping's reason text is compared with a line's reason (both normalized). */
export const REASON_MATCHES = ['exact', 'contains'] as const
export type ReasonMatch = (typeof REASON_MATCHES)[number]

/** One row of the reason mapping (x_oal_lifecycle_reason) as the core sees it. */
export interface ReasonMapping {
    id: string
    reason: string
    match: ReasonMatch
    churnType: ChurnType
    order: number
    active: boolean
}

/** Columns of the reason-mapping table; validation messages name them. */
export const REASON_FIELDS = {
    reason: 'reason',
    match: 'match',
    churnType: 'churn_type',
    order: 'order',
    active: 'active',
    description: 'description',
} as const

export const REASON_FIELD_LABELS: Readonly<Record<(typeof REASON_FIELDS)[keyof typeof REASON_FIELDS], string>> = {
    reason: 'Reason',
    match: 'Match',
    churn_type: 'Churn type',
    order: 'Order',
    active: 'Active',
    description: 'Description',
}

export const MAX_REASON_LENGTH = 255

/** When several lines give reasons of different types, the event takes the first type in this order. */
export const CHURN_TYPE_PRECEDENCE: readonly ChurnType[] = ['involuntary', 'voluntary', 'migration', 'other']

/** Lower case, `_` and `-` read as spaces, runs of spaces collapsed, trimmed: "Non_Payment " = "non payment". */
export function normalizeReason(text: string): string {
    return text
        .toLowerCase()
        .replace(/[_-]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
}

/** The distinct non-blank reasons of some lines, trimmed and sorted (code units), so every reader agrees. */
export function distinctReasons(reasons: readonly string[]): string[] {
    const result: string[] = []
    for (const raw of reasons) {
        const reason = raw.trim()
        if (reason && result.indexOf(reason) < 0) result.push(reason)
    }
    return result.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** The text a timeline row and rule conditions show for the reasons (clipped to the column). */
export function reasonText(reasons: readonly string[]): string {
    const text = reasons.join('; ')
    return text.length <= MAX_REASON_LENGTH ? text : text.slice(0, MAX_REASON_LENGTH - 1) + '…'
}

function sortMappings(mappings: readonly ReasonMapping[]): ReasonMapping[] {
    return mappings
        .filter((mapping) => mapping.active && normalizeReason(mapping.reason) !== '')
        .sort((a, b) => a.order - b.order || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * The churn type of one reason: the first active mapping (by order, then reason text) whose normalized text
 * equals (exact) or occurs in (contains) the normalized reason; `other` when none does; '' for a blank reason.
 */
export function churnTypeOfReason(reason: string, mappings: readonly ReasonMapping[]): ChurnType | '' {
    const normalized = normalizeReason(reason)
    if (!normalized) return ''
    for (const mapping of sortMappings(mappings)) {
        const text = normalizeReason(mapping.reason)
        if (mapping.match === 'exact' ? normalized === text : normalized.indexOf(text) >= 0) return mapping.churnType
    }
    return 'other'
}

/** The churn type of an event's reasons: '' without reasons, else the first by CHURN_TYPE_PRECEDENCE. */
export function churnTypeOf(reasons: readonly string[], mappings: readonly ReasonMapping[]): ChurnType | '' {
    const types = reasons.map((reason) => churnTypeOfReason(reason, mappings)).filter((type) => type !== '')
    for (const type of CHURN_TYPE_PRECEDENCE) if (types.indexOf(type) >= 0) return type
    return ''
}

/** The mapping the app ships (records in src/fluent/records/reason-mappings.now.ts; docs/DEFAULT-RULES.md). */
export const DEFAULT_REASON_MAPPINGS: ReasonMapping[] = [
    { id: 'reason-non-payment', reason: 'non payment', match: 'contains', churnType: 'involuntary', order: 100, active: true },
    { id: 'reason-nonpayment', reason: 'nonpayment', match: 'contains', churnType: 'involuntary', order: 110, active: true },
    { id: 'reason-fraud', reason: 'fraud', match: 'contains', churnType: 'involuntary', order: 120, active: true },
    { id: 'reason-credit', reason: 'credit', match: 'contains', churnType: 'involuntary', order: 130, active: true },
    { id: 'reason-migration', reason: 'migration', match: 'contains', churnType: 'migration', order: 200, active: true },
    { id: 'reason-upgrade', reason: 'upgrade', match: 'contains', churnType: 'migration', order: 210, active: true },
    { id: 'reason-downgrade', reason: 'downgrade', match: 'contains', churnType: 'migration', order: 220, active: true },
    { id: 'reason-customer-request', reason: 'customer request', match: 'contains', churnType: 'voluntary', order: 300, active: true },
    { id: 'reason-relocation', reason: 'relocation', match: 'contains', churnType: 'voluntary', order: 310, active: true },
    { id: 'reason-competitor', reason: 'competitor', match: 'contains', churnType: 'voluntary', order: 320, active: true },
    { id: 'reason-price', reason: 'price', match: 'contains', churnType: 'voluntary', order: 330, active: true },
]

export interface ReasonProblem {
    field: string
    message: string
}

/** Problems with a reason mapping an admin is saving (raw column values); [] = valid. Messages start with the field's label. */
export function validateReasonMapping(draft: Record<string, string>): ReasonProblem[] {
    const problems: ReasonProblem[] = []
    const get = (column: string) => (typeof draft[column] === 'string' ? draft[column].trim() : '')
    const problem = (column: keyof typeof REASON_FIELD_LABELS, text: string) => problems.push({ field: column, message: `${REASON_FIELD_LABELS[column]}: ${text}` })
    const reason = get(REASON_FIELDS.reason)
    if (!normalizeReason(reason)) problem('reason', 'required')
    else if (reason.length > MAX_REASON_LENGTH) problem('reason', `at most ${MAX_REASON_LENGTH} characters (has ${reason.length})`)
    const churnType = get(REASON_FIELDS.churnType)
    if (!churnType) problem('churn_type', 'required')
    else if ((CHURN_TYPES as readonly string[]).indexOf(churnType) < 0) problem('churn_type', `"${churnType}" is not one of ${CHURN_TYPES.join(', ')}`)
    const match = get(REASON_FIELDS.match)
    if (match && (REASON_MATCHES as readonly string[]).indexOf(match) < 0) problem('match', `"${match}" is not one of ${REASON_MATCHES.join(', ')}`)
    const order = get(REASON_FIELDS.order)
    if (order && !/^\d+$/.test(order)) problem('order', 'must be a whole number')
    return problems
}

/** `non payment (contains) → Involuntary`: a mapping in words. */
export function describeReasonMapping(mapping: ReasonMapping): string {
    return `"${mapping.reason}" (${mapping.match}) → ${CHURN_TYPE_LABELS[mapping.churnType]}`
}
