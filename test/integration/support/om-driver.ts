// Drives Order Management records on the local instance the way OM and its fulfilment flows do, so the
// app's real business rules run: orders and lines are created in `new`, then moved state by state.
import type { TestInstance } from '../../../tools/local-instance/src/testkit'
import {
    ACCOUNT_TABLE,
    LINE_FIELDS,
    LINE_TABLE,
    ORDER_FIELDS,
    ORDER_TABLE,
    SOLD_PRODUCT_FIELDS,
    SOLD_PRODUCT_TABLE,
} from '../../../src/server/order-management/om-model'
import { ACCOUNT_APP_FIELDS, EVENT_TABLE, STAGE_TABLE } from '../../../src/server/app-schema'

export interface PlacedOrder {
    order: string
    number: string
    lines: string[]
}

export interface LineSpec {
    action: 'add' | 'change' | 'suspend' | 'resume' | 'delete' | 'no-change'
    soldProduct?: string
    offering?: string
    /** The line's action reason (why it disconnects, suspends…). */
    reason?: string
    /** The line's recurring charge as stored (column INFERRED in om-model.ts). */
    charge?: string
}

export class OmDriver {
    private orders = 0

    constructor(
        readonly instance: TestInstance,
        private readonly user: string | null = null,
    ) {}

    private insert(table: string, values: Record<string, string>): string {
        const id = this.instance.insert(table, values, this.user)
        if (!id) throw new Error(`insert into ${table} was aborted: ${JSON.stringify(this.instance.messages.slice(-3))}`)
        return id
    }

    private update(table: string, id: string, values: Record<string, string>): void {
        if (!this.instance.update(table, id, values, this.user)) throw new Error(`update of ${table} ${id} was aborted`)
    }

    account(name: string): string {
        return this.insert(ACCOUNT_TABLE, { name, customer: 'true' })
    }

    service(account: string, name: string, state = 'active'): string {
        return this.insert(SOLD_PRODUCT_TABLE, { name, [SOLD_PRODUCT_FIELDS.account]: account, [SOLD_PRODUCT_FIELDS.state]: state })
    }

    /** A submitted order (state new) with its lines. */
    submit(account: string, lines: LineSpec[], options: { dueDate?: string } = {}): PlacedOrder {
        this.orders += 1
        const number = `ORD${String(this.orders).padStart(7, '0')}`
        const order = this.insert(ORDER_TABLE, {
            [ORDER_FIELDS.number]: number,
            [ORDER_FIELDS.account]: account,
            [ORDER_FIELDS.state]: 'new',
            [ORDER_FIELDS.channel]: 'web',
            [ORDER_FIELDS.orderCategory]: 'product',
            ...(options.dueDate ? { [ORDER_FIELDS.committedDueDate]: options.dueDate } : {}),
        })
        const lineIds = lines.map((line) =>
            this.insert(LINE_TABLE, {
                [LINE_FIELDS.order]: order,
                [LINE_FIELDS.account]: account,
                [LINE_FIELDS.state]: 'new',
                [LINE_FIELDS.action]: line.action,
                ...(line.offering ? { [LINE_FIELDS.productOffering]: line.offering } : {}),
                ...(line.soldProduct ? { [LINE_FIELDS.soldProduct]: line.soldProduct } : {}),
                ...(line.reason ? { [LINE_FIELDS.actionReason]: line.reason } : {}),
                ...(line.charge ? { [LINE_FIELDS.recurringCharge]: line.charge } : {}),
            }),
        )
        return { order, number, lines: lineIds }
    }

    /** Lines first, then the order: how OM closes an order when its fulfilment tasks close. */
    advance(placed: PlacedOrder, state: string): void {
        for (const line of placed.lines) this.update(LINE_TABLE, line, { [LINE_FIELDS.state]: state })
        this.update(ORDER_TABLE, placed.order, { [ORDER_FIELDS.state]: state })
    }

    /** In progress → completed, with the inventory updated AFTER completion (the later of the two orders OM may use). */
    complete(placed: PlacedOrder, services: string[] = [], serviceState = ''): void {
        this.advance(placed, 'in_progress')
        this.advance(placed, 'completed')
        for (const service of services) this.update(SOLD_PRODUCT_TABLE, service, { [SOLD_PRODUCT_FIELDS.state]: serviceState })
    }

    /**
     * Completes an order the way real fulfilment may: its lines in the given order (and the order record first or
     * last), with the inventory updated before the first completion save or after the last one.
     */
    finish(
        placed: PlacedOrder,
        options: { lineOrder?: number[]; orderFirst?: boolean; inventory?: 'before' | 'after'; services?: Array<[string, string]>; state?: string } = {},
    ): void {
        const state = options.state ?? 'completed'
        const lineOrder = options.lineOrder ?? placed.lines.map((_, index) => index)
        const inventory = () => {
            for (const [service, serviceState] of options.services ?? []) this.update(SOLD_PRODUCT_TABLE, service, { [SOLD_PRODUCT_FIELDS.state]: serviceState })
        }
        if (options.inventory === 'before') inventory()
        if (options.orderFirst) this.update(ORDER_TABLE, placed.order, { [ORDER_FIELDS.state]: state })
        for (const index of lineOrder) this.update(LINE_TABLE, placed.lines[index], { [LINE_FIELDS.state]: state })
        if (!options.orderFirst) this.update(ORDER_TABLE, placed.order, { [ORDER_FIELDS.state]: state })
        if (options.inventory !== 'before') inventory()
    }

    accountState(account: string): { state: string | null; stage: string | null } {
        const row = this.instance.get(ACCOUNT_TABLE, account)
        if (!row) throw new Error(`account ${account} not found`)
        return { state: row[ACCOUNT_APP_FIELDS.state], stage: row[ACCOUNT_APP_FIELDS.stage] }
    }

    events(account: string): Array<Record<string, string | null>> {
        return this.instance.timeline(account)
    }

    stagePeriods(account: string): Array<Record<string, string | null>> {
        return this.instance.query(STAGE_TABLE, `account=${account}^ORDERBYstarted_at`)
    }

    allEvents(): Array<Record<string, string | null>> {
        return this.instance.query(EVENT_TABLE)
    }
}
