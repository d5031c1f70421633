import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { REASON_TABLE } from '../../server/app-schema'
import { validateReasonRecord } from '../../server/glide/reason-record-validation'

// Before a reason mapping is saved: reject it with one message per problem, each naming the field (aborts the save).
export const reasonValidationRule = BusinessRule({
    $id: Now.ID['br-reason-validation'],
    name: 'Account lifecycle: validate reason mapping',
    table: REASON_TABLE,
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    script: validateReasonRecord,
    description: 'Validates a reason mapping (reason text, churn type, match, order) and aborts the save on problems.',
    active: true,
})
