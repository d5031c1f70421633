// Scheduled scripts (sysauto_script from dist/app): their schedule (next run from run_type, run_time,
// run_period, run_start…, as the Now SDK stores them) and running one on demand from a test.
// The job worker (job-worker.ts) and drainQueues() run them on schedule through their sys_trigger row.
import type { Instance } from '../instance.ts'
import { formatDateTime, notEmulated } from '../runtime/kernel.ts'

/** The app's scheduled script records, by name. */
export function scheduledScripts(instance: Instance): Array<Record<string, string>> {
    return instance.artifacts.records('sysauto_script')
}

/**
 * Runs the named scheduled script now, whatever its schedule, as its run_as user (the system user when
 * empty), like the scheduler does: no transaction around the script, each write commits on its own.
 * Its condition (conditional=true) is not evaluated: this is "Execute Now". Returns the script's completion
 * value; throws when there is no such job.
 */
export function runScheduledScript(instance: Instance, name: string): unknown {
    const job = scheduledScripts(instance).find((record) => record.name === name)
    if (!job) throw new Error(`no scheduled script named "${name}" (known: ${scheduledScripts(instance).map((record) => record.name).join(', ') || 'none'})`)
    return instance.jobs.runScheduledNow(job)
}

const DAY_MS = 24 * 3600 * 1000

/** 'YYYY-MM-DD HH:mm:ss' (UTC) → Date; empty → null. */
function parseDateTime(value: string | undefined, field: string, job: Record<string, string>): Date | null {
    if (!value) return null
    const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value)
    if (!match) throw new Error(`sysauto_script '${job.name}': ${field} '${value}' is not a date-time`)
    return new Date(Date.UTC(+match[1], +match[2] - 1, +match[3], +match[4], +match[5], +match[6]))
}

/** A glide_duration ('1970-01-DD HH:mm:ss', days counted from 01) or a run_time (time of day) → ms. */
function durationMs(value: string | undefined, field: string, job: Record<string, string>): number {
    const date = parseDateTime(value || '1970-01-01 00:00:00', field, job) as Date
    return date.getTime()
}

// Fields that change when a job runs; a change to any of them in a new build recomputes next_action.
const SCHEDULE_FIELDS = [
    'active', 'run_type', 'run_time', 'run_period', 'run_start', 'run_end', 'run_dayofweek', 'run_daysofweek', 'run_dayofmonth',
    'time_zone', 'offset', 'offset_type', 'max_drift', 'repeat_every', 'business_calendar', 'run_weekinmonth', 'run_month',
]

export function scheduleSignature(job: Record<string, string>): string {
    return JSON.stringify(SCHEDULE_FIELDS.map((field) => job[field] ?? ''))
}

const EMULATED_RUN_TYPES = new Set(['daily', 'weekly', 'monthly', 'periodically', 'once', 'on_demand'])

/** Throws `not emulated` for a schedule the emulation cannot compute (checked when the instance starts). */
export function checkSchedule(job: Record<string, string>): void {
    const type = job.run_type || 'daily'
    if (!EMULATED_RUN_TYPES.has(type)) throw notEmulated(`sysauto_script run_type '${type}' (job '${job.name}')`)
    const unsupported: Array<[string, boolean]> = [
        ['offset', !!job.offset && durationMs(job.offset, 'offset', job) !== 0],
        ['max_drift', !!job.max_drift && durationMs(job.max_drift, 'max_drift', job) !== 0],
        ['repeat_every', !!job.repeat_every && job.repeat_every !== '0' && job.repeat_every !== '1'],
        ['business_calendar', !!job.business_calendar],
    ]
    for (const [field, set] of unsupported) if (set) throw notEmulated(`sysauto_script ${field} (job '${job.name}')`)
    if (type === 'periodically' && durationMs(job.run_period, 'run_period', job) <= 0) throw new Error(`sysauto_script '${job.name}': periodically needs a run_period above zero`)
}

/**
 * The first run of the job strictly after `after` (and not before run_start, not after run_end), or null
 * when it never runs again (on_demand, once already run, run_end passed). `initial`: the trigger is being
 * created, so a `once` job whose run_start has passed still runs (once).
 * VERIFY: all times are UTC. The SDK stores run_time/run_start in UTC when the job names a time zone and
 * raw when it is 'floating' (the instance's system time zone), which the emulation takes to be UTC.
 * VERIFY: daily/weekly/monthly jobs run at run_time on the first matching day at or after run_start.
 * VERIFY: a job whose time passed while the instance was down runs once when it comes back, then follows
 * its schedule (missed runs are not repeated).
 * VERIFY: weekly uses run_daysofweek ('135' = Mon, Wed, Fri; 1 = Monday … 7 = Sunday), else run_dayofweek;
 * monthly on a day the month lacks runs on its last day (Now SDK scheduled-script guide).
 */
export function nextRun(job: Record<string, string>, after: Date, initial = false): Date | null {
    checkSchedule(job)
    const type = job.run_type || 'daily'
    const start = parseDateTime(job.run_start, 'run_start', job)
    const end = parseDateTime(job.run_end, 'run_end', job)
    const within = (candidate: Date | null) => (candidate && end && candidate.getTime() > end.getTime() ? null : candidate)
    if (type === 'on_demand') return null
    if (type === 'once') {
        if (!start) throw new Error(`sysauto_script '${job.name}': once needs run_start`)
        return initial || start.getTime() > after.getTime() ? start : null
    }
    // The first moment that may match: just after `after`, but not before run_start.
    const from = start && start.getTime() > after.getTime() ? new Date(start.getTime() - 1000) : after
    if (type === 'periodically') {
        const period = durationMs(job.run_period, 'run_period', job)
        const origin = start ?? after
        if (origin.getTime() > from.getTime()) return within(origin)
        const steps = Math.floor((from.getTime() - origin.getTime()) / period) + 1
        return within(new Date(origin.getTime() + steps * period))
    }
    const timeOfDay = durationMs(job.run_time, 'run_time', job) % DAY_MS
    const dayStart = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
    const matches = (day: Date): boolean => {
        if (type === 'daily') return true
        if (type === 'weekly') {
            const isoDay = ((day.getUTCDay() + 6) % 7) + 1
            const days = job.run_daysofweek ? job.run_daysofweek.split('') : [job.run_dayofweek || '1']
            return days.includes(String(isoDay))
        }
        const wanted = Number(job.run_dayofmonth || '1')
        const lastDay = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate()
        return day.getUTCDate() === Math.min(wanted, lastDay)
    }
    for (let offset = 0; offset <= 62; offset++) {
        const day = new Date(dayStart(from) + offset * DAY_MS)
        const candidate = new Date(day.getTime() + timeOfDay)
        if (candidate.getTime() > from.getTime() && matches(day)) return within(candidate)
    }
    throw new Error(`sysauto_script '${job.name}': no run found within 62 days`)
}

/** nextRun in the storage format, or null. */
export function nextRunValue(job: Record<string, string>, after: Date, initial = false): string | null {
    const next = nextRun(job, after, initial)
    return next ? formatDateTime(next) : null
}
