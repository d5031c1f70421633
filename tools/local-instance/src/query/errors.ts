// Errors of the encoded query module: callers (Table API, GlideRecord) surface the message unchanged.

export class QueryError extends Error {
    constructor(message: string) {
        super(message)
        this.name = 'QueryError'
    }
}

/** Thrown for platform features the local instance deliberately does not emulate. */
export function notEmulated(what: string): Error {
    return new Error(`not emulated: ${what}`)
}
