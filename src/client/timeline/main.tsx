import React from 'react'
import { createRoot } from 'react-dom/client'
import { adoptStyles } from '../shared/styles'
import { preload } from '../shared/preload'
import { userTimeZone } from '../shared/time'
import { filtersFromSearch, historyUrl, timelineUrl } from '../shared/view-model'
import { FIRST_PAGE } from './EventList'
import { TimelineApp } from './TimelineApp'

// Ask for the account's first page before anything renders, and for its history right after (the first rows
// are what the agent waits for; the header already shows state and stage from the first page).
const { accountId, filters } = filtersFromSearch(window.location.search)
if (accountId) {
    // The zone only matters for date filters; reading it costs the first Intl use (~25 ms), so not before the request.
    const zone = filters.from || filters.to || filters.jump ? userTimeZone() : 'UTC'
    const firstPage = timelineUrl(accountId, filters, '', FIRST_PAGE, zone)
    preload(firstPage)
    preload(historyUrl(accountId), firstPage)
}
adoptStyles()
const rootElement = document.getElementById('root')
if (rootElement) createRoot(rootElement).render(<TimelineApp />)
