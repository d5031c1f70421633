// `npm run bench` (through scripts/bench.mjs): runs every section on the local instance, prints one table
// per section and writes bench/results.json. Not a test: nothing here passes or fails on a number, except
// that the run stops when a fixture does not behave as the scenario says (then the figures would lie).
import { cpus, loadavg } from 'node:os'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchEngine } from './engine'
import { benchOpsPerEvent, configKey, totalOps } from './ops-per-event'
import { benchRollup } from './rollup'
import type { Ops, OpsRow } from './ops-per-event'
import { benchReplay } from './replay'
import { benchStartup } from './startup'
import { DIST, progress, ROOT, round } from './support'
import { benchTimelinePage } from './timeline-page'

function table(headers: string[], rows: string[][]): string {
    const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)))
    const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`
    return [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n')
}

const number = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

/** `8q 2i 1u = 11`: queries, inserts, updates (deletes only when there are any) and their sum. */
function opsCell(ops: Ops): string {
    const parts = [`${ops.queries}q`, `${ops.inserts}i`, `${ops.updates}u`]
    if (ops.deletes) parts.push(`${ops.deletes}d`)
    return `${parts.join(' ')} = ${totalOps(ops)}`
}

function opsTable(configs: Array<{ rules: number; history: number }>, rows: OpsRow[]): string {
    const headers = [
        'event · measured save',
        ...configs.map((config) => `${number(config.rules)} rules, ${number(config.history)} prior`),
        'OM save alone',
        'lower bound',
        'ratio',
        'async after commit',
        'flat',
        'outcome',
    ]
    return table(
        headers,
        rows.map((row) => {
            const measured = totalOps(row.byConfig[configKey(configs[0])])
            const minimum = totalOps(row.minimum)
            return [
                `${row.scenario} · ${row.save}`,
                ...configs.map((config) => opsCell(row.byConfig[configKey(config)])),
                opsCell(row.baseline),
                opsCell(row.minimum),
                minimum ? number(measured / minimum, 2) : measured ? '∞' : '1.00',
                totalOps(row.asyncOps) ? opsCell(row.asyncOps) : '—',
                row.flat ? 'yes' : 'NO',
                row.outcomes.join(', ') || 'no new event',
            ]
        }),
    )
}

async function main() {
    const started = performance.now()
    const results: Record<string, unknown> = {
        ranAt: new Date().toISOString(),
        machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, platform: `${process.platform} ${process.arch}` },
        dist: DIST,
    }
    const output: string[] = []
    const print = (text: string) => {
        output.push(text)
        console.log(text)
    }

    const startup = benchStartup()
    results.localInstance = startup

    const ops = benchOpsPerEvent()
    results.opsPerEvent = ops
    print('\n1. Glide operations the app adds to one order save (app enabled − same save with the app disabled)')
    print(opsTable(ops.configs, ops.rows))
    print(`   q = queries (incl. get and aggregates), i = inserts, u = updates, d = deletes; ratio = measured / lower bound (what any correct implementation must read and write, docs/PERFORMANCE.md); async after commit = the re-check the save queues, run by a worker after the order's transaction.`)
    print(
        `   Wall time of the save with the app on the local instance (ms; SQLite, not a platform figure): ${ops.configs
            .map((config) => `${number(config.rules)} rules/${number(config.history)} prior: ${ops.rows.map((row) => number(row.msByConfig[configKey(config)], 1)).join(' ')}`)
            .join('; ')}`,
    )
    print(`   Flat in rules and history: ${ops.rows.every((row) => row.flat) ? 'yes, every row' : 'NO: ' + ops.rows.filter((row) => !row.flat).map((row) => `${row.scenario} · ${row.save}`).join(', ')}.`)

    const engine = benchEngine()
    results.engine = engine
    print('\n2. Pure engine: decide() events per second (median of 5 runs of ≥ 250 ms, 8-event mix)')
    print(table(['active rules', 'events/s', 'µs per event', 'runs (events/s)'], engine.map((row) => [number(row.rules), number(row.eventsPerSecond), number(1e6 / row.eventsPerSecond, 1), row.runs.map((run) => number(run)).join(' ')])))

    const replay = benchReplay()
    results.replay = replay
    print(`\n3. Replay: ${replay.accounts} accounts × ${replay.ordersPerAccount} completed orders recalculated and applied on the local instance`)
    print(
        table(
            ['writer', 'time', 'accounts/s', 'rows written'],
            [
                ['recalculation module (local instance)', `${number(replay.recalcMs)} ms`, number(replay.accountsPerSecond, 1), `${replay.eventRows} events, ${replay.periodRows} periods, ${replay.accounts} accounts`],
                ['same rows, prepared SQLite INSERTs, 1 transaction', `${number(replay.directMs, 1)} ms`, number(replay.directAccountsPerSecond), 'same'],
            ],
        ),
    )
    const perAccount = replay.opsPerAccount
    print(`   ratio recalculation / direct SQLite: ${number(replay.ratio, 0)}×; Glide operations per account: ${number(perAccount.queries, 1)} queries, ${number(perAccount.inserts, 1)} inserts, ${number(perAccount.updates, 1)} updates, ${number(perAccount.deletes, 1)} deletes`)

    const timeline = await benchTimelinePage()
    results.timelinePage = timeline
    print(`\n4. Timeline page in Chromium, account with ${number(timeline.events)} events (view=all)`)
    print(
        table(
            ['figure', 'value'],
            [
                ['JavaScript loaded by the page (uncompressed)', `${number(timeline.jsBytes / 1024, 1)} KB: ${timeline.jsFiles.map((file) => `${file.path} ${number(file.bytes / 1024, 1)} KB`).join(', ')}`],
                ['first page rendered, first load (incl. assets)', `${number(timeline.firstLoadMs)} ms`],
                [`first page rendered, median of ${timeline.loadsMs.length} loads`, `${number(timeline.medianLoadMs)} ms (${timeline.loadsMs.map((ms) => number(ms)).join(', ')})`],
                [`first rows in the DOM after navigation start, in the page, median of ${timeline.inPageMs.length}`, `${number(timeline.medianInPageMs)} ms (${timeline.inPageMs.map((ms) => number(ms)).join(', ')})`],
                ['event rows on screen', String(timeline.rowsOnScreen)],
                ['REST calls', `${timeline.restCalls.length}: ${timeline.restCalls.map((call) => `${call.method} ${call.path.replace(/[0-9a-f]{32}/g, ':id')} (${call.status}, ${call.rows} rows)`).join('; ')}`],
                ['rows fetched', String(timeline.rowsFetched)],
                ['Glide queries on the server for the load', String(timeline.serverQueries)],
                [`scrolling to the end of ${number(timeline.scroll.events)} events: DOM nodes`, `${number(timeline.scroll.domNodes)} (${timeline.scroll.rowsInDom} event rows rendered of ${number(timeline.scroll.loaded)} loaded)`],
                [`scrolling to the end of ${number(timeline.scroll.events)} events: requests, time`, `${timeline.scroll.timelineRequests} timeline pages, ${number(timeline.scroll.ms)} ms`],
                ['browser', timeline.browser],
            ],
        ),
    )

    const rollup = benchRollup()
    results.rollup = rollup
    print('\n6. Hierarchy roll-up: one child\'s completing line save (Pending → Active), parent with 10 and 1,000 children')
    print(table(['children', 'roll-up policies', 'Glide ops', 'ms (local instance)', 'parent state'], rollup.map((row) => [number(row.children), row.policy, String(row.ops), number(row.ms, 1), row.parentState])))
    print(`   Flat in the number of children: ${rollup.filter((row) => row.policy === 'on').every((row, _, on) => row.ops === on[0].ops) ? 'yes' : 'NO'}.`)

    print('\n5. Local instance')
    print(
        table(
            ['figure', 'value'],
            [
                [`load dist/app and start (startupMs, median of ${startup.startsMs.length})`, `${number(startup.startupMs)} ms (${startup.startsMs.map((ms) => number(ms)).join(', ')})`],
                ['memory added by one instance: rss', `${number(startup.rssDeltaMb, 1)} MB`],
                ['memory added by one instance: heapUsed', `${number(startup.heapUsedDeltaMb, 1)} MB${startup.gcAvailable ? '' : ' (no --expose-gc: includes garbage)'}`],
            ],
        ),
    )
    const seconds = (performance.now() - started) / 1000
    print(`\nLoad average during the run: ${loadavg().map((v) => v.toFixed(2)).join(', ')} (1, 5, 15 min).`)
    print(`\nMachine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}. Whole run: ${round(seconds)} s.`)
    results.totalSeconds = seconds
    results.table = output.join('\n')
    const file = join(ROOT, 'bench', 'results.json')
    writeFileSync(file, JSON.stringify(results, null, 2) + '\n')
    progress(`wrote ${file}`)
}

main().catch((error) => {
    console.error(error)
    process.exit(1)
})
