/**
 * Server-side check of a reason mapping as it is saved (before insert/update business rule on
 * x_oal_lifecycle_reason): validateReasonMapping from the core; every message names its field.
 */
import { gs } from '@servicenow/glide'
import type { GlideRecord } from '@servicenow/glide'
import { REASON_FIELDS } from '../app-schema.ts'
import { validateReasonMapping } from '../lifecycle/reasons.ts'
import { textValue } from './glide-values.ts'

/** Builds the raw draft from the record; on problems shows each message and aborts the save. */
export function validateReasonRecord(current: GlideRecord, _previous?: GlideRecord | null): void {
    const draft: Record<string, string> = {}
    for (const column of Object.values(REASON_FIELDS)) draft[column] = textValue(current, column)
    const problems = validateReasonMapping(draft)
    if (problems.length === 0) return
    for (const problem of problems) gs.addErrorMessage(problem.message)
    current.setAbortAction(true)
}
