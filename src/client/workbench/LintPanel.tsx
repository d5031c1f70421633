import React from 'react'
import type { LintFinding } from '../../server/lifecycle/rule-lint'
import { Loading } from '../shared/Feedback'
import type { RuleRecord } from './RulesList'

export function LintPanel({ findings, rules }: { findings: LintFinding[] | null; rules: RuleRecord[] }) {
    const known = new Set(rules.map((r) => r.sys_id))
    return (
        <section className="card" aria-labelledby="lint-heading">
            <h2 id="lint-heading">Rule lint</h2>
            {findings === null ? (
                <Loading label="Checking rules…" />
            ) : findings.length === 0 ? (
                <p>No conflicts, unreachable rules or backward stage moves found.</p>
            ) : (
                <ul aria-label="Lint findings">
                    {findings.map((f, i) => (
                        <li key={i}>
                            <span className={`badge badge--${f.severity === 'error' ? 'error' : 'warning'}`}>{f.kind.replace(/_/g, ' ')}</span> {f.message}
                            {known.has(f.ruleIds[0]) ? '' : ' (inactive or hidden rule)'}
                        </li>
                    ))}
                </ul>
            )}
        </section>
    )
}
