import React, { useEffect, useState } from 'react'
import type { AccountMatch, AccountSearch } from '../../server/api/account-queries'
import { API_BASE, requestJson } from '../shared/api'
import { Combobox } from '../shared/Combobox'
import { ErrorNotice } from '../shared/Feedback'

/** Search accounts by name, account number or order number and open one's timeline (no ?account= yet). */
export function AccountPicker({ onPick }: { onPick: (accountId: string) => void }) {
    const [query, setQuery] = useState('')
    const [result, setResult] = useState<AccountSearch | null>(null)
    const [error, setError] = useState<unknown>(null)
    const [attempt, setAttempt] = useState(0)

    useEffect(() => {
        let live = true
        const timer = window.setTimeout(() => {
            requestJson<AccountSearch>('GET', `${API_BASE}/accounts?q=${encodeURIComponent(query.trim())}`)
                .then((found) => {
                    if (!live) return
                    setResult(found)
                    setError(null)
                })
                .catch((e) => live && setError(e))
        }, 200)
        return () => {
            live = false
            window.clearTimeout(timer)
        }
    }, [query, attempt])

    const options = (result?.accounts ?? []).map((account: AccountMatch) => ({
        id: account.id,
        label: account.name,
        detail: [account.number, `${account.stateLabel}, ${account.stageLabel}`, account.matchedOrder && `order ${account.matchedOrder}`].filter(Boolean).join(' · '),
    }))
    let status: React.ReactNode = result === null ? 'Loading accounts…' : ''
    if (result && result.total === 0) status = query ? `No account matches “${query}”.` : 'No accounts yet.'
    else if (result && result.total > result.accounts.length) status = `${result.accounts.length} of ${result.total.toLocaleString('en')} accounts — type more to refine`
    else if (result) status = `${result.total} ${result.total === 1 ? 'account' : 'accounts'}`

    return (
        <section className="card" aria-labelledby="picker-heading">
            <h2 id="picker-heading">Choose an account</h2>
            <Combobox
                label="Account"
                hint="Account name, account number or order number. Arrow keys to move, Enter to open."
                value={query}
                onInput={setQuery}
                options={options}
                onSelect={(option) => onPick(option.id)}
                status={error ? '' : status}
                placeholder="e.g. Aurora, ACCT0001001 or ORD0001001"
                autoFocus
                inline
            />
            {error !== null && <ErrorNotice what="search accounts" error={error} onRetry={() => setAttempt((n) => n + 1)} />}
        </section>
    )
}
