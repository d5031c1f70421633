import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { getAccounts, getStages, getTimeline } from '../../server/api/timeline-api'
import { getInventoryMapping, getLint, postSimulate } from '../../server/api/workbench-api'
import { getExport } from '../../server/api/export-api'

// Lifecycle REST API (/api/x_oal_lifecycle/lifecycle/...): agent timeline reads and admin rule tools.
// Every handler checks its role itself (agent: timeline, stages, accounts; admin: simulate, lint).
export const lifecycleApi = RestApi({
    $id: Now.ID['lifecycle-api'],
    name: 'Account Lifecycle',
    serviceId: 'lifecycle',
    namespace: 'x_oal_lifecycle',
    shortDescription: 'Account lifecycle timeline for agents; rule simulation and lint for admins.',
    consumes: 'application/json',
    produces: 'application/json',
    routes: [
        {
            $id: Now.ID['lifecycle-api-timeline'],
            name: 'Account timeline',
            method: 'GET',
            path: '/accounts/{id}/timeline',
            script: getTimeline,
            shortDescription: 'Newest-first timeline events of an account (x_oal_lifecycle.agent).',
            parameters: [
                { $id: Now.ID['lifecycle-api-timeline-limit'], name: 'limit', shortDescription: 'Page size, 1–200 (default 50)' },
                { $id: Now.ID['lifecycle-api-timeline-cursor'], name: 'cursor', shortDescription: 'nextCursor of the previous page (keyset paging, newest first)' },
                { $id: Now.ID['lifecycle-api-timeline-before'], name: 'before', shortDescription: 'Jump: start at the newest event on or before this date (YYYY-MM-DD[ HH:mm:ss] UTC)' },
                { $id: Now.ID['lifecycle-api-timeline-action'], name: 'action', shortDescription: 'Only events of these order actions (comma-separated)' },
                { $id: Now.ID['lifecycle-api-timeline-outcome'], name: 'outcome', shortDescription: 'Only events with these outcomes (comma-separated)' },
                { $id: Now.ID['lifecycle-api-timeline-q'], name: 'q', shortDescription: 'Order number or rule name contains this text' },
                { $id: Now.ID['lifecycle-api-timeline-from'], name: 'from', shortDescription: 'Occurred on or after (YYYY-MM-DD[ HH:mm:ss] UTC)' },
                { $id: Now.ID['lifecycle-api-timeline-to'], name: 'to', shortDescription: 'Occurred on or before (YYYY-MM-DD[ HH:mm:ss] UTC)' },
            ],
        },
        {
            $id: Now.ID['lifecycle-api-stages'],
            name: 'Account stage periods',
            method: 'GET',
            path: '/accounts/{id}/stages',
            script: getStages,
            shortDescription: 'Account header and history: stage and state periods with durations, the events that set the current state and stage, orders in flight (x_oal_lifecycle.agent).',
        },
        {
            $id: Now.ID['lifecycle-api-accounts'],
            name: 'Account picker',
            method: 'GET',
            path: '/accounts',
            script: getAccounts,
            shortDescription: 'Up to 20 accounts whose name or number, or one of whose order numbers, contains q, with the total (x_oal_lifecycle.agent).',
            parameters: [{ $id: Now.ID['lifecycle-api-accounts-q'], name: 'q', shortDescription: 'Part of the account name or number, or of an order number' }],
        },
        {
            $id: Now.ID['lifecycle-api-simulate'],
            name: 'Simulate rules',
            method: 'POST',
            path: '/simulate',
            script: postSimulate,
            shortDescription: 'Evaluate an order or a described event against the active rules and an optional draft rule; writes nothing (x_oal_lifecycle.admin).',
            requestExample: '{"orderId":"ORD0001001","draftRule":{"name":"Engage","action":"place","milestone":"completed","target_stage":"engagement"}}',
        },
        {
            $id: Now.ID['lifecycle-api-lint'],
            name: 'Lint rules',
            method: 'GET',
            path: '/rules/lint',
            script: getLint,
            shortDescription: 'Overlapping, unreachable, backward-stage and invalid active rules (x_oal_lifecycle.admin).',
        },
        {
            $id: Now.ID['lifecycle-api-export'],
            name: 'Export timeline',
            method: 'GET',
            path: '/export',
            script: getExport,
            shortDescription: 'Timeline events of one account or of accounts by state/stage as CSV or JSON, oldest first, streamed; refused over x_oal_lifecycle.export.max_rows (x_oal_lifecycle.agent).',
            parameters: [
                { $id: Now.ID['lifecycle-api-export-format'], name: 'format', shortDescription: 'csv (default) or json' },
                { $id: Now.ID['lifecycle-api-export-account'], name: 'account', shortDescription: 'An account sys_id' },
                { $id: Now.ID['lifecycle-api-export-accounts'], name: 'accounts', shortDescription: 'Account sys_ids, comma-separated (at most 1,000)' },
                { $id: Now.ID['lifecycle-api-export-account-state'], name: 'account_state', shortDescription: 'Accounts in these lifecycle states (comma-separated)' },
                { $id: Now.ID['lifecycle-api-export-account-stage'], name: 'account_stage', shortDescription: 'Accounts in these lifecycle stages (comma-separated)' },
            ],
        },
        {
            $id: Now.ID['lifecycle-api-inventory-mapping'],
            name: 'Inventory mapping',
            method: 'GET',
            path: '/inventory-mapping',
            script: getInventoryMapping,
            shortDescription: 'What each sold-product state means to the account (in service, suspended, not yet, gone) and any problem with the x_oal_lifecycle.inventory.* properties (x_oal_lifecycle.admin).',
        },
    ],
})
