/**
 * Server-side check of the inventory-state mapping as an admin saves one of its properties (before insert/update
 * business rule on sys_properties, for the x_oal_lifecycle.inventory.* names): the core's
 * validateInventoryMapping over the three lists as they will be, against the states the sold product table's
 * state column knows. Problems are shown with the property's name and the save is aborted.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { PROPERTIES } from '../app-schema.ts'
import { MAPPED_MEANINGS, validateInventoryMapping } from '../lifecycle/inventory.ts'
import type { MappedMeaning } from '../lifecycle/inventory.ts'
import { SOLD_PRODUCT_FIELDS, SOLD_PRODUCT_TABLE } from '../order-management/om-model.ts'
import { textValue } from './glide-values.ts'

/** The property that holds each meaning's list. */
export const MAPPING_PROPERTIES: Readonly<Record<MappedMeaning, string>> = {
    in_service: PROPERTIES.inServiceStates,
    suspended: PROPERTIES.suspendedStates,
    not_yet: PROPERTIES.notYetStates,
}

/** The stored states of the sold product (and so product inventory) state column, from its choices. */
export function knownInventoryStates(): string[] {
    const product = new GlideRecord(SOLD_PRODUCT_TABLE)
    product.initialize()
    const element = product.getElement(SOLD_PRODUCT_FIELDS.state) as unknown as { getChoices(): unknown } | null
    const choices = element ? element.getChoices() : []
    const states: string[] = []
    // The platform may hand back a Java list; read it by index either way.
    const list = choices as { length?: number; size?: () => number; get?: (index: number) => unknown; [index: number]: unknown }
    const size = typeof list.size === 'function' ? list.size() : (list.length ?? 0)
    for (let index = 0; index < size; index++) {
        const value = String(typeof list.get === 'function' ? list.get(index) : list[index])
        if (value && states.indexOf(value) < 0) states.push(value)
    }
    return states
}

/** Before insert/update on sys_properties (filter: name starts with x_oal_lifecycle.inventory.). */
export function validateInventoryProperty(current: GlideRecord, _previous?: GlideRecord | null): void {
    const name = textValue(current, 'name')
    const raw = {} as Record<MappedMeaning, string>
    for (const meaning of MAPPED_MEANINGS) {
        const property = MAPPING_PROPERTIES[meaning]
        raw[meaning] = property === name ? textValue(current, 'value') : gs.getProperty(property, '')
    }
    const problems = validateInventoryMapping(raw, knownInventoryStates())
    // Only the property being saved is refused; a problem the others already had is reported when they are saved.
    const own = problems.filter((problem) => MAPPING_PROPERTIES[problem.meaning] === name)
    if (own.length === 0) return
    for (const problem of own) gs.addErrorMessage(`${name}: ${problem.message}`)
    current.setAbortAction(true)
}
