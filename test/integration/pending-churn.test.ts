// Pending changes, tried as an agent would: a disconnect submitted for the last service shows as "churn pending on
// <committed due date>" on the account and in the "Accounts with Pending Churn" module, and goes away when the order
// completes (the churn happened) or is canceled or rejected (withdrawn). Orders through the shipped business rules.
import { createTestInstance, type TestInstance } from '../../tools/local-instance/src/testkit'
import { ACCOUNT_SIGNAL_FIELDS } from '../../src/server/app-schema'
import { ACCOUNT_TABLE } from '../../src/server/order-management/om-model'
import { OmDriver } from './support/om-driver'
import { moduleRows } from './support/app-probes'

let instance: TestInstance
let om: OmDriver

beforeEach(() => {
    instance = createTestInstance()
    om = new OmDriver(instance)
})
afterEach(() => instance.close())

const DAY = 24 * 3600 * 1000
const DUE = '2026-02-15 00:00:00'

function customerWith(count: number): { account: string; services: string[] } {
    const account = om.account('Acme Telecom')
    const services: string[] = []
    for (let index = 0; index < count; index++) {
        const service = om.service(account, `Service ${index}`, 'installation_pending')
        om.complete(om.submit(account, [{ action: 'add', soldProduct: service }]), [service], 'active')
        services.push(service)
    }
    instance.clock.advance(DAY)
    return { account, services }
}

function pending(account: string) {
    const row = instance.get(ACCOUNT_TABLE, account)!
    return { change: row[ACCOUNT_SIGNAL_FIELDS.pendingChange], due: row[ACCOUNT_SIGNAL_FIELDS.pendingDue], order: row[ACCOUNT_SIGNAL_FIELDS.pendingOrderId] }
}

/** Accounts the "Accounts with Pending Churn" module lists. */
function listed(): string[] {
    return moduleRows(instance, 'Accounts with Pending Churn').map((row) => String(row.sys_id))
}

describe('pending churn', () => {
    it('shows on the account and in the module from submission, and is settled when the disconnect completes', () => {
        const { account, services } = customerWith(1)
        const leave = om.submit(account, [{ action: 'delete', soldProduct: services[0], reason: 'Competitor offer' }], { dueDate: DUE })
        expect(pending(account)).toEqual({ change: 'churn', due: DUE, order: leave.order })
        expect(listed()).toEqual([account])
        const submitted = om.events(account).find((event) => event.order === leave.order && event.milestone === 'submitted')!
        expect(submitted.explanation).toContain(`Churn pending on ${DUE}`)

        om.complete(leave, [services[0]], 'inactive')
        expect(pending(account)).toEqual({ change: null, due: null, order: null })
        expect(listed()).toEqual([])
        expect(om.accountState(account).state).toBe('inactive')
        expect(instance.get(ACCOUNT_TABLE, account)?.[ACCOUNT_SIGNAL_FIELDS.churnedAt]).toBeTruthy()
    })

    it.each(['canceled', 'rejected'])('is withdrawn when the order is %s; the customer stays active', (state) => {
        const { account, services } = customerWith(1)
        const leave = om.submit(account, [{ action: 'delete', soldProduct: services[0] }], { dueDate: DUE })
        expect(listed()).toEqual([account])
        om.advance(leave, state)
        expect(pending(account)).toEqual({ change: null, due: null, order: null })
        expect(listed()).toEqual([])
        expect(om.accountState(account).state).toBe('active')
        const withdrawn = om.events(account).find((event) => event.order === leave.order && event.milestone === state)!
        expect(withdrawn.explanation).toContain('pending change of this order is withdrawn')
    })

    it('a partial disconnect is not pending churn; suspending every service is a pending suspension (without a due date) once the order is in progress', () => {
        const { account, services } = customerWith(2)
        om.submit(account, [{ action: 'delete', soldProduct: services[0] }], { dueDate: DUE })
        expect(pending(account).change).toBeNull()
        const suspend = om.submit(account, [{ action: 'suspend', soldProduct: services[0] }, { action: 'suspend', soldProduct: services[1] }])
        // The first line's save reports the submission before the second line exists: one of two, not pending yet.
        expect(pending(account).change).toBeNull()
        // In progress, the order carries both lines: nothing would be left in service, only suspended ones.
        om.advance(suspend, 'in_progress')
        expect(pending(account)).toMatchObject({ change: 'suspension', due: null, order: suspend.order })
        expect(listed()).toEqual([account])
    })
})
