// The platform's script API surface per class (platform-api.json, from @servicenow/glide's type declarations):
// a method the platform has and the local instance does not implement throws `not emulated: <Class>.<method>`
// when called, instead of being undefined (a TypeError the business-rule engine would only log).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { notEmulated } from './kernel.ts'

export type PlatformClass = 'GlideDateTime' | 'GlideDate' | 'GlideTime' | 'GlideDuration' | 'GlideRecord' | 'GlideElement' | 'GlideAggregate' | 'GlideQuery' | 'Optional' | 'Stream'

let api: Record<PlatformClass, { methods: string[]; static: string[] }> | undefined

export function platformMethods(className: PlatformClass): { methods: readonly string[]; static: readonly string[] } {
    api ??= JSON.parse(readFileSync(join(__dirname, 'platform-api.json'), 'utf8')) as Record<PlatformClass, { methods: string[]; static: string[] }>
    return api[className]
}

/** Adds a throwing stub for every platform method of `className` that `target` (a class) does not implement. */
export function stubNotEmulated(target: { prototype: object } & Record<string, unknown>, className: PlatformClass): void {
    const { methods, static: statics } = platformMethods(className)
    for (const name of methods) {
        if (name in target.prototype) continue
        Object.defineProperty(target.prototype, name, {
            value: function notEmulatedMethod() {
                throw notEmulated(`${className}.${name}`)
            },
            configurable: true,
            writable: true,
        })
    }
    for (const name of statics) {
        if (name in target) continue
        Object.defineProperty(target, name, {
            value: () => {
                throw notEmulated(`${className}.${name}`)
            },
            configurable: true,
            writable: true,
        })
    }
}

/** Whether `name` is a platform method of the class (for proxies that must tell fields from methods). */
const methodSets = new Map<PlatformClass, Set<string>>()

export function isPlatformMethod(className: PlatformClass, name: string): boolean {
    let set = methodSets.get(className)
    if (!set) methodSets.set(className, (set = new Set(platformMethods(className).methods)))
    return set.has(name)
}
