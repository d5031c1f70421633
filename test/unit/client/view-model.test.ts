import { filtersFromSearch, pageSearch, pinStatus, stageBand, timelineUrl } from '../../../src/client/shared/view-model'
import { checkDraft, emptyRuleDraft, fieldOfMessage } from '../../../src/client/shared/rule-form'
import { RULE_FIELD_LABELS } from '../../../src/server/lifecycle/rule-validation'
import type { StagePeriodView } from '../../../src/server/lifecycle/timeline-query'

const period = (stage: StagePeriodView['stage'], startedAt: string, endedAt: string, durationMs: number): StagePeriodView => ({
    id: `${stage}-${startedAt}`, stage, stageLabel: stage, startedAt, endedAt, current: !endedAt, durationMs, durationLabel: '',
})

describe('timeline page view model', () => {
    it('builds the REST URL with only the filters that are set', () => {
        expect(timelineUrl('abc', { action: 'suspend', outcome: '', from: '2024-01-01', to: '' }, 50, 50)).toBe(
            '/api/x_oal_lifecycle/lifecycle/accounts/abc/timeline?limit=50&offset=50&action=suspend&from=2024-01-01',
        )
    })

    it('round-trips the account and filters through the address bar', () => {
        const filters = { action: 'cancel', outcome: 'applied', from: '', to: '2024-02-01' }
        expect(filtersFromSearch(pageSearch('acct', filters))).toEqual({ accountId: 'acct', filters })
        expect(pageSearch('', { action: '', outcome: '', from: '', to: '' })).toBe('')
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
        expect(band[0].endedAt).toBe('2024-01-05 00:00:00')
    })

    it('shows a pin only while it lasts', () => {
        expect(pinStatus({ pinnedUntil: '2024-06-01 00:00:00', pinReason: 'Dispute' }, '2024-05-01 00:00:00')).toBe('Pinned until 2024-06-01 00:00:00 UTC — Dispute')
        expect(pinStatus({ pinnedUntil: '2024-06-01 00:00:00', pinReason: '' }, '2024-07-01 00:00:00')).toBe('Not pinned')
    })
})

describe('workbench rule form', () => {
    it('flags the fields the server would reject, by column', () => {
        const draft = { ...emptyRuleDraft(), name: 'X', action: 'place', milestone: 'completed', target_state: 'active', condition_field: 'channel' }
        const problems = checkDraft(draft)
        expect(Object.keys(problems)).toContain('condition_operator')
        expect(checkDraft({ ...draft, condition_field: '' })).toEqual({})
    })

    it('finds the field a server message names', () => {
        expect(fieldOfMessage('Condition operator: required when a condition field is set', RULE_FIELD_LABELS)).toBe('condition_operator')
        expect(fieldOfMessage('Something else went wrong', RULE_FIELD_LABELS)).toBe('')
    })
})
