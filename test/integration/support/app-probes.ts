// What a test reads back from the app on the local instance the way an admin would: a menu module's list (its own
// table and filter from the build output) and the shipped recalculation module.
import type { TestInstance } from '../../../tools/local-instance/src/testkit'

const RECALCULATE_MODULE = 'src/server/glide/recalculation/recalculate-account.ts'

export interface Recalculation {
    status: string
    lines: string[]
    diff: { outcomeChanges: Array<{ key: string; from: string; to: string }> } | null
}

/** Runs the shipped recalculation of one account (dry run or apply) as the platform's module. */
export function recalculate(instance: TestInstance, account: string, mode: 'dry_run' | 'apply'): Recalculation {
    return instance.glide(() => (instance.requireModule(RECALCULATE_MODULE) as { recalculateAccount(id: string, mode: string): Recalculation }).recalculateAccount(account, mode))
}

/** The menu module with this title in the build output (sys_app_module); throws when the app ships none. */
export function appModule(instance: TestInstance, title: string): Record<string, unknown> {
    const module = instance.artifacts.records('sys_app_module').find((record) => record.title === title)
    if (!module) throw new Error(`no ${title} module`)
    return module
}

/** The rows the module lists: its table under its filter, narrowed by `extraFilter` when given. */
export function moduleRows(instance: TestInstance, title: string, extraFilter = ''): Array<Record<string, string | null>> {
    const module = appModule(instance, title)
    return instance.query(String(module.name), [String(module.filter), extraFilter].filter(Boolean).join('^'))
}
