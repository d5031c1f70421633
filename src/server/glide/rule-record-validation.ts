/**
 * Server-side check of a mapping rule as it is saved (before insert/update business rule on
 * x_oal_lifecycle_rule): the same validateRule the workbench uses, so a rule imported or edited in the list
 * cannot bypass it.
 */
import { gs } from '@servicenow/glide'
import type { GlideRecord } from '@servicenow/glide'
import { RULE_FIELDS } from '../app-schema.ts'
import { validateRule } from '../lifecycle/rule-validation.ts'
import { textValue } from './glide-values.ts'

const BOOLEAN_RULE_COLUMNS: readonly string[] = [RULE_FIELDS.active, RULE_FIELDS.allowBackward, RULE_FIELDS.stopProcessing]

/** validateRule expects booleans as 'true'/'false'; the platform may hand them over as '1'/'0'. */
function draftValue(column: string, value: string): string {
    if (BOOLEAN_RULE_COLUMNS.indexOf(column) < 0) return value
    if (value === '1') return 'true'
    if (value === '0') return 'false'
    return value
}

/** Builds the raw draft from the record; on problems shows each message and aborts the save. */
export function validateRuleRecord(current: GlideRecord, _previous?: GlideRecord | null): void {
    const draft: Record<string, string> = {}
    for (const column of Object.values(RULE_FIELDS)) {
        draft[column] = draftValue(column, textValue(current, column))
    }
    const problems = validateRule(draft)
    if (problems.length === 0) return
    for (const problem of problems) gs.addErrorMessage(problem.message)
    current.setAbortAction(true)
}
