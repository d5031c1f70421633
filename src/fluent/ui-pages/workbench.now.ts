import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'
import workbenchPage from '../../client/workbench/index.html'

// Admin rules workbench page: rules list, create/edit with validation, lint and simulation.
export const workbenchUiPage = UiPage({
    $id: Now.ID['workbench-page'],
    endpoint: 'x_oal_lifecycle_workbench.do',
    description: 'Account lifecycle rules workbench for admins (React).',
    category: 'general',
    html: workbenchPage,
    direct: true,
})
