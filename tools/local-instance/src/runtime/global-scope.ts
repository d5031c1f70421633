// The `global` scope as scoped scripts reach it: `global.JSUtil`, `global.JSON`, `global.AbstractAjaxProcessor`,
// `global.GlideQuery` (with Stream and Optional), and a global-scope app's own script includes. Any other
// `global.<name>` throws `not emulated: global.<name>` (the platform's global scope has thousands of script
// includes; the local instance provides the ones listed here).
import { notEmulated } from './kernel.ts'

/** JSUtil - Global (markdown/api-reference/server-api-reference/c_JSUtilAPI.md). VERIFY: reachable from scoped apps as global.JSUtil. */
export function createJSUtil(log: (message: string) => void, GlideRecordClass: unknown) {
    const isNil = (item: unknown): boolean => {
        if (item === null || item === undefined) return true
        if (typeof item === 'object' && typeof (item as { nil?: () => boolean }).nil === 'function') return (item as { nil: () => boolean }).nil()
        return String(item) === ''
    }
    const escape = (text: unknown) => String(text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    return {
        nil: isNil,
        notNil: (item: unknown) => !isNil(item),
        has: (item: unknown) => item !== null && item !== undefined,
        doesNotHave: (item: unknown) => item === null || item === undefined,
        toBoolean(item: unknown): boolean {
            if (typeof item === 'boolean') return item
            if (typeof item === 'number') return item !== 0
            if (item === null || item === undefined) return false
            return String(item) === 'true'
        },
        getBooleanValue(record: { getValue(field: string): string | null }, field: string): boolean {
            const value = record.getValue(field)
            return value === 'true' || value === '1'
        },
        type_of(value: unknown): string {
            if (value === null || value === undefined) return 'null'
            if (typeof value === 'string' || value instanceof String) return 'string'
            if (typeof value === 'number' || value instanceof Number) return 'number'
            if (typeof value === 'boolean' || value instanceof Boolean) return 'boolean'
            if (typeof value === 'function') return 'function'
            return 'object'
        },
        instance_of(item: unknown, klass: unknown): boolean {
            if (typeof klass !== 'function') throw notEmulated('JSUtil.instance_of with a class name string (Java classes)')
            return item instanceof (klass as new () => unknown) || (klass === GlideRecordClass && typeof (item as { getTableName?: unknown })?.getTableName === 'function')
        },
        isJavaObject: () => false,
        escapeText: escape,
        unescapeText: (text: unknown) => String(text ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
        escapeAttr: (text: unknown) => String(text ?? '').replace(/&/g, '&amp;'),
        unescapeAttr: (text: unknown) => String(text ?? '').replace(/&amp;/g, '&'),
        logObject(object: unknown, name?: string): void {
            log(`Log Object${name ? `: ${name}` : ''}\n  ${JSON.stringify(object, null, 2)}`)
        },
    }
}

/** global.JSON: the script include with encode/decode (scoped scripts use the native JSON object otherwise). */
export class GlobalJSON {
    encode(value: unknown): string {
        return JSON.stringify(value)
    }
    decode(text: string): unknown {
        return JSON.parse(String(text))
    }
}

/** A GlideAjax request as AbstractAjaxProcessor sees it (http/ajax.ts builds one from xmlhttp.do parameters). */
export interface AjaxRequest {
    getParameter(name: string): string | null
}

/**
 * AbstractAjaxProcessor, the base of client-callable script includes (script-include-guide: extend
 * global.AbstractAjaxProcessor with Object.extendsObject and read parameters with getParameter). A method's
 * return value is the answer; setAnswer() sets it explicitly. VERIFY: the XML document API (newItem,
 * getDocument, getRootElement) is not emulated.
 */
export function createAbstractAjaxProcessor(): unknown {
    function AbstractAjaxProcessor(this: Record<string, unknown>, request?: AjaxRequest, responseXML?: unknown, gc?: unknown) {
        const init = this.initialize as ((...args: unknown[]) => void) | undefined
        if (typeof init === 'function') init.call(this, request, responseXML, gc)
    }
    AbstractAjaxProcessor.prototype = {
        initialize(this: Record<string, unknown>, request?: AjaxRequest, responseXML?: unknown, gc?: unknown) {
            this.request = request ?? null
            this.responseXML = responseXML ?? null
            this.gc = gc ?? null
            this.answer = undefined
        },
        getParameter(this: { request: AjaxRequest | null }, name: string): string | null {
            return this.request ? this.request.getParameter(name) : null
        },
        getName(this: { request: AjaxRequest | null }): string | null {
            return this.request ? this.request.getParameter('sysparm_name') : null
        },
        setAnswer(this: Record<string, unknown>, value: unknown): void {
            this.answer = value
        },
        newItem: () => {
            throw notEmulated('AbstractAjaxProcessor.newItem (XML answers)')
        },
        getDocument: () => {
            throw notEmulated('AbstractAjaxProcessor.getDocument')
        },
        getRootElement: () => {
            throw notEmulated('AbstractAjaxProcessor.getRootElement')
        },
        type: 'AbstractAjaxProcessor',
    }
    return AbstractAjaxProcessor
}

/** `global`: the members above, then `fallback` (a global-scope app's script includes), else not emulated. */
export function createGlobalScope(members: Record<string, unknown>, fallback: (name: string) => unknown): Record<string, unknown> {
    return new Proxy(members, {
        get(target, name) {
            if (typeof name !== 'string') return undefined
            if (name in target) return target[name]
            const found = fallback(name)
            if (found !== undefined) return found
            if (name === 'then' || name === 'toJSON') return undefined
            throw notEmulated(`global.${name}`)
        },
        has: (target, name) => typeof name === 'string' && (name in target || fallback(name) !== undefined),
    })
}
