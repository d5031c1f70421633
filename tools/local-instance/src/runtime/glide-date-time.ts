// GlideDateTime, GlideDate, GlideTime and GlideDuration over UTC milliseconds, in the session user's time zone
// and formats where the API says "local" or "display" (GlideDateTime - Scoped, GlideDate - Scoped,
// GlideTime - Scoped: markdown/api-reference/server-api-reference/c_GlideDateTimeScoped.md and siblings).
// Methods of the platform API that are not implemented throw `not emulated` (runtime/platform-api.ts).
import {
    daysInMonth,
    fieldsToUtcMs,
    formatFields,
    fromZoneFields,
    parseDocumented,
    parserFor,
    toZoneFields,
    utcMsToFields,
    zoneOffsetMs,
    type DateFields,
} from './date-format.ts'
import { formatDateTime, notEmulated, type Clock } from './kernel.ts'
import { stubNotEmulated } from './platform-api.ts'

/** The session user's time zone and display formats (sys_user, falling back to the system properties). */
export interface UserLocale {
    timeZone: string
    dateFormat: string
    timeFormat: string
}

export const SYSTEM_LOCALE: UserLocale = { timeZone: 'GMT', dateFormat: 'yyyy-MM-dd', timeFormat: 'HH:mm:ss' }

/**
 * The display value of a stored date field for a user, as GlideElement.getDisplayValue() gives it: a date-time in
 * the user's time zone and formats, a date in the user's date format (no time-zone shift). A value that is not
 * in the internal format is returned as it is.
 */
export function displayDateValue(type: string, stored: string, locale: UserLocale): string {
    const parsed = parseDocumented(type === 'glide_date' && /^\d{4}-\d{2}-\d{2}$/.test(stored) ? `${stored} 00:00:00` : stored)
    if (!parsed) return stored
    if (type === 'glide_date') return formatFields(parsed.fields, locale.dateFormat)
    return formatFields(toZoneFields(fieldsToUtcMs(parsed.fields), locale.timeZone), `${locale.dateFormat} ${locale.timeFormat}`)
}

const DAY_MS = 86400000
const INTERNAL_FORMAT = 'yyyy-MM-dd HH:mm:ss'

/** Shifts wall-clock fields by whole months (the day is clamped to the target month's length, as Java does). */
function addMonthsToFields(fields: DateFields, months: number): DateFields {
    const total = fields.year * 12 + (fields.month - 1) + months
    const year = Math.floor(total / 12)
    const month = total - year * 12 + 1
    return { ...fields, year, month, day: Math.min(fields.day, daysInMonth(year, month)) }
}

/** Week of year, weeks starting on Sunday, week 1 = the week that contains January 1 (GlideDateTime docs). */
function weekOfYear(fields: DateFields): number {
    const date = Date.UTC(fields.year, fields.month - 1, fields.day)
    const nextJanFirst = Date.UTC(fields.year + 1, 0, 1)
    const nextWeekStart = nextJanFirst - new Date(nextJanFirst).getUTCDay() * DAY_MS
    if (date >= nextWeekStart) return 1
    const janFirst = Date.UTC(fields.year, 0, 1)
    const firstWeekStart = janFirst - new Date(janFirst).getUTCDay() * DAY_MS
    return Math.floor((date - firstWeekStart) / (7 * DAY_MS)) + 1
}

/** 1 = Monday … 7 = Sunday (GlideDateTime docs). */
function isoDayOfWeek(fields: DateFields): number {
    const day = new Date(Date.UTC(fields.year, fields.month - 1, fields.day)).getUTCDay()
    return day === 0 ? 7 : day
}

export function createGlideDateTimeClasses(clock: Clock, locale: () => UserLocale = () => SYSTEM_LOCALE) {
    const displayFormat = () => {
        const current = locale()
        return `${current.dateFormat} ${current.timeFormat}`
    }

    class GlideDuration {
        ms: number
        constructor(value?: number | string | GlideDuration) {
            if (value instanceof GlideDuration) this.ms = value.ms
            else if (typeof value === 'number') this.ms = value
            else if (typeof value === 'string' && value !== '') this.ms = GlideDuration.parse(value)
            else this.ms = 0
        }
        /** 'd HH:mm:ss' (display) or '1970-01-DD HH:mm:ss' (stored). */
        private static parse(value: string): number {
            const display = /^(?:(\d+) )?(\d{1,2}):(\d{2}):(\d{2})$/.exec(value.trim())
            if (display) return ((Number(display[1] ?? 0) * 24 + Number(display[2])) * 3600 + Number(display[3]) * 60 + Number(display[4])) * 1000
            const parsed = parseDocumented(value)
            if (!parsed) throw notEmulated(`GlideDuration value "${value}" (expected 'd HH:mm:ss' or '1970-01-DD HH:mm:ss')`)
            return fieldsToUtcMs(parsed.fields)
        }
        getNumericValue(): number {
            return this.ms
        }
        /** Storage format: '1970-01-DD HH:mm:ss' (days + 1). */
        getValue(): string {
            return formatDateTime(new Date(this.ms))
        }
        setValue(value: number | string | GlideDuration): void {
            this.ms = new GlideDuration(value).ms
        }
        getDurationValue(): string {
            const totalSeconds = Math.floor(this.ms / 1000)
            const days = Math.floor(totalSeconds / 86400)
            const time = new Date((totalSeconds % 86400) * 1000).toISOString().slice(11, 19)
            return days > 0 ? `${days} ${time}` : time
        }
        /**
         * As the GlideDuration docs show it ('3 Days 12 Hours'): the non-zero parts, singular for 1. VERIFY: English
         * only (the platform translates the unit names), and the platform's text for a zero duration.
         */
        getDisplayValue(): string {
            let seconds = Math.floor(Math.abs(this.ms) / 1000)
            const parts: string[] = []
            for (const [unit, size] of [['Day', 86400], ['Hour', 3600], ['Minute', 60], ['Second', 1]] as const) {
                const count = Math.floor(seconds / size)
                seconds -= count * size
                if (count > 0) parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`)
            }
            return parts.length ? `${this.ms < 0 ? '-' : ''}${parts.join(' ')}` : '0 Seconds'
        }
        setDisplayValue(value: string): void {
            this.ms = GlideDuration.parse(value)
        }
        getDayPart(): number {
            return Math.floor(this.ms / DAY_MS)
        }
        getRoundedDayPart(): number {
            return Math.round(this.ms / DAY_MS)
        }
        getByFormat(format: string): string {
            return formatFields(utcMsToFields(this.ms), format)
        }
        add(other: GlideDuration): GlideDuration {
            return new GlideDuration(this.ms + other.ms)
        }
        subtract(other: GlideDuration): GlideDuration {
            return new GlideDuration(this.ms - other.ms)
        }
        toString(): string {
            return this.getValue()
        }
        storedValue(): string {
            return this.getValue()
        }
    }

    /** A time of day, stored as '1970-01-01 HH:mm:ss' UTC. */
    class GlideTime {
        ms: number
        constructor(value?: number) {
            if (value === undefined || value === null) this.ms = clock.now().getTime() % DAY_MS
            else if (typeof value === 'number') this.ms = value
            else throw notEmulated(`new GlideTime(${typeof value})`)
        }
        private fields(): DateFields {
            return utcMsToFields(this.ms)
        }
        getValue(): string {
            return formatDateTime(new Date(this.ms))
        }
        setValue(value: string | number): void {
            if (typeof value === 'number') this.ms = value
            else {
                const match = /^(?:1970-01-01 )?(\d{1,2}):(\d{2}):(\d{2})$/.exec(String(value).trim())
                if (!match) throw notEmulated(`GlideTime.setValue("${value}") (expected HH:mm:ss)`)
                this.ms = ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000
            }
        }
        getByFormat(format: string): string {
            return formatFields(this.fields(), format)
        }
        /** VERIFY: a GlideTime's display value is its time in the user's time format (no time-zone shift). */
        getDisplayValue(): string {
            return formatFields(this.fields(), locale().timeFormat)
        }
        getDisplayValueInternal(): string {
            return formatFields(this.fields(), 'HH:mm:ss')
        }
        setDisplayValue(value: string): void {
            const fields = parserFor(locale().timeFormat)(value)
            if (!fields) throw new Error(`Could not parse time: ${value}`)
            this.ms = ((fields.hour * 60 + fields.minute) * 60 + fields.second) * 1000
        }
        getHourUTC(): number {
            return this.fields().hour
        }
        getHourOfDayUTC(): number {
            return this.fields().hour
        }
        getMinutesUTC(): number {
            return this.fields().minute
        }
        getSeconds(): number {
            return this.fields().second
        }
        getNumericValue(): number {
            return this.ms
        }
        toString(): string {
            return this.getValue()
        }
        storedValue(): string {
            return this.getValue()
        }
        static subtract(start: GlideTime, end: GlideTime): GlideDuration {
            return new GlideDuration(end.ms - start.ms)
        }
    }

    /** A date, stored as 'yyyy-MM-dd'. */
    class GlideDate {
        ms: number
        constructor(value?: string | GlideDate) {
            if (value instanceof GlideDate) this.ms = value.ms
            else if (typeof value === 'string' && value !== '') this.ms = GlideDate.parse(value)
            else if (value === undefined || value === null || value === '') this.ms = GlideDate.midnight(clock.now().getTime())
            else throw notEmulated(`new GlideDate(${typeof value})`)
        }
        private static midnight(ms: number): number {
            return Math.floor(ms / DAY_MS) * DAY_MS
        }
        private static parse(value: string): number {
            const parsed = parseDocumented(value)
            if (!parsed) throw new Error(`Could not parse date: ${value}`)
            return GlideDate.midnight(fieldsToUtcMs(parsed.fields))
        }
        private fields(): DateFields {
            return utcMsToFields(this.ms)
        }
        getValue(): string {
            return formatFields(this.fields(), 'yyyy-MM-dd')
        }
        setValue(value: string | GlideDate | GlideDateTime): void {
            if (value instanceof GlideDate) this.ms = value.ms
            else if (value instanceof GlideDateTime) this.ms = GlideDate.midnight(value.ms)
            else this.ms = GlideDate.parse(String(value))
        }
        getByFormat(format: string): string {
            return formatFields(this.fields(), format)
        }
        getDisplayValue(): string {
            return formatFields(this.fields(), locale().dateFormat)
        }
        getDisplayValueInternal(): string {
            return this.getValue()
        }
        setDisplayValue(value: string): void {
            const fields = parserFor(locale().dateFormat)(value)
            if (!fields) throw new Error(`Could not parse date: ${value}`)
            this.ms = fieldsToUtcMs({ ...fields, hour: 0, minute: 0, second: 0, millisecond: 0 })
        }
        getDayOfMonthNoTZ(): number {
            return this.fields().day
        }
        getMonthNoTZ(): number {
            return this.fields().month
        }
        getYearNoTZ(): number {
            return this.fields().year
        }
        toString(): string {
            return this.getValue()
        }
        storedValue(): string {
            return this.getValue()
        }
        static subtract(start: GlideDate, end: GlideDate): GlideDuration {
            return new GlideDuration(end.ms - start.ms)
        }
    }

    class GlideDateTime {
        ms: number
        private error: string | null = null
        constructor(value?: string | GlideDateTime | number) {
            if (value instanceof GlideDateTime) this.ms = value.ms
            else if (typeof value === 'string' && value !== '') this.ms = this.parse(value)
            else if (value === undefined || value === null || value === '') this.ms = clock.now().getTime()
            else throw notEmulated(`new GlideDateTime(${typeof value})`)
        }
        /** The internal format or a documented input format; an unreadable value leaves the object invalid (isValid). */
        private parse(text: string): number {
            const parsed = parseDocumented(text)
            if (parsed) return fieldsToUtcMs(parsed.fields)
            this.error = `Invalid date time: '${text}', ignored`
            return Number.NaN
        }
        private valid(method: string): number {
            // VERIFY: the platform's results on an invalid value are undocumented; only isValid/getErrorMsg are.
            if (Number.isNaN(this.ms)) throw notEmulated(`GlideDateTime.${method} on an invalid value (${this.error})`)
            return this.ms
        }
        private zone(): string {
            return locale().timeZone
        }
        private localFields(): DateFields {
            return toZoneFields(this.valid('local time'), this.zone())
        }
        private utcFields(): DateFields {
            return utcMsToFields(this.valid('UTC time'))
        }
        private setLocal(fields: DateFields): void {
            this.ms = fromZoneFields(fields, this.zone())
            this.error = null
        }
        private setUtc(fields: DateFields): void {
            this.ms = fieldsToUtcMs(fields)
            this.error = null
        }

        // ---- values
        getValue(): string {
            return formatDateTime(new Date(this.valid('getValue')))
        }
        toString(): string {
            return this.getValue()
        }
        storedValue(): string {
            return this.getValue()
        }
        setValue(value: string | number | GlideDateTime): void {
            if (typeof value === 'number') this.ms = value
            else if (value instanceof GlideDateTime) this.ms = value.ms
            else this.ms = this.parse(String(value))
            if (!Number.isNaN(this.ms)) this.error = null
        }
        setGlideDateTime(value: GlideDateTime): void {
            this.ms = value.ms
            this.error = null
        }
        /** Sets the value from a UTC date-time in `format`; throws when the value does not match it (docs). */
        setValueUTC(value: string, format: string): void {
            const fields = parserFor(format)(String(value))
            if (!fields) {
                this.error = `Could not parse DateTime: ${value}`
                throw new Error(this.error)
            }
            this.setUtc(fields)
        }
        getNumericValue(): number {
            return this.valid('getNumericValue')
        }
        setNumericValue(ms: number): void {
            this.ms = ms
            this.error = null
        }
        isValid(): boolean {
            return !Number.isNaN(this.ms)
        }
        hasDate(): boolean {
            return this.isValid()
        }
        getErrorMsg(): string | null {
            return this.error
        }

        // ---- display (user's time zone and format)
        getDisplayValue(): string {
            return formatFields(this.localFields(), displayFormat())
        }
        getDisplayValueInternal(): string {
            return formatFields(this.localFields(), INTERNAL_FORMAT)
        }
        getInternalFormattedLocalTime(): string {
            return formatFields(this.localFields(), 'HH:mm:ss')
        }
        getUserFormattedLocalTime(): string {
            return formatFields(this.localFields(), locale().timeFormat)
        }
        setDisplayValue(value: string, format?: string): void {
            const fields = parserFor(format ?? displayFormat())(String(value))
            if (!fields) {
                this.error = `Could not parse DateTime: ${value}`
                if (format !== undefined) throw new Error(this.error)
                // VERIFY: setDisplayValue(value) with a value in another format records the error and keeps the old value.
                return
            }
            this.setLocal(fields)
        }
        setDisplayValueInternal(value: string): void {
            const fields = parserFor(INTERNAL_FORMAT)(String(value))
            if (!fields) {
                this.error = `Could not parse DateTime: ${value}`
                return
            }
            this.setLocal(fields)
        }
        getTZOffset(): number {
            return zoneOffsetMs(this.zone(), this.valid('getTZOffset'))
        }
        /** The daylight saving part of the offset: the offset now minus the zone's smallest offset of the year. */
        getDSTOffset(): number {
            const ms = this.valid('getDSTOffset')
            const year = utcMsToFields(ms).year
            const january = zoneOffsetMs(this.zone(), Date.UTC(year, 0, 1))
            const july = zoneOffsetMs(this.zone(), Date.UTC(year, 6, 1))
            return zoneOffsetMs(this.zone(), ms) - Math.min(january, july)
        }
        isDST(): boolean {
            return this.getDSTOffset() !== 0
        }

        // ---- parts
        getDate(): GlideDate {
            return new GlideDate(formatFields(this.utcFields(), 'yyyy-MM-dd'))
        }
        getLocalDate(): GlideDate {
            return new GlideDate(formatFields(this.localFields(), 'yyyy-MM-dd'))
        }
        getTime(): GlideTime {
            return new GlideTime(this.valid('getTime') - Math.floor(this.ms / DAY_MS) * DAY_MS)
        }
        getLocalTime(): GlideTime {
            const local = this.localFields()
            return new GlideTime(((local.hour * 60 + local.minute) * 60 + local.second) * 1000 + local.millisecond)
        }
        getDayOfMonthLocalTime(): number {
            return this.localFields().day
        }
        getDayOfMonthUTC(): number {
            return this.utcFields().day
        }
        getDayOfWeekLocalTime(): number {
            return isoDayOfWeek(this.localFields())
        }
        getDayOfWeekUTC(): number {
            return isoDayOfWeek(this.utcFields())
        }
        getDaysInMonthLocalTime(): number {
            const local = this.localFields()
            return daysInMonth(local.year, local.month)
        }
        getDaysInMonthUTC(): number {
            const utc = this.utcFields()
            return daysInMonth(utc.year, utc.month)
        }
        getMonthLocalTime(): number {
            return this.localFields().month
        }
        getMonthUTC(): number {
            return this.utcFields().month
        }
        getYearLocalTime(): number {
            return this.localFields().year
        }
        getYearUTC(): number {
            return this.utcFields().year
        }
        getWeekOfYearLocalTime(): number {
            return weekOfYear(this.localFields())
        }
        getWeekOfYearUTC(): number {
            return weekOfYear(this.utcFields())
        }
        setDayOfMonthLocalTime(day: number): void {
            const local = this.localFields()
            this.setLocal({ ...local, day: Math.min(Math.max(1, day), daysInMonth(local.year, local.month)) })
        }
        setDayOfMonthUTC(day: number): void {
            const utc = this.utcFields()
            this.setUtc({ ...utc, day: Math.min(Math.max(1, day), daysInMonth(utc.year, utc.month)) })
        }
        setMonthLocalTime(month: number): void {
            const local = this.localFields()
            this.setLocal(addMonthsToFields({ ...local, month: 1 }, month - 1))
        }
        setMonthUTC(month: number): void {
            const utc = this.utcFields()
            this.setUtc(addMonthsToFields({ ...utc, month: 1 }, month - 1))
        }
        setYearLocalTime(year: number): void {
            const local = this.localFields()
            this.setLocal({ ...local, year, day: Math.min(local.day, daysInMonth(year, local.month)) })
        }
        setYearUTC(year: number): void {
            const utc = this.utcFields()
            this.setUtc({ ...utc, year, day: Math.min(utc.day, daysInMonth(year, utc.month)) })
        }

        // ---- arithmetic
        add(value: number | GlideTime | GlideDuration): void {
            this.ms = this.valid('add') + (typeof value === 'number' ? value : value.getNumericValue())
        }
        subtract(value: number | GlideTime | GlideDuration): void {
            this.ms = this.valid('subtract') - (typeof value === 'number' ? value : value.getNumericValue())
        }
        addSeconds(seconds: number): void {
            this.ms = this.valid('addSeconds') + seconds * 1000
        }
        addDaysUTC(days: number): void {
            this.ms = this.valid('addDaysUTC') + days * DAY_MS
        }
        /** Adds days to the local date and keeps the local time of day (across a DST change too). */
        addDaysLocalTime(days: number): void {
            const local = this.localFields()
            const shifted = utcMsToFields(fieldsToUtcMs(local) + days * DAY_MS)
            this.setLocal(shifted)
        }
        /** Global API (deprecated there): VERIFY it adds UTC days, like addDaysUTC. */
        addDays(days: number): void {
            this.addDaysUTC(days)
        }
        addWeeksUTC(weeks: number): void {
            this.addDaysUTC(weeks * 7)
        }
        addWeeksLocalTime(weeks: number): void {
            this.addDaysLocalTime(weeks * 7)
        }
        addMonthsUTC(months: number): void {
            this.setUtc(addMonthsToFields(this.utcFields(), months))
        }
        addMonthsLocalTime(months: number): void {
            this.setLocal(addMonthsToFields(this.localFields(), months))
        }
        addYearsUTC(years: number): void {
            this.addMonthsUTC(years * 12)
        }
        addYearsLocalTime(years: number): void {
            this.addMonthsLocalTime(years * 12)
        }

        // ---- comparisons
        before(other: GlideDateTime): boolean {
            return this.valid('before') < other.ms
        }
        after(other: GlideDateTime): boolean {
            return this.valid('after') > other.ms
        }
        onOrBefore(other: GlideDateTime): boolean {
            return this.valid('onOrBefore') <= other.ms
        }
        onOrAfter(other: GlideDateTime): boolean {
            return this.valid('onOrAfter') >= other.ms
        }
        compareTo(other: GlideDateTime): number {
            return Math.sign(this.valid('compareTo') - other.ms)
        }
        equals(other: GlideDateTime | string): boolean {
            return this.valid('equals') === (other instanceof GlideDateTime ? other.ms : new GlideDateTime(String(other)).ms)
        }
        /** GlideDateTime.subtract(start, end): the duration from start to end. */
        static subtract(start: GlideDateTime, end: GlideDateTime): GlideDuration {
            return new GlideDuration(end.ms - start.ms)
        }
    }

    stubNotEmulated(GlideDateTime as unknown as { prototype: object } & Record<string, unknown>, 'GlideDateTime')
    stubNotEmulated(GlideDate as unknown as { prototype: object } & Record<string, unknown>, 'GlideDate')
    stubNotEmulated(GlideTime as unknown as { prototype: object } & Record<string, unknown>, 'GlideTime')
    stubNotEmulated(GlideDuration as unknown as { prototype: object } & Record<string, unknown>, 'GlideDuration')
    return { GlideDateTime, GlideDate, GlideTime, GlideDuration }
}

export type GlideDateTimeClasses = ReturnType<typeof createGlideDateTimeClasses>
