import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

// A dedicated "Account Lifecycle" view on customer_account. The app's account list, form and related lists
// live in this view instead of the Default view, because shipping a Default-view layout for a platform table
// would replace the customer's own account form and related lists on install.
export const accountLifecycleView = Record({
    $id: Now.ID['view-account-lifecycle'],
    table: 'sys_ui_view',
    data: {
        name: 'x_oal_lifecycle',
        title: 'Account Lifecycle',
    },
})
