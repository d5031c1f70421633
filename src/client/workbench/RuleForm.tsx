import React, { useEffect, useRef, useState } from 'react'
import { ACCOUNT_STATES, ACTIONS, CONDITION_FIELDS, CONDITION_OPERATORS, MILESTONES, RULE_SCOPES, STAGES } from '../../server/lifecycle/model'
import { ACTION_LABELS, CONDITION_FIELD_LABELS, CONDITION_OPERATOR_LABELS, MILESTONE_LABELS, SCOPE_LABELS, STAGE_LABELS, STATE_LABELS } from '../../server/lifecycle/labels'
import { RULE_FIELD_LABELS } from '../../server/lifecycle/rule-validation'
import { failureText, isApiFailure, requestJson } from '../shared/api'
import { BOOLEAN_COLUMNS, RULE_SECTIONS, changedFields, checkDraft, fieldOfMessage, saveRequest } from '../shared/rule-form'
import type { RuleDraft } from '../shared/rule-form'
import { IMPACT_DAYS, ruleImpactPreview } from './impact-preview'
import { OfferingPicker } from './OfferingPicker'
import { splitList, useOfferingNames } from './offerings'

const CHOICES: Record<string, { values: readonly string[]; labels: Readonly<Record<string, string>> }> = {
    action: { values: ACTIONS, labels: ACTION_LABELS },
    milestone: { values: MILESTONES, labels: MILESTONE_LABELS },
    condition_field: { values: CONDITION_FIELDS, labels: CONDITION_FIELD_LABELS },
    condition_operator: { values: CONDITION_OPERATORS, labels: CONDITION_OPERATOR_LABELS },
    from_state: { values: ACCOUNT_STATES, labels: STATE_LABELS },
    target_state: { values: ACCOUNT_STATES, labels: STATE_LABELS },
    target_stage: { values: STAGES, labels: STAGE_LABELS },
    scope: { values: RULE_SCOPES, labels: SCOPE_LABELS },
}
const NONE_LABEL: Record<string, string> = { from_state: 'Any state', target_state: 'Leave unchanged', target_stage: 'Leave unchanged', condition_field: 'No condition' }
const labelOf = (column: string) => RULE_FIELD_LABELS[column as keyof typeof RULE_FIELD_LABELS] ?? column

interface Props {
    initial: RuleDraft
    onSaved: (name: string) => void
    onCancel: () => void
    onDraft?: (draft: RuleDraft) => void
}

/**
 * The rule form beside the list: When / Only if / Then / Guards, checked as you type with the server's own
 * validateRule, then a confirmation that lists what changes before anything is saved.
 */
export function RuleForm({ initial, onSaved, onCancel, onDraft }: Props) {
    const [draft, setDraft] = useState(initial)
    const [touched, setTouched] = useState<Record<string, boolean>>({})
    const [submitted, setSubmitted] = useState(false)
    const [stage, setStage] = useState<'edit' | 'confirm'>('edit')
    const [serverError, setServerError] = useState<{ field: string; message: string } | null>(null)
    const [saving, setSaving] = useState(false)
    const heading = useRef<HTMLHeadingElement>(null)
    const confirmHeading = useRef<HTMLHeadingElement>(null)
    const id = initial.sys_id ?? ''
    const problems = checkDraft(draft)
    const offeringNames = useOfferingNames(draft.condition_field === 'product_offering' ? splitList(draft.condition_value) : [])

    useEffect(() => heading.current?.focus(), [])
    useEffect(() => {
        if (stage === 'confirm') confirmHeading.current?.focus()
    }, [stage])
    useEffect(() => onDraft?.(draft), [draft, onDraft])

    const set = (column: string, value: string) => {
        setDraft((d) => ({ ...d, [column]: value }))
        setTouched((t) => ({ ...t, [column]: true }))
        if (serverError?.field === column) setServerError(null)
    }
    const display = (column: string, value: string) => {
        if (!value) return '(blank)'
        if (column === 'condition_value' && draft.condition_field === 'product_offering') return splitList(value).map((v) => offeringNames[v] ?? v).join(', ')
        if (BOOLEAN_COLUMNS.indexOf(column) >= 0) return value === 'true' ? 'Yes' : 'No'
        return CHOICES[column]?.labels[value] ?? value
    }
    const changes = changedFields(id ? initial : {}, draft, display)

    const review = (e: React.FormEvent) => {
        e.preventDefault()
        setSubmitted(true)
        setServerError(null)
        const invalid = Object.keys(problems)
        if (invalid.length) {
            document.getElementById(`rule-${invalid[0]}`)?.focus()
            return
        }
        setStage('confirm')
    }
    const save = () => {
        const request = saveRequest(draft)
        setSaving(true)
        requestJson(request.method, request.url, request.body)
            .then(() => onSaved(draft.name.trim()))
            .catch((err) => {
                const message = failureText(err)
                const field = isApiFailure(err) && err.kind === 'http' ? fieldOfMessage(message, RULE_FIELD_LABELS) : ''
                setServerError({ field, message })
                setStage('edit')
                window.setTimeout(() => (field ? document.getElementById(`rule-${field}`) : heading.current)?.focus(), 0)
            })
            .finally(() => setSaving(false))
    }

    const messagesOf = (column: string) => [...(submitted || touched[column] ? (problems[column] ?? []) : []), ...(serverError && serverError.field === column ? [serverError.message] : [])]
    const shownProblems = Object.keys(problems).filter((column) => submitted || touched[column])
    const title = id ? `Edit rule ${initial.name}` : 'New rule'

    return (
        <section className="card wb-panel" aria-labelledby="form-heading">
            <h2 id="form-heading" tabIndex={-1} ref={heading}>
                {title}
            </h2>
            {stage === 'confirm' ? (
                <div>
                    <h3 tabIndex={-1} ref={confirmHeading}>
                        {id ? `Save these changes to ${initial.name}?` : `Create rule ${draft.name}?`}
                    </h3>
                    {changes.length === 0 ? (
                        <p className="muted">Nothing changed.</p>
                    ) : (
                        <ul className="diff" aria-label="What changes">
                            {changes.map((change) => (
                                <li key={change.column}>
                                    <strong>{change.label}:</strong> {id && <del>{change.before}</del>} {id && '→ '}
                                    <ins>{change.after}</ins>
                                </li>
                            ))}
                        </ul>
                    )}
                    <p className="row">
                        <button type="button" className="primary" onClick={save} disabled={saving}>
                            {saving ? 'Saving…' : 'Confirm save'}
                        </button>
                        <button type="button" onClick={() => setStage('edit')} disabled={saving}>
                            Back to editing
                        </button>
                    </p>
                </div>
            ) : (
                <form onSubmit={review} noValidate aria-labelledby="form-heading">
                    {RULE_SECTIONS.map((section) => (
                        <fieldset key={section.id} className="section">
                            <legend>{section.title}</legend>
                            <p className="field__hint field--full">{section.hint}</p>
                            {section.columns.map((column) => (
                                <Field key={column} column={column} draft={draft} messages={messagesOf(column)} onChange={set} />
                            ))}
                        </fieldset>
                    ))}
                    {serverError && !serverError.field && <p className="alert alert--critical">{serverError.message}</p>}
                    <p className="small" role="status">
                        {shownProblems.length > 0
                            ? `${shownProblems.length === 1 ? '1 field needs' : `${shownProblems.length} fields need`} attention: ${shownProblems.map(labelOf).join(', ')}.`
                            : ''}
                    </p>
                    <div className="row">
                        <button type="submit" className="primary">
                            Save rule
                        </button>
                        <button type="button" onClick={onCancel}>
                            Cancel
                        </button>
                    </div>
                    <p className="row small">
                        <button type="button" className="small" disabled={ruleImpactPreview === null} aria-describedby="impact-note">
                            What would this rule have changed over the last {IMPACT_DAYS} days?
                        </button>
                        <span id="impact-note" className="muted">
                            {ruleImpactPreview === null ? 'Not available yet: run a Dry run recalculation (Account Lifecycle > Recalculations) to preview a rule change.' : ''}
                        </span>
                    </p>
                </form>
            )}
        </section>
    )
}

function Field({ column, draft, messages, onChange }: { column: string; draft: RuleDraft; messages: string[]; onChange: (column: string, value: string) => void }) {
    const inputId = `rule-${column}`
    const messageId = `${inputId}-message`
    const describedBy = messages.length ? messageId : undefined
    const value = draft[column] ?? ''
    let control: React.ReactNode
    if (BOOLEAN_COLUMNS.indexOf(column) >= 0) {
        return (
            <div className={`field field--inline${messages.length ? ' field--invalid' : ''}`}>
                <input id={inputId} type="checkbox" checked={value === 'true'} aria-describedby={describedBy} onChange={(e) => onChange(column, e.target.checked ? 'true' : 'false')} />
                <label htmlFor={inputId}>{labelOf(column)}</label>
                {messages.length > 0 && <span id={messageId} className="field__message">{messages.join(' ')}</span>}
            </div>
        )
    }
    if (column === 'condition_value' && draft.condition_field === 'product_offering') {
        return (
            <div className={`field field--full${messages.length ? ' field--invalid' : ''}`}>
                <OfferingPicker inputId={inputId} value={value} multiple={draft.condition_operator === 'in' || draft.condition_operator === 'not_in'} onChange={(next) => onChange(column, next)} />
                {messages.length > 0 && <span id={messageId} className="field__message">{messages.join(' ')}</span>}
            </div>
        )
    }
    if (CHOICES[column]) {
        const choice = CHOICES[column]
        control = (
            <select id={inputId} value={value} onChange={(e) => onChange(column, e.target.value)} aria-invalid={messages.length > 0} aria-describedby={describedBy}>
                {column !== 'scope' && <option value="">{NONE_LABEL[column] ?? '-- None --'}</option>}
                {choice.values.map((v) => (
                    <option key={v} value={v}>
                        {choice.labels[v] ?? v}
                    </option>
                ))}
            </select>
        )
    } else if (column === 'description') {
        control = <textarea id={inputId} value={value} onChange={(e) => onChange(column, e.target.value)} aria-invalid={messages.length > 0} aria-describedby={describedBy} />
    } else {
        control = (
            <input id={inputId} type={column === 'order' ? 'number' : 'text'} value={value} onChange={(e) => onChange(column, e.target.value)} aria-invalid={messages.length > 0} aria-describedby={describedBy} />
        )
    }
    return (
        <div className={`field${column === 'description' || column === 'name' ? ' field--full' : ''}${messages.length ? ' field--invalid' : ''}`}>
            <label htmlFor={inputId}>{labelOf(column)}</label>
            {control}
            {messages.length > 0 && (
                <span id={messageId} className="field__message">
                    {messages.join(' ')}
                </span>
            )}
        </div>
    )
}
