/**
 * Bulk recalculation on the local instance (the real build), through the real async business rule on
 * x_oal_lifecycle_recalc: an admin changes the mapping rules, previews the change with a dry-run request on a
 * condition (the diff is on the request, nothing is written), then applies it. A write that fails in the
 * middle of one account leaves that account exactly as it was and is counted on the request.
 */
import { createTestInstance } from '../../tools/local-instance/src/testkit'
import type { TestInstance } from '../../tools/local-instance/src/testkit'
import { ensureUser } from '../../tools/local-instance/src/security/users'
import { PROPERTIES, RULE_FIELDS, RULE_TABLE, STAGE_TABLE } from '../../src/server/app-schema'
import { ACCOUNT_TABLE } from '../../src/server/order-management/om-model'
import { RECALC_TABLE } from '../../src/server/glide/recalculation/recalc-schema'
import { OmDriver } from './support/om-driver'

const ADMIN = 'lifecycle.admin'
const NORTH_ACCOUNTS = 'nameSTARTSWITHNorth'

let instance: TestInstance
let om: OmDriver

beforeEach(() => {
    instance = createTestInstance()
    om = new OmDriver(instance)
    ensureUser(instance, { userName: ADMIN, password: 'admin', roles: ['x_oal_lifecycle.admin'] })
})
afterEach(() => instance.close())

/** A customer whose first order completed under the shipped rules: active, onboarding. */
function customer(name: string): string {
    const account = om.account(name)
    om.complete(om.submit(account, [{ action: 'add' }]))
    return account
}

/** Everything a recalculation may write for the account: its row, its timeline and its stage periods. */
function footprint(account: string) {
    return { account: instance.get(ACCOUNT_TABLE, account), timeline: om.events(account), periods: om.stagePeriods(account) }
}

/**
 * The footprint without the update bookkeeping: a rollback is a compensating write (the platform has no
 * script transaction), so a row written and restored keeps the trace of both writes in sys_mod_count and
 * sys_updated_by/on, as its audit history would. Every business value must be back as it was.
 */
function valuesOf(account: string) {
    const withoutBookkeeping = (row: Record<string, string | null> | undefined) => {
        if (!row) return row
        const { sys_mod_count: _count, sys_updated_by: _by, sys_updated_on: _on, ...values } = row
        return values
    }
    const { account: row, timeline, periods } = footprint(account)
    return { account: withoutBookkeeping(row), timeline: timeline.map(withoutBookkeeping), periods: periods.map(withoutBookkeeping) }
}

/** The admin's rule change: a completed first order now starts the engagement stage. */
function addEngagementRule(): void {
    const id = instance.insert(
        RULE_TABLE,
        {
            [RULE_FIELDS.name]: 'Order completed: engagement',
            [RULE_FIELDS.active]: 'true',
            [RULE_FIELDS.order]: '250',
            [RULE_FIELDS.action]: 'place',
            [RULE_FIELDS.milestone]: 'completed',
            [RULE_FIELDS.targetStage]: 'engagement',
            [RULE_FIELDS.scope]: 'any',
            [RULE_FIELDS.allowBackward]: 'false',
            [RULE_FIELDS.stopProcessing]: 'false',
        },
        ADMIN,
    )
    expect(id).toBeTruthy()
}

/** Creates a recalculation request as the admin; the async rule processes it at the end of the insert. */
function requestRecalculation(mode: 'dry_run' | 'apply', condition = NORTH_ACCOUNTS): Record<string, string | null> {
    const id = instance.insert(RECALC_TABLE, { number: `${mode} ${condition}`, mode, condition }, ADMIN)
    if (!id) throw new Error(`the recalculation request was rejected: ${JSON.stringify(instance.messages.slice(-3))}`)
    const request = instance.get(RECALC_TABLE, id)
    if (!request) throw new Error('the recalculation request disappeared')
    return request
}

describe('a rule change previewed with a dry run, then applied', () => {
    it('shows the diff for the matching accounts without writing, then applies it to them only', () => {
        const northStar = customer('North Star Ltd')
        const northwind = customer('Northwind Traders')
        const southside = customer('Southside Bakery')
        addEngagementRule()
        const before = { northStar: footprint(northStar), northwind: footprint(northwind), southside: footprint(southside) }

        const preview = requestRecalculation('dry_run')
        expect(preview).toMatchObject({ state: 'completed', total: '2', processed: '2', changed: '2', skipped: '0', errors: '0' })
        expect(preview.finished).toBeTruthy()
        expect(preview.log).toContain('North Star Ltd: Stage: Onboarding → Engagement')
        expect(preview.log).toContain('Northwind Traders: Stage: Onboarding → Engagement')
        expect(preview.log).not.toContain('Southside')
        expect({ northStar: footprint(northStar), northwind: footprint(northwind), southside: footprint(southside) }).toEqual(before)

        const applied = requestRecalculation('apply')
        expect(applied).toMatchObject({ state: 'completed', total: '2', processed: '2', changed: '2', errors: '0' })
        for (const account of [northStar, northwind]) {
            expect(om.accountState(account)).toEqual({ state: 'active', stage: 'engagement' })
            expect(om.stagePeriods(account).map((period) => [period.stage, period.current])).toEqual([
                ['onboarding', 'false'],
                ['engagement', 'true'],
            ])
            const explained = om.events(account).filter((event) => event.source === 'manual')
            expect(explained).toHaveLength(1)
            expect(explained[0]).toMatchObject({ stage_from: 'onboarding', stage_to: 'engagement' })
            expect(explained[0].explanation).toMatch(/Recalculated from the order history/)
        }
        expect(footprint(southside)).toEqual(before.southside)

        // Applied once: a second preview finds nothing left to change.
        expect(requestRecalculation('dry_run')).toMatchObject({ state: 'completed', processed: '2', changed: '0', errors: '0' })
    })

    it('applies nothing while the dry-run property is on, and says why', () => {
        const account = customer('North Star Ltd')
        addEngagementRule()
        instance.setProperty(PROPERTIES.dryRun, 'true')
        const before = footprint(account)
        const request = requestRecalculation('apply')
        expect(request).toMatchObject({ state: 'completed', processed: '1', errors: '0' })
        expect(request.log).toContain('Not applied: the dry-run property is on.')
        expect(footprint(account)).toEqual(before)
    })
})

describe('requests that would be unsafe to run', () => {
    it('refuses an Apply with a blank condition and changes no account, until the admin asks for every account explicitly', () => {
        const northStar = customer('North Star Ltd')
        const southside = customer('Southside Bakery')
        addEngagementRule()
        const before = { northStar: footprint(northStar), southside: footprint(southside) }

        const refused = requestRecalculation('apply', '')
        expect(refused).toMatchObject({ state: 'failed', processed: '0', changed: '0' })
        expect(refused.finished).toBeTruthy()
        expect(refused.log).toContain('Refused: an Apply request needs a condition on accounts')
        expect(refused.log).toContain('sys_idISNOTEMPTY')
        expect({ northStar: footprint(northStar), southside: footprint(southside) }).toEqual(before)
        expect(instance.logs.some((entry) => entry.level === 'warn' && entry.message.includes('refused'))).toBe(true)

        const everyAccount = requestRecalculation('apply', 'sys_idISNOTEMPTY')
        expect(everyAccount).toMatchObject({ state: 'completed', total: '2', processed: '2', changed: '2', errors: '0' })
        expect(om.accountState(northStar)).toEqual({ state: 'active', stage: 'engagement' })
        expect(om.accountState(southside)).toEqual({ state: 'active', stage: 'engagement' })
    })

    it('still previews every account with a blank condition, since a dry run writes nothing', () => {
        customer('North Star Ltd')
        customer('Southside Bakery')
        addEngagementRule()
        expect(requestRecalculation('dry_run', '')).toMatchObject({ state: 'completed', total: '2', processed: '2', changed: '2' })
    })

    it('refuses a condition with a new-query OR (^NQ), which the batch cursor cannot page through', () => {
        const northStar = customer('North Star Ltd')
        const southside = customer('Southside Bakery')
        addEngagementRule()
        const before = { northStar: footprint(northStar), southside: footprint(southside) }
        for (const mode of ['dry_run', 'apply'] as const) {
            const refused = requestRecalculation(mode, `${NORTH_ACCOUNTS}^NQnameSTARTSWITHSouth`)
            expect(refused).toMatchObject({ state: 'failed', processed: '0' })
            expect(refused.log).toContain('Refused: the condition uses a new query (^NQ')
        }
        expect({ northStar: footprint(northStar), southside: footprint(southside) }).toEqual(before)
    })

    it('builds the account condition on customer_account, named in a read-only column of the request', () => {
        const request = requestRecalculation('dry_run')
        expect(request.account_table).toBe(ACCOUNT_TABLE)
    })
})

describe('when a request is processed', () => {
    /** A pending request saved without business rules, as an import or a clone would leave one. */
    function quietPendingRequest(): string {
        return instance.glide(({ GlideRecord }) => {
            const request = new GlideRecord(RECALC_TABLE)
            request.initialize()
            request.setValue('number', 'imported request')
            request.setValue('mode', 'dry_run')
            request.setValue('condition', NORTH_ACCOUNTS)
            request.setWorkflow(false)
            return String(request.insert())
        }, ADMIN)
    }

    it('does not start another job when a still-pending request is saved again', () => {
        customer('North Star Ltd')
        const id = quietPendingRequest()
        expect(instance.get(RECALC_TABLE, id)).toMatchObject({ state: 'pending', processed: '0' })

        instance.update(RECALC_TABLE, id, { number: 'imported request, relabelled' }, ADMIN)
        expect(instance.get(RECALC_TABLE, id)).toMatchObject({ state: 'pending', processed: '0', started: null })
    })

    it('resumes a failed request when its state is set back to pending, and only then', () => {
        customer('North Star Ltd')
        const refused = requestRecalculation('apply', '')
        expect(refused.state).toBe('failed')

        instance.update(RECALC_TABLE, String(refused.sys_id), { condition: NORTH_ACCOUNTS }, ADMIN)
        expect(instance.get(RECALC_TABLE, String(refused.sys_id))).toMatchObject({ state: 'failed', processed: '0' })

        instance.update(RECALC_TABLE, String(refused.sys_id), { state: 'pending' }, ADMIN)
        expect(instance.get(RECALC_TABLE, String(refused.sys_id))).toMatchObject({ state: 'completed', total: '1', processed: '1' })
    })
})

describe('a write failing in the middle of one account', () => {
    /** Makes the database reject a write for one account, as a full disk or a lost connection would. */
    function failWrites(table: string, when: 'INSERT' | 'UPDATE', column: string, value: string): void {
        instance.db.exec(`CREATE TRIGGER "inject_${when}_${table}" BEFORE ${when} ON "${instance.storageTable(table)}" WHEN NEW."${column}" = '${value}' BEGIN SELECT RAISE(ABORT, 'injected write failure'); END`)
    }

    it('rolls that account back completely, counts the error, and still applies the others', () => {
        // Orders from before install (app disabled): replaying them adds timeline rows and a stage period.
        instance.setProperty(PROPERTIES.enabled, 'false')
        const backfilled = customer('North Harbour Foods')
        instance.setProperty(PROPERTIES.enabled, 'true')
        const live = customer('Northwind Traders')
        const healthy = customer('North Star Ltd')
        addEngagementRule()
        const before = { backfilled: valuesOf(backfilled), live: valuesOf(live) }
        expect(before.backfilled.timeline).toHaveLength(0)

        // The backfilled account fails on its stage period insert, after its timeline rows were written;
        // the live account fails on its account update, after its onboarding period was closed and the
        // engagement period inserted.
        failWrites(STAGE_TABLE, 'INSERT', 'account', backfilled)
        failWrites(ACCOUNT_TABLE, 'UPDATE', 'sys_id', live)
        const request = requestRecalculation('apply')

        expect(request).toMatchObject({ state: 'completed', total: '3', processed: '3', changed: '1', errors: '2' })
        expect(request.log).toMatch(/North Harbour Foods: Error: .*injected write failure \(rolled back; the account is unchanged\)/)
        expect(request.log).toMatch(/Northwind Traders: Error: .*injected write failure \(rolled back; the account is unchanged\)/)
        expect(valuesOf(backfilled)).toEqual(before.backfilled)
        expect(valuesOf(live)).toEqual(before.live)
        expect(om.accountState(healthy)).toEqual({ state: 'active', stage: 'engagement' })
        expect(instance.logs.filter((entry) => entry.level === 'error' && /failed \(rolled back\): .*injected write failure/.test(entry.message))).toHaveLength(2)

        // Once the database accepts writes again, a new request applies the two accounts in full.
        instance.db.exec(`DROP TRIGGER "inject_INSERT_${STAGE_TABLE}"; DROP TRIGGER "inject_UPDATE_${ACCOUNT_TABLE}"`)
        expect(requestRecalculation('apply')).toMatchObject({ state: 'completed', changed: '2', errors: '0' })
        expect(om.accountState(backfilled)).toEqual({ state: 'active', stage: 'engagement' })
        expect(om.accountState(live)).toEqual({ state: 'active', stage: 'engagement' })
        expect(om.events(backfilled).filter((event) => event.source === 'replay')).toHaveLength(3)
        expect(om.stagePeriods(live).map((period) => [period.stage, period.current])).toEqual([
            ['onboarding', 'false'],
            ['engagement', 'true'],
        ])
    })
})

describe('the Account Lifecycle menu', () => {
    it('gives admins the Recalculations and Time Rules lists', () => {
        const menu = instance.artifacts.records('sys_app_application').find((application) => application.title === 'Account Lifecycle')
        const modules = instance.artifacts.records('sys_app_module').filter((module) => module.application === menu?.sys_id)
        const byTitle = (title: string) => modules.find((module) => module.title === title)
        expect(byTitle('Recalculations')).toMatchObject({ link_type: 'LIST', name: RECALC_TABLE, roles: 'x_oal_lifecycle.admin', active: 'true' })
        expect(byTitle('Time Rules')).toMatchObject({ link_type: 'LIST', name: 'x_oal_lifecycle_time_rule', roles: 'x_oal_lifecycle.admin', active: 'true' })
        // Both lists point at tables the app defines.
        const tables = instance.artifacts.records('sys_db_object').map((table) => table.name)
        expect(tables).toEqual(expect.arrayContaining([RECALC_TABLE, 'x_oal_lifecycle_time_rule']))
    })
})
