import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'

// "Lifecycle timeline" form link on customer_account: opens the agent timeline page for this account.
export const openTimelineAction = UiAction({
    $id: Now.ID['open-timeline-action'],
    name: 'Lifecycle timeline',
    table: 'customer_account',
    actionName: 'x_oal_lifecycle_open_timeline',
    hint: 'Open the account lifecycle timeline: state, stage periods and explained order events',
    form: { showLink: true, showButton: false, showContextMenu: false },
    condition: '!current.isNewRecord()',
    roles: ['x_oal_lifecycle.agent'],
    order: 100,
    script: `action.setRedirectURL('x_oal_lifecycle_timeline.do?account=' + current.getUniqueValue());`,
})
