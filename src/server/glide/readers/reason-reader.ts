/** Reads the active reason mappings (x_oal_lifecycle_reason), once per invocation and only for an event with a reason. */
import { GlideRecord } from '@servicenow/glide'
import { REASON_FIELDS, REASON_TABLE } from '../../app-schema.ts'
import { CHURN_TYPES } from '../../lifecycle/model.ts'
import type { ChurnType } from '../../lifecycle/model.ts'
import { REASON_MATCHES } from '../../lifecycle/reasons.ts'
import type { ReasonMapping, ReasonMatch } from '../../lifecycle/reasons.ts'
import { booleanValue, textValue } from '../glide-values.ts'

export interface ReasonCache {
    mappings: ReasonMapping[] | null
}

export function createReasonCache(): ReasonCache {
    return { mappings: null }
}

/** One query; rows with an unknown churn type are skipped (validation prevents them; the reason then maps to other). */
export function readReasonMappings(cache: ReasonCache): ReasonMapping[] {
    if (cache.mappings) return cache.mappings
    const mappings: ReasonMapping[] = []
    const row = new GlideRecord(REASON_TABLE)
    row.addQuery(REASON_FIELDS.active, true)
    row.query()
    while (row.next()) {
        const churnType = textValue(row, REASON_FIELDS.churnType)
        if ((CHURN_TYPES as readonly string[]).indexOf(churnType) < 0) continue
        const match = textValue(row, REASON_FIELDS.match)
        mappings.push({
            id: row.getUniqueValue() || '',
            reason: textValue(row, REASON_FIELDS.reason),
            match: (REASON_MATCHES as readonly string[]).indexOf(match) >= 0 ? (match as ReasonMatch) : 'contains',
            churnType: churnType as ChurnType,
            order: Number(textValue(row, REASON_FIELDS.order)) || 0,
            active: booleanValue(row, REASON_FIELDS.active),
        })
    }
    cache.mappings = mappings
    return mappings
}
