// Local logins: users live in sys_user, passwords as a salted hash in sys_user.user_password.
// VERIFY: the platform stores user_password as a one-way "password2" value of its own format; this format is
// local only (scrypt, or sha256 for hand-made fixtures) and never leaves the instance.
import { randomBytes, scryptSync, createHash, timingSafeEqual } from 'node:crypto'
import { PLATFORM_ROLES } from './baseline-acls.ts'
import type { InstanceView } from './instance-view.ts'

export const PASSWORD_COLUMN = 'user_password'

/** `scrypt$<salt hex>$<hash hex>`. */
export function hashPassword(password: string, salt: string = randomBytes(16).toString('hex')): string {
    return `scrypt$${salt}$${scryptSync(password, salt, 32).toString('hex')}`
}

/** Checks a password against `scrypt$salt$hash` or `sha256$salt$hash` (sha256 of salt + password). */
export function verifyPassword(password: string, stored: string | null | undefined): boolean {
    if (!stored) return false
    const [scheme, salt, expected] = stored.split('$')
    if (!salt || !expected) return false
    let actual: Buffer
    if (scheme === 'scrypt') actual = scryptSync(password, salt, 32)
    else if (scheme === 'sha256') actual = createHash('sha256').update(salt + password).digest()
    else return false
    const wanted = Buffer.from(expected, 'hex')
    return wanted.length === actual.length && timingSafeEqual(wanted, actual)
}

export interface Credentials {
    userName: string
    password: string
}

/** Parses an `Authorization: Basic …` header; undefined when absent or malformed. */
export function parseBasicAuth(header: string | undefined): Credentials | undefined {
    if (!header) return undefined
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header)
    if (!match) return undefined
    const decoded = Buffer.from(match[1], 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon <= 0) return undefined
    return { userName: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

export interface UserRow {
    sys_id: string
    user_name: string
    active: string | null
    [column: string]: string | number | null
}

export function findUser(instance: InstanceView, userName: string): UserRow | undefined {
    return instance.db.prepare('SELECT * FROM sys_user WHERE user_name = ?').get(userName) as UserRow | undefined
}

/**
 * The user's name when the credentials match an active user, else undefined. Synchronous and uncached, for
 * scripts and tests: the HTTP server checks passwords with security/authenticator.ts (async scrypt, cache,
 * same cost for unknown users, lockout).
 */
export function authenticate(instance: InstanceView, credentials: Credentials): string | undefined {
    const user = findUser(instance, credentials.userName)
    if (!user || user.active === 'false') return undefined
    const stored = user[PASSWORD_COLUMN]
    return verifyPassword(credentials.password, typeof stored === 'string' ? stored : null) ? user.user_name : undefined
}

/** Creates or updates a local login with the given roles (by name), directly in the store (seed, tests). */
export function ensureUser(
    instance: InstanceView,
    user: { userName: string; password: string; firstName?: string; lastName?: string; email?: string; roles: string[] },
): string {
    return instance.runAs(null, (g) => {
        const record = new g.GlideRecord('sys_user')
        const exists = record.get('user_name', user.userName)
        if (!exists) record.initialize()
        record.setValue('user_name', user.userName)
        record.setValue('first_name', user.firstName ?? user.userName)
        record.setValue('last_name', user.lastName ?? '')
        if (user.email) record.setValue('email', user.email)
        record.setValue('active', 'true')
        record.setValue(PASSWORD_COLUMN, hashPassword(user.password))
        const userId: string = exists ? (record.update(), record.getUniqueValue()) : record.insert()
        for (const roleName of user.roles) {
            const role = new g.GlideRecord('sys_user_role')
            if (!role.get('name', roleName)) {
                // Platform roles (admin, Order Management's) are not in the app's build output: created on demand.
                if (!PLATFORM_ROLES.includes(roleName)) throw new Error(`seed: role ${roleName} does not exist (is the app built and loaded?)`)
                role.initialize()
                role.setValue('name', roleName)
                role.insert()
            }
            const link = new g.GlideRecord('sys_user_has_role')
            link.addQuery('user', userId)
            link.addQuery('role', role.getUniqueValue())
            link.query()
            if (link.next()) continue
            link.initialize()
            link.setValue('user', userId)
            link.setValue('role', role.getUniqueValue())
            link.insert()
        }
        return userId
    })
}
