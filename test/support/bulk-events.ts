// Fills an account's timeline straight through SQLite: 10,000 rows through Glide would take longer than
// the behaviour under test (paging, per-event cost) and nothing about how they were written matters there.
import { createHash } from 'node:crypto'
import type { Instance } from '../../tools/local-instance/src/instance'

export interface BulkEventOptions {
    /** Event keys are `${keyPrefix}-${index}`, unique per call so several accounts can be filled. */
    keyPrefix?: string
    /** The first event happens at this instant; each next one an hour later. */
    startMs?: number
}

/**
 * Inserts `count` `modify completed → no_change` timeline events for `accountId` in one transaction, oldest
 * first, explained as `Bulk event <index>`. Returns the event keys.
 */
export function insertBulkEvents(instance: Pick<Instance, 'db'>, accountId: string, count: number, options: BulkEventOptions = {}): string[] {
    const keyPrefix = options.keyPrefix ?? 'bulk'
    const startMs = options.startMs ?? Date.UTC(2020, 0, 1)
    const insert = instance.db.prepare(
        'INSERT INTO x_oal_lifecycle_event (sys_id, event_key, account, action, milestone, outcome, explanation, occurred_at, recorded_at, sys_created_on, sys_updated_on, sys_mod_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)',
    )
    const idPrefix = createHash('md5').update(keyPrefix).digest('hex').slice(0, 24)
    const keys: string[] = []
    instance.db.transaction(() => {
        for (let i = 0; i < count; i++) {
            const at = new Date(startMs + i * 3600_000).toISOString().slice(0, 19).replace('T', ' ')
            // Deterministic and unique per prefix: a digest of the prefix, then the index.
            const id = idPrefix + i.toString(16).padStart(8, '0')
            const key = `${keyPrefix}-${i}`
            insert.run(id, key, accountId, 'modify', 'completed', 'no_change', `Bulk event ${i}`, at, at, at, at)
            keys.push(key)
        }
    })()
    return keys
}

