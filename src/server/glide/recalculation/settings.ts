/** The kill switch and the dry-run property, as the recalculation and time-rule jobs read them. */
import { gs } from '@servicenow/glide'
import { PROPERTIES } from '../../app-schema.ts'
import { isTrueValue } from '../glide-values.ts'

export interface JobSettings {
    enabled: boolean
    dryRun: boolean
}

export function readJobSettings(): JobSettings {
    return {
        enabled: isTrueValue(gs.getProperty(PROPERTIES.enabled, 'false')),
        dryRun: isTrueValue(gs.getProperty(PROPERTIES.dryRun, 'false')),
    }
}

export const LOG_PREFIX = '[x_oal_lifecycle] '

export function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error)
}
