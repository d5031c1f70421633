/** Writes the lifecycle fields a progress step changed onto the customer account. */
import type { GlideRecord } from '@servicenow/glide'
import { ACCOUNT_APP_FIELDS, ACCOUNT_SIGNAL_FIELDS } from '../../app-schema.ts'
import type { AccountSignals } from '../../lifecycle/model.ts'
import type { AccountUpdate } from '../../lifecycle/progress.ts'
import { textValue } from '../glide-values.ts'

const FIELDS = [ACCOUNT_APP_FIELDS.state, ACCOUNT_APP_FIELDS.stateSince, ACCOUNT_APP_FIELDS.stage, ACCOUNT_APP_FIELDS.stageSince, ...Object.values(ACCOUNT_SIGNAL_FIELDS)]

/** The account's lifecycle fields as they are, to put back if a later write fails. */
export type AccountFieldsSnapshot = Record<string, string>

export function snapshotAccountFields(account: GlideRecord): AccountFieldsSnapshot {
    const values: AccountFieldsSnapshot = {}
    for (const field of FIELDS) values[field] = textValue(account, field)
    return values
}

/**
 * Sets the account's state/stage (and when each was entered) and the signal fields that changed (pending change,
 * last churn, missed target) on the already-loaded account record.
 * setWorkflow(false): the app's own write must not re-run account business rules (including any that
 * might react to these fields) — the change is already explained on the timeline. Throws when the update is
 * refused.
 */
export function writeAccountUpdate(account: GlideRecord, update: AccountUpdate): void {
    if (update.state) {
        account.setValue(ACCOUNT_APP_FIELDS.state, update.state.value)
        account.setValue(ACCOUNT_APP_FIELDS.stateSince, update.state.since)
    }
    if (update.stage) {
        account.setValue(ACCOUNT_APP_FIELDS.stage, update.stage.value)
        account.setValue(ACCOUNT_APP_FIELDS.stageSince, update.stage.since)
    }
    if (update.signals) {
        for (const field of Object.keys(update.signals) as Array<keyof AccountSignals>) {
            account.setValue(ACCOUNT_SIGNAL_FIELDS[field], update.signals[field] ?? '')
        }
    }
    account.setWorkflow(false)
    if (!account.update()) throw new Error('the account could not be updated')
}
