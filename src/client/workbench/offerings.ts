// Product offerings by name for rule conditions (the rule stores sys_ids). Read through the Table API with the
// admin's own session, so no cross-scope privilege is needed for the page.
import { useEffect, useState } from 'react'
import { requestJson } from '../shared/api'

/** Order Management's product offering catalogue table. VERIFY on the instance (docs/DATA-MODEL.md). */
export const OFFERING_TABLE = 'sn_prd_pm_product_offering'

export interface Offering {
    sys_id: string
    name: string
    code?: string
}

const cache: Record<string, string> = {}

export function searchOfferings(text: string): Promise<Offering[]> {
    const query = `${text ? `nameLIKE${text.replace(/\^/g, '')}^ORcodeLIKE${text.replace(/\^/g, '')}^` : ''}ORDERBYname`
    return requestJson<Offering[]>('GET', `/api/now/table/${OFFERING_TABLE}?sysparm_query=${encodeURIComponent(query)}&sysparm_fields=sys_id,name,code&sysparm_limit=20`).then((found) => {
        for (const offering of found) cache[offering.sys_id] = offering.name
        return found
    })
}

/** Names of the offerings with these sys_ids (unknown ids map to themselves until loaded). */
export function useOfferingNames(ids: string[]): Record<string, string> {
    const wanted = ids.filter((id) => /^[0-9a-f]{32}$/i.test(id) && !(id in cache))
    const [, setVersion] = useState(0)
    const key = wanted.sort().join(',')
    useEffect(() => {
        if (!key) return
        requestJson<Offering[]>('GET', `/api/now/table/${OFFERING_TABLE}?sysparm_query=${encodeURIComponent(`sys_idIN${key}`)}&sysparm_fields=sys_id,name&sysparm_limit=100`)
            .then((found) => {
                for (const offering of found) cache[offering.sys_id] = offering.name
                setVersion((v) => v + 1)
            })
            .catch(() => undefined)
    }, [key])
    const names: Record<string, string> = {}
    for (const id of ids) names[id] = cache[id] ?? id
    return names
}

export function splitList(value: string): string[] {
    return value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
}
