// The live = replay property over generated histories (support/order-histories.ts), run in shards so jest spreads
// them over its workers. Each history is played through the shipped business rules on a fresh local instance;
// then the shipped recalculation replays the same history and must find nothing to change.
import { createTestInstance } from '../../../tools/local-instance/src/testkit'
import { accountOutcome, describeHistory, generateHistory, playHistory } from './order-histories'
import { recalculate } from './app-probes'

/** Histories in the whole property (≥ 500), split over the shard files in test/integration/property/. */
export const HISTORIES = 520
export const SHARDS = 4

/** What went wrong for one seed, or '' when the property holds. */
export function checkSeed(seed: number): string {
    const history = generateHistory(seed)
    const live = createTestInstance()
    try {
        const account = playHistory(live, history)
        if (!history.outage) {
            const dryRun = recalculate(live, account, 'dry_run')
            const outcomes = dryRun.diff?.outcomeChanges ?? []
            if (dryRun.status === 'unchanged' && outcomes.length === 0) return ''
            return `${describeHistory(history)}\n  live: ${JSON.stringify(accountOutcome(live, account))}\n  dry run: ${dryRun.status}: ${dryRun.lines.join('; ')}` +
                (outcomes.length ? `\n  decided differently: ${outcomes.map((change) => `${change.key} ${change.from} → ${change.to}`).join(', ')}` : '')
        }
        // A kill-switch or dry-run window: live processing missed it. A recalculation must bring the account to the
        // state and stage live processing without the window reached, and leave nothing for a second one to do.
        // (What happened inside a kill-switch window left no row: its milestones are dated from the order record,
        // so entry dates may differ from the run without the window.)
        const reference = createTestInstance()
        try {
            const referenceAccount = playHistory(reference, history, true)
            const applied = recalculate(live, account, 'apply')
            const again = recalculate(live, account, 'dry_run')
            const expected = accountOutcome(reference, referenceAccount)
            const actual = accountOutcome(live, account)
            if (expected.state === actual.state && expected.stage === actual.stage && again.status === 'unchanged') return ''
            return `${describeHistory(history)}\n  after the window, recalculation ${applied.status}: ${applied.lines.join('; ')}; then a dry run: ${again.status}: ${again.lines.join('; ')}\n  expected (no window): ${JSON.stringify(expected)}\n  got: ${JSON.stringify(actual)}`
        } finally {
            reference.close()
        }
    } finally {
        live.close()
    }
}

/** The seeds of one shard (1-based), or the one in PROPERTY_SEED to reproduce a failure. */
export function seedsOfShard(shard: number): number[] {
    const only = process.env.PROPERTY_SEED
    if (only) return shard === 1 ? [Number(only)] : []
    const seeds: number[] = []
    for (let seed = shard; seed <= HISTORIES; seed += SHARDS) seeds.push(seed)
    return seeds
}

/** Defines the shard's test: every seed is checked, and the failures (with their histories) are reported together. */
export function propertyShard(shard: number): void {
    const seeds = seedsOfShard(shard)
    it(`live processing and a recalculation of the same history agree (${seeds.length} generated histories; PROPERTY_SEED=<n> reruns one)`, () => {
        const failures: string[] = []
        for (const seed of seeds) {
            let problem: string
            try {
                problem = checkSeed(seed)
            } catch (error) {
                problem = `${describeHistory(generateHistory(seed))}\n  playing it failed: ${error instanceof Error ? error.stack : String(error)}`
            }
            if (problem) failures.push(problem)
        }
        expect(`${failures.length} of ${seeds.length} histories diverged\n\n${failures.slice(0, 3).join('\n\n')}`).toBe(`0 of ${seeds.length} histories diverged\n\n`)
        expect(failures).toHaveLength(0)
    })
}
