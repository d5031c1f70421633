/**
 * Date-time arithmetic on Glide's storage format `YYYY-MM-DD HH:mm:ss` (UTC). The core never reads the
 * clock: every instant arrives as a parameter, so evaluations are reproducible and replayable.
 */

const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/

/**
 * Milliseconds since the epoch for a `YYYY-MM-DD HH:mm:ss` (or date-only `YYYY-MM-DD`) UTC string,
 * or NaN when the text is not a real calendar date-time (e.g. `2024-02-30`).
 */
export function parseDateTime(text: string): number {
    const parts = DATE_TIME_PATTERN.exec(text.trim())
    if (!parts) return NaN
    const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
    const [hour, minute, second] = [Number(parts[4] ?? 0), Number(parts[5] ?? 0), Number(parts[6] ?? 0)]
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return NaN
    const ms = Date.UTC(year, month - 1, day, hour, minute, second)
    // Date.UTC rolls 2024-02-30 over to March; a rolled-over day means the input was not a real date.
    if (new Date(ms).getUTCDate() !== day) return NaN
    return ms
}

function pad(value: number, width: number): string {
    let text = String(value)
    while (text.length < width) text = '0' + text
    return text
}

/** `YYYY-MM-DD HH:mm:ss` (UTC) for milliseconds since the epoch; sub-second precision is dropped. */
export function formatDateTime(ms: number): string {
    const date = new Date(Math.floor(ms / 1000) * 1000)
    return (
        `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)} ` +
        `${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}`
    )
}

/** True when `text` is a valid Glide date-time or date. */
export function isDateTime(text: string): boolean {
    return !isNaN(parseDateTime(text))
}
