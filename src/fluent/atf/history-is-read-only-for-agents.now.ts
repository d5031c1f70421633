import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { adminRole, agentRole } from '../roles/roles.now'

// ACLs on a real instance: agents cannot edit the timeline or the mapping rules; lifecycle admins can add rules.
export const historyIsReadOnlyForAgents = Test(
    {
        $id: Now.ID['atf-history-read-only-for-agents'],
        name: 'Account Lifecycle: agents cannot change timeline events or rules, admins can add rules',
        description:
            'Inserts a timeline event in system context, then impersonates a new user with only the lifecycle agent role and asserts (with ACLs enforced) that updating that event, inserting an event and inserting a mapping rule are all refused. The positive side: a new user with the lifecycle admin role can insert a mapping rule.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const event = atf.server.recordInsert({
            $id: Now.ID['atf-acl-insert-event'],
            table: 'x_oal_lifecycle_event',
            fieldValues: { event_key: 'atf-acl-check:place:completed', explanation: 'Inserted by ATF' },
            enforceSecurity: false,
        })

        atf.server.createUser({
            $id: Now.ID['atf-acl-create-agent'],
            firstName: 'ATF',
            lastName: 'Lifecycle Agent',
            roles: [agentRole],
            impersonate: true,
        })

        atf.server.recordUpdate({
            $id: Now.ID['atf-acl-agent-cannot-edit-event'],
            table: 'x_oal_lifecycle_event',
            recordId: event.record_id,
            fieldValues: { explanation: 'Edited by an agent' },
            assert: 'record_not_updated',
            enforceSecurity: true,
        })

        atf.server.recordInsert({
            $id: Now.ID['atf-acl-agent-cannot-insert-event'],
            table: 'x_oal_lifecycle_event',
            fieldValues: { event_key: 'atf-acl-agent:place:completed' },
            assert: 'record_not_inserted',
            enforceSecurity: true,
        })

        atf.server.recordInsert({
            $id: Now.ID['atf-acl-agent-cannot-insert-rule'],
            table: 'x_oal_lifecycle_rule',
            fieldValues: { name: 'ATF agent rule', action: 'place', milestone: 'completed', target_state: 'active' },
            assert: 'record_not_inserted',
            enforceSecurity: true,
        })

        atf.server.createUser({
            $id: Now.ID['atf-acl-create-admin'],
            firstName: 'ATF',
            lastName: 'Lifecycle Admin',
            roles: [adminRole],
            impersonate: true,
        })

        atf.server.recordInsert({
            $id: Now.ID['atf-acl-admin-inserts-rule'],
            table: 'x_oal_lifecycle_rule',
            fieldValues: {
                name: 'ATF admin rule',
                active: false,
                action: 'place',
                milestone: 'completed',
                target_state: 'active',
            },
            assert: 'record_successfully_inserted',
            enforceSecurity: true,
        })
    },
)
