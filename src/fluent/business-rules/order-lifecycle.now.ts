import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { ORDER_TABLE } from '../../server/order-management/om-model'
import { ORDER_STATE_CHANGE_FILTER } from './filter-conditions'

// After a customer order's state changes into a milestone state: evaluate its lifecycle events.
// Order 200 assumes Order Management's own order rules run at the default 100 (VERIFY on an instance).
export const orderLifecycleRule = BusinessRule({
    $id: Now.ID['br-order-lifecycle'],
    name: 'Account lifecycle: order state change',
    table: ORDER_TABLE,
    when: 'after',
    action: ['insert', 'update'],
    order: 200,
    filterCondition: ORDER_STATE_CHANGE_FILTER,
    script: `(function executeRule(current, previous) {
    new x_oal_lifecycle.AccountLifecycleMapper().onOrderChange(current, previous);
})(current, previous);`,
    description: 'Maps a customer order state change to customer account state, lifecycle stage and timeline events.',
    active: true,
})
