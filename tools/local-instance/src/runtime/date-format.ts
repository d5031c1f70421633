// Date and time patterns in the platform's notation (java.text.SimpleDateFormat letters, as used by
// GlideDateTime.getByFormat, setValueUTC and the user date/time formats), the documented list of formats
// GlideDateTime(String) tries, and time-zone arithmetic through Intl. Pure functions over UTC milliseconds.
import { notEmulated } from './kernel.ts'

/** Wall-clock fields (month 1-12). */
export interface DateFields {
    year: number
    month: number
    day: number
    hour: number
    minute: number
    second: number
    millisecond: number
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

type Token = { kind: 'literal'; text: string } | { kind: 'field'; letter: string; count: number }

function tokenize(pattern: string): Token[] {
    const tokens: Token[] = []
    for (let index = 0; index < pattern.length; ) {
        const char = pattern[index]
        if (char === "'") {
            const end = pattern.indexOf("'", index + 1)
            if (end < 0) throw new Error(`date format "${pattern}": unterminated quote`)
            tokens.push({ kind: 'literal', text: end === index + 1 ? "'" : pattern.slice(index + 1, end) })
            index = end + 1
        } else if (/[A-Za-z]/.test(char)) {
            let count = 1
            while (pattern[index + count] === char) count++
            if (!'yMdHhmsSaEk'.includes(char)) throw notEmulated(`date format letter "${char}" (in "${pattern}")`)
            tokens.push({ kind: 'field', letter: char, count })
            index += count
        } else {
            tokens.push({ kind: 'literal', text: char })
            index++
        }
    }
    return tokens
}

const pad = (value: number, width: number) => String(value).padStart(width, '0')

/** Day of week, 0 = Sunday, of a wall-clock date. */
function weekday(fields: DateFields): number {
    return new Date(Date.UTC(fields.year, fields.month - 1, fields.day)).getUTCDay()
}

/** Formats wall-clock fields with a SimpleDateFormat pattern. */
export function formatFields(fields: DateFields, pattern: string): string {
    return tokenize(pattern)
        .map((token) => {
            if (token.kind === 'literal') return token.text
            const { letter, count } = token
            switch (letter) {
                case 'y':
                    return count === 2 ? pad(fields.year % 100, 2) : pad(fields.year, count)
                case 'M':
                    return count >= 4 ? MONTHS[fields.month - 1] : count === 3 ? MONTHS[fields.month - 1].slice(0, 3) : pad(fields.month, count)
                case 'd':
                    return pad(fields.day, count)
                case 'H':
                    return pad(fields.hour, count)
                case 'k':
                    return pad(fields.hour === 0 ? 24 : fields.hour, count)
                case 'h':
                    return pad(fields.hour % 12 === 0 ? 12 : fields.hour % 12, count)
                case 'm':
                    return pad(fields.minute, count)
                case 's':
                    return pad(fields.second, count)
                case 'S':
                    return pad(fields.millisecond, count)
                case 'a':
                    return fields.hour < 12 ? 'AM' : 'PM'
                case 'E':
                    return count >= 4 ? DAYS[weekday(fields)] : DAYS[weekday(fields)].slice(0, 3)
                default:
                    throw notEmulated(`date format letter "${letter}"`)
            }
        })
        .join('')
}

const compiledParsers = new Map<string, (text: string) => DateFields | null>()

/** A strict parser for a SimpleDateFormat pattern: every field must be present and in range (VERIFY: the platform parses leniently). */
export function parserFor(pattern: string): (text: string) => DateFields | null {
    const cached = compiledParsers.get(pattern)
    if (cached) return cached
    const tokens = tokenize(pattern)
    const groups: Array<{ letter: string; count: number }> = []
    const source = tokens
        .map((token) => {
            if (token.kind === 'literal') return token.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            groups.push({ letter: token.letter, count: token.count })
            if (token.letter === 'a') return '(AM|PM|am|pm)'
            if (token.letter === 'M' && token.count >= 3) return '([A-Za-z]+)'
            if (token.letter === 'E') return '([A-Za-z]+)'
            if (token.letter === 'y') return token.count === 2 ? '(\\d{2})' : '(\\d{4})'
            return token.count >= 2 ? `(\\d{${token.count}})` : '(\\d{1,2})'
        })
        .join('')
    const regex = new RegExp(`^${source}$`)
    const parser = (text: string): DateFields | null => {
        const match = regex.exec(text.trim())
        if (!match) return null
        const fields: DateFields = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 }
        let pm: boolean | null = null
        let twelveHour = false
        groups.forEach(({ letter, count }, index) => {
            const value = match[index + 1]
            switch (letter) {
                case 'y':
                    fields.year = count === 2 ? 2000 + Number(value) : Number(value)
                    break
                case 'M':
                    fields.month = count >= 3 ? MONTHS.findIndex((name) => name.toLowerCase().startsWith(value.toLowerCase())) + 1 : Number(value)
                    break
                case 'd':
                    fields.day = Number(value)
                    break
                case 'H':
                case 'k':
                    fields.hour = Number(value) % 24
                    break
                case 'h':
                    fields.hour = Number(value) % 12
                    twelveHour = true
                    break
                case 'm':
                    fields.minute = Number(value)
                    break
                case 's':
                    fields.second = Number(value)
                    break
                case 'S':
                    fields.millisecond = Number(value)
                    break
                case 'a':
                    pm = value.toUpperCase() === 'PM'
                    break
            }
        })
        if (twelveHour && pm) fields.hour += 12
        return validFields(fields) ? fields : null
    }
    compiledParsers.set(pattern, parser)
    return parser
}

function validFields(fields: DateFields): boolean {
    if (fields.month < 1 || fields.month > 12 || fields.day < 1 || fields.hour > 23 || fields.minute > 59 || fields.second > 59) return false
    return fields.day <= daysInMonth(fields.year, fields.month)
}

export function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * GlideDateTime(String value): the internal format first, then these formats in this order (GlideDateTime -
 * Scoped, "GlideDateTime(String value)", markdown/api-reference/server-api-reference/c_GlideDateTimeScoped.md).
 * `yyyy-MM-dd'T'HH:mm:ss.SSSZ` is documented as not supported.
 */
export const DOCUMENTED_INPUT_FORMATS = [
    'yyyy-MM-dd HH:mm:ss',
    'MM/dd/yyyy HH:mm:ss',
    'MM-dd-yyyy HH:mm:ss',
    'MM-dd-yyyy HH:mm',
    'MM-dd-yyyy',
    'MM/dd/yyyy',
    'dd-MM-yyyy HH:mm:ss',
    'dd-MM-yyyy HH.mm.ss',
    'dd-MM-yyyy HH.mm',
    'dd-MM-yy HH.mm.ss',
    'dd/MM/yyyy',
    'dd-MM-yyyy',
    'yyyy-MM-dd HH:mm',
    'yyyy-MM-dd',
    'dd.MM.yyyy HH:mm:ss',
    'dd.MM.yyyy HH.mm.ss',
    'dd.MM.yyyy hh:mm:ss a',
    'dd.MM.yyyy hh.mm.ss a',
    'dd.MM.yyyy',
]

const INTERNAL = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

/** Fields of a value in the internal format or one of the documented input formats; null when none matches. */
export function parseDocumented(text: string): { fields: DateFields; format: string } | null {
    const trimmed = text.trim()
    const internal = INTERNAL.exec(trimmed)
    if (internal) {
        const fields = { year: +internal[1], month: +internal[2], day: +internal[3], hour: +internal[4], minute: +internal[5], second: +internal[6], millisecond: 0 }
        if (validFields(fields)) return { fields, format: 'yyyy-MM-dd HH:mm:ss' }
    }
    for (const format of DOCUMENTED_INPUT_FORMATS) {
        const fields = parserFor(format)(trimmed)
        if (fields) return { fields, format }
    }
    return null
}

export function fieldsToUtcMs(fields: DateFields): number {
    return Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, fields.millisecond)
}

export function utcMsToFields(ms: number): DateFields {
    const date = new Date(ms)
    return {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: date.getUTCHours(),
        minute: date.getUTCMinutes(),
        second: date.getUTCSeconds(),
        millisecond: date.getUTCMilliseconds(),
    }
}

// ---- time zones (Intl: IANA names and the legacy aliases Java accepts, such as US/Pacific and GMT)

const zoneFormatters = new Map<string, Intl.DateTimeFormat>()

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
    let formatter = zoneFormatters.get(timeZone)
    if (!formatter) {
        try {
            formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
        } catch {
            throw notEmulated(`time zone "${timeZone}" (not a time zone this Node.js knows)`)
        }
        zoneFormatters.set(timeZone, formatter)
    }
    return formatter
}

export function isTimeZone(timeZone: string): boolean {
    try {
        zoneFormatter(timeZone)
        return true
    } catch {
        return false
    }
}

/** Offset of the zone from UTC at this instant, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
    const parts: Record<string, number> = {}
    for (const part of zoneFormatter(timeZone).formatToParts(new Date(utcMs))) if (part.type !== 'literal') parts[part.type] = Number(part.value)
    const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
    return asUtc - (utcMs - (((utcMs % 1000) + 1000) % 1000))
}

/** Wall-clock fields of an instant in a zone. */
export function toZoneFields(utcMs: number, timeZone: string): DateFields {
    return utcMsToFields(utcMs + zoneOffsetMs(timeZone, utcMs))
}

/** The instant of wall-clock fields in a zone (a time skipped by a DST change moves forward, as in Java). */
export function fromZoneFields(fields: DateFields, timeZone: string): number {
    const wall = fieldsToUtcMs(fields)
    let guess = wall - zoneOffsetMs(timeZone, wall)
    const second = wall - zoneOffsetMs(timeZone, guess)
    if (second !== guess) guess = Math.max(guess, second)
    return guess
}
