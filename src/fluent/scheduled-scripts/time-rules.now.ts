import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'

// Daily: evaluates the time rules for every account in batches (idempotent per rule and day threshold).
// ScheduledScript only takes a string, so it requires the module by the full path the build gives it.
export const timeRulesJob = ScheduledScript({
    $id: Now.ID['scheduled-time-rules'],
    name: 'Account lifecycle: time rules',
    frequency: 'daily',
    executionTime: { hours: 2, minutes: 0, seconds: 0 },
    active: true,
    script: `(function () {
    require('x_oal_lifecycle/order-account-lifecycle/0.1.0/src/server/glide/recalculation/recalculation.ts').runTimeRuleJob();
})();`,
})
