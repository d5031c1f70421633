// The platform's access model for the baseline tables the local instance declares (schema/baseline.ts), as
// data: the build output carries only the app's own ACLs, so without this every platform table was open to
// every user. Consulted by security/acl.ts when no ACL of the build output matches at table level.
// The platform role `admin` passes everything here (as the baseline ACLs' admin override does).
//
// VERIFY (all rows): the roles below are read from the product documentation (Order Management's "Components
// installed" role list, the security tables' admin-only ACLs) or are the closest conservative guess; the real
// baseline ACLs of an instance with CSM/TMT installed are more detailed (field ACLs, conditions, scripts).
import type { AclDecision, AclOperation } from './acl.ts'

/** Order Management (TMT) roles, platform names. */
export const OM_ROLES = {
    viewer: 'sn_ind_tmt_orm.order_viewer',
    agent: 'sn_ind_tmt_orm.order_agent',
    admin: 'sn_ind_tmt_orm.order_admin',
    creator: 'sn_ind_tmt_orm.order_creator',
    integrator: 'sn_ind_tmt_orm.order_integrator',
} as const

/** CSM role that manages accounts. VERIFY: CSM's customer_account write ACL roles. */
export const ACCOUNT_MANAGER_ROLE = 'sn_customerservice_manager'

export interface OperationAccess {
    /** Roles that pass (any of); 'authenticated' = every logged-in user; [] = admin only. */
    roles: readonly string[] | 'authenticated'
    /**
     * Per record: the role names listed (comma-separated) in this column also pass — sys_properties'
     * read_roles/write_roles. Checked only when a record is at hand (list rows, GET one, PATCH, DELETE), like
     * an ACL condition; before a query the table-level check lets the caller through to the per-row check.
     */
    recordRolesField?: string
}

export type TableAccess = Record<AclOperation, OperationAccess>

const ADMIN_ONLY: OperationAccess = { roles: [] }
const AUTHENTICATED: OperationAccess = { roles: 'authenticated' }

/** Readable by every user, changed only by admin (users, groups, roles, ACLs, dictionary). */
const SECURITY_TABLE: TableAccess = { read: AUTHENTICATED, write: ADMIN_ONLY, create: ADMIN_ONLY, delete: ADMIN_ONLY }

/** Order Management's order tables. VERIFY: order_creator/order_integrator create only; delete is order_admin's. */
const OM_ORDER_TABLE: TableAccess = {
    read: { roles: [OM_ROLES.viewer, OM_ROLES.agent, OM_ROLES.admin] },
    write: { roles: [OM_ROLES.agent, OM_ROLES.admin] },
    create: { roles: [OM_ROLES.agent, OM_ROLES.admin, OM_ROLES.creator, OM_ROLES.integrator] },
    delete: { roles: [OM_ROLES.admin] },
}

/** Reference data the app reads (accounts, offerings, sold products): readable by every user, changed by admin. */
const REFERENCE_DATA: TableAccess = { read: AUTHENTICATED, write: ADMIN_ONLY, create: ADMIN_ONLY, delete: ADMIN_ONLY }

/** Table → access per operation. A baseline table missing here is admin-only (the platform's `*` ACLs). */
export const BASELINE_TABLE_ACCESS: Readonly<Record<string, TableAccess>> = {
    sys_user: SECURITY_TABLE,
    sys_user_role: SECURITY_TABLE,
    sys_user_has_role: SECURITY_TABLE,
    sys_user_role_contains: SECURITY_TABLE,
    sys_user_group: SECURITY_TABLE,
    sys_user_grmember: SECURITY_TABLE,
    sys_security_acl: SECURITY_TABLE,
    sys_security_acl_role: SECURITY_TABLE,
    sys_db_object: SECURITY_TABLE,
    sys_dictionary: SECURITY_TABLE,
    // VERIFY: a property with empty read_roles/write_roles is admin-only.
    sys_properties: {
        read: { roles: [], recordRolesField: 'read_roles' },
        write: { roles: [], recordRolesField: 'write_roles' },
        create: ADMIN_ONLY,
        delete: ADMIN_ONLY,
    },
    sys_log: { read: ADMIN_ONLY, write: ADMIN_ONLY, create: ADMIN_ONLY, delete: ADMIN_ONLY },
    // VERIFY: CSM lets its agents read accounts; here every user reads them (the app's agents must), and only
    // admin or a CSM manager changes them. The app's own field ACLs on its columns still apply on top.
    customer_account: { read: AUTHENTICATED, write: { roles: [ACCOUNT_MANAGER_ROLE] }, create: { roles: [ACCOUNT_MANAGER_ROLE] }, delete: { roles: [ACCOUNT_MANAGER_ROLE] } },
    sn_ind_tmt_orm_order: OM_ORDER_TABLE,
    sn_ind_tmt_orm_order_line_item: OM_ORDER_TABLE,
    sn_prd_pm_product_offering: REFERENCE_DATA,
    // Product inventory extends sold product and inherits this row through the table chain.
    sn_install_base_sold_product: REFERENCE_DATA,
}

/** Platform roles named above: ensureUser creates them on demand (they are not in the app's build output). */
export const PLATFORM_ROLES: readonly string[] = ['admin', ...Object.values(OM_ROLES), ACCOUNT_MANAGER_ROLE]

/** The declared access of the first table in the chain (table, then its ancestors) that has one. */
export function declaredAccess(tableChain: string[]): { table: string; access: TableAccess } | undefined {
    for (const table of tableChain) {
        if (Object.prototype.hasOwnProperty.call(BASELINE_TABLE_ACCESS, table)) return { table, access: BASELINE_TABLE_ACCESS[table] }
    }
    return undefined
}

const splitRoles = (value: unknown): string[] =>
    String(value ?? '')
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean)

/** The decision for one operation on a declared baseline table (admin already handled by the caller). */
export function baselineDecision(
    declared: { table: string; access: TableAccess },
    operation: AclOperation,
    table: string,
    roles: ReadonlySet<string>,
    record: Record<string, unknown> | undefined,
): AclDecision {
    const rule = declared.access[operation]
    if (rule.roles === 'authenticated') return { allowed: true, reason: `baseline access: any user may ${operation} ${table}` }
    const passed = rule.roles.find((role) => roles.has(role))
    if (passed) return { allowed: true, reason: `baseline access: ${operation} on ${table} allowed to ${passed}` }
    if (rule.recordRolesField) {
        if (!record) return { allowed: true, reason: `baseline access: ${operation} on ${table} is decided per record (${rule.recordRolesField})` }
        const listed = splitRoles(record[rule.recordRolesField])
        const match = listed.find((role) => roles.has(role))
        if (match) return { allowed: true, reason: `baseline access: ${rule.recordRolesField} of the record lists ${match}` }
        return { allowed: false, reason: `${operation} on ${table} requires admin${listed.length ? ` or one of the record's ${rule.recordRolesField}: ${listed.join(', ')}` : ''}` }
    }
    const needed = rule.roles.length ? ` or one of: ${rule.roles.join(', ')}` : ''
    return { allowed: false, reason: `${operation} on ${table} requires admin${needed} (baseline access, security/baseline-acls.ts)` }
}
