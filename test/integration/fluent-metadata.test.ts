// The app's Fluent metadata as built (dist/app): default rules an admin could save (and what the failed
// win-back rules do to an account), ACLs on every app table, and navigator modules that point at tables the
// app or the platform defines.
import { createTestInstance, DEFAULT_DIST, type TestInstance } from '../../tools/local-instance/src/testkit'
import { loadArtifacts } from '../../tools/local-instance/src/artifacts/load'
import { menuModules } from '../../tools/local-instance/src/http/pages'
import { ensureUser } from '../../tools/local-instance/src/security/users'
import { validateRule } from '../../src/server/lifecycle/rule-validation'
import { RULE_FIELDS, RULE_TABLE, ROLES, ACCOUNT_APP_FIELDS } from '../../src/server/app-schema'
import { OmDriver, type PlacedOrder } from './support/om-driver'

let instance: TestInstance

beforeAll(() => {
    instance = createTestInstance()
})
afterAll(() => instance?.close())

function defaultRules(): Array<Record<string, string>> {
    const columns = Object.values(RULE_FIELDS)
    return instance.query(RULE_TABLE).map((row) => {
        const draft: Record<string, string> = {}
        for (const column of columns) draft[column] = row[column] ?? ''
        return draft
    })
}

/** ACLs in the build, with the role names each one requires. */
function acls(): Array<{ name: string; operation: string; roles: string[]; decision: string; adminOverrides: string; script: string }> {
    const roleNames = new Map(instance.artifacts.records('sys_user_role').map((role) => [role.sys_id, role.name]))
    const aclRoles = instance.artifacts.records('sys_security_acl_role')
    return instance.artifacts.records('sys_security_acl').map((acl) => ({
        name: acl.name,
        operation: acl.operation,
        decision: acl.decision_type || 'allow',
        adminOverrides: acl.admin_overrides,
        script: acl.script ?? '',
        roles: aclRoles
            .filter((link) => link.sys_security_acl === acl.sys_id)
            .map((link) => roleNames.get(link.sys_user_role) ?? link.sys_user_role),
    }))
}

function rolesFor(name: string, operation: string): string[][] {
    return acls()
        .filter((acl) => acl.name === name && acl.operation === operation)
        .map((acl) => acl.roles)
}

describe('default mapping rules', () => {
    it('ships rules that the rule validation accepts, so an admin can open and save each one unchanged', () => {
        const rules = defaultRules()
        expect(rules.length).toBeGreaterThanOrEqual(9)
        for (const rule of rules) expect({ rule: rule.name, problems: validateRule(rule) }).toEqual({ rule: rule.name, problems: [] })
    })

    it('evaluates the "already active → expansion" rule before the plain "place completed → active" rule', () => {
        const placeCompleted = defaultRules()
            .filter((rule) => rule.action === 'place' && rule.milestone === 'completed')
            .sort((a, b) => Number(a.order) - Number(b.order))
        expect(placeCompleted.map((rule) => [rule.from_state, rule.target_state, rule.target_stage])).toEqual([
            ['active', '', 'expansion'],
            ['', 'active', ''],
        ])
    })

    it('only deactivates or suspends an account when no service is left in service, or when a pending win-back order fails', () => {
        const deactivating = defaultRules().filter((rule) => ['suspended', 'inactive'].includes(rule.target_state))
        const takingServiceAway = deactivating.filter((rule) => ['suspend', 'disconnect'].includes(rule.action)).sort((a, b) => Number(a.order) - Number(b.order))
        expect(takingServiceAway.map((rule) => [rule.action, rule.scope, rule.target_state])).toEqual([
            ['suspend', 'only_suspended_left', 'suspended'],
            ['disconnect', 'no_service_left', 'inactive'],
            ['disconnect', 'only_suspended_left', 'suspended'],
        ])
        const failedOrder = deactivating.filter((rule) => !takingServiceAway.includes(rule)).sort((a, b) => Number(a.order) - Number(b.order))
        expect(failedOrder.map((rule) => [rule.order, rule.action, rule.milestone, rule.from_state, rule.target_state])).toEqual([
            ['850', 'cancel', 'canceled', 'pending', 'inactive'],
            ['950', 'place', 'rejected', 'pending', 'inactive'],
        ])
    })

    describe('a former customer whose win-back order fails', () => {
        let scenario: TestInstance
        let om: OmDriver
        beforeEach(() => {
            scenario = createTestInstance()
            om = new OmDriver(scenario)
        })
        afterEach(() => scenario.close())

        /** A customer who bought one service and disconnected it, then placed a win-back order. */
        function winBackInFlight(): { account: string; order: PlacedOrder } {
            const account = om.account('Returning Customer Ltd')
            const service = om.service(account, 'Broadband', 'in_preparation')
            om.complete(om.submit(account, [{ action: 'add', soldProduct: service }]), [service], 'active')
            om.complete(om.submit(account, [{ action: 'delete', soldProduct: service }]), [service], 'inactive')
            expect(om.accountState(account).state).toBe('inactive')
            const order = om.submit(account, [{ action: 'add' }])
            expect(om.accountState(account)).toEqual({ state: 'pending', stage: 'onboarding' })
            return { account, order }
        }

        it('goes back to inactive when the order is canceled, instead of staying pending', () => {
            const { account, order } = winBackInFlight()
            om.advance(order, 'in_progress')
            om.advance(order, 'canceled')
            expect(om.accountState(account)).toEqual({ state: 'inactive', stage: 'onboarding' })
            const canceled = om.events(account).find((event) => event.action === 'cancel' && event.milestone === 'canceled')
            expect(canceled).toMatchObject({ outcome: 'applied', state_from: 'pending', state_to: 'inactive' })
        })

        it('goes back to inactive when Order Management rejects the order, instead of staying pending', () => {
            const { account, order } = winBackInFlight()
            om.advance(order, 'rejected')
            expect(om.accountState(account)).toEqual({ state: 'inactive', stage: 'onboarding' })
            const rejected = om.events(account).find((event) => event.action === 'place' && event.milestone === 'rejected')
            expect(rejected).toMatchObject({ outcome: 'applied', state_from: 'pending', state_to: 'inactive' })
        })

        it('still sends a prospect whose first order is canceled back to prospect, not inactive', () => {
            const account = om.account('First Timer Ltd')
            const order = om.submit(account, [{ action: 'add' }])
            om.advance(order, 'canceled')
            expect(om.accountState(account).state).toBe('prospect')
        })
    })
})

/** Every column the build wrote to the dictionary, with the table it belongs to. */
function dictionaryColumns(): Array<{ table: string; attributes: Record<string, string> }> {
    const columns: Array<{ table: string; attributes: Record<string, string> }> = []
    for (const { root } of loadArtifacts(DEFAULT_DIST).dictionaries) {
        for (const collection of root.children.filter((element) => element.name === 'element')) {
            for (const column of collection.children.filter((element) => element.name === 'element')) {
                columns.push({ table: collection.attributes.name, attributes: column.attributes })
            }
        }
    }
    return columns
}

describe('column definitions', () => {
    it('offers every choice column as a dropdown, never as free text (choice="0")', () => {
        const choiceColumns = dictionaryColumns().filter((column) => column.attributes.type === 'choice')
        expect(choiceColumns.map((column) => `${column.table}.${column.attributes.name}`)).toEqual(
            expect.arrayContaining(['x_oal_lifecycle_recalc.mode', 'x_oal_lifecycle_recalc.state', 'x_oal_lifecycle_time_rule.measure']),
        )
        for (const column of choiceColumns) {
            expect({ column: `${column.table}.${column.attributes.name}`, choice: column.attributes.choice }).not.toEqual({
                column: `${column.table}.${column.attributes.name}`,
                choice: '0',
            })
        }
    })

    it('names a recalculation request by a column labelled Name, its display field', () => {
        const display = dictionaryColumns().filter((column) => column.table === 'x_oal_lifecycle_recalc' && column.attributes.display === 'true')
        expect(display.map((column) => [column.attributes.name, column.attributes.label])).toEqual([['number', 'Name']])
    })

    it('points each conditions column at a read-only table-name column on the same table, defaulting to customer_account', () => {
        const columns = dictionaryColumns()
        const conditions = columns.filter((column) => column.attributes.type === 'conditions')
        expect(conditions.length).toBeGreaterThan(0)
        for (const condition of conditions) {
            const dependent = columns.find((column) => column.table === condition.table && column.attributes.name === condition.attributes.dependent)
            expect({ condition: condition.attributes.name, dependentType: dependent?.attributes.type }).toEqual({
                condition: condition.attributes.name,
                dependentType: 'table_name',
            })
            expect(dependent?.attributes.default_value).toBe('customer_account')
            expect(dependent?.attributes.read_only).toBe('true')
        }
    })
})

describe('access control', () => {
    const appTables = () =>
        instance.artifacts
            .records('sys_db_object')
            .map((table) => table.name)
            .filter((name) => name.startsWith('x_oal_lifecycle_'))

    it('secures every app table for read, create, write and delete', () => {
        expect(appTables()).toEqual(expect.arrayContaining(['x_oal_lifecycle_rule', 'x_oal_lifecycle_event', 'x_oal_lifecycle_stage']))
        for (const table of appTables()) {
            for (const operation of ['read', 'create', 'write', 'delete']) {
                expect({ table, operation, acls: rolesFor(table, operation).length }).not.toEqual({ table, operation, acls: 0 })
            }
        }
    })

    it('lets agents read the timeline and stage periods and nobody, admins included, change them', () => {
        for (const table of ['x_oal_lifecycle_event', 'x_oal_lifecycle_stage']) {
            expect(rolesFor(table, 'read')).toEqual([[ROLES.agent]])
            for (const [name, operation] of [[table, 'create'], [table, 'write'], [`${table}.*`, 'write'], [table, 'delete']]) {
                const rules = acls().filter((acl) => acl.name === name && acl.operation === operation)
                expect(rules.map((acl) => ({ decision: acl.decision, adminOverrides: acl.adminOverrides, roles: acl.roles, script: acl.script }))).toEqual([
                    { decision: 'deny', adminOverrides: 'false', roles: [], script: 'answer = false;' },
                ])
            }
        }
    })

    it('protects each lifecycle column on customer_account: agents read, admins write and set it on a new account', () => {
        expect(Object.values(ACCOUNT_APP_FIELDS)).toHaveLength(6)
        for (const column of Object.values(ACCOUNT_APP_FIELDS)) {
            expect(rolesFor(`customer_account.${column}`, 'read')).toEqual([[ROLES.agent]])
            expect(rolesFor(`customer_account.${column}`, 'write')).toEqual([[ROLES.admin]])
            expect({ column, create: rolesFor(`customer_account.${column}`, 'create') }).toEqual({ column, create: [[ROLES.admin]] })
        }
    })
})

describe('navigator', () => {
    it('offers the Account Lifecycle modules, each on a table the app defines or the platform provides', () => {
        const modules = instance.artifacts.records('sys_app_module')
        const titles = modules.map((module) => module.title)
        expect(titles).toEqual(
            expect.arrayContaining(['Mapping Rules', 'Account Timeline', 'Lifecycle Stages', 'Accounts by Lifecycle', 'Properties']),
        )
        const known = new Set([...instance.artifacts.records('sys_db_object').map((table) => table.name), 'customer_account', 'sys_properties'])
        for (const module of modules.filter((m) => m.link_type === 'LIST')) expect(known).toContain(module.name)
    })

    it('links the timeline page for agents and the rules workbench for admins, each to a UI page the app ships', () => {
        const direct = instance.artifacts.records('sys_app_module').filter((module) => module.link_type === 'DIRECT')
        expect(direct.map((module) => [module.title, module.query, module.roles, module.active])).toEqual(
            expect.arrayContaining([
                ['Account Timeline (page)', 'x_oal_lifecycle_timeline.do', ROLES.agent, 'true'],
                ['Rules Workbench', 'x_oal_lifecycle_workbench.do', ROLES.admin, 'true'],
            ]),
        )
        const endpoints = instance.artifacts.records('sys_ui_page').map((page) => page.endpoint)
        for (const module of direct) expect(endpoints).toContain(module.query)
    })

    it('lists the page modules on the local instance home page by role', () => {
        ensureUser(instance, { userName: 'menu.agent', password: 'agent', roles: [ROLES.agent] })
        ensureUser(instance, { userName: 'menu.admin', password: 'admin', roles: [ROLES.admin] })
        const linksFor = (user: string) => menuModules(instance, instance.userRoles(user)).map((module) => [module.title, module.link])
        expect(linksFor('menu.agent')).toContainEqual(['Account Timeline (page)', '/x_oal_lifecycle_timeline.do'])
        expect(linksFor('menu.agent').map(([title]) => title)).not.toContain('Rules Workbench')
        expect(linksFor('menu.admin')).toEqual(
            expect.arrayContaining([
                ['Account Timeline (page)', '/x_oal_lifecycle_timeline.do'],
                ['Rules Workbench', '/x_oal_lifecycle_workbench.do'],
            ]),
        )
    })
})
