import {
    TIMELINE_DEFAULT_LIMIT,
    TIMELINE_MAX_LIMIT,
    TIMELINE_MAX_OFFSET,
    humanDuration,
    isSysId,
    nextOffset,
    parseTimelineRequest,
    timelineFilterQuery,
    timelinePageQuery,
    toStagePeriods,
    toTimelineEvent,
} from '../../../src/server/lifecycle/timeline-query'

const ACCOUNT = '0123456789abcdef0123456789abcdef'

function parsed(params: Record<string, unknown>) {
    const result = parseTimelineRequest(params)
    if (!result.ok) throw new Error(`expected valid parameters, got: ${result.message}`)
    return result.value
}

describe('timeline request parameters', () => {
    it('defaults to the first page of 50 with no filters', () => {
        expect(parsed({})).toEqual({ filters: { action: '', outcome: '', from: '', to: '' }, limit: TIMELINE_DEFAULT_LIMIT, offset: 0 })
    })

    it('accepts platform-style list values and widens date-only bounds to whole days', () => {
        const request = parsed({ limit: ['20'], offset: ['40'], action: ['suspend'], outcome: 'applied', from: '2024-05-01', to: '2024-05-31' })
        expect(request.limit).toBe(20)
        expect(request.offset).toBe(40)
        expect(request.filters).toEqual({ action: 'suspend', outcome: 'applied', from: '2024-05-01 00:00:00', to: '2024-05-31 23:59:59' })
    })

    it.each([
        [{ limit: String(TIMELINE_MAX_LIMIT + 1) }, 'limit'],
        [{ limit: '0' }, 'limit'],
        [{ limit: 'ten' }, 'limit'],
        [{ offset: '-5' }, 'offset'],
        [{ action: 'explode' }, 'action'],
        [{ outcome: 'maybe' }, 'outcome'],
        [{ from: '2024-02-30' }, 'from'],
        [{ to: 'yesterday' }, 'to'],
        [{ from: '2024-06-01', to: '2024-05-01' }, 'from'],
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
        expect(timelineFilterQuery(ACCOUNT, { action: '', outcome: '', from: '', to: '' })).toBe(`account=${ACCOUNT}`)
    })

    it('adds each filter as a condition and orders the page newest first with stable tie-breaks', () => {
        const filters = { action: 'disconnect' as const, outcome: 'blocked_by_guard' as const, from: '2024-01-01 00:00:00', to: '2024-12-31 23:59:59' }
        expect(timelineFilterQuery(ACCOUNT, filters)).toBe(
            `account=${ACCOUNT}^action=disconnect^outcome=blocked_by_guard^occurred_at>=2024-01-01 00:00:00^occurred_at<=2024-12-31 23:59:59`,
        )
        expect(timelinePageQuery(ACCOUNT, filters)).toBe(
            `${timelineFilterQuery(ACCOUNT, filters)}^ORDERBYDESCoccurred_at^ORDERBYDESCrecorded_at^ORDERBYDESCsys_id`,
        )
    })

    it('accepts only sys_ids as account ids, so an id cannot smuggle in query conditions', () => {
        expect(isSysId(ACCOUNT)).toBe(true)
        expect(isSysId(`${ACCOUNT}^ORaccount!=x`)).toBe(false)
        expect(isSysId('abc')).toBe(false)
    })
})

describe('paging math', () => {
    it('points at the next page while rows remain', () => {
        expect(nextOffset(0, 50, 10000)).toBe(50)
        expect(nextOffset(9950, 50, 10000)).toBeNull()
        expect(nextOffset(100, 20, 120)).toBeNull()
        expect(nextOffset(100, 19, 120)).toBe(119)
    })

    it('stops on an empty page even if the total says otherwise (rows deleted meanwhile)', () => {
        expect(nextOffset(50, 0, 80)).toBeNull()
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
            orderId: 'o1', orderNumber: 'ORD0001', actionLabel: 'Place', milestoneLabel: 'In Progress', outcomeLabel: 'Applied',
            state: { from: '', fromLabel: 'Not Set', to: 'active', toLabel: 'Active' },
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
        expect(event.outcomeLabel).toBe('No Matching Rule')
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

describe('offset bound', () => {
    it('rejects an offset beyond any real timeline with a message naming the parameter', () => {
        const result = parseTimelineRequest({ offset: String(TIMELINE_MAX_OFFSET + 1) })
        expect(result.ok).toBe(false)
        expect(result.ok ? '' : result.message).toMatch(/offset/)
        expect(parseTimelineRequest({ offset: String(TIMELINE_MAX_OFFSET) }).ok).toBe(true)
    })
})
