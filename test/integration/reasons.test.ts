// Reason codes, tried as an admin and an agent would: orders with action reasons driven through the shipped
// business rules; the timeline row records the reason and its churn type; admins edit the mapping (validated,
// messages naming the field) and it decides later rows; a rule condition on the churn type decides the state.
import { startHarness, type Harness } from '../unit/local-instance/security/support'
import { REASON_TABLE, RULE_TABLE } from '../../src/server/app-schema'
import { OmDriver } from './support/om-driver'
import { recalculate } from './support/app-probes'

let harness: Harness
let om: OmDriver

beforeEach(async () => {
    harness = await startHarness({
        users: [
            { userName: 'lifecycle.admin', roles: ['x_oal_lifecycle.admin'] },
            { userName: 'agent', roles: ['x_oal_lifecycle.agent'] },
            { userName: 'nobody', roles: [] },
        ],
    })
    om = new OmDriver(harness.instance)
})
afterEach(() => harness.close())

function recalculateDryRun(account: string) {
    return recalculate(harness.instance, account, 'dry_run')
}

/** An active customer with one service in service. */
function customer(name: string): { account: string; service: string } {
    const account = om.account(name)
    const service = om.service(account, 'Fiber 1G', 'installation_pending')
    om.complete(om.submit(account, [{ action: 'add', soldProduct: service }]), [service], 'active')
    return { account, service }
}

function disconnectRow(account: string) {
    return om.events(account).find((event) => event.action === 'disconnect' && event.milestone === 'completed')!
}

describe('reason codes', () => {
    it('records the line\'s action reason and the churn type the shipped mapping gives it; an unknown reason is Other', () => {
        const unpaid = customer('Unpaid Ltd')
        om.complete(om.submit(unpaid.account, [{ action: 'delete', soldProduct: unpaid.service, reason: 'Non-payment' }]), [unpaid.service], 'inactive')
        expect(disconnectRow(unpaid.account)).toMatchObject({ action_reason: 'Non-payment', churn_type: 'involuntary', movement: 'churn' })
        // Every row of the order carries it (submitted too), so the timeline says why from the start.
        expect(om.events(unpaid.account).filter((event) => event.action === 'disconnect').map((event) => event.churn_type)).toEqual(['involuntary', 'involuntary', 'involuntary'])

        const abroad = customer('Abroad Ltd')
        om.complete(om.submit(abroad.account, [{ action: 'delete', soldProduct: abroad.service, reason: 'Moved abroad' }]), [abroad.service], 'inactive')
        expect(disconnectRow(abroad.account)).toMatchObject({ action_reason: 'Moved abroad', churn_type: 'other' })

        const silent = customer('Silent Ltd')
        om.complete(om.submit(silent.account, [{ action: 'delete', soldProduct: silent.service }]), [silent.service], 'inactive')
        expect(disconnectRow(silent.account)).toMatchObject({ action_reason: null, churn_type: null })
    })

    it('an admin\'s new mapping decides later events; agents read the mappings but cannot change them', async () => {
        const created = await harness.send('POST', `/api/now/table/${REASON_TABLE}`, 'lifecycle.admin', { reason: 'moved abroad', match: 'exact', churn_type: 'voluntary', order: '50' })
        expect(created.status).toBe(201)
        const abroad = customer('Abroad Ltd')
        om.complete(om.submit(abroad.account, [{ action: 'delete', soldProduct: abroad.service, reason: 'Moved_Abroad' }]), [abroad.service], 'inactive')
        expect(disconnectRow(abroad.account)).toMatchObject({ churn_type: 'voluntary' })

        const read = await harness.send('GET', `/api/now/table/${REASON_TABLE}?sysparm_query=reason=moved abroad`, 'agent')
        expect(read.status).toBe(200)
        expect(((await read.json()) as { result: unknown[] }).result).toHaveLength(1)
        const agentCreate = await harness.send('POST', `/api/now/table/${REASON_TABLE}`, 'agent', { reason: 'x', churn_type: 'other' })
        expect(agentCreate.status).toBe(403)
        const nobodyRead = await harness.send('GET', `/api/now/table/${REASON_TABLE}`, 'nobody')
        expect(nobodyRead.status === 403 || ((await nobodyRead.json()) as { result: unknown[] }).result.length === 0).toBe(true)
    })

    it('refuses an invalid mapping with a message naming the field', async () => {
        const response = await harness.send('POST', `/api/now/table/${REASON_TABLE}`, 'lifecycle.admin', { reason: 'late', churn_type: 'angry', match: 'contains' })
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(JSON.stringify(await response.json())).toContain('Churn type: \\"angry\\" is not one of voluntary, involuntary, migration, other')
        expect(harness.instance.query(REASON_TABLE, 'reason=late')).toHaveLength(0)
    })

    it('a rule condition on the churn type decides which rule applies: involuntary churn only', () => {
        harness.instance.insert(RULE_TABLE, {
            name: 'Involuntary churn: closed',
            active: 'true',
            order: '10',
            action: 'disconnect',
            milestone: 'completed',
            condition_field: 'churn_type',
            condition_operator: 'is',
            condition_value: 'involuntary',
            from_state: 'active',
            target_state: 'inactive',
            // A stage of its own, so a replay that lost the churn type would decide this account differently.
            target_stage: 'monitoring',
            scope: 'last_active_service',
            allow_backward: 'false',
            stop_processing: 'true',
        })
        const fraud = customer('Fraud Ltd')
        om.complete(om.submit(fraud.account, [{ action: 'delete', soldProduct: fraud.service, reason: 'Fraud suspected' }]), [fraud.service], 'inactive')
        const row = disconnectRow(fraud.account)
        expect(row).toMatchObject({ outcome: 'applied', state_to: 'inactive', stage_to: 'monitoring', churn_type: 'involuntary' })
        expect(harness.instance.get(RULE_TABLE, String(row.state_rule))?.name).toBe('Involuntary churn: closed')

        const leaver = customer('Leaver Ltd')
        om.complete(om.submit(leaver.account, [{ action: 'delete', soldProduct: leaver.service, reason: 'Customer request' }]), [leaver.service], 'inactive')
        const other = disconnectRow(leaver.account)
        expect(other.churn_type).toBe('voluntary')
        expect(om.accountState(leaver.account).stage).toBe('onboarding')
        expect(harness.instance.get(RULE_TABLE, String(other.state_rule))?.name).not.toBe('Involuntary churn: closed')

        // A recalculation replays with the same reason mapping: it decides both accounts as live processing did.
        for (const account of [fraud.account, leaver.account]) expect(recalculateDryRun(account)).toMatchObject({ status: 'unchanged' })
    })
})
