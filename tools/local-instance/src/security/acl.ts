// ACL evaluation for the local instance: the app's sys_security_acl records (from dist/app) decide who may
// read/write/create/delete which table and field. Used by the HTTP layer and GlideRecordSecure.
// Every place where the platform's exact behaviour is assumed is tagged VERIFY (see tools/local-instance/DIFFERENCES.md).
import { compileToPredicate, parseEncodedQuery } from '../query/index.ts'
import { baseline } from '../schema/baseline.ts'
import { baselineDecision, declaredAccess } from './baseline-acls.ts'
import type { InstanceView, StoredRow } from './instance-view.ts'

export type AclOperation = 'read' | 'write' | 'create' | 'delete'

/** One ACL as the evaluator sees it: the sys_security_acl columns it needs plus its role names. */
export interface AclRule {
    sysId: string
    /** `table`, `table.field`, `table.*`, or a resource name for non-record types. */
    name: string
    type: string
    operation: string
    active: boolean
    adminOverrides: boolean
    decision: 'allow' | 'deny'
    condition: string
    script: string
    securityAttribute: string
    roles: string[]
}

export interface AclSubject {
    /** null = system context (no session user): ACLs do not apply. */
    userName: string | null
    roles: ReadonlySet<string>
}

/** How to evaluate the parts of an ACL that need the instance (conditions and scripts on a record). */
export interface AclHooks {
    matchesCondition?(condition: string, table: string, record: StoredRow): boolean
    runScript?(script: string, table: string, record: StoredRow | undefined): boolean
}

export interface AclRequest {
    operation: AclOperation
    /** The table first, then its ancestors (`extends` chain). */
    tableChain: string[]
    field?: string
    /** App tables (scope prefix) deny when no ACL matches; baseline tables allow (see defaultDecision). */
    appScope: string
    record?: StoredRow
}

export interface AclDecision {
    allowed: boolean
    /** Why, in words a developer can act on (shown in 403 details and logs). */
    reason: string
}

export const ADMIN_ROLE = 'admin'

/** Turns artifact records (sys_security_acl + sys_security_acl_role + role names) into AclRules. */
export function rulesFromRecords(
    acls: Array<Record<string, string>>,
    aclRoles: Array<Record<string, string>>,
    roleName: (roleSysId: string, link: Record<string, string>) => string | undefined,
    securityAttributeName: (sysIdOrName: string) => string = (value) => value,
): AclRule[] {
    const rolesByAcl = new Map<string, string[]>()
    for (const link of aclRoles) {
        const name = roleName(link.sys_user_role ?? '', link)
        if (!name) continue
        const list = rolesByAcl.get(link.sys_security_acl) ?? []
        list.push(name)
        rolesByAcl.set(link.sys_security_acl, list)
    }
    return acls.map((record) => ({
        sysId: record.sys_id,
        name: record.name ?? '',
        type: (record.type ?? 'record').toLowerCase(),
        operation: record.operation ?? '',
        active: record.active !== 'false',
        adminOverrides: record.admin_overrides !== 'false',
        decision: record.decision_type === 'deny' ? 'deny' : 'allow',
        // The platform only runs the script of an "advanced" ACL.
        script: record.advanced === 'false' ? '' : (record.script ?? '').trim(),
        condition: (record.condition ?? '').trim(),
        securityAttribute: securityAttributeName((record.security_attribute ?? '').trim()),
        roles: rolesByAcl.get(record.sys_id) ?? [],
    }))
}

/** Does the subject satisfy this one ACL (roles AND condition AND script, or the admin override)? */
export function passesRule(rule: AclRule, subject: AclSubject, table: string, record: StoredRow | undefined, hooks: AclHooks): boolean {
    if (rule.adminOverrides && subject.roles.has(ADMIN_ROLE)) return true
    if (rule.roles.length > 0 && !rule.roles.some((role) => subject.roles.has(role))) return false
    if (rule.securityAttribute && !passesSecurityAttribute(rule.securityAttribute, subject)) return false
    // VERIFY: with no record at hand (a table-level check before a query or insert) the condition is not
    // evaluated; it is applied per record where one exists (list rows, updates, deletes).
    if (rule.condition && record) {
        if (!hooks.matchesCondition) throw new Error('not emulated: ACL condition without a condition evaluator')
        if (!hooks.matchesCondition(rule.condition, table, record)) return false
    }
    if (rule.script) {
        if (!hooks.runScript) throw new Error('not emulated: ACL script without a script runner')
        if (!hooks.runScript(rule.script, table, record)) return false
    }
    return true
}

/** The security attributes the local instance evaluates (any other throws not emulated). */
export const EMULATED_SECURITY_ATTRIBUTES: readonly string[] = ['user_is_authenticated', 'has_admin_role']

function passesSecurityAttribute(attribute: string, subject: AclSubject): boolean {
    if (attribute === 'user_is_authenticated') return subject.userName !== null
    if (attribute === 'has_admin_role') return subject.roles.has(ADMIN_ROLE)
    throw new Error(`not emulated: ACL security attribute ${attribute}`)
}

/**
 * One matching level (all ACLs with the same most-specific name): every deny-unless ACL must pass, then at
 * least one allow-if ACL must pass. VERIFY: a level with only deny-unless ACLs that all pass grants access.
 */
function evaluateLevel(rules: AclRule[], subject: AclSubject, table: string, record: StoredRow | undefined, hooks: AclHooks): AclDecision {
    const denies = rules.filter((rule) => rule.decision === 'deny')
    const allows = rules.filter((rule) => rule.decision === 'allow')
    const failedDeny = denies.find((rule) => !passesRule(rule, subject, table, record, hooks))
    if (failedDeny) return { allowed: false, reason: `deny-unless ACL ${failedDeny.name} (${failedDeny.operation}) not satisfied${describeRoles(failedDeny)}` }
    if (allows.length === 0) return { allowed: true, reason: `deny-unless ACLs on ${rules[0].name} satisfied` }
    const passed = allows.find((rule) => passesRule(rule, subject, table, record, hooks))
    if (passed) return { allowed: true, reason: `ACL ${passed.name} (${passed.operation}) passed` }
    const needed = [...new Set(allows.flatMap((rule) => rule.roles))]
    return {
        allowed: false,
        reason: `no ${rules[0].operation} ACL on ${rules[0].name} passed${needed.length ? ` (requires one of: ${needed.join(', ')})` : ''}`,
    }
}

function describeRoles(rule: AclRule): string {
    return rule.roles.length ? ` (requires one of: ${rule.roles.join(', ')})` : ''
}

/** Table-level names from most to least specific: table, its ancestors, then the `*` wildcard. */
function tableNames(chain: string[]): string[] {
    return [...chain, '*']
}

/** Field-level names, platform order: table.field → ancestors.field → *.field → table.* → ancestors.* → *.*. */
function fieldNames(chain: string[], field: string): string[] {
    return [...chain.map((t) => `${t}.${field}`), `*.${field}`, ...chain.map((t) => `${t}.*`), '*.*']
}

function firstLevel(rules: AclRule[], names: string[], operation: AclOperation): AclRule[] | undefined {
    const candidates = rules.filter((rule) => rule.active && rule.type === 'record' && rule.operation === operation)
    for (const name of names) {
        const level = candidates.filter((rule) => rule.name === name)
        if (level.length) return level
    }
    return undefined
}

/**
 * What happens when no ACL of the build output matches at table level.
 * - App tables (scope prefix): deny, except for `admin`. VERIFY: on the platform the baseline `*` ACLs
 *   require admin, which has the same effect.
 * - Baseline tables: the access model declared as data in security/baseline-acls.ts (roles per operation,
 *   sys_properties read_roles/write_roles per record); `admin` always passes.
 * - Any other table: admin only. VERIFY: the platform's `*` ACLs.
 */
export function defaultDecision(request: AclRequest, subject: AclSubject): AclDecision {
    const table = request.tableChain[0]
    const isAdmin = subject.roles.has(ADMIN_ROLE)
    if (isAdmin) return { allowed: true, reason: `no ${request.operation} ACL on ${table}; admin allowed` }
    if (table.startsWith(`${request.appScope}_`)) return { allowed: false, reason: `no ${request.operation} ACL on app table ${table} (default deny)` }
    const declared = declaredAccess(request.tableChain)
    if (declared) return baselineDecision(declared, request.operation, table, subject.roles, request.record)
    return { allowed: false, reason: `no ${request.operation} ACL on ${table} and no baseline access declared (admin only)` }
}

/** The full decision: table level first, then (for a field) the field level; both must allow. */
export function evaluateAccess(rules: AclRule[], request: AclRequest, subject: AclSubject, hooks: AclHooks = {}): AclDecision {
    if (subject.userName === null) return { allowed: true, reason: 'system context' }
    const table = request.tableChain[0]
    const tableLevel = firstLevel(rules, tableNames(request.tableChain), request.operation)
    const tableDecision = tableLevel
        ? evaluateLevel(tableLevel, subject, table, request.record, hooks)
        : defaultDecision(request, subject)
    if (!tableDecision.allowed || !request.field) return tableDecision
    const names = fieldNames(request.tableChain, request.field)
    // VERIFY: a field without a `create` ACL is guarded by its `write` ACLs when a record is inserted, so a
    // field only admins may write cannot be set by creating the record instead.
    const fieldLevel = firstLevel(rules, names, request.operation) ?? (request.operation === 'create' ? firstLevel(rules, names, 'write') : undefined)
    if (!fieldLevel) return tableDecision
    return evaluateLevel(fieldLevel, subject, table, request.record, hooks)
}

// ---------------------------------------------------------------------------------------------------------
// Wiring to an instance

const rulesCache = new WeakMap<object, AclRule[]>()

/** The app's ACLs (from dist/app), read once per instance. */
export function aclRules(instance: InstanceView): AclRule[] {
    let rules = rulesCache.get(instance)
    if (!rules) {
        const roleNames = new Map(instance.artifacts.records('sys_user_role').map((role) => [role.sys_id, role.name]))
        const lookupRole = (sysId: string, link: Record<string, string>): string | undefined => {
            if (roleNames.has(sysId)) return roleNames.get(sysId)
            const row = instance.db.prepare('SELECT name FROM sys_user_role WHERE sys_id = ?').get(sysId) as { name?: string } | undefined
            // A role of another scope (itil, sn_…): the build writes a made-up sys_id and the role's name next to it.
            return row?.name ?? instance.artifacts.referenceKey?.('sys_security_acl_role', link.sys_id, 'sys_user_role')?.name
        }
        // The SDK writes a security attribute as the sys_id of its sys_security_attribute record.
        const attributeNames = new Map<string, string>(Object.entries(baseline().securityAttributes))
        for (const attribute of instance.artifacts.records('sys_security_attribute')) if (attribute.name) attributeNames.set(attribute.sys_id, attribute.name)
        rules = rulesFromRecords(instance.artifacts.records('sys_security_acl'), instance.artifacts.records('sys_security_acl_role'), lookupRole, (value) => attributeNames.get(value) ?? value)
        rulesCache.set(instance, rules)
    }
    return rules
}

/** The table and its ancestors, via TableInfo.extends. */
export function tableChain(instance: InstanceView, table: string): string[] {
    const chain: string[] = []
    let current: string | undefined = table
    while (current && !chain.includes(current)) {
        chain.push(current)
        current = instance.table(current)?.extends
    }
    return chain
}

/** Condition and script evaluation against the instance (query module predicate; sandbox for scripts). */
export function instanceHooks(instance: InstanceView, userName: string | null): AclHooks {
    const resolve = (name: string) => instance.table(name)
    const lookup = (table: string, sysId: string) =>
        instance.db.prepare(`SELECT * FROM "${table.replace(/"/g, '')}" WHERE sys_id = ?`).get(sysId) as StoredRow | undefined
    return {
        matchesCondition(condition, table, record) {
            const info = instance.table(table)
            if (!info) throw new Error(`ACL condition on unknown table ${table}`)
            return compileToPredicate(parseEncodedQuery(condition), info, resolve, lookup)(record)
        },
        runScript(script, table, record) {
            // VERIFY: `current` is a GlideRecord positioned on the record (or a new record when there is none).
            const code = `(function () { var answer = false; var current = new GlideRecord(${JSON.stringify(table)});
                if (__aclRecordId) { current.get(__aclRecordId) } else { current.initialize() }
                var __result = (function () { ${script}\n })(); return __result === undefined ? answer : __result })()`
            const sysId = record && typeof record.sys_id === 'string' ? record.sys_id : ''
            return instance.runScript(userName, code, { __aclRecordId: sysId }) === true
        },
    }
}

/** Roles of a user as the ACLs see them (expanded through role containment by the core). */
export function subjectFor(instance: InstanceView, userName: string | null): AclSubject {
    return { userName, roles: new Set(userName === null ? [] : instance.userRoles(userName)) }
}

/** The check every caller uses (CONVENTIONS.md). Pass `record` to apply per-record conditions. */
export function canAccess(
    instance: InstanceView,
    userName: string | null,
    operation: AclOperation,
    table: string,
    field?: string,
    record?: StoredRow,
): boolean {
    return explainAccess(instance, userName, operation, table, field, record).allowed
}

/** canAccess with the reason (for 403 details). */
export function explainAccess(
    instance: InstanceView,
    userName: string | null,
    operation: AclOperation,
    table: string,
    field?: string,
    record?: StoredRow,
): AclDecision {
    return evaluateAccess(
        aclRules(instance),
        { operation, tableChain: tableChain(instance, table), field, appScope: instance.scope, record },
        subjectFor(instance, userName),
        instanceHooks(instance, userName),
    )
}

/** Does the subject pass the ACL with this sys_id (scripted REST `enforce_acl`)? undefined = no such ACL. */
export function passesAclById(instance: InstanceView, userName: string | null, aclSysId: string): boolean | undefined {
    const rule = aclRules(instance).find((candidate) => candidate.sysId === aclSysId)
    if (!rule) return undefined
    if (userName === null) return true
    if (!rule.active) return true
    // Allow-if and deny-unless read the same way for a single ACL: the subject must satisfy it.
    return passesRule(rule, subjectFor(instance, userName), '', undefined, instanceHooks(instance, userName))
}
