/**
 * Reads a customer account's lifecycle fields (one get). The loaded record is handed back with the
 * snapshot so the account writer can update it without a second read.
 */
import { GlideRecord } from '@servicenow/glide'
import { ACCOUNT_APP_FIELDS, ACCOUNT_SIGNAL_FIELDS } from '../../app-schema.ts'
import { ACCOUNT_TABLE } from '../../order-management/om-model.ts'
import { ACCOUNT_STATES, oneOf, PENDING_CHANGES, STAGES } from '../../lifecycle/model.ts'
import type { AccountSignals, AccountSnapshot, AccountState, PendingChange, Stage, TimedAccount } from '../../lifecycle/model.ts'
import { textValue } from '../glide-values.ts'
import type { ValueSource } from '../glide-values.ts'

/** Platform display column of customer_account, used to name the account in explanations, logs and the UI. */
export const ACCOUNT_NAME_FIELD = 'name'

export interface LoadedAccount {
    snapshot: AccountSnapshot
    record: GlideRecord
}

/** The account with the given sys_id, or null when there is none. */
export function readAccount(accountId: string): LoadedAccount | null {
    if (!accountId) return null
    const account = new GlideRecord(ACCOUNT_TABLE)
    if (!account.get(accountId)) return null
    return { record: account, snapshot: accountSnapshotOf(account) }
}

/** The lifecycle view of a loaded customer_account record (GlideRecord or GlideRecordSecure). */
export function accountSnapshotOf(account: ValueSource & { getUniqueValue(): string }): AccountSnapshot {
    return {
        id: account.getUniqueValue(),
        name: textValue(account, ACCOUNT_NAME_FIELD),
        state: oneOf<AccountState>(ACCOUNT_STATES, textValue(account, ACCOUNT_APP_FIELDS.state)),
        stage: oneOf<Stage>(STAGES, textValue(account, ACCOUNT_APP_FIELDS.stage)),
        pinnedUntil: textValue(account, ACCOUNT_APP_FIELDS.pinnedUntil),
        pinReason: textValue(account, ACCOUNT_APP_FIELDS.pinReason),
        signals: accountSignalsOf(account),
    }
}

/** The account's signal columns (read off the same record, no query). */
export function accountSignalsOf(account: ValueSource): AccountSignals {
    return {
        pendingChange: oneOf<PendingChange>(PENDING_CHANGES, textValue(account, ACCOUNT_SIGNAL_FIELDS.pendingChange)),
        pendingOrderId: textValue(account, ACCOUNT_SIGNAL_FIELDS.pendingOrderId),
        pendingDue: textValue(account, ACCOUNT_SIGNAL_FIELDS.pendingDue),
        pendingSince: textValue(account, ACCOUNT_SIGNAL_FIELDS.pendingSince),
        churnedAt: textValue(account, ACCOUNT_SIGNAL_FIELDS.churnedAt),
        overdueSince: textValue(account, ACCOUNT_SIGNAL_FIELDS.overdueSince),
        overdueRuleId: textValue(account, ACCOUNT_SIGNAL_FIELDS.overdueRuleId),
    }
}

/** The account snapshot plus when it entered its state and stage (read off the loaded record, no query). */
export function timedAccountOf(loaded: LoadedAccount): TimedAccount {
    return {
        ...loaded.snapshot,
        stateSince: textValue(loaded.record, ACCOUNT_APP_FIELDS.stateSince),
        stageSince: textValue(loaded.record, ACCOUNT_APP_FIELDS.stageSince),
    }
}
