import {
    CHANGE_OUTCOMES,
    SEQUENCE_FIELD,
    TIMELINE_DEFAULT_LIMIT,
    TIMELINE_MAX_LIMIT,
    encodeCursor,
    humanDuration,
    isSysId,
    newerThanQuery,
    nextCursorOf,
    parseCursor,
    parseTimelineRequest,
    timelineFilterQuery,
    timelinePageQuery,
    toStagePeriods,
    toStatePeriods,
    toTimelineAccount,
    toTimelineEvent,
} from '../../../src/server/api/timeline-contract'
import type { TimelineFilters } from '../../../src/server/api/timeline-contract'

const ACCOUNT = '0123456789abcdef0123456789abcdef'
const ROW = 'fedcba9876543210fedcba9876543210'
const NONE: TimelineFilters = { actions: [], outcomes: [], from: '', to: '', q: '' }

function parsed(params: Record<string, unknown>) {
    const result = parseTimelineRequest(params)
    if (!result.ok) throw new Error(`expected valid parameters, got: ${result.message}`)
    return result.value
}

describe('timeline request parameters', () => {
    it('defaults to the newest page of 50 with no filters', () => {
        expect(parsed({})).toEqual({ filters: NONE, limit: TIMELINE_DEFAULT_LIMIT, after: null, before: '' })
    })

    it('accepts platform-style list values, several outcomes and actions, and widens date-only bounds to whole days', () => {
        const request = parsed({ limit: ['20'], action: ['suspend,resume'], outcome: 'applied,pinned,applied', from: '2024-05-01', to: '2024-05-31', q: ' ORD00 ' })
        expect(request.limit).toBe(20)
        expect(request.filters).toEqual({ actions: ['suspend', 'resume'], outcomes: ['applied', 'pinned'], from: '2024-05-01 00:00:00', to: '2024-05-31 23:59:59', q: 'ORD00' })
    })

    it('reads a cursor and a date jump', () => {
        const cursor = encodeCursor({ occurredAt: '2024-05-01 10:00:00', sequence: '', id: ROW })
        expect(parsed({ cursor, before: '2024-05-02' })).toMatchObject({ after: { occurredAt: '2024-05-01 10:00:00', sequence: '', id: ROW }, before: '2024-05-02 23:59:59' })
    })

    it.each([
        [{ limit: String(TIMELINE_MAX_LIMIT + 1) }, 'limit'],
        [{ limit: '0' }, 'limit'],
        [{ limit: 'ten' }, 'limit'],
        [{ action: 'explode' }, 'action'],
        [{ outcome: 'applied,maybe' }, 'outcome'],
        [{ from: '2024-02-30' }, 'from'],
        [{ to: 'yesterday' }, 'to'],
        [{ from: '2024-06-01', to: '2024-05-01' }, 'from'],
        [{ q: 'ORD^ORaccount!=x' }, 'q'],
        [{ q: 'x'.repeat(81) }, 'q'],
        [{ cursor: 'garbage' }, 'cursor'],
        [{ cursor: `2024-05-01 10:00:00~~${ROW}^NQ` }, 'cursor'],
        [{ before: 'soon' }, 'before'],
    ])('rejects %j naming the parameter', (params, field) => {
        const result = parseTimelineRequest(params)
        expect(result.ok).toBe(false)
        if (!result.ok) {
            expect(result.field).toBe(field)
            expect(result.message).toContain(field)
        }
    })
})

describe('timeline encoded queries', () => {
    it('filters on the account only when no filter is set', () => {
        expect(timelineFilterQuery(ACCOUNT, NONE)).toBe(`account=${ACCOUNT}`)
    })

    it('adds each filter as a condition; the search looks in the order number and both rule names', () => {
        const filters: TimelineFilters = { actions: ['disconnect', 'cancel'], outcomes: ['blocked_by_guard'], from: '2024-01-01 00:00:00', to: '2024-12-31 23:59:59', q: 'ORD1' }
        expect(timelineFilterQuery(ACCOUNT, filters)).toBe(
            `account=${ACCOUNT}^actionINdisconnect,cancel^outcomeINblocked_by_guard^occurred_at>=2024-01-01 00:00:00^occurred_at<=2024-12-31 23:59:59` +
                '^order.numberLIKEORD1^ORstate_rule.nameLIKEORD1^ORstage_rule.nameLIKEORD1',
        )
    })

    it('orders newest first by occurred_at, then the insertion sequence, then sys_id', () => {
        expect(timelinePageQuery(ACCOUNT, { filters: NONE, after: null, before: '' })).toBe(
            `account=${ACCOUNT}^ORDERBYDESCoccurred_at^ORDERBYDESC${SEQUENCE_FIELD}^ORDERBYDESCsys_id`,
        )
    })

    it('continues strictly after the cursor row (keyset), repeating the filters in every OR group', () => {
        const query = timelinePageQuery(ACCOUNT, { filters: { ...NONE, outcomes: ['applied'] }, after: { occurredAt: '2024-05-01 10:00:00', sequence: '7', id: ROW }, before: '' })
        const groups = query.split('^NQ')
        const base = `account=${ACCOUNT}^outcomeINapplied`
        expect(groups[0]).toBe(`${base}^occurred_at<2024-05-01 10:00:00`)
        expect(groups[1]).toBe(`${base}^occurred_at=2024-05-01 10:00:00^${SEQUENCE_FIELD}<7`)
        expect(groups[2]).toBe(`${base}^occurred_at=2024-05-01 10:00:00^${SEQUENCE_FIELD}ISEMPTY`)
        expect(groups[3].startsWith(`${base}^occurred_at=2024-05-01 10:00:00^${SEQUENCE_FIELD}=7^sys_id<${ROW}^ORDERBYDESCoccurred_at`)).toBe(true)
    })

    it('a cursor without a sequence continues among the same-second rows by sys_id', () => {
        const query = timelinePageQuery(ACCOUNT, { filters: NONE, after: { occurredAt: '2024-05-01 10:00:00', sequence: '', id: ROW }, before: '' })
        expect(query.split('^NQ')[1]).toContain(`${SEQUENCE_FIELD}ISEMPTY^sys_id<${ROW}`)
    })

    it('a date jump bounds the first page and counts the newer rows for the position', () => {
        expect(timelinePageQuery(ACCOUNT, { filters: NONE, after: null, before: '2024-05-02 23:59:59' })).toContain('occurred_at<=2024-05-02 23:59:59^ORDERBY')
        expect(newerThanQuery(ACCOUNT, NONE, '2024-05-02 23:59:59')).toBe(`account=${ACCOUNT}^occurred_at>2024-05-02 23:59:59`)
    })

    it('accepts only sys_ids as ids, so an id cannot smuggle in query conditions', () => {
        expect(isSysId(ACCOUNT)).toBe(true)
        expect(isSysId(`${ACCOUNT}^ORaccount!=x`)).toBe(false)
        expect(isSysId('abc')).toBe(false)
        expect(parseCursor(`2024-05-01 10:00:00~1~${ACCOUNT}^NQx`).ok).toBe(false)
    })

    it('the changes view is the outcomes that change something or say why nothing could', () => {
        expect([...CHANGE_OUTCOMES].sort()).toEqual(['applied', 'blocked_by_guard', 'error', 'pinned'])
    })
})

describe('paging', () => {
    const event = (id: string) => toTimelineEvent({ id, orderNumber: '', stateRuleName: '', stageRuleName: '', values: { occurred_at: '2024-05-01 10:00:00' } })

    it('a full page points at its last row; a short or empty page is the end', () => {
        const page = [event(ROW), event(ACCOUNT)]
        expect(nextCursorOf(page, 2)).toBe(`2024-05-01 10:00:00~${page[1].sequence}~${ACCOUNT}`)
        expect(nextCursorOf(page, 3)).toBeNull()
        expect(nextCursorOf([], 3)).toBeNull()
    })

    it('every row carries the cursor that continues after it', () => {
        const row = event(ROW)
        const back = parseCursor(row.cursor)
        expect(back.ok && back.value).toEqual({ occurredAt: '2024-05-01 10:00:00', sequence: row.sequence, id: ROW })
    })
})

describe('account header fields', () => {
    it('carries the number and since when the account is in its state and stage', () => {
        const view = toTimelineAccount({ id: 'a', name: 'Acme', state: 'suspended', stage: 'adoption', pinnedUntil: '', pinReason: '' }, { number: 'ACCT1', stateSince: '2026-11-12 10:00:00', stageSince: '2026-10-01 00:00:00' })
        expect(view).toMatchObject({ number: 'ACCT1', stateLabel: 'Suspended', stateSince: '2026-11-12 10:00:00', stageLabel: 'Adoption', stageSince: '2026-10-01 00:00:00' })
    })
})

describe('state periods (the state lane)', () => {
    it('starts a period at each applied change, skips non-changes, and runs the last until now', () => {
        const periods = toStatePeriods(
            [
                { eventId: 'e2', occurredAt: '2024-01-11 00:00:00', from: 'active', to: 'suspended', orderNumber: 'ORD2' },
                { eventId: 'e1', occurredAt: '2024-01-01 00:00:00', from: '', to: 'active', orderNumber: 'ORD1' },
                { eventId: 'e3', occurredAt: '2024-01-11 05:00:00', from: 'suspended', to: 'suspended', orderNumber: 'ORD3' },
            ],
            '2024-01-12 06:00:00',
        )
        expect(periods.map((p) => [p.state, p.startedAt, p.endedAt, p.durationLabel, p.current, p.orderNumber])).toEqual([
            ['active', '2024-01-01 00:00:00', '2024-01-11 00:00:00', '10d', false, 'ORD1'],
            ['suspended', '2024-01-11 00:00:00', '', '1d 6h', true, 'ORD2'],
        ])
    })
})

describe('event rows as the page shows them', () => {
    it('labels values, keeps raw values and links both deciding rules', () => {
        const event = toTimelineEvent({
            id: 'ev1',
            orderNumber: 'ORD0001',
            stateRuleName: 'Activate on first order',
            stageRuleName: '',
            values: {
                order: 'o1', action: 'place', milestone: 'in_progress', outcome: 'applied', state_from: '', state_to: 'active',
                stage_from: 'onboarding', stage_to: 'engagement', state_rule: 'r1', stage_rule: 'r2', explanation: 'because',
                occurred_at: '2024-05-01 10:00:00', recorded_at: '2024-05-01 10:00:01', source: 'order',
            },
        })
        expect(event).toMatchObject({
            orderId: 'o1', orderNumber: 'ORD0001', actionLabel: 'Place', milestoneLabel: 'In progress', outcomeLabel: 'Applied',
            state: { from: '', fromLabel: 'Not set', to: 'active', toLabel: 'Active' },
            stage: { from: 'onboarding', fromLabel: 'Onboarding', to: 'engagement', toLabel: 'Engagement' },
            stateRule: { id: 'r1', name: 'Activate on first order' },
            // A rule without a readable name is still linked, by id.
            stageRule: { id: 'r2', name: 'r2' },
        })
    })

    it('shows no rule when the reference was cleared by a deleted rule', () => {
        const event = toTimelineEvent({ id: 'ev', orderNumber: '', stateRuleName: '', stageRuleName: '', values: { outcome: 'no_matching_rule' } })
        expect(event.stateRule).toBeNull()
        expect(event.stageRule).toBeNull()
        expect(event.outcomeLabel).toBe('No matching rule')
    })
})

describe('stage periods', () => {
    it('orders periods by start and runs the open period until now', () => {
        const periods = toStagePeriods(
            [
                { id: 'b', stage: 'engagement', startedAt: '2024-01-11 00:00:00', endedAt: '', current: true },
                { id: 'a', stage: 'onboarding', startedAt: '2024-01-01 00:00:00', endedAt: '2024-01-11 00:00:00', current: false },
            ],
            '2024-01-12 06:30:00',
        )
        expect(periods.map((p) => [p.stage, p.durationLabel, p.current])).toEqual([
            ['onboarding', '10d', false],
            ['engagement', '1d 6h', true],
        ])
    })

    it.each([
        [30 * 1000, '< 1m'],
        [42 * 60000, '42m'],
        [5 * 3600000 + 12 * 60000, '5h 12m'],
        [2 * 3600000, '2h'],
        [3 * 86400000 + 4 * 3600000 + 59 * 60000, '3d 4h'],
    ])('reads %i ms as %s', (ms, label) => {
        expect(humanDuration(ms)).toBe(label)
    })
})


describe('lifecycle signals in the timeline contract', () => {
    it('carries the reason, churn type and movement of a row, with labels', () => {
        const event = toTimelineEvent({ id: 'e', orderNumber: '', stateRuleName: '', stageRuleName: '', values: { action_reason: 'Non-payment', churn_type: 'involuntary', movement: 'churn' } })
        expect(event).toMatchObject({ actionReason: 'Non-payment', churnType: 'involuntary', churnTypeLabel: 'Involuntary', movement: 'churn', movementLabel: 'Churn' })
        const plain = toTimelineEvent({ id: 'e', orderNumber: '', stateRuleName: '', stageRuleName: '', values: {} })
        expect(plain).toMatchObject({ actionReason: '', churnType: '', churnTypeLabel: '', movement: '', movementLabel: '' })
    })

    it('shows a pending churn, a missed target and the last churn in the header', () => {
        const account = toTimelineAccount({
            id: 'a', name: 'Acme', state: 'active', stage: 'onboarding', pinnedUntil: '', pinReason: '',
            signals: { pendingChange: 'churn', pendingOrderId: 'o', pendingDue: '2026-02-15 00:00:00', pendingSince: '', churnedAt: '2025-01-01 00:00:00', overdueSince: '2026-01-01 00:00:00', overdueRuleId: 't' },
        })
        expect(account).toMatchObject({ pendingChange: 'churn', pendingChangeLabel: 'Churn pending', pendingDue: '2026-02-15 00:00:00', pendingOrderId: 'o', overdueSince: '2026-01-01 00:00:00', churnedAt: '2025-01-01 00:00:00' })
        expect(toTimelineAccount({ id: 'a', name: '', state: '', stage: '', pinnedUntil: '', pinReason: '' })).toMatchObject({ pendingChange: '', pendingChangeLabel: '', overdueSince: '' })
    })
})
