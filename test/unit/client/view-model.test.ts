import { NO_FILTERS, countSentence, effectiveOutcomes, filtersFromSearch, groupByOrder, listWindow, pageSearch, pinSentence, sinceSentence, stageBand, timelineUrl } from '../../../src/client/shared/view-model'
import type { TimelineFilterState } from '../../../src/client/shared/view-model'
import { changedFields, checkDraft, draftFromRecord, emptyRuleDraft, fieldOfMessage, saveRequest } from '../../../src/client/shared/rule-form'
import { errorMessageOf } from '../../../src/client/shared/api'
import { absoluteTime, dayBoundToStored, relativeTime, storedToMs } from '../../../src/client/shared/time'
import { RULE_FIELD_LABELS } from '../../../src/server/lifecycle/rule-validation'
import { toTimelineEvent } from '../../../src/server/api/timeline-contract'
import type { StagePeriodView } from '../../../src/server/api/timeline-contract'

const period = (stage: StagePeriodView['stage'], startedAt: string, endedAt: string, durationMs: number): StagePeriodView => ({
    id: `${stage}-${startedAt}`, stage, stageLabel: stage, startedAt, endedAt, current: !endedAt, durationMs, durationLabel: '',
})

describe('timeline page view model', () => {
    it('asks for the changes by default and for what the user chose otherwise', () => {
        expect(effectiveOutcomes(NO_FILTERS)).toEqual(['applied', 'blocked_by_guard', 'pinned', 'error'])
        expect(effectiveOutcomes({ ...NO_FILTERS, view: 'all' })).toEqual([])
        expect(effectiveOutcomes({ ...NO_FILTERS, outcomes: ['no_change'] })).toEqual(['no_change'])
    })

    it('builds the REST URL with only the filters that are set, day bounds in the user zone', () => {
        const filters: TimelineFilterState = { ...NO_FILTERS, view: 'all', actions: ['suspend', 'resume'], from: '2024-01-01', q: 'ORD1' }
        expect(timelineUrl('abc', filters, '', 50, 'Europe/Paris')).toBe(
            '/api/x_oal_lifecycle/lifecycle/accounts/abc/timeline?limit=50&action=suspend%2Cresume&q=ORD1&from=2023-12-31+23%3A00%3A00',
        )
        expect(timelineUrl('abc', { ...NO_FILTERS, jump: '2024-06-01' }, 'c1', 200, 'UTC')).toBe(
            '/api/x_oal_lifecycle/lifecycle/accounts/abc/timeline?limit=200&cursor=c1&outcome=applied%2Cblocked_by_guard%2Cpinned%2Cerror',
        )
        // A hand-typed bound the page cannot read goes to the server as typed, so its message names it.
        expect(timelineUrl('abc', { ...NO_FILTERS, from: 'yesterday' }, '', 50, 'UTC')).toContain('from=yesterday')
    })

    it('round-trips the account and filters through the address bar', () => {
        const filters: TimelineFilterState = { view: 'all', outcomes: ['applied', 'pinned'], actions: ['cancel'], q: 'x', from: '', to: '2024-02-01', jump: '2024-01-15' }
        expect(filtersFromSearch(pageSearch('acct', filters))).toEqual({ accountId: 'acct', filters })
        expect(pageSearch('', NO_FILTERS)).toBe('')
    })

    it('draws every stage in order, adding up repeated periods and marking the current one', () => {
        const band = stageBand(
            [
                period('onboarding', '2024-01-01 00:00:00', '2024-01-03 00:00:00', 2 * 86400000),
                period('engagement', '2024-01-03 00:00:00', '2024-01-04 00:00:00', 86400000),
                period('onboarding', '2024-01-04 00:00:00', '2024-01-05 00:00:00', 86400000),
                period('adoption', '2024-01-05 00:00:00', '', 3600000),
            ],
            'adoption',
        )
        expect(band.map((s) => [s.stage, s.status, s.durationLabel, s.periods])).toEqual([
            ['onboarding', 'done', '3d', 2],
            ['engagement', 'done', '1d', 1],
            ['adoption', 'current', '1h', 1],
            ['monitoring', 'upcoming', '', 0],
            ['expansion', 'upcoming', '', 0],
        ])
    })

    it('says since when, how long, and the pin while it lasts, in the user zone', () => {
        const now = storedToMs('2026-11-30 12:00:00')
        expect(sinceSentence('Suspended', '2026-11-12 10:00:00', now, 'Europe/Paris')).toBe('Suspended since 12 Nov 2026 (18 days)')
        expect(sinceSentence('Active', '', now, 'UTC')).toBe('Active')
        expect(pinSentence({ pinnedUntil: '2026-12-03 00:00:00', pinReason: 'Dispute' }, now, 'UTC')).toBe('Pinned until 3 Dec 2026 — Dispute: automatic changes are ignored')
        expect(pinSentence({ pinnedUntil: '2026-11-01 00:00:00', pinReason: '' }, now, 'UTC')).toBe('')
    })

    it('groups consecutive events of one order under one heading', () => {
        const ev = (id: string, order: string) => toTimelineEvent({ id, orderNumber: order.toUpperCase(), stateRuleName: '', stageRuleName: '', values: { order } })
        const items = groupByOrder([ev('1', 'a'), ev('2', 'a'), ev('3', 'b'), ev('4', 'a')])
        expect(items.map((i) => (i.kind === 'group' ? `${i.orderNumber}×${i.count}` : i.key))).toEqual(['A×2', '1', '2', 'B×1', '3', 'A×1', '4'])
    })

    it('windows a long list to the viewport plus overscan', () => {
        expect(listWindow(2000, 0, 900, 50, 20)).toEqual({ start: 0, end: 39, before: 0, after: (2000 - 39) * 50 })
        const deep = listWindow(2000, 50_000, 900, 50, 20)
        expect(deep.start).toBe(980)
        expect(deep.end - deep.start).toBeLessThan(70)
        expect(listWindow(0, 0, 900, 50)).toEqual({ start: 0, end: 0, before: 0, after: 0 })
        // The list starts 600 px down the viewport: only 300 px of it show, so fewer rows are rendered at first.
        expect(listWindow(2000, -600, 900, 50, 10)).toEqual({ start: 0, end: 17, before: 0, after: (2000 - 17) * 50 })
    })

    it('counts what is shown, and where a date jump started', () => {
        expect(countSentence(50, 2001, 0, { ...NO_FILTERS, view: 'all' })).toBe('Showing 50 of 2,001 events')
        expect(countSentence(50, 12, 0, NO_FILTERS)).toBe('Showing 50 of 12 changes')
        expect(countSentence(50, 2001, 1234, { ...NO_FILTERS, view: 'all', jump: '2020-01-01' })).toBe('Showing 1,235–1,284 of 2,001 events')
    })
})

describe('times', () => {
    it('relative times, and absolute ones in the zone without UTC', () => {
        const now = storedToMs('2026-11-30 12:00:00')
        expect(relativeTime('2026-11-27 12:00:00', now)).toBe('3 days ago')
        expect(relativeTime('2026-11-30 11:59:30', now)).toBe('just now')
        expect(absoluteTime('2026-11-30 12:00:00', 'Europe/Paris')).toBe('30 Nov 2026, 13:00 CET')
    })

    it('turns a day in the user zone into stored UTC bounds, across daylight saving', () => {
        expect(dayBoundToStored('2024-07-01', 'Europe/Paris', false)).toBe('2024-06-30 22:00:00')
        expect(dayBoundToStored('2024-01-01', 'Europe/Paris', true)).toBe('2024-01-01 22:59:59')
        expect(dayBoundToStored('2024-01-01', 'America/New_York', false)).toBe('2024-01-01 05:00:00')
        expect(dayBoundToStored('soon', 'UTC', false)).toBe('')
    })
})

describe('API errors', () => {
    it("reads the server's message from the scripted REST envelope and from a plain error body", () => {
        expect(errorMessageOf({ result: { error: { message: 'No order ORD9999999, or you may not read it' } } }, 404)).toBe('No order ORD9999999, or you may not read it')
        expect(errorMessageOf({ error: { message: 'Operation Failed', detail: 'Name: required' } }, 403)).toBe('Operation Failed: Name: required')
        expect(errorMessageOf(null, 502)).toBe('Request failed (HTTP 502)')
    })
})

describe('workbench rule form', () => {
    it('keeps the sys_id of the record being edited, so Save updates it (PATCH) instead of creating a copy', () => {
        const draft = draftFromRecord({ sys_id: 'r1', name: 'Rule', active: '1', order: '10' })
        expect(draft.sys_id).toBe('r1')
        expect(draft.active).toBe('true')
        expect(saveRequest(draft)).toMatchObject({ method: 'PATCH', url: '/api/now/table/x_oal_lifecycle_rule/r1' })
        expect(saveRequest(emptyRuleDraft())).toMatchObject({ method: 'POST', url: '/api/now/table/x_oal_lifecycle_rule' })
        expect(Object.keys(saveRequest(draft).body)).not.toContain('sys_id')
    })

    it('lists what an edit changes', () => {
        const before = draftFromRecord({ sys_id: 'r1', name: 'Rule', order: '10', target_state: 'active' })
        const after = { ...before, order: '20', target_state: 'suspended' }
        expect(changedFields(before, after).map((c) => [c.label, c.before, c.after])).toEqual([
            ['Order', '10', '20'],
            ['Target state', 'active', 'suspended'],
        ])
    })

    it('flags the fields the server would reject, by column', () => {
        const draft = { ...emptyRuleDraft(), name: 'X', action: 'place', milestone: 'completed', target_state: 'active', condition_field: 'channel' }
        expect(Object.keys(checkDraft(draft))).toContain('condition_operator')
        expect(checkDraft({ ...draft, condition_field: '' })).toEqual({})
    })

    it('finds the field a server message names', () => {
        expect(fieldOfMessage('Condition operator: required when a condition field is set', RULE_FIELD_LABELS)).toBe('condition_operator')
        expect(fieldOfMessage('Something else went wrong', RULE_FIELD_LABELS)).toBe('')
    })
})
