/**
 * What a stored sold-product / product-inventory state means to the account: in service, suspended, not yet
 * in service, or gone. The mapping is configuration (three system properties, one list of stored states per
 * meaning; every other state is gone), validated here with messages that name the property. Pure: the
 * adapter reads the properties and the state column's choices.
 */
import { DEFAULT_IN_SERVICE_STATES, DEFAULT_NOT_YET_STATES, DEFAULT_SUSPENDED_STATES } from '../order-management/om-model.ts'

export const SERVICE_MEANINGS = ['in_service', 'suspended', 'not_yet', 'gone'] as const
export type ServiceMeaning = (typeof SERVICE_MEANINGS)[number]

/** The meanings an admin lists states for; every state not listed is gone. */
export const MAPPED_MEANINGS = ['in_service', 'suspended', 'not_yet'] as const
export type MappedMeaning = (typeof MAPPED_MEANINGS)[number]

export type InventoryMapping = Readonly<Record<MappedMeaning, readonly string[]>>

export const MEANING_LABELS: Readonly<Record<ServiceMeaning, string>> = {
    in_service: 'In service',
    suspended: 'Suspended',
    not_yet: 'Not yet in service',
    gone: 'Gone',
}

export const DEFAULT_INVENTORY_MAPPING: InventoryMapping = {
    in_service: DEFAULT_IN_SERVICE_STATES,
    suspended: DEFAULT_SUSPENDED_STATES,
    not_yet: DEFAULT_NOT_YET_STATES,
}

/** The items of a comma-separated state list: trimmed, blanks and repeats dropped. */
export function stateList(text: string): string[] {
    const states: string[] = []
    for (const item of text.split(',')) {
        const state = item.trim()
        if (state && states.indexOf(state) < 0) states.push(state)
    }
    return states
}

/**
 * The mapping from the raw property values. A property that does not exist (null) keeps its default; one
 * that exists but is blank means "no state has this meaning" (an instance without suspensions, say).
 */
export function inventoryMappingOf(raw: Readonly<Record<MappedMeaning, string | null>>): InventoryMapping {
    return {
        in_service: raw.in_service === null ? DEFAULT_INVENTORY_MAPPING.in_service : stateList(raw.in_service),
        suspended: raw.suspended === null ? DEFAULT_INVENTORY_MAPPING.suspended : stateList(raw.suspended),
        not_yet: raw.not_yet === null ? DEFAULT_INVENTORY_MAPPING.not_yet : stateList(raw.not_yet),
    }
}

/** The meaning of one stored state: the first list that names it, else gone (inactive, closed, unknown). */
export function meaningOf(mapping: InventoryMapping, state: string): ServiceMeaning {
    for (const meaning of MAPPED_MEANINGS) if (mapping[meaning].indexOf(state) >= 0) return meaning
    return 'gone'
}

/** Every state named by the mapping, with its meaning (for the workbench and the docs). */
export function describeMapping(mapping: InventoryMapping): { state: string; meaning: ServiceMeaning }[] {
    const rows: { state: string; meaning: ServiceMeaning }[] = []
    for (const meaning of MAPPED_MEANINGS) for (const state of mapping[meaning]) rows.push({ state, meaning })
    return rows
}

export interface MappingProblem {
    /** Which list is wrong (the adapter turns it into the property name). */
    meaning: MappedMeaning
    message: string
}

/**
 * Problems with a mapping an admin is saving, given the stored states the inventory's state column knows
 * (its choices; an empty list = unknown, then only structural checks run). One state in two lists, a state
 * the column does not have, and a mapping where nothing is ever in service are refused.
 */
export function validateInventoryMapping(raw: Readonly<Record<MappedMeaning, string>>, knownStates: readonly string[]): MappingProblem[] {
    const problems: MappingProblem[] = []
    const seen: Record<string, MappedMeaning> = {}
    for (const meaning of MAPPED_MEANINGS) {
        for (const state of stateList(raw[meaning])) {
            if (knownStates.length > 0 && knownStates.indexOf(state) < 0) {
                problems.push({ meaning, message: `"${state}" is not a state of sold products or product inventory (known: ${knownStates.join(', ')})` })
            }
            const other = Object.prototype.hasOwnProperty.call(seen, state) ? seen[state] : null
            if (other) {
                // Reported on both lists, so whichever one is being saved names the conflict.
                problems.push({ meaning, message: `"${state}" is also listed as ${MEANING_LABELS[other].toLowerCase()}; a state has one meaning` })
                problems.push({ meaning: other, message: `"${state}" is also listed as ${MEANING_LABELS[meaning].toLowerCase()}; a state has one meaning` })
            } else seen[state] = meaning
        }
    }
    if (stateList(raw.in_service).length === 0) problems.push({ meaning: 'in_service', message: 'list at least one state: with none, no account would ever have a service in service' })
    return problems
}
