// Security item 5 (medium): field ACLs were bypassed through dot-walks. A user without the app's roles read
// account.x_oal_lifecycle_state and the pin reason from the order table. The referenced table's field read
// ACLs now apply to dot-walked fields in sysparm_fields (omitted), in sysparm_query and ORDERBY (400, the
// condition would filter on a value the caller cannot see), and to reference display values (empty).
import { AGENT_ROLE, startHarness, withArtifacts, type Harness } from './support'

const VIEWER = 'sn_ind_tmt_orm.order_viewer'
const ORDER = 'sn_ind_tmt_orm_order'
let harness: Harness

// One extra ACL in the build output: only lifecycle admins read an offering's name (the display column of
// the line item's product_offering reference).
const offeringNameAcl = {
    sys_id: 'sec_offering_name_read',
    name: 'sn_prd_pm_product_offering.name',
    type: 'record',
    operation: 'read',
    active: 'true',
    admin_overrides: 'true',
    decision_type: 'allow',
    advanced: 'false',
    condition: '',
    script: '',
}

beforeAll(async () => {
    harness = await startHarness({
        users: [
            { userName: 'viewer', roles: [VIEWER] },
            { userName: 'lifecycle', roles: [VIEWER, AGENT_ROLE] },
            { userName: 'lifeadmin', roles: [VIEWER, 'x_oal_lifecycle.admin'] },
        ],
        view: (instance) => {
            const adminRoleId = String(instance.query('sys_user_role', 'name=x_oal_lifecycle.admin')[0].sys_id)
            return withArtifacts(instance, {
                sys_security_acl: [offeringNameAcl],
                sys_security_acl_role: [{ sys_id: 'sec_offering_name_read_role', sys_security_acl: offeringNameAcl.sys_id, sys_user_role: adminRoleId }],
            })
        },
    })
    const { instance } = harness
    const account = instance.insert('customer_account', { name: 'Aurora Logistics', x_oal_lifecycle_state: 'active', x_oal_lifecycle_pin_reason: 'Legal hold' }) as string
    const order = instance.insert(ORDER, { number: 'ORD-DW-1', account, state: 'draft' }) as string
    const offering = instance.insert('sn_prd_pm_product_offering', { name: 'Fibre 1G' }) as string
    instance.insert('sn_ind_tmt_orm_order_line_item', { number: 'LINE-DW-1', order, account, product_offering: offering, state: 'draft' })
})

afterAll(async () => {
    await harness?.close()
})

const orders = (params: Record<string, string>) => `/api/now/table/${ORDER}?${new URLSearchParams(params)}`

describe('security item 5: field ACLs apply through dot-walks', () => {
    it('omits dot-walked fields the caller may not read from sysparm_fields', async () => {
        const fields = 'number,account.name,account.x_oal_lifecycle_state,account.x_oal_lifecycle_pin_reason'
        const asViewer = await harness.get(orders({ sysparm_fields: fields, sysparm_display_value: 'all' }), 'viewer')
        expect(asViewer.status).toBe(200)
        expect((await asViewer.json()).result).toEqual([{ number: { display_value: 'ORD-DW-1', value: 'ORD-DW-1' }, 'account.name': { display_value: 'Aurora Logistics', value: 'Aurora Logistics' } }])
        const asLifecycle = await harness.get(orders({ sysparm_fields: fields }), 'lifecycle')
        expect((await asLifecycle.json()).result).toEqual([
            { number: 'ORD-DW-1', 'account.name': 'Aurora Logistics', 'account.x_oal_lifecycle_state': 'active', 'account.x_oal_lifecycle_pin_reason': 'Legal hold' },
        ])
    })

    it.each([
        ['a dot-walked condition', 'account.x_oal_lifecycle_stateSTARTSWITHa'],
        ['a dot-walked pin reason probe', 'account.x_oal_lifecycle_pin_reasonLIKELegal'],
        ['a dot-walked sort', 'ORDERBYaccount.x_oal_lifecycle_state'],
        ['a dot-walked SAMEAS operand', 'numberSAMEASaccount.x_oal_lifecycle_pin_reason'],
    ])('refuses %s on a field the caller cannot read (400, no count)', async (_what, query) => {
        const response = await harness.get(orders({ sysparm_query: query }), 'viewer')
        expect(response.status).toBe(400)
        expect(response.headers.get('x-total-count')).toBeNull()
        expect((await response.json()).error.detail).toMatch(/not readable/)
        expect((await harness.get(orders({ sysparm_query: query }), 'lifecycle')).status).toBe(200)
    })

    it('refuses a condition on an unreadable field of the table itself', async () => {
        const response = await harness.get(`/api/now/table/customer_account?sysparm_query=${encodeURIComponent('x_oal_lifecycle_pin_reasonSTARTSWITHL')}`, 'viewer')
        expect(response.status).toBe(400)
    })

    it('shows an empty display value for a reference whose display field the caller cannot read', async () => {
        const lines = (user: string) => harness.get(`/api/now/table/sn_ind_tmt_orm_order_line_item?sysparm_fields=product_offering,product_offering.name&sysparm_display_value=true&sysparm_exclude_reference_link=true`, user)
        expect((await (await lines('viewer')).json()).result).toEqual([{ product_offering: '' }])
        expect((await (await lines('lifeadmin')).json()).result).toEqual([{ product_offering: 'Fibre 1G', 'product_offering.name': 'Fibre 1G' }])
        const offering = await harness.get(`/api/now/table/sn_prd_pm_product_offering?sysparm_fields=name`, 'viewer')
        expect((await offering.json()).result).toEqual([{}])
    })
})
