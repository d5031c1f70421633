import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { EVENT_TABLE } from '../../server/app-schema'
import { SOLD_PRODUCT_TABLE } from '../../server/order-management/om-model'
import { onServiceDependentEvent, onServiceStateChanged } from '../../server/glide/recheck'

// After a decision that weighed the account's other services is recorded: re-check the account once this
// transaction (and a parallel one) has committed, so two orders finishing together cannot both miss "last".
export const recheckAfterServiceDependentEvent = BusinessRule({
    $id: Now.ID['br-recheck-after-event'],
    name: 'Account lifecycle: re-check after a service-dependent decision',
    table: EVENT_TABLE,
    when: 'async',
    action: ['insert'],
    order: 100,
    filterCondition: 'depends_on_services=true^source!=recheck',
    script: onServiceDependentEvent,
    description: 'Re-decides the account\'s latest order event with its services as they are now; records a correction only when that changes the account.',
    active: true,
})

// After a sold product (or product inventory) changes state: fulfilment may have applied an order after the
// order's own event was decided; re-check the account once its orders have settled.
export const recheckAfterServiceChange = BusinessRule({
    $id: Now.ID['br-recheck-after-service-change'],
    name: 'Account lifecycle: re-check after a service changes state',
    table: SOLD_PRODUCT_TABLE,
    when: 'async',
    action: ['update'],
    order: 200,
    filterCondition: 'stateVALCHANGES',
    script: onServiceStateChanged,
    description: 'Re-decides the account\'s latest service-dependent order event once inventory has caught up with the account\'s orders.',
    active: true,
})
