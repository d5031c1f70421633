import React, { useState } from 'react'
import { ACTIONS, MILESTONES } from '../../server/lifecycle/model'
import { ACTION_LABELS, CONDITION_FIELD_LABELS, CONDITION_OPERATOR_LABELS, MILESTONE_LABELS, SCOPE_LABELS, STAGE_LABELS, STATE_LABELS } from '../../server/lifecycle/labels'
import type { LintFinding } from '../../server/lifecycle/rule-lint'
import { Loading } from '../shared/Feedback'
import { ChoiceField } from '../shared/ChoiceField'
import { splitList, useOfferingNames } from './offerings'

export type RuleRecord = Record<string, string>

const label = (labels: Readonly<Record<string, string>>, value: string) => labels[value] ?? value
const isTrue = (value: string) => value === 'true' || value === '1'

interface Props {
    rules: RuleRecord[] | null
    findings: LintFinding[]
    selectedId: string
    saved: string
    onEdit: (rule: RuleRecord) => void
    onNew: () => void
}

/** Every rule in evaluation order with every column that decides a match, filterable by action × milestone. */
export function RulesList({ rules, findings, selectedId, saved, onEdit, onNew }: Props) {
    const [action, setAction] = useState('')
    const [milestone, setMilestone] = useState('')
    const offeringIds = (rules ?? []).filter((r) => r.condition_field === 'product_offering').flatMap((r) => splitList(r.condition_value))
    const offeringNames = useOfferingNames(offeringIds)
    const shown = (rules ?? []).filter((r) => (!action || r.action === action) && (!milestone || r.milestone === milestone))

    const condition = (rule: RuleRecord) => {
        if (!rule.condition_field) return ''
        const values = rule.condition_field === 'product_offering' ? splitList(rule.condition_value).map((id) => offeringNames[id] ?? id).join(', ') : rule.condition_value
        return `${label(CONDITION_FIELD_LABELS, rule.condition_field)} ${label(CONDITION_OPERATOR_LABELS, rule.condition_operator)} ${values}`
    }
    return (
        <section className="card" aria-labelledby="rules-heading">
            <div className="spread">
                <h2 id="rules-heading">Mapping rules</h2>
                <button type="button" className="primary" onClick={onNew}>
                    New rule
                </button>
            </div>
            <p role="status" className="muted">
                {saved}
            </p>
            <div className="filters" role="group" aria-label="Filter rules">
                <ChoiceField id="rules-action" label="Rules for action" value={action} values={ACTIONS} labels={ACTION_LABELS} emptyLabel="Any action" onChange={setAction} />
                <ChoiceField id="rules-milestone" label="Rules at milestone" value={milestone} values={MILESTONES} labels={MILESTONE_LABELS} emptyLabel="Any milestone" onChange={setMilestone} />
                {rules && (
                    <p className="muted" data-testid="rule-count">
                        {shown.length === rules.length ? `${rules.length} rules` : `${shown.length} of ${rules.length} rules`}
                    </p>
                )}
            </div>
            {rules === null ? (
                <Loading label="Loading rules…" />
            ) : shown.length === 0 ? (
                <p className="muted">{rules.length === 0 ? 'No rules yet. Create the first with New rule.' : 'No rule reacts to this action and milestone.'}</p>
            ) : (
                <div className="table-scroll">
                <table className="responsive" aria-label="Mapping rules in evaluation order">
                    <thead>
                        <tr>
                            <th scope="col">Order</th>
                            <th scope="col">Name</th>
                            <th scope="col">When</th>
                            <th scope="col">From state</th>
                            <th scope="col">Scope</th>
                            <th scope="col">Condition</th>
                            <th scope="col">Then</th>
                            <th scope="col">Stop</th>
                            <th scope="col">Allow back</th>
                            <th scope="col">Active</th>
                            <th scope="col">Lint</th>
                        </tr>
                    </thead>
                    <tbody>
                        {shown.map((rule) => {
                            const own = findings.filter((f) => f.ruleIds[0] === rule.sys_id)
                            const targets = [rule.target_state && `State → ${label(STATE_LABELS, rule.target_state)}`, rule.target_stage && `Stage → ${label(STAGE_LABELS, rule.target_stage)}`].filter(Boolean).join(', ')
                            return (
                                <tr key={rule.sys_id} data-testid="rule-row" className={rule.sys_id === selectedId ? 'is-selected' : undefined} aria-current={rule.sys_id === selectedId ? 'true' : undefined}>
                                    <td data-label="Order">{rule.order}</td>
                                    <td data-label="Name">
                                        <button type="button" className="link" onClick={() => onEdit(rule)} aria-label={`Edit rule ${rule.name}`}>
                                            {rule.name}
                                        </button>
                                    </td>
                                    <td data-label="When">
                                        {label(ACTION_LABELS, rule.action)} × {label(MILESTONE_LABELS, rule.milestone)}
                                    </td>
                                    <td data-label="From state">{rule.from_state ? label(STATE_LABELS, rule.from_state) : <span className="muted">any</span>}</td>
                                    <td data-label="Scope">{label(SCOPE_LABELS, rule.scope || 'any')}</td>
                                    <td data-label="Condition">{condition(rule) || <span className="muted">none</span>}</td>
                                    <td data-label="Then">{targets || <span className="muted">nothing</span>}</td>
                                    <td data-label="Stop">{isTrue(rule.stop_processing) ? 'Yes' : 'No'}</td>
                                    <td data-label="Allow back">{isTrue(rule.allow_backward) ? 'Yes' : 'No'}</td>
                                    <td data-label="Active">{isTrue(rule.active) ? 'Yes' : 'No'}</td>
                                    <td data-label="Lint">
                                        {own.length === 0 ? (
                                            <span className="muted">—</span>
                                        ) : (
                                            own.map((f, i) => (
                                                <div key={i} className={f.severity === 'error' ? 'field__message' : ''}>
                                                    {f.message}
                                                </div>
                                            ))
                                        )}
                                    </td>
                                </tr>
                            )
                        })}
                    </tbody>
                </table>
                </div>
            )}
        </section>
    )
}
