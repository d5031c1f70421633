/**
 * Rule simulation for the rules workbench: what the engine WOULD decide for an event, with the active
 * rules and optionally with a draft rule added (or replacing the saved rule it edits). Pure: it calls
 * decide() on plain data and never writes; the REST adapter reads the inputs.
 */
import type { AccountFacts, AccountSnapshot, Decision, MappingRule, OrderEvent } from './model.ts'
import { decide } from './engine.ts'
import { matchRules } from './rules.ts'
import { OUTCOME_LABELS, stageLabel, stateLabel } from './labels.ts'

/** Id a draft rule gets when it is not an edit of a saved rule. */
export const DRAFT_RULE_ID = 'draft'

export interface SimulationInput {
    event: OrderEvent
    rules: MappingRule[]
    account: AccountSnapshot
    facts: AccountFacts
    draftRule?: MappingRule | null
}

export interface SimulatedRule {
    id: string
    name: string
    isDraft: boolean
}

export interface Evaluation {
    decision: Decision
    outcomeLabel: string
    /** The first matching rule with a target state, whether or not a guard then blocked it. */
    stateRule: SimulatedRule | null
    stageRule: SimulatedRule | null
    /** Every rule that matched, in evaluation order. */
    matchedRules: SimulatedRule[]
}

export interface SimulationResult {
    event: OrderEvent
    account: AccountSnapshot
    facts: AccountFacts
    current: Evaluation
    /** Present when a draft rule was given. */
    withDraft: Evaluation | null
    /** What the draft changes, in words; empty when it changes nothing. */
    draftChanges: string[]
}

/** The rule set with the draft in it: an edit replaces the saved rule with the same id. */
export function rulesWithDraft(rules: MappingRule[], draft: MappingRule): MappingRule[] {
    return rules.filter((rule) => rule.id !== draft.id).concat([draft])
}

function evaluate(input: SimulationInput, rules: MappingRule[], draftId: string): Evaluation {
    const ref = (rule: MappingRule | null): SimulatedRule | null => (rule ? { id: rule.id, name: rule.name, isDraft: rule.id === draftId } : null)
    // dryRun false: the outcome then reads as what a real evaluation would record; decide() itself never writes.
    const decision = decide({ event: input.event, rules, account: input.account, facts: input.facts, dryRun: false })
    const match = matchRules(input.event, rules, input.account, input.facts)
    const pinned = decision.outcome === 'pinned'
    return {
        decision,
        outcomeLabel: OUTCOME_LABELS[decision.outcome],
        stateRule: pinned ? null : ref(match.stateRule),
        stageRule: pinned ? null : ref(match.stageRule),
        matchedRules: pinned ? [] : match.matched.map((rule) => ref(rule) as SimulatedRule),
    }
}

function describeChanges(before: Evaluation, after: Evaluation): string[] {
    const changes: string[] = []
    const name = (rule: SimulatedRule | null) => (rule ? `"${rule.name}"${rule.isDraft ? ' (draft)' : ''}` : 'no rule')
    if (before.decision.outcome !== after.decision.outcome) changes.push(`Outcome: ${before.outcomeLabel} → ${after.outcomeLabel}`)
    if (before.decision.stateTo !== after.decision.stateTo) {
        changes.push(`Resulting state: ${stateLabel(before.decision.stateTo)} → ${stateLabel(after.decision.stateTo)}`)
    }
    if (before.decision.stageTo !== after.decision.stageTo) {
        changes.push(`Resulting stage: ${stageLabel(before.decision.stageTo)} → ${stageLabel(after.decision.stageTo)}`)
    }
    if ((before.stateRule?.id ?? '') !== (after.stateRule?.id ?? '')) changes.push(`State decided by: ${name(before.stateRule)} → ${name(after.stateRule)}`)
    if ((before.stageRule?.id ?? '') !== (after.stageRule?.id ?? '')) changes.push(`Stage decided by: ${name(before.stageRule)} → ${name(after.stageRule)}`)
    return changes
}

/** Evaluates the event against the rules, and against the rules plus the draft when one is given. */
export function simulate(input: SimulationInput): SimulationResult {
    const draft = input.draftRule ?? null
    const draftId = draft ? draft.id || DRAFT_RULE_ID : ''
    const current = evaluate(input, input.rules, '')
    let withDraft: Evaluation | null = null
    if (draft) {
        // A draft is simulated as if it were active: that is the question the admin is asking.
        const placed: MappingRule = { ...draft, id: draftId, active: true }
        withDraft = evaluate(input, rulesWithDraft(input.rules, placed), draftId)
    }
    return {
        event: input.event,
        account: input.account,
        facts: input.facts,
        current,
        withDraft,
        draftChanges: withDraft ? describeChanges(current, withDraft) : [],
    }
}
