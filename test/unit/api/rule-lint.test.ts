import { lintRules } from '../../../src/server/lifecycle/rule-lint'
import type { LintInput } from '../../../src/server/lifecycle/rule-lint'
import { validateRule } from '../../../src/server/lifecycle/rule-validation'
import type { MappingRule } from '../../../src/server/lifecycle/model'
import { rule } from '../lifecycle/fixtures'

/** Raw column values of a rule, as the REST adapter reads them from the table. */
function rawOf(r: MappingRule): Record<string, string> {
    return {
        name: r.name, active: String(r.active), order: String(r.order), action: r.action, milestone: r.milestone,
        condition_field: r.conditionField, condition_operator: r.conditionOperator, condition_value: r.conditionValue,
        from_state: r.fromState, target_state: r.targetState, target_stage: r.targetStage, scope: r.scope,
        allow_backward: String(r.allowBackward), stop_processing: String(r.stopProcessing), description: '',
    }
}

function lint(rules: MappingRule[]) {
    const inputs: LintInput[] = rules.map((r) => ({ id: r.id, rule: r, raw: rawOf(r) }))
    return lintRules(inputs, validateRule)
}

function kinds(rules: MappingRule[]) {
    return lint(rules).map((f) => [f.kind, f.ruleIds[0]])
}

describe('rule lint', () => {
    it('finds nothing in a clean rule set', () => {
        expect(
            lint([
                rule({ id: 'a', name: 'Pending on submit', milestone: 'submitted', targetState: 'pending', targetStage: 'onboarding' }),
                rule({ id: 'b', name: 'Active on completion', milestone: 'completed', targetState: 'active', targetStage: 'engagement' }),
                rule({ id: 'c', name: 'Web first', order: 50, milestone: 'completed', conditionField: 'channel', conditionOperator: 'is', conditionValue: 'web', targetStage: 'adoption' }),
            ]),
        ).toEqual([])
    })

    it('reports rules that match the same events at the same order and set the same axis', () => {
        const findings = lint([
            rule({ id: 'a', name: 'Alpha', conditionField: 'channel', conditionOperator: 'in', conditionValue: 'web, phone', targetState: 'active' }),
            rule({ id: 'b', name: 'Beta', conditionField: 'channel', conditionOperator: 'in', conditionValue: 'phone,web', targetState: 'pending' }),
        ])
        expect(findings).toHaveLength(1)
        expect(findings[0]).toMatchObject({ kind: 'overlap', ruleIds: ['b', 'a'] })
        expect(findings[0].message).toContain('only "Alpha" (#100) takes effect')
    })

    it('does not call rules overlapping when they set different axes or differ in order or condition', () => {
        expect(
            kinds([
                rule({ id: 'a', name: 'A', targetState: 'active' }),
                rule({ id: 'b', name: 'B', targetStage: 'engagement' }),
                rule({ id: 'c', name: 'C', order: 200, conditionField: 'channel', conditionOperator: 'is', conditionValue: 'web', targetState: 'pending' }),
                rule({ id: 'd', name: 'D', order: 200, conditionField: 'channel', conditionOperator: 'is', conditionValue: 'phone', targetState: 'pending' }),
            ]).filter(([kind]) => kind === 'overlap'),
        ).toEqual([])
    })

    it('reports rules after an unconditional stop-processing rule as never evaluated', () => {
        const findings = lint([
            rule({ id: 'stop', name: 'Stop', order: 10, targetState: 'active', stopProcessing: true }),
            rule({ id: 'later', name: 'Later', order: 20, conditionField: 'channel', conditionOperator: 'is', conditionValue: 'web', targetStage: 'adoption' }),
            rule({ id: 'other', name: 'Other trigger', order: 20, milestone: 'submitted', targetStage: 'onboarding' }),
        ])
        expect(findings.map((f) => [f.kind, f.ruleIds])).toEqual([['unreachable', ['later', 'stop']]])
        expect(findings[0].message).toContain('never evaluated')
    })

    it('does not call a rule unreachable when the earlier stop-processing rule has a condition', () => {
        expect(
            kinds([
                rule({ id: 'stop', name: 'Stop', order: 10, scope: 'first_order', targetState: 'active', stopProcessing: true }),
                rule({ id: 'later', name: 'Later', order: 20, targetState: 'pending' }),
            ]),
        ).toEqual([])
    })

    it('reports a rule whose every axis is already set by earlier unconditional rules', () => {
        const findings = lint([
            rule({ id: 's', name: 'State', order: 10, targetState: 'active' }),
            rule({ id: 't', name: 'Stage', order: 20, targetStage: 'engagement' }),
            rule({ id: 'both', name: 'Both', order: 30, targetState: 'pending', targetStage: 'adoption' }),
        ])
        expect(findings.map((f) => [f.kind, f.ruleIds])).toEqual([['unreachable', ['both', 's', 't']]])
    })

    it('reports a later milestone of the same action moving the stage back without allow backward', () => {
        const rules = [
            rule({ id: 'early', name: 'Submitted', milestone: 'submitted', targetStage: 'engagement' }),
            rule({ id: 'late', name: 'Completed', milestone: 'completed', targetStage: 'onboarding' }),
        ]
        expect(kinds(rules)).toEqual([['backward_stage', 'late']])
        expect(kinds([rules[0], { ...rules[1], allowBackward: true }])).toEqual([])
        // A different action is a different order's story: no finding.
        expect(kinds([rules[0], { ...rules[1], action: 'resume' as const }])).toEqual([])
    })

    it('reports invalid saved rules as errors naming the field, and ignores inactive rules for interactions', () => {
        const findings = lint([
            rule({ id: 'bad', name: 'Bad', conditionField: 'channel', conditionOperator: '', conditionValue: 'web', targetState: 'active' }),
            rule({ id: 'off', name: 'Off', active: false, targetState: 'active' }),
        ])
        const invalid = findings.filter((f) => f.kind === 'invalid')
        expect(invalid.length).toBeGreaterThan(0)
        expect(invalid[0]).toMatchObject({ severity: 'error', ruleIds: ['bad'], field: 'condition_operator' })
        expect(findings.filter((f) => f.kind === 'overlap')).toEqual([])
    })

    it('reports a saved rule the engine cannot read (unknown action) as invalid', () => {
        const raw = { ...rawOf(rule({ name: 'Legacy', targetState: 'active' })), action: 'explode' }
        const findings = lintRules([{ id: 'legacy', raw, rule: null }], validateRule)
        expect(findings.map((f) => [f.kind, f.field, f.ruleIds[0]])).toEqual([['invalid', 'action', 'legacy']])
        expect(findings[0].message).toContain('"Legacy" (#100)')
    })
})
