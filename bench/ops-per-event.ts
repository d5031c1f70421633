// Section 1: Glide operations the app's business rules add to ONE order save, on the local instance.
//
// Method: for each scenario two identical fixtures are prepared (with the app enabled, so the account is in
// a realistic state). On one, the measured save runs with the kill switch off (x_oal_lifecycle.enabled =
// false): that is what Order Management's own save costs. On the other it runs with the app enabled.
// Counters are reset right before the save; the app's cost is the difference. The same is repeated with
// 10 and 1,000 active rules and with 10 and 10,000 prior timeline events on the account. Async work the save
// queues (the re-check after a decision that weighed other services) runs on a worker after the commit on the
// platform: it is drained after the measurement and reported in its own column.
import { OmDriver } from '../test/integration/support/om-driver'
import type { PlacedOrder } from '../test/integration/support/om-driver'
import { insertBulkEvents } from '../test/support/bulk-events'
import { EVENT_TABLE, PROPERTIES, RULE_TABLE, STAGE_TABLE } from '../src/server/app-schema'
import { ACTIONS, MILESTONES, STAGES } from '../src/server/lifecycle/model'
import { LINE_FIELDS, LINE_TABLE, ORDER_FIELDS, ORDER_TABLE } from '../src/server/order-management/om-model'
import type { TestInstance } from '../tools/local-instance/src/testkit'
import { benchInstance, progress } from './support'

export interface Ops {
    queries: number
    inserts: number
    updates: number
    deletes: number
}


export function totalOps(ops: Ops): number {
    return ops.queries + ops.inserts + ops.updates + ops.deletes
}

function minus(a: Ops, b: Ops): Ops {
    return { queries: a.queries - b.queries, inserts: a.inserts - b.inserts, updates: a.updates - b.updates, deletes: a.deletes - b.deletes }
}

/** Which save of the scenario is measured. */
type SaveKind = 'line' | 'second line' | 'order'

/** A prepared scenario: the measured line save, the order's other line when it has one, and the order save. */
interface Fixture {
    account: string
    lineSave(): void
    secondLineSave?: () => void
    orderSave?: () => void
}

interface Scenario {
    id: string
    label: string
    prepare(driver: OmDriver): Fixture
}

function updateState(driver: OmDriver, table: string, id: string, state: string): void {
    const field = table === LINE_TABLE ? LINE_FIELDS.state : ORDER_FIELDS.state
    if (!driver.instance.update(table, id, { [field]: state })) throw new Error(`update of ${table} ${id} aborted`)
}

/** A placed and completed order that leaves the account active in onboarding with `services` in service. */
function activeAccount(driver: OmDriver, name: string, services: number): { account: string; services: string[] } {
    const account = driver.account(name)
    const ids = Array.from({ length: services }, (_, index) => driver.service(account, `${name} service ${index + 1}`, 'new'))
    const placed = driver.submit(
        account,
        ids.map((soldProduct) => ({ action: 'add', soldProduct, offering: 'fiber' })),
    )
    driver.complete(placed, ids, 'active')
    return { account, services: ids }
}

let fixtureCount = 0
const uniqueName = (prefix: string) => `${prefix} ${++fixtureCount}`

const SCENARIOS: Scenario[] = [
    {
        id: 'placement',
        label: 'placement (place submitted)',
        prepare(driver) {
            const account = driver.account(uniqueName('Placement'))
            const order = driver.instance.insert(ORDER_TABLE, {
                [ORDER_FIELDS.number]: uniqueName('BENCH-P'),
                [ORDER_FIELDS.account]: account,
                [ORDER_FIELDS.state]: 'new',
                [ORDER_FIELDS.channel]: 'web',
                [ORDER_FIELDS.orderCategory]: 'product',
            }) as string
            // OM inserts the order first, then its lines: the first line in `new` is the placement event.
            return {
                account,
                lineSave: () => {
                    const line = driver.instance.insert(LINE_TABLE, {
                        [LINE_FIELDS.order]: order,
                        [LINE_FIELDS.account]: account,
                        [LINE_FIELDS.state]: 'new',
                        [LINE_FIELDS.action]: 'add',
                        [LINE_FIELDS.productOffering]: 'fiber',
                    })
                    if (!line) throw new Error('line insert aborted')
                },
            }
        },
    },
    {
        id: 'completion-stage-change',
        label: 'completion with a stage change (place completed, onboarding → expansion)',
        prepare(driver) {
            const { account } = activeAccount(driver, uniqueName('Completion'), 1)
            const second: PlacedOrder = driver.submit(account, [{ action: 'add', offering: 'fiber' }])
            driver.advance(second, 'in_progress')
            return {
                account,
                lineSave: () => updateState(driver, LINE_TABLE, second.lines[0], 'completed'),
                orderSave: () => updateState(driver, ORDER_TABLE, second.order, 'completed'),
            }
        },
    },
    {
        id: 'partial-disconnect',
        label: 'disconnect of one of five services (disconnect completed)',
        prepare(driver) {
            const { account, services } = activeAccount(driver, uniqueName('Disconnect'), 5)
            const disconnect = driver.submit(account, [{ action: 'delete', soldProduct: services[0], offering: 'fiber' }])
            driver.advance(disconnect, 'in_progress')
            return {
                account,
                lineSave: () => updateState(driver, LINE_TABLE, disconnect.lines[0], 'completed'),
                orderSave: () => updateState(driver, ORDER_TABLE, disconnect.order, 'completed'),
            }
        },
    },
    {
        id: 'migration',
        label: 'migration: one order adds Fiber 2G and disconnects Fiber 1G (delete line saved first)',
        prepare(driver) {
            const { account, services } = activeAccount(driver, uniqueName('Migration'), 1)
            const next = driver.service(account, 'Fiber 2G', 'installation_pending')
            const migration = driver.submit(account, [
                { action: 'add', soldProduct: next, offering: 'fiber' },
                { action: 'delete', soldProduct: services[0], offering: 'fiber' },
            ])
            driver.advance(migration, 'in_progress')
            return {
                account,
                lineSave: () => updateState(driver, LINE_TABLE, migration.lines[1], 'completed'),
                secondLineSave: () => updateState(driver, LINE_TABLE, migration.lines[0], 'completed'),
                orderSave: () => updateState(driver, ORDER_TABLE, migration.order, 'completed'),
            }
        },
    },
    {
        id: 'duplicate',
        label: 'duplicate event (second line of the same completion)',
        prepare(driver) {
            const { account } = activeAccount(driver, uniqueName('Duplicate'), 1)
            const order = driver.submit(account, [
                { action: 'add', offering: 'fiber' },
                { action: 'add', offering: 'fiber' },
            ])
            driver.advance(order, 'in_progress')
            // The first line's completion records `place completed`; the second line's completion has the same key.
            updateState(driver, LINE_TABLE, order.lines[0], 'completed')
            return {
                account,
                lineSave: () => updateState(driver, LINE_TABLE, order.lines[1], 'completed'),
                orderSave: () => updateState(driver, ORDER_TABLE, order.order, 'completed'),
            }
        },
    },
]

interface EventRow {
    event_key: string
    outcome: string
    depends_on_services: string | null
    state_from: string | null
    state_to: string | null
    stage_from: string | null
    stage_to: string | null
}

function eventRows(instance: TestInstance, account: string): EventRow[] {
    return instance.db
        .prepare(`SELECT event_key, outcome, depends_on_services, state_from, state_to, stage_from, stage_to FROM "${EVENT_TABLE}" WHERE account = ?`)
        .all(account) as EventRow[]
}

function openPeriods(instance: TestInstance, account: string): number {
    return instance.query(STAGE_TABLE, `account=${account}^current=true`).length
}

/**
 * An independent lower bound: what ANY correct implementation must read and write for this save, given the data
 * model (orders, lines, inventory, rules, the account, its timeline and stage periods) and what the save decided —
 * not derived from what this code does (docs/PERFORMANCE.md explains each term):
 * - a save that reaches a milestone must find out whether the change was already recorded: 1 query (a line save
 *   that is a duplicate stops there; an order save first reads its lines to know which changes it carries: 1);
 * - a new event is judged on the whole order, so a line save reads the order's lines: 1 query;
 * - per transaction with a new event, the rules: 1 query; per new event the account: 1 query, and when a rule
 *   weighed the account's other services, those: 1 aggregate;
 * - the timeline row: 1 insert; the account: 1 update when its state or stage changes;
 * - a stage change: the new period, 1 insert; when a period is open (the account had a stage), finding it (1 query)
 *   and closing it (1 update).
 */
function lowerBound(kind: SaveKind, newEvents: EventRow[], openBefore: number): Ops {
    const min: Ops = { queries: 1, inserts: 0, updates: 0, deletes: 0 }
    if (kind === 'order') min.queries += 1
    if (newEvents.length === 0) return min
    if (kind !== 'order') min.queries += 1
    min.queries += 1
    for (const event of newEvents) {
        min.queries += 1
        if (event.depends_on_services === 'true') min.queries += 1
        min.inserts += 1
        const stateChanges = (event.state_to ?? '') !== (event.state_from ?? '')
        const stageChanges = !!event.stage_to && event.stage_to !== (event.stage_from ?? '')
        if (event.outcome === 'applied' && (stateChanges || stageChanges)) min.updates += 1
        if (event.outcome === 'applied' && stageChanges) {
            min.inserts += 1
            if (event.stage_from) {
                min.queries += 1
                min.updates += openBefore
            }
        }
    }
    return min
}

interface Measured {
    ops: Ops
    /** Async work the save queued, run after it (the platform's worker). */
    asyncOps: Ops
    ms: number
    newEvents: EventRow[]
    openBefore: number
}

function measureSave(instance: TestInstance, account: string, save: () => void): Measured {
    const before = new Set(eventRows(instance, account).map((row) => row.event_key))
    const openBefore = openPeriods(instance, account)
    instance.counters.reset()
    const started = performance.now()
    save()
    const ms = performance.now() - started
    const { queries, inserts, updates, deletes } = instance.counters
    const ops = { queries, inserts, updates, deletes }
    const newEvents = eventRows(instance, account).filter((row) => !before.has(row.event_key))
    instance.counters.reset()
    instance.drainQueues()
    const asyncOps = { queries: instance.counters.queries, inserts: instance.counters.inserts, updates: instance.counters.updates, deletes: instance.counters.deletes }
    return { ops, asyncOps, ms, newEvents, openBefore }
}

function setEnabled(instance: TestInstance, enabled: boolean): void {
    instance.setProperty(PROPERTIES.enabled, enabled ? 'true' : 'false')
}

interface SaveResult {
    app: Ops
    asyncOps: Ops
    baseline: Ops
    minimum: Ops
    outcomes: string[]
    /** Wall time of the save with the app enabled, on the local instance. */
    ms: number
}

interface ScenarioRun {
    line: SaveResult
    'second line'?: SaveResult
    order?: SaveResult
}

/** Runs the scenario's saves on a fresh fixture, with the app enabled or disabled during the measured saves. */
function runFixture(instance: TestInstance, driver: OmDriver, scenario: Scenario, history: number, appEnabled: boolean) {
    const fixture = scenario.prepare(driver)
    insertBulkEvents(instance, fixture.account, history, { keyPrefix: `prior-${fixture.account}` })
    // Work the preparation queued runs now, so it is not counted as the measured save's.
    instance.drainQueues()
    setEnabled(instance, appEnabled)
    try {
        const line = measureSave(instance, fixture.account, fixture.lineSave)
        const second = fixture.secondLineSave ? measureSave(instance, fixture.account, fixture.secondLineSave) : undefined
        const order = fixture.orderSave ? measureSave(instance, fixture.account, fixture.orderSave) : undefined
        return { line, second, order }
    } finally {
        setEnabled(instance, true)
    }
}

function runScenario(instance: TestInstance, driver: OmDriver, scenario: Scenario, history: number): ScenarioRun {
    const baseline = runFixture(instance, driver, scenario, history, false)
    const app = runFixture(instance, driver, scenario, history, true)
    const outcomesOf = (rows: EventRow[]) => rows.map((row) => `${row.event_key.split(':').slice(1).join(' ')} → ${row.outcome}`)
    const result: ScenarioRun = {
        line: {
            app: minus(app.line.ops, baseline.line.ops),
            asyncOps: minus(app.line.asyncOps, baseline.line.asyncOps),
            baseline: baseline.line.ops,
            minimum: lowerBound('line', app.line.newEvents, app.line.openBefore),
            outcomes: outcomesOf(app.line.newEvents),
            ms: app.line.ms,
        },
    }
    if (app.second && baseline.second) {
        result['second line'] = {
            app: minus(app.second.ops, baseline.second.ops),
            asyncOps: minus(app.second.asyncOps, baseline.second.asyncOps),
            baseline: baseline.second.ops,
            minimum: lowerBound('second line', app.second.newEvents, app.second.openBefore),
            outcomes: outcomesOf(app.second.newEvents),
            ms: app.second.ms,
        }
    }
    if (app.order && baseline.order) {
        result.order = {
            app: minus(app.order.ops, baseline.order.ops),
            asyncOps: minus(app.order.asyncOps, baseline.order.asyncOps),
            baseline: baseline.order.ops,
            minimum: lowerBound('order', app.order.newEvents, app.order.openBefore),
            outcomes: outcomesOf(app.order.newEvents),
            ms: app.order.ms,
        }
    }
    return result
}

/**
 * Adds inactive-looking noise that is nonetheless ACTIVE and considered by the engine: rules on every
 * action × milestone whose condition never holds (an offering no order uses), so decisions do not change.
 */
function addFillerRules(instance: TestInstance, count: number): void {
    for (let index = 0; index < count; index++) {
        const inserted = instance.insert(RULE_TABLE, {
            name: `Bench filler ${index}`,
            active: 'true',
            order: String(10_000 + index),
            action: ACTIONS[index % ACTIONS.length],
            milestone: MILESTONES[Math.floor(index / ACTIONS.length) % MILESTONES.length],
            condition_field: 'product_offering',
            condition_operator: 'is',
            condition_value: `bench-offering-${index}`,
            target_stage: STAGES[index % STAGES.length],
            scope: 'any',
            allow_backward: 'false',
            stop_processing: 'false',
        })
        if (!inserted) throw new Error(`filler rule ${index} was rejected: ${JSON.stringify(instance.messages.slice(-2))}`)
    }
}

function activeRuleCount(instance: TestInstance): number {
    return instance.query(RULE_TABLE, 'active=true').length
}

export interface OpsConfig {
    rules: number
    history: number
}

export interface OpsRow {
    scenario: string
    label: string
    save: SaveKind
    /** App ops per config, keyed `${rules}/${history}`. */
    byConfig: Record<string, Ops>
    /** Wall time of the save with the app enabled, per config (local instance; not a platform figure). */
    msByConfig: Record<string, number>
    /** Async work queued by the save (first config), run after the commit. */
    asyncOps: Ops
    baseline: Ops
    minimum: Ops
    outcomes: string[]
    flat: boolean
}

export const RULE_COUNTS = [10, 1000]
export const HISTORY_SIZES = [10, 10_000]

export const configKey = (config: OpsConfig) => `${config.rules}/${config.history}`

export function benchOpsPerEvent(): { configs: OpsConfig[]; rows: OpsRow[] } {
    // Async rules stay queued until the measurement drains them, as the platform's worker runs them after the commit.
    const instance = benchInstance({ autoDrainAsync: false })
    try {
        setEnabled(instance, true)
        const driver = new OmDriver(instance)
        const configs: OpsConfig[] = []
        const runs = new Map<string, ScenarioRun[]>()
        for (const wanted of RULE_COUNTS) {
            // The small configuration is the shipped default rules when they already number more than it asks.
            const rules = Math.max(wanted, activeRuleCount(instance))
            addFillerRules(instance, rules - activeRuleCount(instance))
            if (activeRuleCount(instance) !== rules) throw new Error(`expected ${rules} active rules`)
            for (const history of HISTORY_SIZES) {
                const config = { rules, history }
                progress(`ops per event: ${rules} rules, ${history} prior events`)
                configs.push(config)
                runs.set(configKey(config), SCENARIOS.map((scenario) => runScenario(instance, driver, scenario, history)))
            }
        }
        const rows: OpsRow[] = []
        SCENARIOS.forEach((scenario, index) => {
            for (const save of ['line', 'second line', 'order'] as const) {
                const first = runs.get(configKey(configs[0]))![index][save]
                if (!first) continue
                const byConfig: Record<string, Ops> = {}
                const msByConfig: Record<string, number> = {}
                for (const config of configs) {
                    const run = runs.get(configKey(config))![index][save]!
                    byConfig[configKey(config)] = run.app
                    msByConfig[configKey(config)] = run.ms
                }
                const totals = Object.values(byConfig).map(totalOps)
                rows.push({
                    scenario: scenario.id,
                    label: scenario.label,
                    save,
                    byConfig,
                    msByConfig,
                    asyncOps: first.asyncOps,
                    baseline: first.baseline,
                    minimum: first.minimum,
                    outcomes: first.outcomes,
                    flat: totals.every((total) => total === totals[0]),
                })
            }
        })
        return { configs, rows }
    } finally {
        instance.close()
    }
}
