import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'

// Bridge from the order/line business rules to the TypeScript mapper module; internal to this scope.
export const accountLifecycleMapper = ScriptInclude({
    $id: Now.ID['script-include-account-lifecycle-mapper'],
    name: 'AccountLifecycleMapper',
    script: Now.include('../../scripts/AccountLifecycleMapper.js'),
    description:
        'Maps Order Management order and line item state changes to customer account state, lifecycle stage and timeline events (delegates to the account-lifecycle-mapper module).',
    accessibleFrom: 'package_private',
    clientCallable: false,
    active: true,
})
