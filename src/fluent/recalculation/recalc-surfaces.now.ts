import '@servicenow/sdk/global'
import { BusinessRule, Record, UiAction } from '@servicenow/sdk/core'
import { recalculateFromForm } from '../../server/glide/recalculation/recalculate-account'
import { onRecalculationRequested } from '../../server/glide/recalculation/recalculation-request'

// "Recalculate lifecycle" on the account form (admins): shows the diff as a message, then applies it.
export const recalculateLifecycleAction = UiAction({
    $id: Now.ID['recalculate-lifecycle-action'],
    name: 'Recalculate lifecycle',
    table: 'customer_account',
    actionName: 'x_oal_lifecycle_recalculate',
    hint: 'Replay this account’s order history with the current rules and time rules, show the diff, and apply it',
    form: { showButton: true, showLink: false, showContextMenu: false },
    condition: '!current.isNewRecord()',
    roles: ['x_oal_lifecycle.admin'],
    order: 200,
    script: recalculateFromForm,
})

// Bulk recalculation: a new request (or one set back to Pending to resume) is processed in the background.
// The filter needs the state to change to pending: saving a request that is still pending (a label edit, or
// the job's own progress writes) must not start a second job on it.
export const recalculationRequestedRule = BusinessRule({
    $id: Now.ID['br-recalculation-requested'],
    name: 'Account lifecycle: process recalculation request',
    table: 'x_oal_lifecycle_recalc',
    when: 'async',
    action: ['insert', 'update'],
    order: 100,
    filterCondition: 'stateVALCHANGES^state=pending',
    script: onRecalculationRequested,
    description: 'Recalculates the accounts matching the request condition in batches (dry run or apply), keeping progress counts and a resume cursor.',
    active: true,
})

// Default time rule: an account active for 30 days while still onboarding moves to adoption.
export const timeRuleActiveToAdoption = Record({
    $id: Now.ID['time-rule-active-30d-adoption'],
    table: 'x_oal_lifecycle_time_rule',
    data: { name: 'Active for 30 days while onboarding → Adoption', active: true, order: 100, measure: 'state', in_state: 'active', in_stage: 'onboarding', after_days: 30, target_stage: 'adoption', allow_backward: false },
})

// Default time rule: 60 days in adoption moves the account to monitoring.
export const timeRuleAdoptionToMonitoring = Record({
    $id: Now.ID['time-rule-adoption-60d-monitoring'],
    table: 'x_oal_lifecycle_time_rule',
    data: { name: 'Adoption for 60 days → Monitoring', active: true, order: 200, measure: 'stage', in_stage: 'adoption', after_days: 60, target_stage: 'monitoring', allow_backward: false },
})

// Default alert: onboarding longer than 45 days is recorded on the timeline; nothing changes.
export const timeRuleOnboardingAlert = Record({
    $id: Now.ID['time-rule-onboarding-45d-alert'],
    table: 'x_oal_lifecycle_time_rule',
    data: { name: 'Onboarding longer than 45 days (alert)', active: true, order: 300, measure: 'stage', in_stage: 'onboarding', after_days: 45, allow_backward: false },
})
