import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// End to end on a real instance: disconnecting one of two services keeps the account; disconnecting the last one deactivates it.
export const partialVersusLastDisconnect = Test(
    {
        $id: Now.ID['atf-partial-vs-last-disconnect'],
        name: 'Account Lifecycle: only the last disconnect makes an account inactive',
        description:
            'Creates an Active account with two active sold products. A completed disconnect order for the first product must leave the account Active (another service remains; default rule "Last service disconnected: inactive" has scope no service left). After the first product is marked inactive, a completed disconnect order for the second must make the account Inactive.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const account = atf.server.recordInsert({
            $id: Now.ID['atf-disconnect-insert-account'],
            table: 'customer_account',
            fieldValues: { name: 'ATF Lifecycle Disconnect Account', x_oal_lifecycle_state: 'active' },
            enforceSecurity: false,
        })

        const firstService = atf.server.recordInsert({
            $id: Now.ID['atf-disconnect-insert-first-service'],
            table: 'sn_install_base_sold_product',
            fieldValues: { name: 'ATF service 1', account: account.record_id, state: 'active' },
            enforceSecurity: false,
        })

        const secondService = atf.server.recordInsert({
            $id: Now.ID['atf-disconnect-insert-second-service'],
            table: 'sn_install_base_sold_product',
            fieldValues: { name: 'ATF service 2', account: account.record_id, state: 'active' },
            enforceSecurity: false,
        })

        // First disconnect: one of two services.
        const firstOrder = atf.server.recordInsert({
            $id: Now.ID['atf-disconnect-insert-first-order'],
            table: 'sn_ind_tmt_orm_order',
            fieldValues: { account: account.record_id, state: 'new' },
            enforceSecurity: false,
        })

        const firstLine = atf.server.recordInsert({
            $id: Now.ID['atf-disconnect-insert-first-line'],
            table: 'sn_ind_tmt_orm_order_line_item',
            fieldValues: {
                order: firstOrder.record_id,
                account: account.record_id,
                action: 'delete',
                sold_product: firstService.record_id,
                state: 'new',
            },
            enforceSecurity: false,
        })

        atf.server.recordUpdate({
            $id: Now.ID['atf-disconnect-complete-first-line'],
            table: 'sn_ind_tmt_orm_order_line_item',
            recordId: firstLine.record_id,
            fieldValues: { state: 'completed' },
            enforceSecurity: false,
        })

        atf.server.recordUpdate({
            $id: Now.ID['atf-disconnect-complete-first-order'],
            table: 'sn_ind_tmt_orm_order',
            recordId: firstOrder.record_id,
            fieldValues: { state: 'completed' },
            enforceSecurity: false,
        })

        atf.server.recordValidation({
            $id: Now.ID['atf-disconnect-assert-still-active'],
            table: 'customer_account',
            recordId: account.record_id,
            fieldValues: 'x_oal_lifecycle_state=active',
            assert: 'record_validated',
        })

        // What fulfillment does to the disconnected product (done here in case the OOTB flow does not run in ATF).
        atf.server.recordUpdate({
            $id: Now.ID['atf-disconnect-retire-first-service'],
            table: 'sn_install_base_sold_product',
            recordId: firstService.record_id,
            fieldValues: { state: 'inactive' },
            enforceSecurity: false,
        })

        // Second disconnect: the last service.
        const secondOrder = atf.server.recordInsert({
            $id: Now.ID['atf-disconnect-insert-second-order'],
            table: 'sn_ind_tmt_orm_order',
            fieldValues: { account: account.record_id, state: 'new' },
            enforceSecurity: false,
        })

        const secondLine = atf.server.recordInsert({
            $id: Now.ID['atf-disconnect-insert-second-line'],
            table: 'sn_ind_tmt_orm_order_line_item',
            fieldValues: {
                order: secondOrder.record_id,
                account: account.record_id,
                action: 'delete',
                sold_product: secondService.record_id,
                state: 'new',
            },
            enforceSecurity: false,
        })

        atf.server.recordUpdate({
            $id: Now.ID['atf-disconnect-complete-second-line'],
            table: 'sn_ind_tmt_orm_order_line_item',
            recordId: secondLine.record_id,
            fieldValues: { state: 'completed' },
            enforceSecurity: false,
        })

        atf.server.recordUpdate({
            $id: Now.ID['atf-disconnect-complete-second-order'],
            table: 'sn_ind_tmt_orm_order',
            recordId: secondOrder.record_id,
            fieldValues: { state: 'completed' },
            enforceSecurity: false,
        })

        atf.server.recordValidation({
            $id: Now.ID['atf-disconnect-assert-inactive'],
            table: 'customer_account',
            recordId: account.record_id,
            fieldValues: 'x_oal_lifecycle_state=inactive',
            assert: 'record_validated',
        })
    },
)
