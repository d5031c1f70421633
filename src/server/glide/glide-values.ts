/**
 * Reading stored values off Glide records the same way everywhere. getValue returns null for some empty
 * fields and '' for others, and booleans come back as 'true'/'false' or '1'/'0' depending on the field
 * and platform path (VERIFY on an instance), so every adapter goes through these helpers.
 */
import { GlideDateTime } from '@servicenow/glide'

/** Anything with a Glide-style getValue: GlideRecord, GlideAggregate or a business rule's `current`. */
export interface ValueSource {
    getValue(field: string): string | null
}

/** The stored value of a field as a string; empty fields (null or '') read as ''. */
export function textValue(record: ValueSource, field: string): string {
    const value = record.getValue(field)
    return value === null || value === undefined ? '' : String(value)
}

/** True for the stored forms of a true boolean ('true' or '1'); everything else is false. */
export function isTrueValue(value: string | null | undefined): boolean {
    return value === 'true' || value === '1'
}

/** A boolean field of a record, accepting both stored forms. */
export function booleanValue(record: ValueSource, field: string): boolean {
    return isTrueValue(record.getValue(field))
}

/** The current instant as a Glide date-time value, `YYYY-MM-DD HH:mm:ss` UTC. */
export function nowDateTime(): string {
    return new GlideDateTime().getValue()
}
