import React, { useCallback, useEffect, useState } from 'react'
import type { LintFinding } from '../../server/lifecycle/rule-lint'
import { RULE_TABLE, ROLES } from '../../server/app-schema'
import { API_BASE, isApiFailure, requestJson } from '../shared/api'
import { ErrorNotice, Loading } from '../shared/Feedback'
import { RULE_COLUMNS, draftFromRecord, emptyRuleDraft } from '../shared/rule-form'
import type { RuleDraft } from '../shared/rule-form'
import { RulesList } from './RulesList'
import type { RuleRecord } from './RulesList'
import { RuleForm } from './RuleForm'
import { LintPanel } from './LintPanel'
import { SimulatePanel } from './SimulatePanel'
import { InventoryPanel } from './InventoryPanel'

const RULES_URL = `/api/now/table/${RULE_TABLE}?sysparm_query=ORDERBYorder^ORDERBYname&sysparm_fields=sys_id,${RULE_COLUMNS.join(',')}&sysparm_limit=500`

export function WorkbenchApp() {
    const [access, setAccess] = useState<'checking' | 'denied' | 'granted'>('checking')
    const [error, setError] = useState<unknown>(null)
    const [rules, setRules] = useState<RuleRecord[] | null>(null)
    const [findings, setFindings] = useState<LintFinding[] | null>(null)
    /** The rule open in the form; `key` changes on every open so a second click always loads afresh. */
    const [editing, setEditing] = useState<{ draft: RuleDraft; key: number } | null>(null)
    const [saved, setSaved] = useState('')
    /** The form's current values, simulated as a draft rule. */
    const [liveDraft, setLiveDraft] = useState<RuleDraft | null>(null)

    const refresh = useCallback(() => {
        setError(null)
        // Lint first: it is admin-only server-side, so a 403 here means no rule data is ever requested.
        requestJson<{ findings: LintFinding[] }>('GET', `${API_BASE}/rules/lint`)
            .then((lint) => {
                setAccess('granted')
                setFindings(lint.findings)
                return requestJson<RuleRecord[]>('GET', RULES_URL).then(setRules)
            })
            .catch((e) => {
                if (isApiFailure(e) && e.status === 403) setAccess('denied')
                else setError(e)
            })
    }, [])
    useEffect(refresh, [refresh])
    useEffect(() => {
        document.title = 'Lifecycle rules workbench'
    }, [])

    const open = (draft: RuleDraft) => {
        setSaved('')
        setEditing((current) => ({ draft, key: (current?.key ?? 0) + 1 }))
    }

    if (access === 'denied') {
        return (
            <main>
                <h1>Lifecycle rules workbench</h1>
                <div className="alert alert--warning" role="alert">
                    You need the {ROLES.admin} role to use the rules workbench. Ask an administrator for access.
                </div>
            </main>
        )
    }
    return (
        <main>
            <h1>Lifecycle rules workbench</h1>
            {error !== null && <ErrorNotice what="load the rules" error={error} onRetry={refresh} />}
            {access === 'checking' && error === null && <Loading label="Checking access…" />}
            {access === 'granted' && (
                <>
                    <div className={`wb-layout${editing ? ' wb-layout--editing' : ''}`}>
                        <RulesList
                            rules={rules}
                            findings={findings ?? []}
                            selectedId={editing?.draft.sys_id ?? ''}
                            saved={saved}
                            onEdit={(record) => open(draftFromRecord(record))}
                            onNew={() => open(emptyRuleDraft())}
                        />
                        {editing && (
                            <RuleForm
                                key={editing.key}
                                initial={editing.draft}
                                onSaved={(name) => {
                                    setEditing(null)
                                    setSaved(`Saved rule ${name}`)
                                    refresh()
                                }}
                                onCancel={() => setEditing(null)}
                                onDraft={setLiveDraft}
                            />
                        )}
                    </div>
                    <LintPanel findings={findings} rules={rules ?? []} />
                    <SimulatePanel draft={editing ? liveDraft ?? editing.draft : null} />
                    <InventoryPanel />
                </>
            )}
        </main>
    )
}
