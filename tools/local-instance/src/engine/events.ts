// Events (the platform's event queue): gs.eventQueue() writes a `sysevent` row (engine/jobs.ts); the job
// runner processes ready events by running every active sysevent_script_action of dist/app subscribed to
// the event name, with `event` and `current` in scope.
import type { ArtifactRecord } from '../artifacts/load.ts'
import type { SysEventRow } from './jobs.ts'
import { notEmulated } from '../runtime/kernel.ts'

/**
 * Platform event names the emulation knows to be registered without a sysevent_register record in dist/app.
 * Deliberately empty: the app queues no platform event today. Add names here (VERIFY each) when it does.
 */
export const BASELINE_EVENTS: readonly string[] = []

export interface ScriptAction {
    sysId: string
    name: string
    eventName: string
    order: number
    conditionScript: string
    script: string
}

/** Active script actions by event name, each list by order then name (VERIFY: the platform's tie-break). */
export function scriptActionsFrom(records: ArtifactRecord[]): Map<string, ScriptAction[]> {
    const byEvent = new Map<string, ScriptAction[]>()
    // The SDK writes active=false unless the ScriptAction says active: true (its default is false).
    for (const record of records.filter((candidate) => candidate.active === 'true')) {
        const action: ScriptAction = {
            sysId: record.sys_id,
            name: record.name || record.sys_id,
            eventName: record.event_name ?? '',
            order: Number(record.order || 100),
            conditionScript: record.condition_script ?? '',
            script: record.script ?? '',
        }
        const list = byEvent.get(action.eventName) ?? []
        list.push(action)
        byEvent.set(action.eventName, list)
    }
    for (const list of byEvent.values()) list.sort((left, right) => left.order - right.order || left.name.localeCompare(right.name))
    return byEvent
}

/** Registered event names: sysevent_register records of dist/app plus BASELINE_EVENTS. */
export function registeredEvents(records: ArtifactRecord[]): Set<string> {
    return new Set([...BASELINE_EVENTS, ...records.map((record) => record.event_name).filter(Boolean)])
}

// GlideRecord methods a script action might call on `event`: the emulated event is read-only.
const NOT_EMULATED_EVENT_METHODS = new Set(['update', 'insert', 'deleteRecord', 'setValue', 'get', 'query', 'next', 'addQuery', 'initialize', 'getElement', 'getDisplayValue'])

/**
 * `event` in a script action: the sysevent row as a read-only GlideRecord-like object. Fields read as
 * strings (empty = ''), getValue() returns null for empty as GlideRecord does. VERIFY: on the platform `event`
 * is a GlideRecord on sysevent whose fields are GlideElements.
 */
export function eventObject(row: SysEventRow): Record<string, unknown> {
    const values: Record<string, string | null> = {
        sys_id: row.sys_id,
        name: row.name,
        table: row.table,
        instance: row.instance,
        parm1: row.parm1,
        parm2: row.parm2,
        queue: row.queue,
        state: row.state,
        user_id: row.user_id,
        user_name: row.user_name,
        sys_created_on: row.sys_created_on,
        processed: row.processed,
        claimed_by: row.claimed_by,
    }
    const target: Record<string, unknown> = {
        getValue: (field: string) => {
            const value = values[field]
            return value === undefined || value === null || value === '' ? null : value
        },
        getTableName: () => 'sysevent',
        getUniqueValue: () => row.sys_id,
        isValidRecord: () => true,
    }
    for (const [field, value] of Object.entries(values)) target[field] = value ?? ''
    return new Proxy(target, {
        get(object, name) {
            if (typeof name === 'string' && NOT_EMULATED_EVENT_METHODS.has(name)) throw notEmulated(`event.${name} (the sysevent record in a script action)`)
            return Reflect.get(object, name)
        },
        set(_object, name) {
            throw notEmulated(`setting event.${String(name)} (the sysevent record in a script action)`)
        },
    })
}
