import React, { useCallback, useEffect, useState } from 'react'
import { API_BASE, requestJson } from '../shared/api'
import { ErrorNotice, Loading } from '../shared/Feedback'

/** GET /inventory-mapping (workbench-api.ts inventoryMappingResult). */
export interface InventoryMappingView {
    properties: { meaning: string; label: string; property: string; states: string[] }[]
    states: { state: string; meaning: string; label: string; known: boolean }[]
    problems: { property: string; message: string }[]
    unlisted: string
}

/**
 * Read-only view of what each sold-product state means to the account, so an admin can see why a service
 * counted as gone or in service without reading three properties. Editing stays in System Properties, where
 * the validation business rule refuses a bad list with the property's name.
 */
export function InventoryPanel() {
    const [view, setView] = useState<InventoryMappingView | null>(null)
    const [error, setError] = useState<unknown>(null)
    const load = useCallback(() => {
        setError(null)
        requestJson<InventoryMappingView>('GET', `${API_BASE}/inventory-mapping`).then(setView, setError)
    }, [])
    useEffect(load, [load])

    return (
        <section className="card" aria-labelledby="inventory-heading">
            <h2 id="inventory-heading">Inventory states</h2>
            {error !== null ? (
                <ErrorNotice what="load the inventory mapping" error={error} onRetry={load} />
            ) : view === null ? (
                <Loading label="Loading the inventory mapping…" />
            ) : (
                <>
                    <p className="muted">
                        What a sold product&apos;s state means when the app counts an account&apos;s services. A state no property lists counts as {view.unlisted.toLowerCase()}. Change
                        the lists in System Properties: {view.properties.map((p) => p.property).join(', ')}.
                    </p>
                    {view.problems.length > 0 && (
                        <ul aria-label="Inventory mapping problems">
                            {view.problems.map((problem, i) => (
                                <li key={i}>
                                    <span className="badge badge--error">problem</span> {problem.property}: {problem.message}
                                </li>
                            ))}
                        </ul>
                    )}
                    <table className="responsive" data-testid="inventory-states">
                        <caption className="muted">States of the sold product state column</caption>
                        <thead>
                            <tr>
                                <th scope="col">State</th>
                                <th scope="col">Counts as</th>
                            </tr>
                        </thead>
                        <tbody>
                            {view.states.map((row) => (
                                <tr key={row.state} data-testid="inventory-state-row">
                                    <td>
                                        <code>{row.state}</code>
                                        {row.known ? '' : ' (not a choice of the column)'}
                                    </td>
                                    <td>{row.label}</td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                </>
            )}
        </section>
    )
}
