import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { LINE_TABLE } from '../../server/order-management/om-model'
import { LINE_STATE_CHANGE_FILTER } from './filter-conditions'

// After a line item's state changes into a milestone state: evaluate the line's lifecycle event.
// Order 200 assumes Order Management's own line rules run at the default 100 (VERIFY on an instance).
export const orderLineLifecycleRule = BusinessRule({
    $id: Now.ID['br-order-line-lifecycle'],
    name: 'Account lifecycle: order line state change',
    table: LINE_TABLE,
    when: 'after',
    action: ['insert', 'update'],
    order: 200,
    filterCondition: LINE_STATE_CHANGE_FILTER,
    script: `(function executeRule(current, previous) {
    new x_oal_lifecycle.AccountLifecycleMapper().onLineChange(current, previous);
})(current, previous);`,
    description: 'Maps an order line item state change to customer account state, lifecycle stage and a timeline event.',
    active: true,
})
