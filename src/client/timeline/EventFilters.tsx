import React, { useEffect, useState } from 'react'
import { ACTIONS, OUTCOMES } from '../../server/lifecycle/model'
import type { Action, Outcome } from '../../server/lifecycle/model'
import { ACTION_LABELS, OUTCOME_LABELS } from '../../server/lifecycle/labels'
import { NO_FILTERS, hasFilters } from '../shared/view-model'
import type { TimelineFilterState } from '../shared/view-model'

interface Props {
    filters: TimelineFilterState
    onFilters: (filters: TimelineFilterState) => void
}

function MultiSelect<T extends string>({ label, values, labels, chosen, onChange }: { label: string; values: readonly T[]; labels: Readonly<Record<T, string>>; chosen: T[]; onChange: (next: T[]) => void }) {
    const summary = chosen.length === 0 ? 'Any' : chosen.length === 1 ? labels[chosen[0]] : `${chosen.length} selected`
    return (
        <div className="field">
            <span className="label" aria-hidden="true">{label}</span>
            <details className="multi">
                <summary aria-label={`${label}: ${summary}`}>{summary}</summary>
                <fieldset>
                    <legend className="sr-only">{label}</legend>
                    {values.map((value) => (
                        <label key={value}>
                            <input
                                type="checkbox"
                                checked={chosen.indexOf(value) >= 0}
                                onChange={(e) => onChange(e.target.checked ? [...chosen, value] : chosen.filter((v) => v !== value))}
                            />
                            {labels[value]}
                        </label>
                    ))}
                </fieldset>
            </details>
        </div>
    )
}

/** Filters apply as they change (no Apply button); the search waits for a pause in typing. */
export function EventFilters({ filters, onFilters }: Props) {
    const [q, setQ] = useState(filters.q)
    useEffect(() => setQ(filters.q), [filters.q])
    useEffect(() => {
        if (q === filters.q) return undefined
        const timer = window.setTimeout(() => onFilters({ ...filters, q: q.trim() }), 300)
        return () => window.clearTimeout(timer)
    }, [q, filters, onFilters])
    const set = (patch: Partial<TimelineFilterState>) => onFilters({ ...filters, ...patch })

    return (
        <div className="filters" role="group" aria-label="Filter events">
            <div className="field">
                <span className="label" id="view-label">Show</span>
                <div className="segmented" role="group" aria-labelledby="view-label">
                    <button type="button" className="small" aria-pressed={filters.view === 'changes' && filters.outcomes.length === 0} onClick={() => set({ view: 'changes', outcomes: [] })}>
                        Changes
                    </button>
                    <button type="button" className="small" aria-pressed={filters.view === 'all' && filters.outcomes.length === 0} onClick={() => set({ view: 'all', outcomes: [] })}>
                        All evaluations
                    </button>
                </div>
            </div>
            <MultiSelect<Outcome> label="Outcome" values={OUTCOMES} labels={OUTCOME_LABELS} chosen={filters.outcomes} onChange={(outcomes) => set({ outcomes })} />
            <MultiSelect<Action> label="Action" values={ACTIONS} labels={ACTION_LABELS} chosen={filters.actions} onChange={(actions) => set({ actions })} />
            <div className="field field--wide">
                <label htmlFor="filter-q">Search order or rule</label>
                <input id="filter-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="ORD0001001 or a rule name" />
            </div>
            <div className="field">
                <label htmlFor="filter-from">From</label>
                <input id="filter-from" type="date" value={filters.from} onChange={(e) => set({ from: e.target.value, jump: '' })} />
            </div>
            <div className="field">
                <label htmlFor="filter-to">To</label>
                <input id="filter-to" type="date" value={filters.to} onChange={(e) => set({ to: e.target.value, jump: '' })} />
            </div>
            {(hasFilters(filters) || filters.jump) && (
                <button type="button" className="small" onClick={() => onFilters({ ...NO_FILTERS, view: filters.view })}>
                    Clear filters
                </button>
            )}
        </div>
    )
}
