import React, { useEffect, useState } from 'react'
import type { TimelineAccount } from '../../server/lifecycle/timeline-query'
import { API_BASE, failureText, requestJson } from '../shared/api'

/** Search accounts by name and open one's timeline; shown when the page has no ?account=. */
export function AccountPicker({ onPick }: { onPick: (accountId: string) => void }) {
    const [query, setQuery] = useState('')
    const [accounts, setAccounts] = useState<TimelineAccount[] | null>(null)
    const [error, setError] = useState('')

    useEffect(() => {
        const timer = window.setTimeout(() => {
            requestJson<{ accounts: TimelineAccount[] }>('GET', `${API_BASE}/accounts?q=${encodeURIComponent(query)}`)
                .then((result) => { setAccounts(result.accounts); setError('') })
                .catch((e) => setError(failureText(e)))
        }, 200)
        return () => window.clearTimeout(timer)
    }, [query])

    return (
        <section className="card" aria-labelledby="picker-heading">
            <h2 id="picker-heading">Choose an account</h2>
            <div className="field">
                <label htmlFor="account-search">Account name</label>
                <input id="account-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Type part of a name" autoFocus />
            </div>
            {error && <p className="alert alert--critical" role="alert">{error}</p>}
            {accounts === null && !error && <p role="status">Loading accounts…</p>}
            {accounts && accounts.length === 0 && <p role="status" className="muted">No account matches “{query}”.</p>}
            {accounts && accounts.length > 0 && (
                <ul className="listbox" aria-label="Matching accounts">
                    {accounts.map((account) => (
                        <li key={account.id}>
                            <button onClick={() => onPick(account.id)}>
                                {account.name} <span className="muted">— {account.stateLabel}, {account.stageLabel}</span>
                            </button>
                        </li>
                    ))}
                </ul>
            )}
        </section>
    )
}
