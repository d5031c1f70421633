import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// End to end on a real instance: a completed first order makes a new account Active (default rules + business rules).
export const placeOrderActivatesAccount = Test(
    {
        $id: Now.ID['atf-place-order-activates-account'],
        name: 'Account Lifecycle: completed place order activates a new account',
        description:
            'Creates a customer account, a customer order with one "add" line, then moves the line and the order to Completed, and asserts the account lifecycle state is Active (default rule "Order completed: active"). Needs Order Management and the default rules active.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const account = atf.server.recordInsert({
            $id: Now.ID['atf-place-insert-account'],
            table: 'customer_account',
            fieldValues: { name: 'ATF Lifecycle Place Account' },
            enforceSecurity: false,
        })

        const order = atf.server.recordInsert({
            $id: Now.ID['atf-place-insert-order'],
            table: 'sn_ind_tmt_orm_order',
            fieldValues: { account: account.record_id, state: 'new' },
            enforceSecurity: false,
        })

        const line = atf.server.recordInsert({
            $id: Now.ID['atf-place-insert-line'],
            table: 'sn_ind_tmt_orm_order_line_item',
            fieldValues: { order: order.record_id, account: account.record_id, action: 'add', state: 'new' },
            enforceSecurity: false,
        })

        atf.server.recordUpdate({
            $id: Now.ID['atf-place-complete-line'],
            table: 'sn_ind_tmt_orm_order_line_item',
            recordId: line.record_id,
            fieldValues: { state: 'completed' },
            enforceSecurity: false,
        })

        atf.server.recordUpdate({
            $id: Now.ID['atf-place-complete-order'],
            table: 'sn_ind_tmt_orm_order',
            recordId: order.record_id,
            fieldValues: { state: 'completed' },
            enforceSecurity: false,
        })

        atf.server.recordValidation({
            $id: Now.ID['atf-place-assert-active'],
            table: 'customer_account',
            recordId: account.record_id,
            fieldValues: 'x_oal_lifecycle_state=active',
            assert: 'record_validated',
        })
    },
)
