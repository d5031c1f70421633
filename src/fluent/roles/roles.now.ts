import '@servicenow/sdk/global'
import { Role } from '@servicenow/sdk/core'

// Fulfillment agents: read account timelines and lifecycle stage periods.
export const agentRole = Role({
    name: 'x_oal_lifecycle.agent',
    description:
        'Reads account lifecycle timelines and stage periods. Grant to holders of sn_ind_tmt_orm.order_viewer who work with customer accounts.',
})

// Administrators: configure mapping rules and properties, recalculate accounts; includes the agent role.
export const adminRole = Role({
    name: 'x_oal_lifecycle.admin',
    description: 'Configures account lifecycle mapping rules and properties, pins accounts and runs recalculations.',
    containsRoles: [agentRole],
})
