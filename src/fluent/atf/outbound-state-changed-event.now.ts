import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// End to end on a real instance: an applied account change queues the registered outbound event with the
// account in parm1 and the TMF629-style payload (naming the account) in parm2.
export const outboundStateChangedEvent = Test(
    {
        $id: Now.ID['atf-outbound-state-changed'],
        name: 'Account Lifecycle: an applied change queues x_oal_lifecycle.account.state_changed',
        description:
            'Creates a customer account and a one-line "add" order, completes the line and the order, then asserts the account is Active and that a sysevent x_oal_lifecycle.account.state_changed was queued whose payload (parm2) is a CustomerStateChangeEvent naming the account and its new status. Needs Order Management and the default rules active.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const account = atf.server.recordInsert({
            $id: Now.ID['atf-outbound-insert-account'],
            table: 'customer_account',
            fieldValues: { name: 'ATF Lifecycle Outbound Account' },
            enforceSecurity: false,
        })

        const order = atf.server.recordInsert({
            $id: Now.ID['atf-outbound-insert-order'],
            table: 'sn_ind_tmt_orm_order',
            fieldValues: { account: account.record_id, state: 'new' },
            enforceSecurity: false,
        })

        const line = atf.server.recordInsert({
            $id: Now.ID['atf-outbound-insert-line'],
            table: 'sn_ind_tmt_orm_order_line_item',
            fieldValues: { order: order.record_id, account: account.record_id, action: 'add', state: 'new' },
            enforceSecurity: false,
        })

        atf.server.recordUpdate({
            $id: Now.ID['atf-outbound-complete-line'],
            table: 'sn_ind_tmt_orm_order_line_item',
            recordId: line.record_id,
            fieldValues: { state: 'completed' },
            enforceSecurity: false,
        })

        atf.server.recordUpdate({
            $id: Now.ID['atf-outbound-complete-order'],
            table: 'sn_ind_tmt_orm_order',
            recordId: order.record_id,
            fieldValues: { state: 'completed' },
            enforceSecurity: false,
        })

        atf.server.recordValidation({
            $id: Now.ID['atf-outbound-assert-active'],
            table: 'customer_account',
            recordId: account.record_id,
            fieldValues: 'x_oal_lifecycle_state=active',
            assert: 'record_validated',
        })

        atf.server.recordQuery({
            $id: Now.ID['atf-outbound-assert-event'],
            table: 'sysevent',
            fieldValues:
                'name=x_oal_lifecycle.account.state_changed^parm2LIKE"name":"ATF Lifecycle Outbound Account"^parm2LIKE"eventType":"CustomerStateChangeEvent"^parm2LIKE"status":"active"',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
    },
)
