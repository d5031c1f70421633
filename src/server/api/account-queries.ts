/**
 * ACL-respecting reads of customer accounts for the REST API (GlideRecordSecure): an agent sees only the
 * accounts the instance's ACLs let them read, unlike the engine's reader, which runs in system context.
 */
import { GlideRecordSecure } from '@servicenow/glide'
import { ACCOUNT_TABLE } from '../order-management/om-model.ts'
import type { AccountSnapshot } from '../lifecycle/model.ts'
import { toTimelineAccount } from '../lifecycle/timeline-query.ts'
import type { TimelineAccount } from '../lifecycle/timeline-query.ts'
import { ACCOUNT_NAME_FIELD, accountSnapshotOf } from '../glide/readers/account-reader.ts'

export const ACCOUNT_SEARCH_LIMIT = 20

/** The account if it exists and the caller may read it; null otherwise (the API answers 404 either way). */
export function readAccountSecure(accountId: string): AccountSnapshot | null {
    const account = new GlideRecordSecure(ACCOUNT_TABLE)
    if (!account.get(accountId)) return null
    return accountSnapshotOf(account)
}

/** Accounts whose name contains `text` (case-insensitive on the platform), by name, at most 20. */
export function searchAccounts(text: string): TimelineAccount[] {
    const account = new GlideRecordSecure(ACCOUNT_TABLE)
    if (text) account.addQuery(ACCOUNT_NAME_FIELD, 'CONTAINS', text)
    account.orderBy(ACCOUNT_NAME_FIELD)
    account.setLimit(ACCOUNT_SEARCH_LIMIT)
    account.query()
    const found: TimelineAccount[] = []
    while (account.next()) found.push(toTimelineAccount(accountSnapshotOf(account)))
    return found
}
