// `javascript:` values in encoded queries that come from HTTP callers (sysparm_query of the Table API and the
// list views). They are never run as script: the expression must be one call from a small allow-list of
// side-effect-free gs functions, evaluated natively here as the calling user. Anything else is refused with a
// QueryError (→ 400 Invalid query). The app's own scripts (business rules, scripted REST) evaluate nothing
// from user input: their encoded queries go through GlideRecord, which refuses `javascript:` values.
//
// VERIFY: the platform evaluates `javascript:` query values as script, for non-admin users inside its
// "script sandbox" (a restricted subset: gs date/user helpers, script includes marked sandbox-callable). The
// local instance accepts only the calls below, for every user including admin; it has no script sandbox.
import { QueryError } from '../query/index.ts'

export interface QueryScriptContext {
    /** The session user (the Table API caller). */
    userName: string
    /** sys_user.sys_id of the caller ('' when the user has no record). */
    userSysId(): string
    now(): Date
}

const DAY_MS = 24 * 3600 * 1000

/** 'YYYY-MM-DD HH:mm:ss' in UTC, the storage format of glide_date_time. */
function dateTime(ms: number): string {
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

function dayStart(ms: number): string {
    return `${dateTime(ms).slice(0, 10)} 00:00:00`
}

function dayEnd(ms: number): string {
    return `${dateTime(ms).slice(0, 10)} 23:59:59`
}

type Allowed = { arity: 0 | 1; evaluate(context: QueryScriptContext, n: number): string }

// VERIFY: day bounds are UTC (the local instance has no user time zone); the platform uses the user's zone and
// returns the GMT value. daysAgo/hoursAgo/minutesAgo keep the current time of day, as documented for gs.
const ALLOWED: Record<string, Allowed> = {
    getUserID: { arity: 0, evaluate: (context) => context.userSysId() },
    getUserName: { arity: 0, evaluate: (context) => context.userName },
    beginningOfToday: { arity: 0, evaluate: (context) => dayStart(context.now().getTime()) },
    endOfToday: { arity: 0, evaluate: (context) => dayEnd(context.now().getTime()) },
    beginningOfYesterday: { arity: 0, evaluate: (context) => dayStart(context.now().getTime() - DAY_MS) },
    endOfYesterday: { arity: 0, evaluate: (context) => dayEnd(context.now().getTime() - DAY_MS) },
    beginningOfTomorrow: { arity: 0, evaluate: (context) => dayStart(context.now().getTime() + DAY_MS) },
    endOfTomorrow: { arity: 0, evaluate: (context) => dayEnd(context.now().getTime() + DAY_MS) },
    daysAgo: { arity: 1, evaluate: (context, n) => dateTime(context.now().getTime() - n * DAY_MS) },
    daysAgoStart: { arity: 1, evaluate: (context, n) => dayStart(context.now().getTime() - n * DAY_MS) },
    daysAgoEnd: { arity: 1, evaluate: (context, n) => dayEnd(context.now().getTime() - n * DAY_MS) },
    hoursAgo: { arity: 1, evaluate: (context, n) => dateTime(context.now().getTime() - n * 3600 * 1000) },
    minutesAgo: { arity: 1, evaluate: (context, n) => dateTime(context.now().getTime() - n * 60 * 1000) },
}

/** The expressions accepted, for error messages and docs. */
export const ALLOWED_QUERY_SCRIPTS = Object.entries(ALLOWED).map(([name, spec]) => `gs.${name}(${spec.arity ? 'n' : ''})`)

// One call, an optional integer argument, an optional trailing semicolon. Nothing else is parsed.
const CALL = /^gs\.([A-Za-z]+)\(\s*(-?\d{1,5})?\s*\)\s*;?$/

/** Evaluates one allow-listed `javascript:` expression (the text after the prefix) or throws a QueryError. */
export function evaluateQueryScript(expression: string, context: QueryScriptContext): string {
    const text = expression.trim()
    const match = CALL.exec(text)
    const allowed = match && Object.prototype.hasOwnProperty.call(ALLOWED, match[1]) ? ALLOWED[match[1]] : undefined
    if (!match || !allowed || (allowed.arity === 1) !== (match[2] !== undefined)) {
        const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text
        throw new QueryError(
            `javascript: value "${shown}" is not evaluated: HTTP queries accept only ${ALLOWED_QUERY_SCRIPTS.join(', ')} and gs.dateGenerate(…) (the local instance runs no script from a query)`,
        )
    }
    return allowed.evaluate(context, match[2] === undefined ? 0 : Number(match[2]))
}

/** Does this encoded query carry a `javascript:` value (so a session caller must send its token)? */
export function hasQueryScript(query: string | null): boolean {
    return !!query && /javascript:/i.test(query)
}
