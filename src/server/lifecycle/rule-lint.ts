/**
 * Lint over the mapping rules an admin has configured: problems a rule-by-rule validation cannot see
 * because they come from how rules interact. Pure; the REST adapter reads the rules and passes the
 * validation function (rule-validation.ts) so invalid saved rules are reported too.
 */
import { STAGES } from './model.ts'
import type { MappingRule, Milestone } from './model.ts'
import { conditionValues, sortRules } from './rules.ts'
import { eventTypeLabel, stageLabel } from './labels.ts'

export type LintKind = 'invalid' | 'overlap' | 'unreachable' | 'backward_stage'

export interface LintFinding {
    kind: LintKind
    severity: 'error' | 'warning'
    /** The rule the finding is about first, then the rules that cause it. */
    ruleIds: string[]
    /** Set for invalid rules: the column that is wrong. */
    field: string
    message: string
}

export interface LintInput {
    id: string
    /** The rule's raw column values, as validateRule reads them. */
    raw: Record<string, string>
    /** The rule as the engine reads it; null when its action or milestone is unknown (it can never match). */
    rule: MappingRule | null
}

export type RuleValidator = (raw: Record<string, string>) => { field: string; message: string }[]

function quoted(rule: MappingRule): string {
    return `"${rule.name}" (#${rule.order})`
}

/** A rule's matching condition in canonical form: two rules with the same signature match the same events. */
function conditionSignature(rule: MappingRule): string {
    const value = rule.conditionOperator === 'in' || rule.conditionOperator === 'not_in'
        ? conditionValues(rule.conditionValue).sort().join(',')
        : rule.conditionValue.trim()
    const condition = rule.conditionField ? `${rule.conditionField} ${rule.conditionOperator} ${value}` : ''
    return [condition, rule.fromState, rule.scope].join('|')
}

/** True when the rule matches every event of its action × milestone (no condition, state or scope). */
function isUnconditional(rule: MappingRule): boolean {
    return !rule.conditionField && !rule.fromState && rule.scope === 'any'
}

function axesOf(rule: MappingRule): ('state' | 'stage')[] {
    const axes: ('state' | 'stage')[] = []
    if (rule.targetState) axes.push('state')
    if (rule.targetStage) axes.push('stage')
    return axes
}

function groupByTrigger(rules: MappingRule[]): MappingRule[][] {
    const groups: Record<string, MappingRule[]> = {}
    const keys: string[] = []
    for (const rule of sortRules(rules)) {
        const key = `${rule.action}:${rule.milestone}`
        if (!groups[key]) {
            groups[key] = []
            keys.push(key)
        }
        groups[key].push(rule)
    }
    return keys.map((key) => groups[key])
}

/** Rules with the same trigger, condition and order that decide a common axis: which one wins is decided by name only. */
function overlaps(group: MappingRule[]): LintFinding[] {
    const findings: LintFinding[] = []
    for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
            const [first, second] = [group[i], group[j]]
            if (first.order !== second.order || conditionSignature(first) !== conditionSignature(second)) continue
            const shared = axesOf(first).filter((axis) => axesOf(second).indexOf(axis) >= 0)
            if (shared.length === 0) continue
            findings.push({
                kind: 'overlap',
                severity: 'warning',
                ruleIds: [second.id, first.id],
                field: 'order',
                message:
                    `${quoted(second)} and ${quoted(first)} both match ${eventTypeLabel(first.action, first.milestone)} with the same condition ` +
                    `at the same order and both set the ${shared.join(' and ')}; only ${quoted(first)} takes effect (alphabetical tie-break). ` +
                    'Give them different orders or conditions.',
            })
        }
    }
    return findings
}

/**
 * Rules that can never decide anything: an earlier unconditional rule with stop processing ends the
 * evaluation before them, or earlier unconditional rules already decide every axis they set.
 */
function unreachable(group: MappingRule[]): LintFinding[] {
    const findings: LintFinding[] = []
    const decidedBy: { state: MappingRule | null; stage: MappingRule | null } = { state: null, stage: null }
    let stopper: MappingRule | null = null
    for (const rule of group) {
        const axes = axesOf(rule)
        if (stopper) {
            findings.push({
                kind: 'unreachable',
                severity: 'warning',
                ruleIds: [rule.id, stopper.id],
                field: 'order',
                message: `${quoted(rule)} is never evaluated: ${quoted(stopper)} comes first, matches every ${eventTypeLabel(rule.action, rule.milestone)} event and stops processing.`,
            })
            continue
        }
        const winners = axes.map((axis) => decidedBy[axis])
        if (axes.length > 0 && winners.every((winner) => winner !== null)) {
            const names = winners.filter((w, index) => winners.indexOf(w) === index).map((w) => quoted(w as MappingRule))
            findings.push({
                kind: 'unreachable',
                severity: 'warning',
                ruleIds: [rule.id, ...winners.map((w) => (w as MappingRule).id).filter((id, index, all) => all.indexOf(id) === index)],
                field: 'order',
                message: `${quoted(rule)} never decides anything: ${names.join(' and ')} come${names.length === 1 ? 's' : ''} first, match every ${eventTypeLabel(rule.action, rule.milestone)} event and already set the ${axes.join(' and ')}.`,
            })
            continue
        }
        if (isUnconditional(rule)) {
            for (const axis of axes) if (!decidedBy[axis]) decidedBy[axis] = rule
            if (rule.stopProcessing) stopper = rule
        }
    }
    return findings
}

/** Milestones an order passes before reaching `later` (submitted → in progress → completed/canceled/rejected). */
function isEarlierMilestone(earlier: Milestone, later: Milestone): boolean {
    const progress = (m: Milestone) => (m === 'submitted' ? 0 : m === 'in_progress' ? 1 : 2)
    return progress(earlier) < progress(later)
}

/**
 * Backward stage moves: for the same action, a rule at a later milestone sets an earlier stage than a
 * rule at an earlier milestone. The same order passes both milestones, so without allow backward the
 * later rule is blocked by the forward-only guard for every account the earlier rule already moved.
 */
function backwardStages(rules: MappingRule[]): LintFinding[] {
    const findings: LintFinding[] = []
    const staged = sortRules(rules).filter((rule) => rule.targetStage)
    for (const later of staged) {
        if (later.allowBackward) continue
        const earlier = staged.find(
            (other) =>
                other.action === later.action &&
                isEarlierMilestone(other.milestone, later.milestone) &&
                STAGES.indexOf(other.targetStage as never) > STAGES.indexOf(later.targetStage as never),
        )
        if (!earlier) continue
        findings.push({
            kind: 'backward_stage',
            severity: 'warning',
            ruleIds: [later.id, earlier.id],
            field: 'allow_backward',
            message:
                `${quoted(later)} moves the stage back to ${stageLabel(later.targetStage)} after ${quoted(earlier)} set ${stageLabel(earlier.targetStage)} ` +
                `earlier in the same order (${eventTypeLabel(earlier.action, earlier.milestone)}); without Allow backward the move is always blocked.`,
        })
    }
    return findings
}

/** Every finding over the active rules: invalid rules (errors) first, then interaction warnings. */
export function lintRules(inputs: LintInput[], validate: RuleValidator): LintFinding[] {
    const findings: LintFinding[] = []
    for (const { id, raw } of inputs) {
        for (const problem of validate(raw)) {
            const name = `"${raw.name ?? ''}" (#${raw.order ?? ''})`
            findings.push({ kind: 'invalid', severity: 'error', ruleIds: [id], field: problem.field, message: `${name}: ${problem.message}` })
        }
    }
    const active = inputs.map((input) => input.rule).filter((rule): rule is MappingRule => rule !== null && rule.active)
    for (const group of groupByTrigger(active)) {
        findings.push(...overlaps(group), ...unreachable(group))
    }
    findings.push(...backwardStages(active))
    return findings
}
