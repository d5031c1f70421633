import React, { useCallback, useLayoutEffect, useState } from 'react'
import type { AxisCause, PendingOrder, StagePeriodView, StatePeriodView, TimelineAccount } from '../../server/api/timeline-contract'
import { getOnce } from '../shared/preload'
import { historyUrl } from '../shared/view-model'
import type { TimelineFilterState } from '../shared/view-model'
import { storedToMs, userTimeZone } from '../shared/time'
import { AccountHeader } from './AccountHeader'
import { HistoryPanel } from './HistoryPanel'
import { EventList } from './EventList'

export interface AccountHistory {
    account: TimelineAccount
    now: string
    periods: StagePeriodView[]
    statePeriods: StatePeriodView[]
    causes: { state: AxisCause | null; stage: AxisCause | null }
    pending: PendingOrder[]
}

interface Props {
    accountId: string
    filters: TimelineFilterState
    focusHeading: boolean
    onFilters: (filters: TimelineFilterState) => void
    onChangeAccount: () => void
}

/** One account: header (what, since when, why), history (stages and states), events. Each panel fails alone. */
export function AccountTimeline({ accountId, filters, focusHeading, onFilters, onChangeAccount }: Props) {
    const [history, setHistory] = useState<AccountHistory | null>(null)
    const [historyError, setHistoryError] = useState<unknown>(null)
    const [accountFromEvents, setAccountFromEvents] = useState<TimelineAccount | null>(null)
    const [timeZone] = useState(userTimeZone)

    const loadHistory = useCallback(() => {
        setHistoryError(null)
        getOnce<AccountHistory>(historyUrl(accountId))
            .then(setHistory)
            .catch(setHistoryError)
    }, [accountId])
    useLayoutEffect(loadHistory, [loadHistory])

    const account = history?.account ?? accountFromEvents
    return (
        <>
            <AccountHeader
                account={account}
                history={history}
                error={historyError}
                onRetry={loadHistory}
                focusHeading={focusHeading}
                onChangeAccount={onChangeAccount}
                timeZone={timeZone}
            />
            <HistoryPanel history={history} error={historyError} onRetry={loadHistory} timeZone={timeZone} />
            <EventList accountId={accountId} filters={filters} onFilters={onFilters} onAccount={setAccountFromEvents} timeZone={timeZone} nowMs={history ? storedToMs(history.now) : Date.now()} />
        </>
    )
}
