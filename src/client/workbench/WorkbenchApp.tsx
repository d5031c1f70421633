import React, { useCallback, useEffect, useState } from 'react'
import { ACCOUNT_STATES, ACTIONS, CONDITION_FIELDS, CONDITION_OPERATORS, MILESTONES, RULE_SCOPES, STAGES } from '../../server/lifecycle/model'
import { ACTION_LABELS, CONDITION_FIELD_LABELS, CONDITION_OPERATOR_LABELS, MILESTONE_LABELS, SCOPE_LABELS, STAGE_LABELS, STATE_LABELS } from '../../server/lifecycle/labels'
import { RULE_FIELD_LABELS } from '../../server/lifecycle/rule-validation'
import type { LintFinding } from '../../server/lifecycle/rule-lint'
import { RULE_TABLE, ROLES } from '../../server/app-schema'
import { API_BASE, failureText, isApiFailure, requestJson } from '../shared/api'
import { checkDraft, draftFromRecord, emptyRuleDraft, fieldOfMessage, RULE_COLUMNS } from '../shared/rule-form'
import type { RuleDraft } from '../shared/rule-form'
import { SimulatePanel } from './SimulatePanel'

type RuleRecord = Record<string, string>
const RULES_URL = `/api/now/table/${RULE_TABLE}?sysparm_query=ORDERBYorder^ORDERBYname&sysparm_fields=sys_id,${RULE_COLUMNS.join(',')}&sysparm_limit=500`

export function WorkbenchApp() {
    const [access, setAccess] = useState<'checking' | 'denied' | 'granted'>('checking')
    const [error, setError] = useState('')
    const [rules, setRules] = useState<RuleRecord[] | null>(null)
    const [findings, setFindings] = useState<LintFinding[] | null>(null)
    const [editing, setEditing] = useState<RuleDraft | null>(null)

    const refresh = useCallback(() => {
        // Lint first: it is admin-only server-side, so a 403 here means no rule data is ever requested.
        requestJson<{ findings: LintFinding[] }>('GET', `${API_BASE}/rules/lint`)
            .then((lint) => {
                setAccess('granted')
                setFindings(lint.findings)
                return requestJson<RuleRecord[]>('GET', RULES_URL).then(setRules)
            })
            .catch((e) => {
                if (isApiFailure(e) && (e.status === 403 || e.status === 401)) setAccess('denied')
                else setError(failureText(e))
            })
    }, [])
    useEffect(refresh, [refresh])

    if (access === 'denied') {
        return (
            <main>
                <h1>Lifecycle rules workbench</h1>
                <div className="alert alert--warning" role="alert">You need the {ROLES.admin} role to use the rules workbench. Ask an administrator for access.</div>
            </main>
        )
    }
    return (
        <main>
            <h1>Lifecycle rules workbench</h1>
            {error && <div className="alert alert--critical" role="alert">{error}</div>}
            {access === 'checking' && !error && <p role="status"><span className="spinner" aria-hidden="true" /> Checking access…</p>}
            {access === 'granted' && (
                <>
                    <RulesList rules={rules} findings={findings ?? []} onEdit={(r) => setEditing(draftFromRecord(r))} onNew={() => setEditing(emptyRuleDraft())} />
                    {editing && <RuleForm key={editing.sys_id || 'new'} initial={editing} onSaved={() => { setEditing(null); refresh() }} onCancel={() => setEditing(null)} />}
                    <LintPanel findings={findings} rules={rules ?? []} />
                    <SimulatePanel draft={editing} />
                </>
            )}
        </main>
    )
}

function RulesList({ rules, findings, onEdit, onNew }: { rules: RuleRecord[] | null; findings: LintFinding[]; onEdit: (r: RuleRecord) => void; onNew: () => void }) {
    const label = (labels: Record<string, string>, value: string) => labels[value] ?? value
    return (
        <section className="card" aria-labelledby="rules-heading">
            <h2 id="rules-heading">Mapping rules</h2>
            <button className="primary" onClick={onNew}>New rule</button>
            {rules === null ? <p role="status">Loading rules…</p> : rules.length === 0 ? <p className="muted">No rules yet.</p> : (
                <table aria-label="Mapping rules in evaluation order">
                    <thead><tr><th scope="col">Order</th><th scope="col">Name</th><th scope="col">Action</th><th scope="col">Milestone</th><th scope="col">Targets</th><th scope="col">Active</th><th scope="col">Lint</th></tr></thead>
                    <tbody>
                        {rules.map((rule) => {
                            const own = findings.filter((f) => f.ruleIds[0] === rule.sys_id)
                            const targets = [rule.target_state && `State → ${label(STATE_LABELS, rule.target_state)}`, rule.target_stage && `Stage → ${label(STAGE_LABELS, rule.target_stage)}`].filter(Boolean).join(', ')
                            return (
                                <tr key={rule.sys_id} data-testid="rule-row">
                                    <td>{rule.order}</td>
                                    <td><button className="link" onClick={() => onEdit(rule)} aria-label={`Edit rule ${rule.name}`}>{rule.name}</button></td>
                                    <td>{label(ACTION_LABELS, rule.action)}</td>
                                    <td>{label(MILESTONE_LABELS, rule.milestone)}</td>
                                    <td>{targets || <span className="muted">none</span>}</td>
                                    <td>{rule.active === 'true' || rule.active === '1' ? 'Yes' : 'No'}</td>
                                    <td>{own.map((f, i) => <div key={i} className={f.severity === 'error' ? 'field__message' : 'muted'}>{f.message}</div>)}</td>
                                </tr>
                            )
                        })}
                    </tbody>
                </table>
            )}
        </section>
    )
}

function LintPanel({ findings, rules }: { findings: LintFinding[] | null; rules: RuleRecord[] }) {
    const known = new Set(rules.map((r) => r.sys_id))
    return (
        <section className="card" aria-labelledby="lint-heading">
            <h2 id="lint-heading">Rule lint</h2>
            {findings === null ? <p role="status">Checking rules…</p> : findings.length === 0 ? <p role="status">No conflicts, unreachable rules or backward stage moves found.</p> : (
                <ul aria-label="Lint findings">
                    {findings.map((f, i) => (
                        <li key={i}><span className={`badge badge--${f.severity === 'error' ? 'error' : 'warning'}`}>{f.kind.replace('_', ' ')}</span> {f.message}{known.has(f.ruleIds[0]) ? '' : ' (inactive or hidden rule)'}</li>
                    ))}
                </ul>
            )}
        </section>
    )
}

const choiceSets: Record<string, { values: readonly string[]; labels: Record<string, string> }> = {
    action: { values: ACTIONS, labels: ACTION_LABELS },
    milestone: { values: MILESTONES, labels: MILESTONE_LABELS },
    condition_field: { values: CONDITION_FIELDS, labels: CONDITION_FIELD_LABELS },
    condition_operator: { values: CONDITION_OPERATORS, labels: CONDITION_OPERATOR_LABELS },
    from_state: { values: ACCOUNT_STATES, labels: STATE_LABELS },
    target_state: { values: ACCOUNT_STATES, labels: STATE_LABELS },
    target_stage: { values: STAGES, labels: STAGE_LABELS },
    scope: { values: RULE_SCOPES, labels: SCOPE_LABELS },
}
const BOOLEAN_COLUMNS = ['active', 'allow_backward', 'stop_processing']

function RuleForm({ initial, onSaved, onCancel }: { initial: RuleDraft; onSaved: () => void; onCancel: () => void }) {
    const [draft, setDraft] = useState(initial)
    const [touched, setTouched] = useState(false)
    const [serverError, setServerError] = useState<{ field: string; message: string } | null>(null)
    const [saving, setSaving] = useState(false)
    const problems = checkDraft(draft)
    const shown = touched ? problems : {}
    const id = initial.sys_id

    const save = (e: React.FormEvent) => {
        e.preventDefault()
        setTouched(true)
        setServerError(null)
        // The client check is for instant feedback only; the server's business rule is the authority.
        const body: Record<string, string> = {}
        for (const column of RULE_COLUMNS) body[column] = draft[column] ?? ''
        setSaving(true)
        requestJson(id ? 'PATCH' : 'POST', id ? `/api/now/table/${RULE_TABLE}/${id}` : `/api/now/table/${RULE_TABLE}`, body)
            .then(onSaved)
            .catch((err) => {
                const message = failureText(err)
                setServerError({ field: fieldOfMessage(message, RULE_FIELD_LABELS), message })
            })
            .finally(() => setSaving(false))
    }

    return (
        <section className="card" aria-labelledby="form-heading">
            <h2 id="form-heading">{id ? `Edit rule ${initial.name}` : 'New rule'}</h2>
            <form onSubmit={save} noValidate>
                <div className="grid-form">
                    {RULE_COLUMNS.map((column) => {
                        const messages = [...(shown[column] ?? []), ...(serverError && serverError.field === column ? [serverError.message] : [])]
                        const inputId = `rule-${column}`
                        const describedBy = messages.length ? `${inputId}-message` : undefined
                        const onChange = (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => { setTouched(true); setDraft({ ...draft, [column]: e.target.value }) }
                        let control: React.ReactNode
                        if (BOOLEAN_COLUMNS.indexOf(column) >= 0) {
                            control = <input id={inputId} type="checkbox" checked={draft[column] === 'true'} aria-describedby={describedBy} onChange={(e) => { setTouched(true); setDraft({ ...draft, [column]: e.target.checked ? 'true' : 'false' }) }} />
                        } else if (choiceSets[column]) {
                            const set = choiceSets[column]
                            control = (
                                <select id={inputId} value={draft[column]} onChange={onChange} aria-invalid={messages.length > 0} aria-describedby={describedBy}>
                                    <option value="">-- None --</option>
                                    {set.values.map((v) => <option key={v} value={v}>{set.labels[v] ?? v}</option>)}
                                </select>
                            )
                        } else {
                            control = <input id={inputId} type={column === 'order' ? 'number' : 'text'} value={draft[column]} onChange={onChange} aria-invalid={messages.length > 0} aria-describedby={describedBy} />
                        }
                        return (
                            <div key={column} className={`field${messages.length ? ' field--invalid' : ''}`}>
                                <label htmlFor={inputId}>{RULE_FIELD_LABELS[column as keyof typeof RULE_FIELD_LABELS] ?? column}</label>
                                {control}
                                {messages.length > 0 && <span id={`${inputId}-message`} className="field__message" role="alert">{messages.join(' ')}</span>}
                            </div>
                        )
                    })}
                </div>
                {serverError && !serverError.field && <p className="alert alert--critical" role="alert">{serverError.message}</p>}
                <p className="row">
                    <button type="submit" className="primary" disabled={saving}>{saving ? 'Saving…' : 'Save rule'}</button>
                    <button type="button" onClick={onCancel}>Cancel</button>
                    {touched && Object.keys(problems).length > 0 && <span className="muted">The server will reject this rule until the marked fields are fixed.</span>}
                </p>
            </form>
        </section>
    )
}
