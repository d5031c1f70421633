// GlideDateTime and GlideDuration over UTC milliseconds. VERIFY: display values use the storage format in
// UTC (the platform formats them in the session user's time zone and date format).
import { formatDateTime, type Clock } from './kernel.ts'

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?/

function parseDateTime(text: string): number {
    const match = DATE_TIME.exec(text.trim())
    if (!match) throw new Error(`GlideDateTime: cannot parse "${text}" (expected 'YYYY-MM-DD HH:mm:ss', UTC)`)
    const [, year, month, day, hours = '0', minutes = '0', seconds = '0'] = match
    return Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds))
}

export function createGlideDateTimeClasses(clock: Clock) {
    class GlideDuration {
        ms: number
        constructor(value?: number | string | GlideDuration) {
            if (value instanceof GlideDuration) this.ms = value.ms
            else if (typeof value === 'number') this.ms = value
            else if (typeof value === 'string' && value !== '') this.ms = parseDateTime(value)
            else this.ms = 0
        }
        getNumericValue(): number {
            return this.ms
        }
        /** Storage format: '1970-01-DD HH:mm:ss' (days + 1). */
        getValue(): string {
            return formatDateTime(new Date(this.ms))
        }
        getDurationValue(): string {
            const totalSeconds = Math.floor(this.ms / 1000)
            const days = Math.floor(totalSeconds / 86400)
            const time = new Date((totalSeconds % 86400) * 1000).toISOString().slice(11, 19)
            return days > 0 ? `${days} ${time}` : time
        }
        getDisplayValue(): string {
            return this.getDurationValue()
        }
        add(other: GlideDuration): GlideDuration {
            return new GlideDuration(this.ms + other.ms)
        }
        toString(): string {
            return this.getValue()
        }
        storedValue(): string {
            return this.getValue()
        }
    }

    class GlideDateTime {
        ms: number
        constructor(value?: string | GlideDateTime | number) {
            if (value instanceof GlideDateTime) this.ms = value.ms
            else if (typeof value === 'string' && value !== '') this.ms = parseDateTime(value)
            else if (value === undefined || value === null || value === '') this.ms = clock.now().getTime()
            else throw new Error('not emulated: new GlideDateTime(' + typeof value + ')')
        }
        setValue(value: string | number | GlideDateTime): void {
            if (typeof value === 'number') this.ms = value
            else if (value instanceof GlideDateTime) this.ms = value.ms
            else this.ms = parseDateTime(String(value))
        }
        setDisplayValue(value: string): void {
            this.setValue(value)
        }
        getValue(): string {
            return formatDateTime(new Date(this.ms))
        }
        getDisplayValue(): string {
            return this.getValue()
        }
        getDisplayValueInternal(): string {
            return this.getValue()
        }
        getDate(): string {
            return this.getValue().slice(0, 10)
        }
        getNumericValue(): number {
            return this.ms
        }
        setNumericValue(ms: number): void {
            this.ms = ms
        }
        add(value: number | GlideDuration): void {
            this.ms += typeof value === 'number' ? value : value.getNumericValue()
        }
        addSeconds(seconds: number): void {
            this.ms += seconds * 1000
        }
        addDaysUTC(days: number): void {
            this.ms += days * 86400000
        }
        addDays(days: number): void {
            this.addDaysUTC(days)
        }
        before(other: GlideDateTime): boolean {
            return this.ms < other.ms
        }
        after(other: GlideDateTime): boolean {
            return this.ms > other.ms
        }
        onOrBefore(other: GlideDateTime): boolean {
            return this.ms <= other.ms
        }
        onOrAfter(other: GlideDateTime): boolean {
            return this.ms >= other.ms
        }
        compareTo(other: GlideDateTime): number {
            return Math.sign(this.ms - other.ms)
        }
        equals(other: GlideDateTime): boolean {
            return this.ms === other.ms
        }
        isValid(): boolean {
            return !Number.isNaN(this.ms)
        }
        toString(): string {
            return this.getValue()
        }
        storedValue(): string {
            return this.getValue()
        }
        /** GlideDateTime.subtract(start, end): the duration from start to end. */
        static subtract(start: GlideDateTime, end: GlideDateTime): GlideDuration {
            return new GlideDuration(end.ms - start.ms)
        }
    }
    return { GlideDateTime, GlideDuration }
}

export type GlideDateTimeClasses = ReturnType<typeof createGlideDateTimeClasses>
