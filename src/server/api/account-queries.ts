/**
 * ACL-respecting reads of customer accounts for the REST API (GlideRecordSecure): an agent sees only the
 * accounts the instance's ACLs let them read, unlike the engine's reader, which runs in system context.
 */
import { GlideRecordSecure } from '@servicenow/glide'
import { ACCOUNT_APP_FIELDS } from '../app-schema.ts'
import { ACCOUNT_TABLE } from '../order-management/om-model.ts'
import { ACCOUNT_STATES, STAGES } from '../lifecycle/model.ts'
import type { AccountSnapshot, AccountState, Stage } from '../lifecycle/model.ts'
import { toTimelineAccount } from '../lifecycle/timeline-query.ts'
import type { TimelineAccount } from '../lifecycle/timeline-query.ts'
import { textValue } from '../glide/glide-values.ts'
import type { ValueSource } from '../glide/glide-values.ts'

const ACCOUNT_NAME_FIELD = 'name'
export const ACCOUNT_SEARCH_LIMIT = 20

function known<T extends string>(allowed: readonly T[], value: string): T | '' {
    return (allowed as readonly string[]).indexOf(value) >= 0 ? (value as T) : ''
}

function snapshotOf(account: ValueSource & { getUniqueValue(): string }): AccountSnapshot {
    return {
        id: account.getUniqueValue(),
        name: textValue(account, ACCOUNT_NAME_FIELD),
        state: known<AccountState>(ACCOUNT_STATES, textValue(account, ACCOUNT_APP_FIELDS.state)),
        stage: known<Stage>(STAGES, textValue(account, ACCOUNT_APP_FIELDS.stage)),
        pinnedUntil: textValue(account, ACCOUNT_APP_FIELDS.pinnedUntil),
        pinReason: textValue(account, ACCOUNT_APP_FIELDS.pinReason),
    }
}

/** The account if it exists and the caller may read it; null otherwise (the API answers 404 either way). */
export function readAccountSecure(accountId: string): AccountSnapshot | null {
    const account = new GlideRecordSecure(ACCOUNT_TABLE)
    if (!account.get(accountId)) return null
    return snapshotOf(account)
}

/** Accounts whose name contains `text` (case-insensitive on the platform), by name, at most 20. */
export function searchAccounts(text: string): TimelineAccount[] {
    const account = new GlideRecordSecure(ACCOUNT_TABLE)
    if (text) account.addQuery(ACCOUNT_NAME_FIELD, 'CONTAINS', text)
    account.orderBy(ACCOUNT_NAME_FIELD)
    account.setLimit(ACCOUNT_SEARCH_LIMIT)
    account.query()
    const found: TimelineAccount[] = []
    while (account.next()) found.push(toTimelineAccount(snapshotOf(account)))
    return found
}
