// Baseline platform tables the app touches, declared as data with only the columns the app, the seed data
// and the HTTP layer use. Order Management names come from the app's own om-model.ts so that both agree.
import {
    ACCOUNT_TABLE,
    LINE_ACTION_TO_ACTION,
    LINE_FIELDS,
    LINE_TABLE,
    MILESTONE_STATES,
    ORDER_FIELDS,
    ORDER_TABLE,
    SOLD_PRODUCT_FIELDS,
    SOLD_PRODUCT_TABLE,
} from '../../../../src/server/order-management/om-model.ts'
import type { ColumnSchema, TableSchema } from './types.ts'

export const PRODUCT_INVENTORY_TABLE = 'sn_prd_invt_product_inventory'
export const PRODUCT_OFFERING_TABLE = 'sn_prd_pm_product_offering'

type ColumnSpec = Omit<ColumnSchema, 'name'>

function table(name: string, label: string, display: string | undefined, columns: Record<string, ColumnSpec>, extra: Partial<TableSchema> = {}): TableSchema {
    const named: Record<string, ColumnSchema> = {}
    for (const [column, spec] of Object.entries(columns)) named[column] = { name: column, ...spec }
    return { name, label, display, columns: named, indexes: [], source: 'baseline', ...extra }
}

const text = (label: string, maxLength = 100): ColumnSpec => ({ type: 'string', label, maxLength })
const bool = (label: string, defaultValue = 'false'): ColumnSpec => ({ type: 'boolean', label, defaultValue })
const ref = (label: string, reference: string): ColumnSpec => ({ type: 'reference', label, reference, maxLength: 32 })
function choice(label: string, values: readonly string[]): ColumnSpec {
    const choiceLabels: Record<string, string> = {}
    for (const value of values) choiceLabels[value] = value.replace(/[_-]/g, ' ').replace(/^./, (first) => first.toUpperCase())
    return { type: 'choice', label, maxLength: 40, choices: [...values], choiceLabels }
}

const SOLD_PRODUCT_STATES = ['in_preparation', 'installation_pending', 'active', 'change_pending', 'inactivation_pending', 'suspended', 'expired', 'inactive', 'closed']

// OM states beyond the milestone ones (labels from the data-model reference; stored values UNCONFIRMED).
const OTHER_ORDER_STATES = ['draft', 'enrichment_in_progress', 'enrichment_on_hold', 'revision_in_progress', 'awaiting_information', 'on_hold']

export const BASELINE_TABLES: TableSchema[] = [
    table('sys_user', 'User', 'user_name', {
        user_name: text('User ID', 40),
        first_name: text('First name', 50),
        last_name: text('Last name', 50),
        name: text('Name', 151),
        email: text('Email'),
        active: bool('Active', 'true'),
        // Local logins only: a salted hash written by the security module, never a platform value.
        user_password: { type: 'password2', label: 'Password', maxLength: 255 },
    }, { indexes: [{ name: 'sys_user_user_name', unique: true, columns: ['user_name'] }] }),
    table('sys_user_role', 'Role', 'name', {
        name: text('Name'),
        description: text('Description', 1000),
        suffix: text('Suffix'),
        elevated_privilege: bool('Elevated privilege'),
        grantable: bool('Grantable', 'true'),
        can_delegate: bool('Can delegate', 'true'),
        scoped_admin: bool('Scoped admin'),
        assignable_by: ref('Assignable by', 'sys_user_role'),
    }),
    table('sys_user_role_contains', 'Contained Role', undefined, {
        role: ref('Role', 'sys_user_role'),
        contains: ref('Contains', 'sys_user_role'),
    }),
    table('sys_user_has_role', 'User Role', undefined, {
        user: ref('User', 'sys_user'),
        role: ref('Role', 'sys_user_role'),
        inherited: bool('Inherited'),
        state: choice('State', ['active', 'pending_approval', 'requested']),
    }),
    table('sys_user_group', 'Group', 'name', { name: text('Name', 80), active: bool('Active', 'true') }),
    table('sys_user_grmember', 'Group Member', undefined, { user: ref('User', 'sys_user'), group: ref('Group', 'sys_user_group') }),
    table('sys_properties', 'System Property', 'name', {
        name: text('Name', 100),
        value: { type: 'string', label: 'Value', maxLength: 4000 },
        type: text('Type', 40),
        description: text('Description', 512),
        choices: text('Choices', 512),
        suffix: text('Suffix'),
        is_private: bool('Private'),
        ignore_cache: bool('Ignore cache'),
        read_roles: text('Read roles', 255),
        write_roles: text('Write roles', 255),
    }, { indexes: [{ name: 'sys_properties_name', unique: true, columns: ['name'] }] }),
    table('sys_log', 'Log', undefined, { level: text('Level', 40), message: { type: 'string', label: 'Message', maxLength: 8000 }, source: text('Source', 80) }),
    table(ACCOUNT_TABLE, 'Account', 'name', {
        name: text('Name', 80),
        number: text('Number', 40),
        active: bool('Active', 'true'), // column name UNCONFIRMED (data-model reference)
        customer: bool('Customer'),
        partner: bool('Partner'),
        account_parent: ref('Parent', ACCOUNT_TABLE),
    }),
    table(PRODUCT_OFFERING_TABLE, 'Product Offering', 'name', { name: text('Name', 100), code: text('Code', 40) }),
    table(ORDER_TABLE, 'Customer Order', ORDER_FIELDS.number, {
        [ORDER_FIELDS.number]: text('Number', 40),
        [ORDER_FIELDS.account]: ref('Account', ACCOUNT_TABLE),
        [ORDER_FIELDS.state]: choice('State', [...OTHER_ORDER_STATES, ...MILESTONE_STATES]),
        [ORDER_FIELDS.channel]: text('Channel', 40),
        [ORDER_FIELDS.orderCategory]: choice('Order category', ['product', 'service']),
        external_id: text('External ID', 100),
        order_date: { type: 'glide_date_time', label: 'Order date' },
    }),
    table(LINE_TABLE, 'Order Line Item', 'number', {
        number: text('Number', 40),
        [LINE_FIELDS.order]: ref('Order', ORDER_TABLE),
        [LINE_FIELDS.account]: ref('Account', ACCOUNT_TABLE),
        [LINE_FIELDS.state]: choice('State', [...OTHER_ORDER_STATES, ...MILESTONE_STATES]),
        [LINE_FIELDS.action]: choice('Action', Object.keys(LINE_ACTION_TO_ACTION)),
        [LINE_FIELDS.productOffering]: ref('Product offering', PRODUCT_OFFERING_TABLE),
        [LINE_FIELDS.soldProduct]: ref('Sold product', SOLD_PRODUCT_TABLE),
    }),
    table(SOLD_PRODUCT_TABLE, 'Sold Product', 'name', {
        name: text('Name', 100),
        number: text('Number', 40),
        [SOLD_PRODUCT_FIELDS.account]: ref('Account', ACCOUNT_TABLE),
        // Product inventory states (documented: active, change_pending, inactivation_pending, inactive,
        // installation_pending) plus the sold-product labels In Preparation, Suspended, Expired, Closed whose stored
        // values are VERIFY.
        [SOLD_PRODUCT_FIELDS.state]: choice('State', SOLD_PRODUCT_STATES),
        prd_offering: ref('Product offering', PRODUCT_OFFERING_TABLE),
    }),
    // Product inventory extends sold product: a query on sold products must include inventory rows.
    table(PRODUCT_INVENTORY_TABLE, 'Product Inventory', 'name', { install_date: { type: 'glide_date_time', label: 'Install date' } }, { extends: SOLD_PRODUCT_TABLE }),
]
