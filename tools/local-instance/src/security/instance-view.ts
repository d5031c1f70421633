// The part of the Instance API (CONVENTIONS.md) that security, http and seed rely on. Declared structurally so
// these modules compile and unit-test against plain fakes while the core evolves; a real Instance satisfies it.
import type { Database } from 'better-sqlite3'
import type { TableInfo } from '../query/index.ts'

export type StoredRow = Record<string, string | number | null>

export interface InstanceView {
    scope: string
    db: Database
    /** The instance's clock (deterministic in tests): `javascript:` date values in HTTP queries use it. */
    clock: { now(): Date }
    tables(): string[]
    table(name: string): TableInfo | undefined
    artifacts: {
        records(table: string): Array<Record<string, string>>
        /** The keys the build wrote next to a reference (`<sys_user_role name="itil">…`), when it wrote any. */
        referenceKey?(table: string, sysId: string, field: string): Record<string, string> | undefined
    }
    runAs<T>(user: string | null, fn: (g: GlideGlobalsView) => T): T
    runScript(user: string | null, code: string, vars?: Record<string, unknown>): unknown
    userRoles(userName: string): string[]
    /** The user's time zone and formats, for display values of dates (absent: stored values are shown). */
    userLocale?(userName: string | null): { timeZone: string; dateFormat: string; timeFormat: string }
    messages: Array<{ type: 'info' | 'error'; message: string; user: string | null }>
    close(): void
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GlideGlobalsView { GlideRecord: any; gs: any }
