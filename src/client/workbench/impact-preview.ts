// Hook for "what would this rule have changed over the last N days" (the recalculation dry run for a draft rule).
// The dry run itself belongs to the server core (recalculation); until it exists this stays null and the rule
// form shows the button disabled with a note. To enable it, set `ruleImpactPreview` to a function that calls the
// server and resolves to the accounts whose state or stage would differ.
import type { RuleDraft } from '../shared/rule-form'

export interface RuleImpact {
    days: number
    accountsChecked: number
    changes: Array<{ accountId: string; accountName: string; summary: string }>
}

export type RuleImpactPreview = (draft: RuleDraft, days: number) => Promise<RuleImpact>

export const ruleImpactPreview: RuleImpactPreview | null = null

export const IMPACT_DAYS = 30
