import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'

// Daily: evaluates the time rules for every account in batches (idempotent per rule and day threshold) and
// re-checks accounts whose latest decision depended on services that have changed since.
// ScheduledScript only takes a string, so it requires the module by the full path the build gives it.
export const timeRulesJob = ScheduledScript({
    $id: Now.ID['scheduled-time-rules'],
    name: 'Account lifecycle: time rules',
    frequency: 'daily',
    executionTime: { hours: 2, minutes: 0, seconds: 0 },
    active: true,
    script: `(function () {
    require('x_oal_lifecycle/order-account-lifecycle/0.1.0/src/server/glide/recalculation/time-rule-job.ts').runTimeRuleJob();
})();`,
})

// Every 5 minutes: a recalculation request left running by a worker that died (no heartbeat for 15 minutes)
// is set back to Pending, which resumes it after its last saved batch.
export const resumeRecalculationsJob = ScheduledScript({
    $id: Now.ID['scheduled-resume-recalculations'],
    name: 'Account lifecycle: resume recalculations',
    frequency: 'periodically',
    executionInterval: { hours: 0, minutes: 5, seconds: 0 },
    active: true,
    script: `(function () {
    require('x_oal_lifecycle/order-account-lifecycle/0.1.0/src/server/glide/recalculation/recalculation-request.ts').resumeStaleRecalculations();
})();`,
})
