import React, { useEffect, useState } from 'react'
import { NO_FILTERS, filtersFromSearch, pageSearch } from '../shared/view-model'
import type { TimelineFilterState } from '../shared/view-model'
import { AccountPicker } from './AccountPicker'
import { AccountTimeline } from './AccountTimeline'

const TITLE = 'Account lifecycle timeline'

interface Route {
    accountId: string
    filters: TimelineFilterState
    /** Set when the user just picked the account: focus goes to its heading once it is shown. */
    focusHeading: boolean
}

function navigate(route: Route, replace: boolean) {
    const path = `${window.location.pathname}${pageSearch(route.accountId, route.filters)}`
    if (replace) window.history.replaceState({}, '', path)
    else window.history.pushState({}, '', path)
}

export function TimelineApp() {
    const [route, setRoute] = useState<Route>(() => ({ ...filtersFromSearch(window.location.search), focusHeading: false }))
    useEffect(() => {
        const onPop = () => setRoute({ ...filtersFromSearch(window.location.search), focusHeading: false })
        window.addEventListener('popstate', onPop)
        return () => window.removeEventListener('popstate', onPop)
    }, [])
    useEffect(() => {
        document.title = TITLE
    }, [])
    const go = (next: Route, replace = false) => {
        navigate(next, replace)
        setRoute(next)
    }
    return (
        <main>
            <h1>{TITLE}</h1>
            {route.accountId ? (
                <AccountTimeline
                    key={route.accountId}
                    accountId={route.accountId}
                    filters={route.filters}
                    focusHeading={route.focusHeading}
                    // Filter changes replace the history entry: Back leaves the account, not each keystroke.
                    onFilters={(filters) => go({ accountId: route.accountId, filters, focusHeading: false }, true)}
                    onChangeAccount={() => go({ accountId: '', filters: NO_FILTERS, focusHeading: false })}
                />
            ) : (
                <AccountPicker onPick={(id) => go({ accountId: id, filters: NO_FILTERS, focusHeading: true })} />
            )}
        </main>
    )
}
