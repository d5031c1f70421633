// The script sandbox: one node:vm context per instance. Server modules from the build (sys_module, ES
// modules) are converted to CommonJS with swc and resolved by full module path or relative specifier;
// script includes resolve as `<scope>.<Name>` and `<Name>`; `Class.create` is emulated.
import vm from 'node:vm'
import { posix } from 'node:path'
import { transformSync } from '@swc/core'
import type { LoadedArtifacts } from '../artifacts/load.ts'
import { createGlobalScope } from './global-scope.ts'
import { notEmulated } from './kernel.ts'

// Conversion output by module content: tests create many instances from the same build.
const compiledModules = new Map<string, string>()

function toCommonJs(source: string, path: string): string {
    const cached = compiledModules.get(source)
    if (cached !== undefined) return cached
    const output = transformSync(source, {
        filename: path.replace(/\.ts$/, '.js'),
        jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
        module: { type: 'commonjs', importInterop: 'none', strict: false },
        sourceMaps: false,
        swcrc: false,
        configFile: false,
    }).code
    compiledModules.set(source, output)
    return output
}

// Platform script globals the emulation does not provide: using one fails loudly instead of as a ReferenceError.
const NOT_EMULATED_GLOBALS = ['GlideSysAttachment', 'GlideSchedule', 'GlideFilter', 'GlideEmailOutbound', 'GlideScopedEvaluator', 'GlideTableHierarchy', 'GlideStringUtil', 'GlideSecureRandomUtil', 'GlideDBFunctionBuilder', 'GlideImpersonate', 'GlideSession', 'GlideUser', 'GlideSystem', 'sn_ws', 'sn_fd', 'XMLDocument2', 'ArrayUtil', 'GlideAjax', 'window', 'document', 'process', 'Buffer', 'setTimeout', 'setInterval', 'globalThis']

// Global script includes a scoped script reaches only as `global.<Name>` (the platform resolves unqualified names
// in the app's scope): unqualified, they throw with that hint. A global-scope app gets them unqualified too.
const GLOBAL_ONLY = ['JSUtil', 'AbstractAjaxProcessor']

/** Namespaces of @servicenow/glide other than the app's scope and `global` (sn_ws_int, sn_fd…): not emulated. */
function notEmulatedNamespace(name: string): Record<string, unknown> {
    return new Proxy({}, {
        get(_target, member) {
            if (typeof member !== 'string' || member === '__esModule' || member === 'then') return undefined
            throw notEmulated(`@servicenow/glide/${name} export ${member}`)
        },
    })
}

export interface SandboxGlobals {
    [name: string]: unknown
}

export class Sandbox {
    readonly context: vm.Context
    private readonly modules = new Map<string, string>()
    private readonly moduleCache = new Map<string, { exports: unknown }>()
    private readonly scriptIncludes = new Map<string, string>()
    private readonly includeCache = new Map<string, unknown>()
    private readonly compiledFunctions = new Map<string, (...args: unknown[]) => unknown>()

    /** `<scope>/<package>/<version>/`: where a script's relative require starts (the SDK's glue code writes `./src/…`). */
    private readonly packageRoot: string | null
    private readonly scope: string

    constructor(
        artifacts: LoadedArtifacts,
        private readonly glideModule: Record<string, unknown>,
        globalMembers: Record<string, unknown> = {},
    ) {
        this.scope = artifacts.scope
        for (const record of artifacts.records('sys_module')) if (record.path) this.modules.set(record.path, record.content ?? '')
        const packageJson = [...this.modules.keys()].find((path) => /^[^/]+\/[^/]+\/[^/]+\/package\.json$/.test(path))
        this.packageRoot = packageJson ? packageJson.slice(0, -'package.json'.length) : null
        for (const record of artifacts.records('sys_script_include')) if (record.active !== 'false') this.scriptIncludes.set(record.name, record.script ?? '')

        const globals: SandboxGlobals = { ...glideModule }
        this.context = vm.createContext(globals, { name: `local-instance:${artifacts.scope}`, codeGeneration: { strings: true, wasm: false } })
        const define = (name: string, getter: () => unknown) => Object.defineProperty(this.context, name, { get: getter, configurable: true, enumerable: false })
        for (const name of NOT_EMULATED_GLOBALS) define(name, () => {
            throw notEmulated(name)
        })
        const globalScope = createGlobalScope(globalMembers, (name) => (artifacts.scope === 'global' && this.scriptIncludes.has(name) ? this.scriptInclude(name) : undefined))
        this.context.global = globalScope
        for (const name of GLOBAL_ONLY) {
            define(name, () => {
                if (artifacts.scope === 'global') return globalMembers[name]
                throw new Error(`${name} is not defined in scope ${artifacts.scope}: scoped scripts reach the global script include as global.${name}`)
            })
        }
        this.context.require = (specifier: string) => this.requireFrom(null, specifier)
        this.context.Class = {
            create() {
                return function (this: { initialize?: (...args: unknown[]) => void }, ...args: unknown[]) {
                    if (typeof this.initialize === 'function') this.initialize(...args)
                }
            },
        }
        vm.runInContext(
            `Object.extendsObject = function (parent, properties) { var child = Object.create(parent.prototype || parent); for (var key in properties) child[key] = properties[key]; return child; };`,
            this.context,
        )
        const scopeObject: Record<string, unknown> = {}
        for (const name of this.scriptIncludes.keys()) {
            Object.defineProperty(scopeObject, name, { get: () => this.scriptInclude(name), enumerable: true })
            define(name, () => this.scriptInclude(name))
        }
        this.context[artifacts.scope] = scopeObject
    }

    /** Evaluates a classic script include once and returns the value of its `<Name>` variable. */
    scriptInclude(name: string): unknown {
        if (this.includeCache.has(name)) return this.includeCache.get(name)
        const script = this.scriptIncludes.get(name)
        if (script === undefined) throw new Error(`script include not found: ${name}`)
        const value = vm.runInContext(`(function () {\n${script}\n;return ${name};\n})()`, this.context, { filename: `sys_script_include:${name}` })
        this.includeCache.set(name, value)
        return value
    }

    hasModule(path: string): boolean {
        return this.modules.has(path)
    }

    private resolve(from: string | null, specifier: string): string {
        if (specifier.startsWith('./') || specifier.startsWith('../')) {
            // VERIFY: from a script (business rule, script include…) a relative path starts at the app's package
            // root, as the SDK's own glue code (`require('./src/server/…')`) assumes.
            if (!from && !this.packageRoot) throw new Error(`Cannot find module '${specifier}': relative require outside a module, and the build has no package.json module`)
            const base = from ? posix.normalize(posix.join(posix.dirname(from), specifier)) : posix.normalize(posix.join(this.packageRoot as string, specifier))
            const candidate = [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`, `${base}/index.js`].find((path) => this.modules.has(path))
            if (!candidate) throw new Error(`Cannot find module '${specifier}' from ${from} (no sys_module at ${base})`)
            return candidate
        }
        if (this.modules.has(specifier)) return specifier
        throw new Error(`Cannot find module '${specifier}'${from ? ` from ${from}` : ''} (no sys_module with this path in the build)`)
    }

    requireFrom(from: string | null, specifier: string): unknown {
        if (specifier === '@servicenow/glide') return this.glideModule
        if (specifier.startsWith('@servicenow/glide/')) {
            const namespace = specifier.slice('@servicenow/glide/'.length)
            if (namespace === this.scope) return this.context[this.scope]
            if (namespace === 'global') return this.context.global
            return notEmulatedNamespace(namespace)
        }
        const path = this.resolve(from, specifier)
        const cached = this.moduleCache.get(path)
        if (cached) return cached.exports
        const source = this.modules.get(path) ?? ''
        const module = { exports: {} as unknown }
        this.moduleCache.set(path, module)
        if (path.endsWith('.json')) {
            module.exports = JSON.parse(source)
            return module.exports
        }
        const wrapper = vm.runInContext(`(function (exports, require, module) {\n${toCommonJs(source, path)}\n})`, this.context, { filename: path }) as (
            exports: unknown,
            require: (specifier: string) => unknown,
            module: { exports: unknown },
        ) => void
        try {
            wrapper(module.exports, (next: string) => this.requireFrom(path, next), module)
        } catch (error) {
            this.moduleCache.delete(path)
            throw error
        }
        return module.exports
    }

    /** Compiles `(function (<parameters>) { <body> })` in the context once per distinct text. */
    compileFunction(parameters: string[], body: string, filename: string): (...args: unknown[]) => unknown {
        const key = `${parameters.join(',')}\n${filename}\n${body}`
        let compiled = this.compiledFunctions.get(key)
        if (!compiled) {
            compiled = vm.runInContext(`(function (${parameters.join(', ')}) {\n${body}\n})`, this.context, { filename }) as (...args: unknown[]) => unknown
            this.compiledFunctions.set(key, compiled)
        }
        return compiled
    }

    /** Runs script text with extra variables in scope; returns the completion value of the script. */
    run(code: string, variables: Record<string, unknown>, filename: string): unknown {
        const names = Object.keys(variables)
        const runner = this.compileFunction(['__script', ...names], 'return eval(__script);', filename)
        return runner(code, ...names.map((name) => variables[name]))
    }
}
