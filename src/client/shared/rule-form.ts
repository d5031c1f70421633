// Rule form state of the workbench: raw column values (plus the record's sys_id when editing), field-level
// messages from validateRule (the same pure module the server's validation business rule runs), what changed,
// and the Table API request that saves it.
import { RULE_FIELDS, RULE_TABLE } from '../../server/app-schema'
import { RULE_FIELD_LABELS, validateRule } from '../../server/lifecycle/rule-validation'
import type { RuleProblem } from '../../server/lifecycle/rule-validation'

export type RuleDraft = Record<string, string>

export const RULE_COLUMNS: string[] = Object.keys(RULE_FIELDS).map((key) => RULE_FIELDS[key as keyof typeof RULE_FIELDS])
export const BOOLEAN_COLUMNS = [RULE_FIELDS.active, RULE_FIELDS.allowBackward, RULE_FIELDS.stopProcessing] as string[]

/** The form's sections and the columns in each, in reading order. */
export const RULE_SECTIONS: Array<{ id: string; title: string; hint: string; columns: string[] }> = [
    { id: 'when', title: 'When', hint: 'The order event this rule reacts to, and where it stands among the rules.', columns: ['name', 'action', 'milestone', 'order', 'active'] },
    { id: 'only-if', title: 'Only if', hint: 'Optional: narrow the rule to some orders or accounts.', columns: ['condition_field', 'condition_operator', 'condition_value', 'from_state', 'scope'] },
    { id: 'then', title: 'Then', hint: 'What the account becomes.', columns: ['target_state', 'target_stage', 'description'] },
    { id: 'guards', title: 'Guards', hint: 'How this rule interacts with the stage guard and later rules.', columns: ['allow_backward', 'stop_processing'] },
]

export function emptyRuleDraft(): RuleDraft {
    const draft: RuleDraft = {}
    for (const column of RULE_COLUMNS) draft[column] = ''
    return { ...draft, active: 'true', order: '100', scope: 'any', allow_backward: 'false', stop_processing: 'false' }
}

/** Table API booleans come back as "true"/"false" (or "1"/"0" from some stores): the form uses "true"/"false". */
function normalise(column: string, value: string): string {
    if (BOOLEAN_COLUMNS.indexOf(column) >= 0) return value === 'true' || value === '1' ? 'true' : 'false'
    return value
}

/** A Table API record (values as strings) → the draft the form edits; keeps the sys_id so Save updates it. */
export function draftFromRecord(record: Record<string, unknown>): RuleDraft {
    const draft = emptyRuleDraft()
    for (const column of RULE_COLUMNS) {
        const value = record[column]
        draft[column] = normalise(column, value === undefined || value === null ? '' : String(value))
    }
    draft.sys_id = record.sys_id === undefined || record.sys_id === null ? '' : String(record.sys_id)
    return draft
}

/** Messages per column; a column without problems is absent. */
export function problemsByField(problems: RuleProblem[]): Record<string, string[]> {
    const byField: Record<string, string[]> = {}
    for (const problem of problems) (byField[problem.field] = byField[problem.field] ?? []).push(problem.message)
    return byField
}

/** Client-side check before calling the server: exactly the server's validation, for instant feedback. */
export function checkDraft(draft: RuleDraft): Record<string, string[]> {
    return problemsByField(validateRule(draft))
}

export interface FieldChange {
    column: string
    label: string
    before: string
    after: string
}

/** The columns whose value the edit changes (every set column for a new rule). */
export function changedFields(initial: RuleDraft, draft: RuleDraft, display: (column: string, value: string) => string = (_c, v) => v): FieldChange[] {
    const changes: FieldChange[] = []
    for (const column of RULE_COLUMNS) {
        const before = (initial[column] ?? '').trim()
        const after = (draft[column] ?? '').trim()
        if (before === after) continue
        changes.push({ column, label: RULE_FIELD_LABELS[column as keyof typeof RULE_FIELD_LABELS] ?? column, before: display(column, before), after: display(column, after) })
    }
    return changes
}

/** The Table API call that saves the draft: PATCH the record when it has a sys_id, else POST a new one. */
export function saveRequest(draft: RuleDraft): { method: 'PATCH' | 'POST'; url: string; body: Record<string, string> } {
    const body: Record<string, string> = {}
    for (const column of RULE_COLUMNS) body[column] = (draft[column] ?? '').trim()
    const id = draft.sys_id ?? ''
    return id
        ? { method: 'PATCH', url: `/api/now/table/${RULE_TABLE}/${encodeURIComponent(id)}`, body }
        : { method: 'POST', url: `/api/now/table/${RULE_TABLE}`, body }
}

/** The column a server error message is about, from the "<Field label>: …" form validateRule uses. */
export function fieldOfMessage(message: string, labels: Record<string, string>): string {
    for (const column of Object.keys(labels)) {
        if (message.indexOf(`${labels[column]}:`) >= 0) return column
    }
    return ''
}
