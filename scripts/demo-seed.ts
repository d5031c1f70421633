// The app's demo data for `npm start` (the local instance loads it as a seed module: LOCAL_INSTANCE_SEED, set by
// scripts/start.mjs): two logins, five accounts and orders that walk through the lifecycle. Orders are
// written through GlideRecord, state by state, so the app's business rules run and the timelines fill up
// exactly as they would on an instance. Mapping rules are NOT created here: the defaults ship with the app.
// It lives on the app's side because it speaks the app's language (its roles, Order Management's columns);
// the local instance stays free of the app (tools/local-instance imports nothing from src/).
import {
    ACCOUNT_TABLE,
    LINE_FIELDS,
    LINE_TABLE,
    ORDER_FIELDS,
    ORDER_TABLE,
    SOLD_PRODUCT_FIELDS,
    SOLD_PRODUCT_TABLE,
} from '../src/server/order-management/om-model.ts'
import { ROLES } from '../src/server/app-schema.ts'
import type { GlideGlobalsView, InstanceView } from '../tools/local-instance/src/security/instance-view.ts'
import { OM_ROLES } from '../tools/local-instance/src/security/baseline-acls.ts'
import { ensureUser } from '../tools/local-instance/src/security/users.ts'
import type { SeedModule } from '../tools/local-instance/src/seed.ts'

export interface DemoLoginSpec {
    userName: string
    password: string
    firstName: string
    lastName: string
    roles: string[]
}

// Both hold Order Management's order_viewer, as the app's role descriptions ask: the timeline reads accounts
// and the workbench's simulation reads orders through ACLs (security/baseline-acls.ts).
export const DEMO_LOGINS: DemoLoginSpec[] = [
    { userName: 'admin', password: 'admin', firstName: 'Ada', lastName: 'Admin', roles: [ROLES.admin, OM_ROLES.viewer] },
    { userName: 'agent', password: 'agent', firstName: 'Alex', lastName: 'Agent', roles: [ROLES.agent, OM_ROLES.viewer] },
]

/** The user the demo orders are placed by (an integration would be a technical user on an instance). */
const SEED_USER = 'admin'
const PRODUCT_OFFERING_TABLE = 'sn_prd_pm_product_offering'

type Line = { action: string; offering: string; soldProduct?: string }

/** True when the store has no accounts yet: `npm start` seeds only an empty database. */
export function isEmpty(instance: InstanceView): boolean {
    const row = instance.db.prepare(`SELECT COUNT(*) AS n FROM "${ACCOUNT_TABLE}"`).get() as { n: number }
    return row.n === 0
}

class DemoWriter {
    private orderCount = 0

    constructor(
        private readonly g: GlideGlobalsView,
        private readonly step: () => void,
    ) {}

    insert(table: string, values: Record<string, string>): string {
        this.step()
        const record = new this.g.GlideRecord(table)
        record.initialize()
        for (const [field, value] of Object.entries(values)) record.setValue(field, value)
        const sysId = record.insert()
        if (!sysId) throw new Error(`seed: insert into ${table} was aborted (${JSON.stringify(values)})`)
        return sysId
    }

    update(table: string, sysId: string, values: Record<string, string>): void {
        this.step()
        const record = new this.g.GlideRecord(table)
        if (!record.get(sysId)) throw new Error(`seed: ${table} ${sysId} not found`)
        for (const [field, value] of Object.entries(values)) record.setValue(field, value)
        if (!record.update()) throw new Error(`seed: update of ${table} ${sysId} was aborted`)
    }

    /** A new service the account buys: the sold product exists (in preparation) while the add order runs. */
    soldProduct(account: string, offering: string, name: string): string {
        return this.insert(SOLD_PRODUCT_TABLE, { name, [SOLD_PRODUCT_FIELDS.account]: account, [SOLD_PRODUCT_FIELDS.state]: 'in_preparation', prd_offering: offering })
    }

    /** Creates an order with its lines in state `new` (submitted). */
    submit(account: string, lines: Line[], channel = 'web'): { order: string; lines: string[] } {
        this.orderCount += 1
        const number = `ORD${String(1000 + this.orderCount).padStart(7, '0')}`
        const order = this.insert(ORDER_TABLE, {
            [ORDER_FIELDS.number]: number,
            [ORDER_FIELDS.account]: account,
            [ORDER_FIELDS.state]: 'new',
            [ORDER_FIELDS.channel]: channel,
            [ORDER_FIELDS.orderCategory]: 'product',
        })
        const lineIds = lines.map((line, index) =>
            this.insert(LINE_TABLE, {
                number: `${number}-${index + 1}`,
                [LINE_FIELDS.order]: order,
                [LINE_FIELDS.account]: account,
                [LINE_FIELDS.state]: 'new',
                [LINE_FIELDS.action]: line.action,
                [LINE_FIELDS.productOffering]: line.offering,
                ...(line.soldProduct ? { [LINE_FIELDS.soldProduct]: line.soldProduct } : {}),
            }),
        )
        return { order, lines: lineIds }
    }

    /** Moves the lines, then the order, to `state` (how Order Management closes an order). */
    advance(placed: { order: string; lines: string[] }, state: string): void {
        for (const line of placed.lines) this.update(LINE_TABLE, line, { [LINE_FIELDS.state]: state })
        this.update(ORDER_TABLE, placed.order, { [ORDER_FIELDS.state]: state })
    }

    /** Fulfilment: what OM's "… order to sold product" flows do to the inventory before the order completes. */
    setServiceState(soldProducts: string[], state: string): void {
        for (const soldProduct of soldProducts) this.update(SOLD_PRODUCT_TABLE, soldProduct, { [SOLD_PRODUCT_FIELDS.state]: state })
    }

    complete(placed: { order: string; lines: string[] }, services: string[], serviceState: string): void {
        this.advance(placed, 'in_progress')
        this.setServiceState(services, serviceState)
        this.advance(placed, 'completed')
    }
}

export interface SeedSummary {
    accounts: Array<{ name: string; story: string }>
}

/** What `npm start` loads (tools/local-instance/src/seed.ts). */
export const seedModule: SeedModule = {
    logins: DEMO_LOGINS,
    needsSeed: isEmpty,
    seed(instance, step) {
        const summary = seedDemo(instance, step)
        return summary.accounts.map((account) => `${account.name}: ${account.story}`)
    },
}
export default seedModule

/**
 * Seeds users, product offerings, accounts and orders. Call on an empty store only. `step` is called before
 * every save, so a caller with a simulated clock can spread the stories over time.
 */
export function seedDemo(instance: InstanceView, step: () => void = () => {}): SeedSummary {
    for (const login of DEMO_LOGINS) ensureUser(instance, login)
    const stories: SeedSummary['accounts'] = []
    instance.runAs(SEED_USER, (g) => {
        const w = new DemoWriter(g, step)
        const fiber = w.insert(PRODUCT_OFFERING_TABLE, { name: 'Fiber 1 Gbps', code: 'FIB-1G' })
        const mobile = w.insert(PRODUCT_OFFERING_TABLE, { name: 'Mobile Unlimited', code: 'MOB-UL' })
        const pbx = w.insert(PRODUCT_OFFERING_TABLE, { name: 'Cloud PBX', code: 'PBX' })
        const account = (name: string, number: string) => w.insert(ACCOUNT_TABLE, { name, number, customer: 'true' })

        // 1. A first order placed and completed.
        const aurora = account('Aurora Logistics', 'ACCT0001001')
        const auroraFiber = w.soldProduct(aurora, fiber, 'Aurora — Fiber 1 Gbps')
        w.complete(w.submit(aurora, [{ action: 'add', offering: fiber, soldProduct: auroraFiber }]), [auroraFiber], 'active')
        stories.push({ name: 'Aurora Logistics', story: 'first order placed and completed' })

        // 2. Active with two services, then both suspended by a completed suspend order.
        const borealis = account('Borealis Media', 'ACCT0001002')
        const borealisFiber = w.soldProduct(borealis, fiber, 'Borealis — Fiber 1 Gbps')
        const borealisMobile = w.soldProduct(borealis, mobile, 'Borealis — Mobile Unlimited')
        w.complete(
            w.submit(borealis, [
                { action: 'add', offering: fiber, soldProduct: borealisFiber },
                { action: 'add', offering: mobile, soldProduct: borealisMobile },
            ]),
            [borealisFiber, borealisMobile],
            'active',
        )
        w.complete(
            w.submit(borealis, [
                { action: 'suspend', offering: fiber, soldProduct: borealisFiber },
                { action: 'suspend', offering: mobile, soldProduct: borealisMobile },
            ]),
            [borealisFiber, borealisMobile],
            'suspended',
        )
        stories.push({ name: 'Borealis Media', story: 'two services placed, then a suspend order completed' })

        // 3. Two services, then one of them disconnected: a partial disconnect keeps the account active.
        const cascade = account('Cascade Health', 'ACCT0001003')
        const cascadeFiber = w.soldProduct(cascade, fiber, 'Cascade — Fiber 1 Gbps')
        const cascadePbx = w.soldProduct(cascade, pbx, 'Cascade — Cloud PBX')
        w.complete(
            w.submit(cascade, [
                { action: 'add', offering: fiber, soldProduct: cascadeFiber },
                { action: 'add', offering: pbx, soldProduct: cascadePbx },
            ]),
            [cascadeFiber, cascadePbx],
            'active',
        )
        w.complete(w.submit(cascade, [{ action: 'delete', offering: pbx, soldProduct: cascadePbx }]), [cascadePbx], 'inactive')
        stories.push({ name: 'Cascade Health', story: 'two services, then one of the two disconnected' })

        // 4. The very first order canceled before fulfilment.
        const delta = account('Delta Retail', 'ACCT0001004')
        const deltaMobile = w.soldProduct(delta, mobile, 'Delta — Mobile Unlimited')
        const deltaOrder = w.submit(delta, [{ action: 'add', offering: mobile, soldProduct: deltaMobile }], 'phone')
        w.advance(deltaOrder, 'in_progress')
        w.advance(deltaOrder, 'canceled')
        w.setServiceState([deltaMobile], 'closed')
        stories.push({ name: 'Delta Retail', story: 'first order canceled while in progress' })

        // 5. A first order still being fulfilled.
        const evergreen = account('Evergreen Schools', 'ACCT0001005')
        const evergreenFiber = w.soldProduct(evergreen, fiber, 'Evergreen — Fiber 1 Gbps')
        w.advance(w.submit(evergreen, [{ action: 'add', offering: fiber, soldProduct: evergreenFiber }]), 'in_progress')
        stories.push({ name: 'Evergreen Schools', story: 'first order submitted and in progress' })
    })
    return { accounts: stories }
}
