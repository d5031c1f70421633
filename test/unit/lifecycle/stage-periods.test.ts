import { durationMs, formatDuration, planStageChange } from '../../../src/server/lifecycle/stage-periods'
import { formatDateTime, isDateTime, parseDateTime } from '../../../src/server/lifecycle/datetime'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

describe('formatDuration (Glide duration storage)', () => {
    it.each([
        [0, '1970-01-01 00:00:00'],
        [59 * SECOND, '1970-01-01 00:00:59'],
        [DAY + 2 * HOUR + 3 * MINUTE + 4 * SECOND, '1970-01-02 02:03:04'],
        [5 * DAY, '1970-01-06 00:00:00'],
        [30 * DAY, '1970-01-31 00:00:00'],
        // Past 30 days the offset rolls into February, as Glide stores it.
        [31 * DAY, '1970-02-01 00:00:00'],
        [1500, '1970-01-01 00:00:01'],
    ])('%d ms → %s', (ms, expected) => {
        expect(formatDuration(ms)).toBe(expected)
    })
    it('stores a negative or non-finite duration as zero', () => {
        expect(formatDuration(-5000)).toBe('1970-01-01 00:00:00')
        expect(formatDuration(NaN)).toBe('1970-01-01 00:00:00')
    })
})

describe('durationMs', () => {
    it('measures between two UTC date-times, across a leap day', () => {
        expect(durationMs('2024-02-28 12:00:00', '2024-03-01 12:30:00')).toBe(2 * DAY + 30 * MINUTE)
    })
    it('counts an end before the start as zero', () => {
        expect(durationMs('2024-05-02 00:00:00', '2024-05-01 00:00:00')).toBe(0)
    })
    it('rejects text that is not a date-time', () => {
        expect(() => durationMs('yesterday', '2024-05-01 00:00:00')).toThrow('Not a date-time: "yesterday"')
        expect(() => durationMs('2024-05-01 00:00:00', '2024-02-30 00:00:00')).toThrow('Not a date-time')
    })
})

describe('planStageChange', () => {
    it('opens the first period when there is none', () => {
        expect(planStageChange(null, 'onboarding', '2024-05-01 10:00:00', 'evt-1')).toEqual({
            open: { stage: 'onboarding', startedAt: '2024-05-01 10:00:00', openedBy: 'evt-1' },
        })
    })
    it('closes the open period with its duration and opens the next', () => {
        const plan = planStageChange({ stage: 'onboarding', startedAt: '2024-05-01 10:00:00' }, 'engagement', '2024-05-04 12:00:00', 'evt-2')
        expect(plan).toEqual({
            close: { endedAt: '2024-05-04 12:00:00', durationMs: 3 * DAY + 2 * HOUR, duration: '1970-01-04 02:00:00' },
            open: { stage: 'engagement', startedAt: '2024-05-04 12:00:00', openedBy: 'evt-2' },
        })
    })
    it('closes a period whose start is unreadable with a blank duration instead of inventing one', () => {
        const plan = planStageChange({ stage: 'onboarding', startedAt: '' }, 'engagement', '2024-05-04 12:00:00', 'evt-4')
        expect(plan?.close).toEqual({ endedAt: '2024-05-04 12:00:00', durationMs: 0, duration: '' })
    })
    it('rejects a change time that is not a date-time', () => {
        expect(() => planStageChange(null, 'onboarding', 'now', 'evt-5')).toThrow('Not a date-time: "now"')
    })
    it('plans nothing when the open period already has the stage', () => {
        expect(planStageChange({ stage: 'adoption', startedAt: '2024-05-01 10:00:00' }, 'adoption', '2024-06-01 00:00:00', 'evt-3')).toBeNull()
    })
})

describe('date-time helpers', () => {
    it('round-trips a date-time', () => {
        expect(formatDateTime(parseDateTime('2024-12-31 23:59:59'))).toBe('2024-12-31 23:59:59')
    })
    it('reads a date as midnight', () => {
        expect(formatDateTime(parseDateTime('2024-06-01'))).toBe('2024-06-01 00:00:00')
    })
    it.each(['', '2024-13-01 00:00:00', '2024-00-10', '2024-04-31', '2024-01-01 24:00:00', '2024-01-01 10:60:00', '2024-01-01 10:00:60', '2024-01-01T10:00:00', '2023-02-29'])(
        'rejects "%s"',
        (text) => {
            expect(isDateTime(text)).toBe(false)
        },
    )
    it('accepts a leap day', () => {
        expect(isDateTime('2024-02-29 00:00:00')).toBe(true)
    })
})
