// Seed modules: the data `npm start` puts into an empty database. The local instance knows no app, so the
// seed is the app's own module (LOCAL_INSTANCE_SEED: a path, relative to the repository root; `npm start`
// passes scripts/demo-seed.ts). Without one, the instance starts with the baseline and the app's records only.
import { isAbsolute, resolve } from 'node:path'
import type { InstanceView } from './security/instance-view.ts'

export interface SeedLogin {
    userName: string
    password: string
    roles: string[]
}

export interface SeedModule {
    /** Logins the home page and the console show (local passwords, demo only). */
    logins?: SeedLogin[]
    /** True when the database still needs the seed (usually: it has none of the seed's records yet). */
    needsSeed(instance: InstanceView): boolean
    /** Writes the seed; `step` is called before every save (a simulated clock spreads the history). Returns lines to print. */
    seed(instance: InstanceView, step: () => void): string[]
}

function isSeedModule(value: unknown): value is SeedModule {
    const candidate = value as Partial<SeedModule> | null
    return !!candidate && typeof candidate.needsSeed === 'function' && typeof candidate.seed === 'function'
}

/** Loads a seed module by path: its default export, or an export named `seedModule`. */
export async function loadSeedModule(path: string, root: string): Promise<SeedModule> {
    const file = isAbsolute(path) ? path : resolve(root, path)
    const loaded = (await import(file)) as { default?: unknown; seedModule?: unknown }
    const candidates = [loaded.seedModule, loaded.default, (loaded.default as { default?: unknown } | undefined)?.default]
    const found = candidates.find(isSeedModule)
    if (!found) throw new Error(`${file}: not a seed module (export \`seedModule\` or a default export with needsSeed() and seed(); tools/local-instance/src/seed.ts)`)
    return found
}
