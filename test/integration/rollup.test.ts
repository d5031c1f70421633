// Hierarchy roll-up, tried as an admin of a customer group would: child accounts' orders driven through the shipped
// business rules on the local instance; with the policies off (default) parents are untouched; with them on, a parent
// follows its children, its timeline names the child, a pin on it stops roll-up, and a loop is detected, recorded
// once on the timeline and stops the chain.
import { createTestInstance, type TestInstance } from '../../tools/local-instance/src/testkit'
import { PROPERTIES } from '../../src/server/app-schema'
import { ACCOUNT_TABLE } from '../../src/server/order-management/om-model'
import { OUTBOUND_EVENT_NAMES, parsePayload } from '../../src/server/lifecycle/outbound'
import { OmDriver } from './support/om-driver'

let instance: TestInstance
let om: OmDriver

beforeEach(() => {
    instance = createTestInstance()
    om = new OmDriver(instance)
})
afterEach(() => instance.close())

const DAY = 24 * 3600 * 1000

function rollUpOn(): void {
    instance.setProperty(PROPERTIES.rollupStatePolicy, 'any_active')
    instance.setProperty(PROPERTIES.rollupStagePolicy, 'most_advanced')
}

function childOf(parent: string, name: string): string {
    const child = om.account(name)
    instance.update(ACCOUNT_TABLE, child, { account_parent: parent })
    return child
}

/** A completed first order: the child becomes Active in Onboarding. */
function activate(account: string): void {
    om.complete(om.submit(account, [{ action: 'add' }]))
}

describe('hierarchy roll-up', () => {
    it('is off by default: a child\'s change leaves the parent alone', () => {
        const parent = om.account('Group plc')
        activate(childOf(parent, 'Branch North'))
        expect(om.accountState(parent)).toEqual({ state: null, stage: null })
        expect(om.events(parent)).toEqual([])
    })

    it('a parent follows its children (any child active ⇒ active; most advanced stage), naming the child, up the hierarchy', () => {
        rollUpOn()
        const group = om.account('Group plc')
        const region = childOf(group, 'Region West')
        const north = childOf(region, 'Branch North')
        activate(north)
        expect(om.accountState(region)).toEqual({ state: 'active', stage: 'onboarding' })
        expect(om.accountState(group)).toEqual({ state: 'active', stage: 'onboarding' })
        const rows = om.events(region)
        expect(rows.map((row) => [row.source, row.outcome])).toEqual([
            ['rollup', 'applied'],
            ['rollup', 'applied'],
        ])
        expect(rows[0].explanation).toContain('Roll-up from child account "Branch North"')
        // The parent's change is announced like any other, naming the child and the chain.
        const groupEvents = instance.jobs.queue.sysevents().filter((event) => event.parm1 === group && event.name === OUTBOUND_EVENT_NAMES.stateChanged)
        expect(groupEvents.map((event) => parsePayload(String(event.parm2))?.cause.childAccountId)).toEqual([region, region])
        expect(parsePayload(String(groupEvents[1].parm2))?.chain).toEqual([north, region, group])

        // A second branch reaching Expansion moves the parent's stage on; the first branch churning does not make it inactive.
        const south = childOf(region, 'Branch South')
        activate(south)
        instance.clock.advance(DAY)
        om.complete(om.submit(south, [{ action: 'add' }]))
        expect(om.accountState(south).stage).toBe('expansion')
        expect(om.accountState(region)).toEqual({ state: 'active', stage: 'expansion' })
    })

    it('a pin on the parent stops roll-up there', () => {
        rollUpOn()
        const parent = om.account('Group plc')
        instance.update(ACCOUNT_TABLE, parent, { x_oal_lifecycle_pinned_until: '2099-01-01 00:00:00', x_oal_lifecycle_pin_reason: 'Group restructuring' })
        activate(childOf(parent, 'Branch North'))
        expect(om.accountState(parent)).toEqual({ state: null, stage: null })
    })

    it('detects a loop, records it once per change on the timeline and stops the chain', () => {
        rollUpOn()
        const a = om.account('Alpha Ltd')
        const b = childOf(a, 'Beta Ltd')
        instance.update(ACCOUNT_TABLE, a, { account_parent: b })
        activate(b)
        // Each change of Beta (submitted: Pending; completed: Active) → Alpha follows → back to Beta: a loop, recorded
        // once for that change on Beta, and nothing climbs further (Beta is not changed by its own roll-up).
        expect(om.accountState(a)).toEqual({ state: 'active', stage: 'onboarding' })
        expect(om.events(a).map((row) => [row.source, row.state_to])).toEqual([
            ['rollup', 'pending'],
            ['rollup', 'active'],
        ])
        const stops = om.events(b).filter((row) => row.source === 'rollup')
        expect(stops.map((row) => [row.outcome, row.state_to])).toEqual([
            ['blocked_by_guard', 'pending'],
            ['blocked_by_guard', 'active'],
        ])
        expect(stops[0].explanation).toContain('Hierarchy loop: Beta Ltd → Alpha Ltd → Beta Ltd')
        expect(om.accountState(b)).toEqual({ state: 'active', stage: 'onboarding' })
    })
})
