// Revenue movement, tried as a revenue analyst would: orders driven through the shipped business rules on the local
// instance; each completed order is tagged once on the timeline and listed in the "Revenue Movements" module.
import { createTestInstance, type TestInstance } from '../../tools/local-instance/src/testkit'
import { EVENT_TABLE } from '../../src/server/app-schema'
import { OmDriver } from './support/om-driver'
import { appModule, moduleRows } from './support/app-probes'

let instance: TestInstance
let om: OmDriver

beforeEach(() => {
    instance = createTestInstance()
    om = new OmDriver(instance)
})
afterEach(() => instance.close())

const DAY = 24 * 3600 * 1000

/** What the "Revenue Movements" module lists for the account: [movement, order] newest last. */
function movementsListed(account: string): Array<[string | null, string | null]> {
    expect(appModule(instance, 'Revenue Movements').name).toBe(EVENT_TABLE)
    return moduleRows(instance, 'Revenue Movements', `account=${account}`)
        .reverse()
        .map((row) => [row.movement, row.order])
}

describe('revenue movement', () => {
    it('tags new, expansion, contraction, churn and reactivation, once per completed order', () => {
        const account = om.account('Acme Telecom')
        const fiber = om.service(account, 'Fiber 1G', 'installation_pending')
        const first = om.submit(account, [{ action: 'add', soldProduct: fiber }])
        om.complete(first, [fiber], 'active')
        instance.clock.advance(DAY)
        const tv = om.service(account, 'TV', 'installation_pending')
        const addOn = om.submit(account, [{ action: 'add', soldProduct: tv }])
        om.complete(addOn, [tv], 'active')
        instance.clock.advance(DAY)
        const dropTv = om.submit(account, [{ action: 'delete', soldProduct: tv, reason: 'Price' }])
        om.complete(dropTv, [tv], 'inactive')
        instance.clock.advance(DAY)
        const leave = om.submit(account, [{ action: 'delete', soldProduct: fiber, reason: 'Competitor offer' }])
        om.complete(leave, [fiber], 'inactive')
        instance.clock.advance(DAY)
        const back = om.service(account, 'Fiber 2G', 'installation_pending')
        const winBack = om.submit(account, [{ action: 'add', soldProduct: back }])
        om.complete(winBack, [back], 'active')

        expect(movementsListed(account)).toEqual([
            ['new', first.order],
            ['expansion', addOn.order],
            ['contraction', dropTv.order],
            ['churn', leave.order],
            ['reactivation', winBack.order],
        ])
        // Submissions and in-progress rows carry no movement: one tag per order.
        expect(om.events(account).filter((event) => event.movement).map((event) => event.milestone)).toEqual(['completed', 'completed', 'completed', 'completed', 'completed'])
    })

    it('a like-for-like migration is a movement only when the recurring charges say so', () => {
        const account = om.account('Acme Telecom')
        const old = om.service(account, 'Fiber 1G', 'installation_pending')
        om.complete(om.submit(account, [{ action: 'add', soldProduct: old, charge: 'USD;40.00' }]), [old], 'active')
        instance.clock.advance(DAY)
        const faster = om.service(account, 'Fiber 2G', 'installation_pending')
        const upgrade = om.submit(account, [
            { action: 'add', soldProduct: faster, charge: 'USD;55.00' },
            { action: 'delete', soldProduct: old, charge: 'USD;40.00', reason: 'Upgrade' },
        ])
        om.finish(upgrade, { services: [[faster, 'active'], [old, 'inactive']] })
        const row = om.events(account).find((event) => event.order === upgrade.order && event.milestone === 'completed')!
        expect(row).toMatchObject({ action: 'modify', movement: 'expansion', churn_type: 'migration' })

        instance.clock.advance(DAY)
        const same = om.service(account, 'Fiber 2G Pro', 'installation_pending')
        const swap = om.submit(account, [{ action: 'add', soldProduct: same }, { action: 'delete', soldProduct: faster }])
        om.finish(swap, { services: [[same, 'active'], [faster, 'inactive']] })
        // No charges on the lines: same count, no movement (not a false expansion or churn).
        expect(om.events(account).find((event) => event.order === swap.order && event.milestone === 'completed')?.movement).toBeNull()
    })
})
