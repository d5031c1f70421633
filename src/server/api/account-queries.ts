/**
 * ACL-respecting reads of customer accounts for the REST API (GlideRecordSecure): an agent sees only the
 * accounts the instance's ACLs let them read, unlike the engine's reader, which runs in system context.
 */
import { GlideAggregate, GlideRecordSecure } from '@servicenow/glide'
import { ACCOUNT_APP_FIELDS, ACCOUNT_SIGNAL_FIELDS } from '../app-schema.ts'
import { ACCOUNT_TABLE, ORDER_FIELDS, ORDER_TABLE } from '../order-management/om-model.ts'
import type { AccountSnapshot } from '../lifecycle/model.ts'
import { toTimelineAccount } from './timeline-contract.ts'
import type { TimelineAccount } from './timeline-contract.ts'
import { ACCOUNT_NAME_FIELD, accountSnapshotOf } from '../glide/readers/account-reader.ts'
import { textValue } from '../glide/glide-values.ts'

export const ACCOUNT_SEARCH_LIMIT = 20
/** customer_account's number column (the picker searches it beside the name). */
export const ACCOUNT_NUMBER_FIELD = 'number'

export interface SecureAccount {
    snapshot: AccountSnapshot
    view: TimelineAccount
}

type AccountRecord = GlideRecordSecure

function viewOf(account: AccountRecord): SecureAccount {
    const snapshot = accountSnapshotOf(account)
    return {
        snapshot,
        view: toTimelineAccount(snapshot, {
            number: textValue(account, ACCOUNT_NUMBER_FIELD),
            stateSince: textValue(account, ACCOUNT_APP_FIELDS.stateSince),
            stageSince: textValue(account, ACCOUNT_APP_FIELDS.stageSince),
            pendingOrderNumber: textValue(account, ACCOUNT_SIGNAL_FIELDS.pendingOrderId) ? account.getDisplayValue(ACCOUNT_SIGNAL_FIELDS.pendingOrderId) : '',
        }),
    }
}

/** The account if it exists and the caller may read it; null otherwise (the API answers 404 either way). */
export function readAccountSecure(accountId: string): AccountSnapshot | null {
    const found = readAccountViewSecure(accountId)
    return found ? found.snapshot : null
}

/** The account with its header fields (number, state since, stage since), or null. */
export function readAccountViewSecure(accountId: string): SecureAccount | null {
    const account = new GlideRecordSecure(ACCOUNT_TABLE)
    if (!account.get(accountId)) return null
    return viewOf(account)
}

/** COUNT without a field: the typings want one, the platform's documented form takes none. */
interface CountingAggregate {
    addAggregate(aggregate: 'COUNT'): void
    getAggregate(aggregate: 'COUNT'): string
}

export function countRows(table: string, encodedQuery: string): number {
    const aggregate = new GlideAggregate(table)
    aggregate.addEncodedQuery(encodedQuery)
    const counting = aggregate as unknown as CountingAggregate
    counting.addAggregate('COUNT')
    aggregate.query()
    return aggregate.next() ? Number(counting.getAggregate('COUNT')) : 0
}

export interface AccountMatch extends TimelineAccount {
    /** Set when the account matched through one of its orders. */
    matchedOrder: string
}

export interface AccountSearch {
    accounts: AccountMatch[]
    /** Every account that matches (the list holds at most `limit`). */
    total: number
    limit: number
}

/**
 * Accounts whose name or number contains `text`, then accounts with an order whose number contains it; at most
 * 20, with the total so the page can say "20 of 312 — refine". `text` must not contain ^ (checked by the caller).
 */
export function searchAccounts(text: string): AccountSearch {
    const accountQuery = text ? `${ACCOUNT_NAME_FIELD}LIKE${text}^OR${ACCOUNT_NUMBER_FIELD}LIKE${text}` : ''
    const account = new GlideRecordSecure(ACCOUNT_TABLE)
    if (accountQuery) account.addEncodedQuery(accountQuery)
    account.orderBy(ACCOUNT_NAME_FIELD)
    account.setLimit(ACCOUNT_SEARCH_LIMIT)
    account.query()
    const found: AccountMatch[] = []
    const seen: Record<string, boolean> = {}
    while (account.next()) {
        const match: AccountMatch = { ...viewOf(account).view, matchedOrder: '' }
        seen[match.id] = true
        found.push(match)
    }
    // Table-level read was checked by the query above; the aggregate counts rows, not ACL-filtered row by row.
    let total = found.length < ACCOUNT_SEARCH_LIMIT ? found.length : countRows(ACCOUNT_TABLE, accountQuery)
    if (text.length >= 3) {
        const order = new GlideRecordSecure(ORDER_TABLE)
        order.addQuery(ORDER_FIELDS.number, 'CONTAINS', text)
        order.orderByDesc(ORDER_FIELDS.number)
        order.setLimit(ACCOUNT_SEARCH_LIMIT)
        order.query()
        while (order.next()) {
            const accountId = textValue(order, ORDER_FIELDS.account)
            if (!accountId || seen[accountId]) continue
            seen[accountId] = true
            const owner = readAccountViewSecure(accountId)
            if (!owner) continue
            total += 1
            if (found.length < ACCOUNT_SEARCH_LIMIT) found.push({ ...owner.view, matchedOrder: textValue(order, ORDER_FIELDS.number) })
        }
    }
    return { accounts: found, total, limit: ACCOUNT_SEARCH_LIMIT }
}
