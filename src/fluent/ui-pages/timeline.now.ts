import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'
import timelinePage from '../../client/timeline/index.html'

// Agent timeline page: an account's state, stage band and explained order events (?account=<sys_id>).
export const timelineUiPage = UiPage({
    $id: Now.ID['timeline-page'],
    endpoint: 'x_oal_lifecycle_timeline.do',
    description: 'Account lifecycle timeline for fulfillment agents (React).',
    category: 'general',
    html: timelinePage,
    direct: true,
})
