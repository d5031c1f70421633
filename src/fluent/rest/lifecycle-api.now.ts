import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { getAccounts, getStages, getTimeline } from '../../server/api/timeline-api'
import { getLint, postSimulate } from '../../server/api/workbench-api'

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
                { $id: Now.ID['lifecycle-api-timeline-offset'], name: 'offset', shortDescription: 'Rows to skip (default 0)' },
                { $id: Now.ID['lifecycle-api-timeline-action'], name: 'action', shortDescription: 'Only events of this order action' },
                { $id: Now.ID['lifecycle-api-timeline-outcome'], name: 'outcome', shortDescription: 'Only events with this outcome' },
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
            shortDescription: 'Lifecycle stage periods of an account with durations (x_oal_lifecycle.agent).',
        },
        {
            $id: Now.ID['lifecycle-api-accounts'],
            name: 'Account picker',
            method: 'GET',
            path: '/accounts',
            script: getAccounts,
            shortDescription: 'Up to 20 accounts whose name contains q (x_oal_lifecycle.agent).',
            parameters: [{ $id: Now.ID['lifecycle-api-accounts-q'], name: 'q', shortDescription: 'Part of the account name' }],
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
    ],
})
