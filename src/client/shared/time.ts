// Times as people read them: relative ("3 days ago") with the absolute time in the user's time zone (the
// session user's on the platform, the browser's otherwise). Stored values are Glide UTC `YYYY-MM-DD HH:mm:ss`;
// UTC is never shown. Pure functions with the clock and the zone as parameters, so they are unit-tested.

/** ms since the epoch of a stored UTC date-time (or date), NaN when it is not one. */
export function storedToMs(stored: string): number {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(stored ?? '')
    if (!m) return NaN
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0))
}

/** The stored UTC form of an instant. */
export function msToStored(ms: number): string {
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/** Intl formatters are costly to create (tens of rows each need several): one per locale, zone and options. */
const formatters = new Map<string, Intl.DateTimeFormat>()
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = `${locale}|${JSON.stringify(options)}`
    let format = formatters.get(key)
    if (!format) {
        format = new Intl.DateTimeFormat(locale, options)
        formatters.set(key, format)
    }
    return format
}
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 365 * 86_400_000],
    ['month', 30 * 86_400_000],
    ['week', 7 * 86_400_000],
    ['day', 86_400_000],
    ['hour', 3_600_000],
    ['minute', 60_000],
]

/** "3 days ago", "in 2 hours", "just now". */
export function relativeTime(stored: string, nowMs: number, locale = 'en'): string {
    const ms = storedToMs(stored)
    if (isNaN(ms)) return ''
    const diff = ms - nowMs
    let format = relativeFormats.get(locale)
    if (!format) {
        format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
        relativeFormats.set(locale, format)
    }
    for (const [unit, size] of UNITS) {
        if (Math.abs(diff) >= size) return format.format(Math.round(diff / size), unit)
    }
    return 'just now'
}

/** The time zone to show times in: the session user's on the platform, else the browser's. */
export function userTimeZone(): string {
    const user = typeof window !== 'undefined' ? window.NOW?.user : undefined
    const candidates = [user?.time_zone, user?.timeZone, typeof window !== 'undefined' ? window.NOW?.time_zone : undefined]
    for (const zone of candidates) if (typeof zone === 'string' && zone && isTimeZone(zone)) return zone
    return Intl.DateTimeFormat().resolvedOptions().timeZone
}

export function isTimeZone(zone: string): boolean {
    try {
        new Intl.DateTimeFormat('en', { timeZone: zone })
        return true
    } catch {
        return false
    }
}

/** "12 Nov 2026, 14:05" in the zone (with the zone's short name when asked). */
export function absoluteTime(stored: string, timeZone: string, withZone = true, locale = 'en-GB'): string {
    const ms = storedToMs(stored)
    if (isNaN(ms)) return ''
    return dateFormat(locale, { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', ...(withZone ? { timeZoneName: 'short' } : {}) }).format(ms)
}

/** "12 Nov 2026" in the zone. */
export function absoluteDate(stored: string, timeZone: string, locale = 'en-GB'): string {
    const ms = storedToMs(stored)
    if (isNaN(ms)) return ''
    return dateFormat(locale, { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(ms)
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
function zoneOffsetMs(ms: number, timeZone: string): number {
    const parts = dateFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(ms)
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
    const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'))
    return asUtc - Math.floor(ms / 1000) * 1000
}

/**
 * A calendar day picked in the user's zone → the stored UTC bound: the day's first second (from) or last
 * second (to). '' for a blank or invalid date.
 */
export function dayBoundToStored(day: string, timeZone: string, endOfDay: boolean): string {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return ''
    const wall = storedToMs(`${day} ${endOfDay ? '23:59:59' : '00:00:00'}`)
    if (isNaN(wall)) return ''
    // Two passes settle the offset across a daylight-saving change.
    let utc = wall - zoneOffsetMs(wall, timeZone)
    utc = wall - zoneOffsetMs(utc, timeZone)
    return msToStored(utc)
}

/** Whole days between two instants ("18 days"). */
export function daysBetween(fromStored: string, nowMs: number): number {
    const ms = storedToMs(fromStored)
    return isNaN(ms) ? NaN : Math.max(0, Math.floor((nowMs - ms) / 86_400_000))
}

export function plural(count: number, one: string, many = `${one}s`): string {
    return `${count.toLocaleString('en')} ${count === 1 ? one : many}`
}
