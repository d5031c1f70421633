// The `gs` (GlideSystem) subset. Unknown members throw `not emulated: gs.<name>`.
import type { GlideDateTimeClasses } from './glide-date-time.ts'
import { formatDateTime, notEmulated, type Kernel } from './kernel.ts'

function format(message: unknown, args: unknown[]): string {
    return String(message).replace(/\{(\d+)\}/g, (whole, index: string) => (args[Number(index)] === undefined ? whole : String(args[Number(index)])))
}

export function createGs(kernel: Kernel, dates: GlideDateTimeClasses, scopeName: string) {
    const property = (name: string) => kernel.store.db.prepare('SELECT value FROM sys_properties WHERE name = ?').get(name) as { value: string | null } | undefined
    const userRecord = () =>
        kernel.session.user === null ? undefined : (kernel.store.db.prepare('SELECT sys_id FROM sys_user WHERE user_name = ?').get(kernel.session.user) as { sys_id: string } | undefined)
    const source = `${scopeName}`
    const gs = {
        getProperty(name: string, fallback?: unknown): unknown {
            const found = property(name)
            // VERIFY: a property that exists with an empty value returns '' rather than the fallback.
            if (!found) return fallback
            return found.value ?? ''
        },
        setProperty(name: string, value: unknown): void {
            const found = property(name)
            if (found) kernel.store.db.prepare('UPDATE sys_properties SET value = ? WHERE name = ?').run(String(value), name)
            else kernel.store.db.prepare('INSERT INTO sys_properties (sys_id, name, value, sys_created_on, sys_updated_on, sys_mod_count) VALUES (?, ?, ?, ?, ?, 0)').run(kernel.newId(), name, String(value), formatDateTime(kernel.clock.now()), formatDateTime(kernel.clock.now()))
        },
        info: (message: unknown, ...args: unknown[]) => kernel.log('info', format(message, args), source),
        warn: (message: unknown, ...args: unknown[]) => kernel.log('warn', format(message, args), source),
        error: (message: unknown, ...args: unknown[]) => kernel.log('error', format(message, args), source),
        debug: (message: unknown, ...args: unknown[]) => kernel.log('debug', format(message, args), source),
        log: (message: unknown, logSource?: string) => kernel.log('info', String(message), logSource ?? source),
        addInfoMessage: (message: unknown) => void kernel.messages.push({ type: 'info', message: String(message), user: kernel.session.user }),
        addErrorMessage: (message: unknown) => void kernel.messages.push({ type: 'error', message: String(message), user: kernel.session.user }),
        getUserID: (): string => userRecord()?.sys_id ?? (kernel.session.user === null ? 'system' : ''),
        getUserName: (): string => kernel.session.user ?? 'system',
        hasRole(role: string): boolean {
            // VERIFY: the system user (no session user) and admin pass every role check.
            if (kernel.session.user === null) return true
            const roles = kernel.userRoles(kernel.session.user)
            return roles.includes('admin') || String(role).split(',').some((name) => roles.includes(name.trim()))
        },
        nowDateTime: (): string => new dates.GlideDateTime().getDisplayValue(),
        nowNoTZ: (): string => new dates.GlideDateTime().getValue(),
        eventQueue(name: string, record?: { getTableName(): string; getUniqueValue(): string | null } | null, parm1?: unknown, parm2?: unknown, queue?: unknown): void {
            // Empty = NULL, as everywhere in the store.
            const text = (value: unknown) => (value === undefined || value === null || String(value) === '' ? null : String(value))
            kernel.queueEvent({
                name: String(name),
                table: record ? record.getTableName() : null,
                sysId: record ? record.getUniqueValue() : null,
                parm1: text(parm1),
                parm2: text(parm2),
                user: kernel.session.user,
                queue: text(queue),
            })
        },
        getMessage: (key: string, args?: unknown) => format(key, Array.isArray(args) ? args : args === undefined ? [] : [args]),
        nil: (value: unknown) => value === null || value === undefined || String(value) === '',
        getCurrentScopeName: () => scopeName,
        generateGUID: () => kernel.newId(),
    }
    return new Proxy(gs, {
        get(target, name, receiver) {
            if (typeof name !== 'string' || name in target) return Reflect.get(target, name, receiver)
            throw notEmulated(`gs.${name}`)
        },
    })
}
