import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

// The engine reads customer orders (state, account, channel, category) to classify order events and to
// count an account's completed orders. Owned by Order Management (scope sn_ind_tmt_orm).
CrossScopePrivilege({
    $id: Now.ID['csp-read-om-order'],
    status: 'allowed',
    operation: 'read',
    targetName: 'sn_ind_tmt_orm_order',
    targetScope: 'sn_ind_tmt_orm',
    targetType: 'sys_db_object',
})

// The engine reads order line items (action, state, product offering, sold product) to classify events.
CrossScopePrivilege({
    $id: Now.ID['csp-read-om-line-item'],
    status: 'allowed',
    operation: 'read',
    targetName: 'sn_ind_tmt_orm_order_line_item',
    targetScope: 'sn_ind_tmt_orm',
    targetType: 'sys_db_object',
})

// The account-facts reader counts the account's active and suspended sold products (partial vs last
// disconnect). UNCERTAIN owner: the table prefix points to the Install Base app (scope sn_install_base),
// but on some instances the table sits in global. If the scope is wrong the platform asks the admin at
// first use; verify sys_db_object.sys_scope of sn_install_base_sold_product on the target instance.
CrossScopePrivilege({
    $id: Now.ID['csp-read-sold-product'],
    status: 'allowed',
    operation: 'read',
    targetName: 'sn_install_base_sold_product',
    targetScope: 'sn_install_base',
    targetType: 'sys_db_object',
})

// The engine reads the account's current lifecycle state, stage and pin before deciding.
CrossScopePrivilege({
    $id: Now.ID['csp-read-customer-account'],
    status: 'allowed',
    operation: 'read',
    targetName: 'customer_account',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// The engine writes the app's x_oal_lifecycle_* columns on the account (never any other column).
CrossScopePrivilege({
    $id: Now.ID['csp-write-customer-account'],
    status: 'allowed',
    operation: 'write',
    targetName: 'customer_account',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
