import React, { useState } from 'react'
import { ACTIONS, CONDITION_FIELDS, MILESTONES } from '../../server/lifecycle/model'
import { ACTION_LABELS, CONDITION_FIELD_LABELS, MILESTONE_LABELS, stageLabel, stateLabel } from '../../server/lifecycle/labels'
import type { Evaluation, SimulationResult } from '../../server/lifecycle/simulate'
import { API_BASE, failureText, requestJson } from '../shared/api'
import type { RuleDraft } from '../shared/rule-form'

interface SimulateResponse {
    order: { number: string; state: string } | null
    results: SimulationResult[]
    message: string
}

/** Try the active rules (and the rule being edited, as a draft) against an order or a described event. */
export function SimulatePanel({ draft }: { draft: RuleDraft | null }) {
    const [mode, setMode] = useState<'order' | 'event'>('order')
    const [orderRef, setOrderRef] = useState('')
    const [event, setEvent] = useState<Record<string, string>>({ action: 'place', milestone: 'completed', accountState: '', accountStage: '' })
    const [useDraft, setUseDraft] = useState(true)
    const [response, setResponse] = useState<SimulateResponse | null>(null)
    const [error, setError] = useState('')
    const [running, setRunning] = useState(false)

    const run = (e: React.FormEvent) => {
        e.preventDefault()
        const attributes: Record<string, string> = {}
        for (const field of CONDITION_FIELDS) if (event[field]) attributes[field] = event[field]
        const body: Record<string, unknown> = mode === 'order' ? { orderId: orderRef.trim() } : { event: { ...event, attributes } }
        if (draft && useDraft) body.draftRule = draft
        setRunning(true)
        setError('')
        requestJson<SimulateResponse>('POST', `${API_BASE}/simulate`, body)
            .then(setResponse)
            .catch((err) => { setResponse(null); setError(failureText(err)) })
            .finally(() => setRunning(false))
    }
    const setField = (key: string) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setEvent({ ...event, [key]: e.target.value })

    return (
        <section className="card" aria-labelledby="simulate-heading">
            <h2 id="simulate-heading">Simulate</h2>
            <form onSubmit={run}>
                <fieldset className="row">
                    <legend>Evaluate</legend>
                    <label><input type="radio" name="sim-mode" checked={mode === 'order'} onChange={() => setMode('order')} /> An order</label>
                    <label><input type="radio" name="sim-mode" checked={mode === 'event'} onChange={() => setMode('event')} /> A described event</label>
                </fieldset>
                {mode === 'order' ? (
                    <div className="field">
                        <label htmlFor="sim-order">Order number or sys_id</label>
                        <input id="sim-order" value={orderRef} onChange={(e) => setOrderRef(e.target.value)} />
                    </div>
                ) : (
                    <div className="grid-form">
                        <div className="field"><label htmlFor="sim-action">Action</label>
                            <select id="sim-action" value={event.action} onChange={setField('action')}>{ACTIONS.map((a) => <option key={a} value={a}>{ACTION_LABELS[a]}</option>)}</select></div>
                        <div className="field"><label htmlFor="sim-milestone">Milestone</label>
                            <select id="sim-milestone" value={event.milestone} onChange={setField('milestone')}>{MILESTONES.map((m) => <option key={m} value={m}>{MILESTONE_LABELS[m]}</option>)}</select></div>
                        <div className="field"><label htmlFor="sim-account">Account sys_id (optional)</label><input id="sim-account" value={event.accountId ?? ''} onChange={setField('accountId')} /></div>
                        <div className="field"><label htmlFor="sim-state">Else: account state</label><input id="sim-state" value={event.accountState} onChange={setField('accountState')} placeholder="e.g. active" /></div>
                        <div className="field"><label htmlFor="sim-stage">Else: account stage</label><input id="sim-stage" value={event.accountStage} onChange={setField('accountStage')} placeholder="e.g. adoption" /></div>
                        {CONDITION_FIELDS.map((f) => (
                            <div key={f} className="field"><label htmlFor={`sim-${f}`}>{CONDITION_FIELD_LABELS[f]}</label><input id={`sim-${f}`} value={event[f] ?? ''} onChange={setField(f)} /></div>
                        ))}
                    </div>
                )}
                {draft && (
                    <label className="row"><input type="checkbox" checked={useDraft} onChange={(e) => setUseDraft(e.target.checked)} /> Include the rule being edited as a draft</label>
                )}
                <p><button type="submit" className="primary" disabled={running}>{running ? 'Simulating…' : 'Simulate'}</button></p>
            </form>
            {error && <p className="alert alert--critical" role="alert">{error}</p>}
            {response && (
                <div role="status" aria-label="Simulation result">
                    {response.order && <p>Order {response.order.number} (state {response.order.state})</p>}
                    {response.message && <p className="muted">{response.message}</p>}
                    {response.results.map((result, i) => (
                        <article key={i} className="card" data-testid="simulation-result">
                            <h3>{ACTION_LABELS[result.event.action]} × {MILESTONE_LABELS[result.event.milestone]} for {result.account.name}</h3>
                            <EvaluationView title="With the active rules" evaluation={result.current} />
                            {result.withDraft && <EvaluationView title="With the draft rule" evaluation={result.withDraft} />}
                            {result.withDraft && (
                                <p><strong>Draft effect:</strong> {result.draftChanges.length ? result.draftChanges.join('; ') : 'no change'}</p>
                            )}
                        </article>
                    ))}
                </div>
            )}
        </section>
    )
}

function EvaluationView({ title, evaluation }: { title: string; evaluation: Evaluation }) {
    const name = (rule: Evaluation['stateRule']) => (rule ? `${rule.name}${rule.isDraft ? ' (draft)' : ''}` : 'no rule')
    const d = evaluation.decision
    return (
        <div>
            <h4>{title}</h4>
            <dl className="facts">
                <dt>State rule</dt><dd data-testid="sim-state-rule">{name(evaluation.stateRule)}</dd>
                <dt>Stage rule</dt><dd data-testid="sim-stage-rule">{name(evaluation.stageRule)}</dd>
                <dt>Decision</dt><dd>{evaluation.outcomeLabel}: state {stateLabel(d.stateFrom)} → {stateLabel(d.stateTo)}, stage {stageLabel(d.stageFrom)} → {stageLabel(d.stageTo)}</dd>
                <dt>Explanation</dt><dd className="explanation">{d.explanation}</dd>
            </dl>
        </div>
    )
}
