// Rule form state of the workbench: raw column values, field-level messages from validateRule (the same
// pure module the server's validation business rule runs), and the Table API payload.
import { RULE_FIELDS } from '../../server/app-schema'
import { validateRule } from '../../server/lifecycle/rule-validation'
import type { RuleProblem } from '../../server/lifecycle/rule-validation'

export type RuleDraft = Record<string, string>

export const RULE_COLUMNS: string[] = Object.keys(RULE_FIELDS).map((key) => RULE_FIELDS[key as keyof typeof RULE_FIELDS])

export function emptyRuleDraft(): RuleDraft {
    const draft: RuleDraft = {}
    for (const column of RULE_COLUMNS) draft[column] = ''
    return { ...draft, active: 'true', order: '100', scope: 'any', allow_backward: 'false', stop_processing: 'false' }
}

/** A Table API record (values as strings) → the draft the form edits. */
export function draftFromRecord(record: Record<string, unknown>): RuleDraft {
    const draft = emptyRuleDraft()
    for (const column of RULE_COLUMNS) {
        const value = record[column]
        draft[column] = value === undefined || value === null ? '' : String(value)
    }
    return draft
}

/** Messages per column; a column without problems is absent. */
export function problemsByField(problems: RuleProblem[]): Record<string, string[]> {
    const byField: Record<string, string[]> = {}
    for (const problem of problems) (byField[problem.field] = byField[problem.field] ?? []).push(problem.message)
    return byField
}

/** Client-side check before saving: exactly the server's validation, for instant feedback. */
export function checkDraft(draft: RuleDraft): Record<string, string[]> {
    return problemsByField(validateRule(draft))
}

/** The column a server error message is about, from the "<Field label>: …" form validateRule uses. */
export function fieldOfMessage(message: string, labels: Record<string, string>): string {
    for (const column of Object.keys(labels)) {
        if (message.indexOf(`${labels[column]}:`) >= 0) return column
    }
    return ''
}
