// Generated order histories for the live = replay property, played through the SHIPPED business rules on the
// local instance: orders and lines saved through GlideRecord the way Order Management fulfilment saves them
// (several lines, mixed actions, migrations with the add or the delete saved first, inventory updated before or
// after completion, the order record saved before or after its lines, a line completed while its order is still a
// draft, cancellations and rejections, several saves in one second), with the daily time-rule job, pins, and
// windows where the kill switch or the dry-run property is on. The same seed always gives the same history.
import type { TestInstance } from '../../../tools/local-instance/src/testkit'
import { runScheduledScript } from '../../../tools/local-instance/src/engine/scheduled'
import { ACCOUNT_APP_FIELDS, PROPERTIES, STAGE_TABLE } from '../../../src/server/app-schema'
import { ACCOUNT_TABLE, LINE_FIELDS, LINE_TABLE, ORDER_FIELDS, ORDER_TABLE, SOLD_PRODUCT_FIELDS, SOLD_PRODUCT_TABLE } from '../../../src/server/order-management/om-model'

/** mulberry32: a tiny seeded PRNG. */
export function prng(seed: number): () => number {
    let state = seed >>> 0
    return () => {
        state = (state + 0x6d2b79f5) >>> 0
        let t = state
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

type LineAction = 'add' | 'change' | 'suspend' | 'resume' | 'delete'

interface PlannedLine {
    action: LineAction
    /** Index into the history's services, or -1 for an add line without a sold product (fulfilment tracks none). */
    service: number
}

type Path = 'complete' | 'complete_direct' | 'draft_line_first' | 'reject' | 'cancel_early' | 'cancel_in_flight'

interface PlannedOrder {
    lines: PlannedLine[]
    path: Path
    inventory: 'before' | 'after'
    /** Line save order at each step (a permutation), and whether the order record is saved first. */
    lineOrder: number[]
    orderFirst: boolean
}

/** One atomic step of the history, in the order it is played. */
type Step =
    | { kind: 'submit'; order: number }
    | { kind: 'progress'; order: number; state: string }
    | { kind: 'finish'; order: number; state: string }
    | { kind: 'clock'; ms: number }
    | { kind: 'property'; name: string; value: string }
    | { kind: 'pin'; days: number }

export interface History {
    seed: number
    /** Services that exist before any order (legacy inventory), with their state. */
    legacy: string[]
    orders: PlannedOrder[]
    steps: Step[]
    /** A kill-switch or dry-run window: live processing is expected to miss it and a recalculation to repair it. */
    outage: '' | 'kill_switch' | 'dry_run'
}

const SECOND = 1000
const HOUR = 3600 * SECOND
const DAY = 24 * HOUR

/** Plans a history: which services exist when, and which orders act on them. */
export function generateHistory(seed: number): History {
    const random = prng(seed)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
    const chance = (p: number) => random() < p
    // What each service is doing as planned (so later orders act on plausible services).
    const planned: Array<'in_service' | 'suspended' | 'gone' | 'none'> = []
    const legacy: string[] = []
    if (chance(0.15)) {
        for (let i = 0; i < 1 + Math.floor(random() * 2); i++) {
            legacy.push(pick(['active', 'active', 'suspended']))
            planned.push(legacy[legacy.length - 1] === 'active' ? 'in_service' : 'suspended')
        }
    }
    const orders: PlannedOrder[] = []
    const orderCount = 1 + Math.floor(random() * 6)
    for (let index = 0; index < orderCount; index++) {
        const inService = planned.map((state, i) => (state === 'in_service' ? i : -1)).filter((i) => i >= 0)
        const suspended = planned.map((state, i) => (state === 'suspended' ? i : -1)).filter((i) => i >= 0)
        const newService = (): number => {
            if (chance(0.2)) return -1
            planned.push('none')
            return planned.length - 1
        }
        const used = new Set<number>()
        const existing = (from: number[]): number | null => {
            const free = from.filter((i) => !used.has(i))
            if (free.length === 0) return null
            const chosen = pick(free)
            used.add(chosen)
            return chosen
        }
        const lines: PlannedLine[] = []
        const shape = inService.length + suspended.length === 0 ? 'place' : pick(['place', 'place', 'migration', 'suspend', 'resume', 'delete', 'delete', 'change', 'mixed'])
        const add = () => lines.push({ action: 'add', service: newService() })
        const act = (action: LineAction, from: number[]) => {
            const service = existing(from)
            if (service !== null) lines.push({ action, service })
        }
        switch (shape) {
            case 'place':
                for (let i = 0; i < 1 + Math.floor(random() * 2); i++) add()
                break
            case 'migration':
                add()
                if (chance(0.3)) add()
                act('delete', inService)
                if (chance(0.3)) act('delete', inService.concat(suspended))
                break
            case 'suspend':
                act('suspend', inService)
                if (chance(0.3)) act('suspend', inService)
                break
            case 'resume':
                act('resume', suspended)
                break
            case 'delete':
                act('delete', inService.concat(suspended))
                if (chance(0.3)) act('delete', inService.concat(suspended))
                break
            case 'change':
                act('change', inService)
                break
            default:
                act(pick(['suspend', 'delete', 'change'] as const), inService)
                act(pick(['resume', 'delete'] as const), suspended)
                if (chance(0.5)) add()
        }
        if (lines.length === 0) add()
        const path: Path = pick(['complete', 'complete', 'complete', 'complete_direct', 'draft_line_first', 'reject', 'cancel_early', 'cancel_in_flight'])
        // What the plan expects afterwards: only a completed order changes the services.
        if (path === 'complete' || path === 'complete_direct' || path === 'draft_line_first') {
            for (const line of lines) {
                if (line.service < 0) continue
                planned[line.service] = line.action === 'suspend' ? 'suspended' : line.action === 'delete' ? 'gone' : 'in_service'
            }
        } else {
            for (const line of lines) if (line.action === 'add' && line.service >= 0) planned[line.service] = 'gone'
        }
        const lineOrder = lines.map((_, i) => i).sort(() => random() - 0.5)
        orders.push({ lines, path, inventory: chance(0.5) ? 'before' : 'after', lineOrder, orderFirst: chance(0.25) })
    }

    // Steps: each order's milestones, interleaved across orders; a completion is one block (its saves and the
    // inventory update) that no other order's save interrupts.
    const queues: Step[][] = orders.map((order, index) => {
        switch (order.path) {
            case 'complete':
                return [{ kind: 'submit', order: index }, { kind: 'progress', order: index, state: 'in_progress' }, { kind: 'finish', order: index, state: 'completed' }]
            case 'complete_direct':
                return [{ kind: 'submit', order: index }, { kind: 'finish', order: index, state: 'completed' }]
            case 'draft_line_first':
                return [{ kind: 'submit', order: index }, { kind: 'finish', order: index, state: 'completed' }]
            case 'reject':
                return [{ kind: 'submit', order: index }, { kind: 'finish', order: index, state: 'rejected' }]
            case 'cancel_early':
                return [{ kind: 'submit', order: index }, { kind: 'progress', order: index, state: 'assessing_cancellation' }, { kind: 'finish', order: index, state: 'canceled' }]
            default:
                return [
                    { kind: 'submit', order: index },
                    { kind: 'progress', order: index, state: 'in_progress' },
                    { kind: 'progress', order: index, state: 'cancellation_in_progress' },
                    { kind: 'finish', order: index, state: 'canceled' },
                ]
        }
    })
    const steps: Step[] = []
    const clock = (): Step => ({ kind: 'clock', ms: pick([0, 0, 0, SECOND, 5 * SECOND, HOUR, 6 * HOUR, DAY, 3 * DAY, 11 * DAY, 29 * DAY, 40 * DAY]) })
    const outage: History['outage'] = chance(0.08) ? 'kill_switch' : chance(0.08) ? 'dry_run' : ''
    if (chance(0.12)) steps.push({ kind: 'pin', days: 1 + Math.floor(random() * 40) })
    let played = 0
    const total = queues.reduce((sum, queue) => sum + queue.length, 0)
    const outageFrom = Math.floor(random() * total)
    const outageTo = outageFrom + 1 + Math.floor(random() * 3)
    // Orders start in sequence, later steps interleave; an order that acts on a service an earlier order creates or
    // changes starts only once that order has finished (nobody disconnects a service still being installed).
    const dependsOn = orders.map((order, index) =>
        orders
            .slice(0, index)
            .map((earlier, j) => (earlier.lines.some((line) => line.service >= 0 && order.lines.some((own) => own.service === line.service)) ? j : -1))
            .filter((j) => j >= 0),
    )
    const active: number[] = []
    let next = 0
    while (played < total) {
        const startable = next < queues.length && dependsOn[next].every((j) => queues[j].length === 0)
        if (startable && (active.length === 0 || chance(0.4))) active.push(next++)
        const candidates = active.filter((index) => queues[index].length > 0)
        const index = pick(candidates)
        if (outage && played === outageFrom) steps.push({ kind: 'property', name: outage === 'kill_switch' ? PROPERTIES.enabled : PROPERTIES.dryRun, value: outage === 'kill_switch' ? 'false' : 'true' })
        if (outage && played === outageTo) steps.push({ kind: 'property', name: outage === 'kill_switch' ? PROPERTIES.enabled : PROPERTIES.dryRun, value: outage === 'kill_switch' ? 'true' : 'false' })
        steps.push(queues[index].shift() as Step)
        steps.push(clock())
        played++
        if (queues[index].length === 0) active.splice(active.indexOf(index), 1)
    }
    if (outage && outageTo >= played) steps.push({ kind: 'property', name: outage === 'kill_switch' ? PROPERTIES.enabled : PROPERTIES.dryRun, value: outage === 'kill_switch' ? 'true' : 'false' })
    return { seed, legacy, orders, steps, outage }
}

/** What playing a history left on the account: the figures live processing and replay must agree on. */
export interface AccountOutcome {
    state: string
    stage: string
    stateSince: string
    stageSince: string
    periods: string[]
}

interface PlayedOrder {
    order: string
    lines: string[]
    services: string[]
}

/**
 * Plays the history on the instance through the shipped business rules (the testkit saves through GlideRecord,
 * as fulfilment does), running the daily time-rule job before every save as a job that is never late would.
 * With `withoutOutage` the kill-switch / dry-run window is skipped (the reference run).
 */
export function playHistory(instance: TestInstance, history: History, withoutOutage = false): string {
    const save = (table: string, id: string, values: Record<string, string>) => {
        if (!instance.update(table, id, values)) throw new Error(`seed ${history.seed}: update of ${table} ${id} aborted`)
    }
    const insert = (table: string, values: Record<string, string>) => {
        const id = instance.insert(table, values)
        if (!id) throw new Error(`seed ${history.seed}: insert into ${table} aborted`)
        return id
    }
    const timeRules = () => runScheduledScript(instance, 'Account lifecycle: time rules')
    const account = insert(ACCOUNT_TABLE, { name: `Property ${history.seed}`, customer: 'true' })
    const services: string[] = history.legacy.map((state, index) => insert(SOLD_PRODUCT_TABLE, { name: `Legacy ${index}`, [SOLD_PRODUCT_FIELDS.account]: account, [SOLD_PRODUCT_FIELDS.state]: state }))
    const played: PlayedOrder[] = []
    let pinnedUntil = 0

    const inventoryAfter = (order: PlannedOrder, state: string): Array<[string, string]> => {
        const updates: Array<[string, string]> = []
        for (const line of order.lines) {
            if (line.service < 0) continue
            const service = services[line.service]
            if (state !== 'completed') {
                if (line.action === 'add') updates.push([service, 'inactive'])
                continue
            }
            updates.push([service, line.action === 'suspend' ? 'suspended' : line.action === 'delete' ? 'inactive' : 'active'])
        }
        return updates
    }
    const inventoryDuring = (order: PlannedOrder): Array<[string, string]> =>
        order.lines.filter((line) => line.service >= 0 && line.action !== 'add').map((line) => [services[line.service], line.action === 'delete' ? 'inactivation_pending' : 'change_pending'])

    for (const step of history.steps) {
        switch (step.kind) {
            case 'clock':
                instance.clock.advance(step.ms)
                break
            case 'pin':
                pinnedUntil = instance.clock.now().getTime() + step.days * DAY
                save(ACCOUNT_TABLE, account, {
                    [ACCOUNT_APP_FIELDS.pinnedUntil]: new Date(pinnedUntil).toISOString().slice(0, 19).replace('T', ' '),
                    [ACCOUNT_APP_FIELDS.pinReason]: 'Generated pin',
                })
                break
            case 'property':
                if (!withoutOutage) instance.setProperty(step.name, step.value)
                break
            case 'submit': {
                timeRules()
                const planned = history.orders[step.order]
                for (const line of planned.lines) {
                    if (line.action === 'add' && line.service >= 0 && services[line.service] === undefined) {
                        services[line.service] = insert(SOLD_PRODUCT_TABLE, { name: `Service ${line.service}`, [SOLD_PRODUCT_FIELDS.account]: account, [SOLD_PRODUCT_FIELDS.state]: 'installation_pending' })
                    }
                }
                const draft = planned.path === 'draft_line_first'
                const order = insert(ORDER_TABLE, {
                    [ORDER_FIELDS.number]: `ORD${String(history.seed).padStart(5, '0')}${step.order}`,
                    [ORDER_FIELDS.account]: account,
                    [ORDER_FIELDS.state]: draft ? 'draft' : 'new',
                    [ORDER_FIELDS.channel]: 'web',
                })
                const lines = planned.lines.map((line) =>
                    insert(LINE_TABLE, {
                        [LINE_FIELDS.order]: order,
                        [LINE_FIELDS.account]: account,
                        [LINE_FIELDS.state]: draft ? 'draft' : 'new',
                        [LINE_FIELDS.action]: line.action,
                        ...(line.service >= 0 ? { [LINE_FIELDS.soldProduct]: services[line.service] } : {}),
                    }),
                )
                played[step.order] = { order, lines, services }
                break
            }
            case 'progress': {
                timeRules()
                const planned = history.orders[step.order]
                const { order, lines } = played[step.order]
                if (step.state === 'in_progress' && planned.inventory === 'before') for (const [service, state] of inventoryDuring(planned)) save(SOLD_PRODUCT_TABLE, service, { [SOLD_PRODUCT_FIELDS.state]: state })
                if (planned.orderFirst) save(ORDER_TABLE, order, { [ORDER_FIELDS.state]: step.state })
                for (const index of planned.lineOrder) save(LINE_TABLE, lines[index], { [LINE_FIELDS.state]: step.state })
                if (!planned.orderFirst) save(ORDER_TABLE, order, { [ORDER_FIELDS.state]: step.state })
                break
            }
            case 'finish': {
                timeRules()
                const planned = history.orders[step.order]
                const { order, lines } = played[step.order]
                const updates = inventoryAfter(planned, step.state)
                const inventory = () => {
                    for (const [service, state] of updates) save(SOLD_PRODUCT_TABLE, service, { [SOLD_PRODUCT_FIELDS.state]: state })
                }
                if (planned.inventory === 'before') inventory()
                if (planned.path === 'draft_line_first') {
                    // Fulfilment completes the lines while the order record is still a draft, then catches up.
                    for (const index of planned.lineOrder) save(LINE_TABLE, lines[index], { [LINE_FIELDS.state]: step.state })
                    save(ORDER_TABLE, order, { [ORDER_FIELDS.state]: 'new' })
                    save(ORDER_TABLE, order, { [ORDER_FIELDS.state]: step.state })
                } else {
                    if (planned.orderFirst) save(ORDER_TABLE, order, { [ORDER_FIELDS.state]: step.state })
                    for (const index of planned.lineOrder) save(LINE_TABLE, lines[index], { [LINE_FIELDS.state]: step.state })
                    if (!planned.orderFirst) save(ORDER_TABLE, order, { [ORDER_FIELDS.state]: step.state })
                }
                if (planned.inventory === 'after') inventory()
                break
            }
        }
    }
    // A recalculation skips an account while it is pinned: the history ends after the pin did.
    if (instance.clock.now().getTime() <= pinnedUntil) instance.clock.advance(pinnedUntil - instance.clock.now().getTime() + DAY)
    timeRules()
    return account
}

/** The account as live processing left it. */
export function accountOutcome(instance: TestInstance, account: string): AccountOutcome {
    const row = instance.get(ACCOUNT_TABLE, account) ?? {}
    return {
        state: row[ACCOUNT_APP_FIELDS.state] ?? '',
        stage: row[ACCOUNT_APP_FIELDS.stage] ?? '',
        stateSince: row[ACCOUNT_APP_FIELDS.stateSince] ?? '',
        stageSince: row[ACCOUNT_APP_FIELDS.stageSince] ?? '',
        periods: instance.query(STAGE_TABLE, `account=${account}^ORDERBYstarted_at`).map((period) => `${period.stage} ${period.started_at} → ${period.ended_at ?? ''}`),
    }
}

/** A readable account of the history, printed with a failing seed. */
export function describeHistory(history: History): string {
    const orders = history.orders.map(
        (order, index) =>
            `  order ${index}: ${order.path}, inventory ${order.inventory}, ${order.orderFirst ? 'order record first' : 'lines first'} (${order.lineOrder.join(',')}): ` +
            order.lines.map((line) => `${line.action}(${line.service < 0 ? 'no sold product' : `service ${line.service}`})`).join(' + '),
    )
    const steps = history.steps
        .filter((step) => step.kind !== 'clock' || step.ms > 0)
        .map((step) => (step.kind === 'clock' ? `+${step.ms / 1000}s` : step.kind === 'property' ? `${step.name}=${step.value}` : step.kind === 'pin' ? `pin ${step.days}d` : `${step.kind} ${step.order}${'state' in step ? ` ${step.state}` : ''}`))
    return [`seed ${history.seed}${history.outage ? ` (outage: ${history.outage})` : ''}${history.legacy.length ? `, legacy services: ${history.legacy.join(', ')}` : ''}`, ...orders, `  steps: ${steps.join(' | ')}`].join('\n')
}
