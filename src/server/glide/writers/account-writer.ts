/** Writes a decision's state and stage onto the customer account. */
import type { GlideRecord } from '@servicenow/glide'
import { ACCOUNT_APP_FIELDS } from '../../app-schema.ts'
import type { Decision } from '../../lifecycle/model.ts'

/**
 * Sets the account's state/stage (and when each was entered) on the already-loaded account record.
 * setWorkflow(false): the app's own write must not re-run account business rules (including any that
 * might react to these fields) — the change is already explained on the timeline. Returns whether
 * anything was written; throws when the update is refused.
 */
export function writeAccountLifecycle(account: GlideRecord, decision: Decision, at: string): boolean {
    const stateChanges = decision.stateTo !== decision.stateFrom
    const stageChanges = decision.stageTo !== decision.stageFrom
    if (!stateChanges && !stageChanges) return false
    if (stateChanges) {
        account.setValue(ACCOUNT_APP_FIELDS.state, decision.stateTo)
        account.setValue(ACCOUNT_APP_FIELDS.stateSince, at)
    }
    if (stageChanges) {
        account.setValue(ACCOUNT_APP_FIELDS.stage, decision.stageTo)
        account.setValue(ACCOUNT_APP_FIELDS.stageSince, at)
    }
    account.setWorkflow(false)
    if (!account.update()) throw new Error(`the account could not be updated`)
    return true
}
