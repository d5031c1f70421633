import React from 'react'
import { isApiFailure, loginUrl } from './api'

/** Loading state of one panel (polite status, never an alert). */
export function Loading({ label }: { label: string }) {
    return (
        <p role="status">
            <span className="spinner" aria-hidden="true" />
            {label}
        </p>
    )
}

/**
 * A failed request inside the panel that made it: what failed, the server's own message, and Retry (or, for an
 * expired session, a link to log in again). The rest of the page stays as it was.
 */
export function ErrorNotice({ what, error, onRetry }: { what: string; error: unknown; onRetry?: () => void }) {
    const session = isApiFailure(error) && error.kind === 'session'
    const message = isApiFailure(error) ? error.message : error instanceof Error ? error.message : String(error)
    return (
        <div className="alert alert--critical" role="alert">
            <span>
                <strong>{session ? 'Your session has expired.' : `Could not ${what}.`}</strong> {session ? 'Log in again to continue; this page keeps what it showed.' : message}
            </span>
            {session ? (
                <a href={loginUrl()}>Log in again</a>
            ) : (
                onRetry && (
                    <button type="button" className="small" onClick={onRetry}>
                        Retry
                    </button>
                )
            )}
        </div>
    )
}

export function Empty({ children }: { children: React.ReactNode }) {
    return <p className="muted">{children}</p>
}
