import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

// Default reason mappings (docs/DEFAULT-RULES.md, "Reason mappings"); the same list as DEFAULT_REASON_MAPPINGS in
// src/server/lifecycle/reasons.ts (a unit test keeps them equal). Admins edit, add or deactivate them.

Record({
    $id: Now.ID['default-reason-non-payment'],
    table: 'x_oal_lifecycle_reason',
    data: { reason: 'non payment', match: 'contains', churn_type: 'involuntary', order: 100, active: true },
})

Record({
    $id: Now.ID['default-reason-nonpayment'],
    table: 'x_oal_lifecycle_reason',
    data: { reason: 'nonpayment', match: 'contains', churn_type: 'involuntary', order: 110, active: true },
})

Record({
    $id: Now.ID['default-reason-fraud'],
    table: 'x_oal_lifecycle_reason',
    data: { reason: 'fraud', match: 'contains', churn_type: 'involuntary', order: 120, active: true },
})

Record({
    $id: Now.ID['default-reason-credit'],
    table: 'x_oal_lifecycle_reason',
    data: { reason: 'credit', match: 'contains', churn_type: 'involuntary', order: 130, active: true },
})

Record({
    $id: Now.ID['default-reason-migration'],
    table: 'x_oal_lifecycle_reason',
    data: { reason: 'migration', match: 'contains', churn_type: 'migration', order: 200, active: true },
})

Record({
    $id: Now.ID['default-reason-upgrade'],
    table: 'x_oal_lifecycle_reason',
    data: { reason: 'upgrade', match: 'contains', churn_type: 'migration', order: 210, active: true },
})

Record({
    $id: Now.ID['default-reason-downgrade'],
    table: 'x_oal_lifecycle_reason',
    data: { reason: 'downgrade', match: 'contains', churn_type: 'migration', order: 220, active: true },
})

Record({
    $id: Now.ID['default-reason-customer-request'],
    table: 'x_oal_lifecycle_reason',
    data: { reason: 'customer request', match: 'contains', churn_type: 'voluntary', order: 300, active: true },
})

Record({
    $id: Now.ID['default-reason-relocation'],
    table: 'x_oal_lifecycle_reason',
    data: { reason: 'relocation', match: 'contains', churn_type: 'voluntary', order: 310, active: true },
})

Record({
    $id: Now.ID['default-reason-competitor'],
    table: 'x_oal_lifecycle_reason',
    data: { reason: 'competitor', match: 'contains', churn_type: 'voluntary', order: 320, active: true },
})

Record({
    $id: Now.ID['default-reason-price'],
    table: 'x_oal_lifecycle_reason',
    data: { reason: 'price', match: 'contains', churn_type: 'voluntary', order: 330, active: true },
})
