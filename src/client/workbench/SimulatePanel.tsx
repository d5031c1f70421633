import React, { useEffect, useState } from 'react'
import { ACCOUNT_STATES, ACTIONS, MILESTONES, STAGES } from '../../server/lifecycle/model'
import { ACTION_LABELS, CONDITION_FIELD_LABELS, MILESTONE_LABELS, STAGE_LABELS, STATE_LABELS, stageLabel, stateLabel } from '../../server/lifecycle/labels'
import type { Evaluation, SimulationResult } from '../../server/lifecycle/simulate'
import { ORDER_FIELDS, ORDER_TABLE } from '../../server/order-management/om-model'
import { API_BASE, requestJson } from '../shared/api'
import { Combobox } from '../shared/Combobox'
import { ErrorNotice } from '../shared/Feedback'
import type { RuleDraft } from '../shared/rule-form'
import { OfferingPicker } from './OfferingPicker'
import { ChoiceField } from '../shared/ChoiceField'

interface SimulateResponse {
    order: { number: string; state: string } | null
    results: SimulationResult[]
    message: string
}

interface OrderRow {
    sys_id: string
    number: string
    state: string
    account?: { display_value?: string } | string
}

function useOrderSearch(text: string): OrderRow[] {
    const [orders, setOrders] = useState<OrderRow[]>([])
    useEffect(() => {
        const trimmed = text.trim().replace(/\^/g, '')
        if (trimmed.length < 2) {
            setOrders([])
            return undefined
        }
        let live = true
        const timer = window.setTimeout(() => {
            const query = encodeURIComponent(`${ORDER_FIELDS.number}LIKE${trimmed}^ORDERBYDESC${ORDER_FIELDS.number}`)
            requestJson<OrderRow[]>('GET', `/api/now/table/${ORDER_TABLE}?sysparm_query=${query}&sysparm_fields=sys_id,number,state,account&sysparm_display_value=true&sysparm_limit=10`)
                .then((rows) => live && setOrders(rows))
                .catch(() => live && setOrders([]))
        }, 200)
        return () => {
            live = false
            window.clearTimeout(timer)
        }
    }, [text])
    return orders
}

/** Try the active rules (and the rule being edited, as a draft) against an order or a described event. */
export function SimulatePanel({ draft }: { draft: RuleDraft | null }) {
    const [mode, setMode] = useState<'order' | 'event'>('order')
    const [orderRef, setOrderRef] = useState('')
    const [event, setEvent] = useState<Record<string, string>>({ action: 'place', milestone: 'completed', accountState: 'active', accountStage: 'onboarding', product_offering: '', channel: '', order_category: '' })
    const [useDraft, setUseDraft] = useState(true)
    const [response, setResponse] = useState<SimulateResponse | null>(null)
    const [error, setError] = useState<unknown>(null)
    const [running, setRunning] = useState(false)
    const orders = useOrderSearch(mode === 'order' ? orderRef : '')

    const run = (e?: React.FormEvent) => {
        e?.preventDefault()
        const attributes: Record<string, string> = {}
        for (const field of ['product_offering', 'channel', 'order_category']) if (event[field]) attributes[field] = event[field]
        const body: Record<string, unknown> =
            mode === 'order' ? { orderId: orderRef.trim() } : { event: { action: event.action, milestone: event.milestone, accountState: event.accountState, accountStage: event.accountStage, attributes } }
        if (draft && useDraft) body.draftRule = draft
        setRunning(true)
        setError(null)
        requestJson<SimulateResponse>('POST', `${API_BASE}/simulate`, body)
            .then(setResponse)
            .catch((err) => {
                setResponse(null)
                setError(err)
            })
            .finally(() => setRunning(false))
    }
    const setValue = (key: string) => (value: string) => setEvent({ ...event, [key]: value })
    const setField = (key: string) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValue(key)(e.target.value)
    const accountOf = (row: OrderRow) => (typeof row.account === 'object' ? row.account?.display_value ?? '' : row.account ?? '')

    return (
        <section className="card" aria-labelledby="simulate-heading">
            <h2 id="simulate-heading">Simulate</h2>
            <form onSubmit={run}>
                <fieldset className="row">
                    <legend>Evaluate</legend>
                    <label className="field--inline">
                        <input type="radio" name="sim-mode" checked={mode === 'order'} onChange={() => setMode('order')} /> An order
                    </label>
                    <label className="field--inline">
                        <input type="radio" name="sim-mode" checked={mode === 'event'} onChange={() => setMode('event')} /> A described event
                    </label>
                </fieldset>
                {mode === 'order' ? (
                    <>
                        <Combobox
                            inputId="sim-order"
                            label="Order number"
                            value={orderRef}
                            onInput={setOrderRef}
                            options={orders.map((row) => ({ id: row.sys_id, label: row.number, detail: [accountOf(row), row.state].filter(Boolean).join(' · ') }))}
                            onSelect={(option) => setOrderRef(option.label)}
                            placeholder="ORD0001001"
                        />
                        <p className="field__hint">
                            The order is judged as if it had just reached its current milestone, against its account&apos;s <strong>current</strong> state and stage (not those at the time
                            of the order). Nothing is saved.
                        </p>
                    </>
                ) : (
                    <>
                        <p className="field__hint">Judged against the hypothetical account state and stage you choose here. Nothing is saved.</p>
                        <fieldset className="section">
                            <legend>Event and account</legend>
                            <ChoiceField id="sim-action" label="Event action" value={event.action} values={ACTIONS} labels={ACTION_LABELS} onChange={setValue('action')} />
                            <ChoiceField id="sim-milestone" label="Event milestone" value={event.milestone} values={MILESTONES} labels={MILESTONE_LABELS} onChange={setValue('milestone')} />
                            <ChoiceField id="sim-state" label="Account state" value={event.accountState} values={ACCOUNT_STATES} labels={STATE_LABELS} emptyLabel="Not set" onChange={setValue('accountState')} />
                            <ChoiceField id="sim-stage" label="Account stage" value={event.accountStage} values={STAGES} labels={STAGE_LABELS} emptyLabel="Not set" onChange={setValue('accountStage')} />
                            <div className="field field--full">
                                <OfferingPicker inputId="sim-product_offering" value={event.product_offering} multiple={false} onChange={(value) => setEvent({ ...event, product_offering: value })} />
                            </div>
                            <div className="field">
                                <label htmlFor="sim-channel">{CONDITION_FIELD_LABELS.channel}</label>
                                <input id="sim-channel" value={event.channel} onChange={setField('channel')} />
                            </div>
                            <div className="field">
                                <label htmlFor="sim-order_category">{CONDITION_FIELD_LABELS.order_category}</label>
                                <input id="sim-order_category" value={event.order_category} onChange={setField('order_category')} />
                            </div>
                        </fieldset>
                    </>
                )}
                {draft && (
                    <label className="field--inline">
                        <input type="checkbox" checked={useDraft} onChange={(e) => setUseDraft(e.target.checked)} /> Include the rule being edited as a draft
                    </label>
                )}
                <p>
                    <button type="submit" className="primary" disabled={running}>
                        {running ? 'Simulating…' : 'Simulate'}
                    </button>
                </p>
            </form>
            {error !== null && <ErrorNotice what="simulate" error={error} onRetry={() => run()} />}
            {response && (
                <div aria-label="Simulation result" role="region">
                    {response.order && (
                        <p>
                            Order {response.order.number} (state {response.order.state})
                        </p>
                    )}
                    {response.message && <p className="muted">{response.message}</p>}
                    {response.results.map((result, i) => (
                        <article key={i} className="card" data-testid="simulation-result">
                            <h3>
                                {ACTION_LABELS[result.event.action]} × {MILESTONE_LABELS[result.event.milestone]} for {result.account.name}
                            </h3>
                            <EvaluationView title="With the active rules" evaluation={result.current} />
                            {result.withDraft && <EvaluationView title="With the draft rule" evaluation={result.withDraft} />}
                            {result.withDraft && (
                                <p>
                                    <strong>Draft effect:</strong> {result.draftChanges.length ? result.draftChanges.join('; ') : 'no change'}
                                </p>
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
                <dt>State rule</dt>
                <dd data-testid="sim-state-rule">{name(evaluation.stateRule)}</dd>
                <dt>Stage rule</dt>
                <dd data-testid="sim-stage-rule">{name(evaluation.stageRule)}</dd>
                <dt>Decision</dt>
                <dd>
                    {evaluation.outcomeLabel}: state {stateLabel(d.stateFrom)} → {stateLabel(d.stateTo)}, stage {stageLabel(d.stageFrom)} → {stageLabel(d.stageTo)}
                </dd>
                <dt>Explanation</dt>
                <dd className="explanation">{d.explanation}</dd>
            </dl>
        </div>
    )
}
