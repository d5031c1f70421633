// Scheduled scripts (sysauto_script from dist/app) on demand: tests and scripts run a job by name, with the
// instance's controllable clock, instead of waiting for its schedule.
import type { Instance } from '../instance.ts'

/** The app's scheduled script records, by name. */
export function scheduledScripts(instance: Instance): Array<Record<string, string>> {
    return instance.artifacts.records('sysauto_script')
}

/** Runs the named scheduled script now as the system user (one transaction); throws when there is none. */
export function runScheduledScript(instance: Instance, name: string): unknown {
    const job = scheduledScripts(instance).find((record) => record.name === name)
    if (!job) throw new Error(`no scheduled script named "${name}" (known: ${scheduledScripts(instance).map((record) => record.name).join(', ') || 'none'})`)
    return instance.runScript(null, job.script ?? '', {})
}
