// ACL evaluation over plain records: which user may read/write/create/delete which table and field.
import { evaluateAccess, rulesFromRecords, type AclRequest, type AclRule, type AclSubject } from '../../../../tools/local-instance/src/security/acl'

const SCOPE = 'x_oal_lifecycle'
const RULE = 'x_oal_lifecycle_rule'

const roleNames: Record<string, string> = { r_admin: 'x_oal_lifecycle.admin', r_agent: 'x_oal_lifecycle.agent' }

function acl(sysId: string, name: string, operation: string, extra: Record<string, string> = {}): Record<string, string> {
    return { sys_id: sysId, name, operation, type: 'record', active: 'true', admin_overrides: 'true', decision_type: 'allow', advanced: 'false', condition: '', script: '', ...extra }
}

const records = [
    acl('a_read', RULE, 'read'),
    acl('a_write', RULE, 'write'),
    acl('a_create', RULE, 'create'),
    acl('a_desc', `${RULE}.description`, 'read', { admin_overrides: 'false' }),
    acl('a_inactive', 'x_oal_lifecycle_event', 'read', { active: 'false' }),
]
const links = [
    { sys_security_acl: 'a_read', sys_user_role: 'r_agent' },
    { sys_security_acl: 'a_write', sys_user_role: 'r_admin' },
    { sys_security_acl: 'a_create', sys_user_role: 'r_admin' },
    { sys_security_acl: 'a_desc', sys_user_role: 'r_admin' },
    { sys_security_acl: 'a_inactive', sys_user_role: 'r_agent' },
]
const rules = rulesFromRecords(records, links, (id) => roleNames[id])

const admin: AclSubject = { userName: 'admin', roles: new Set(['x_oal_lifecycle.admin', 'x_oal_lifecycle.agent']) }
const agent: AclSubject = { userName: 'agent', roles: new Set(['x_oal_lifecycle.agent']) }
const nobody: AclSubject = { userName: 'someone', roles: new Set() }
const platformAdmin: AclSubject = { userName: 'sysadmin', roles: new Set(['admin']) }

const request = (operation: AclRequest['operation'], table = RULE, field?: string, chain: string[] = [table]): AclRequest => ({
    operation,
    tableChain: chain,
    field,
    appScope: SCOPE,
})

describe('table ACLs', () => {
    it('lets the agent read rules but not write or create them', () => {
        expect(evaluateAccess(rules, request('read'), agent).allowed).toBe(true)
        expect(evaluateAccess(rules, request('write'), agent).allowed).toBe(false)
        expect(evaluateAccess(rules, request('create'), agent).allowed).toBe(false)
    })

    it('lets the app admin read, write and create rules', () => {
        for (const op of ['read', 'write', 'create'] as const) expect(evaluateAccess(rules, request(op), admin).allowed).toBe(true)
    })

    it('names the roles a denied user lacks', () => {
        const decision = evaluateAccess(rules, request('create'), agent)
        expect(decision.reason).toContain('x_oal_lifecycle.admin')
    })

    it('denies an app-table operation that has no ACL, except to the platform admin', () => {
        expect(evaluateAccess(rules, request('delete'), admin).allowed).toBe(false)
        expect(evaluateAccess(rules, request('delete'), platformAdmin).allowed).toBe(true)
    })

    it('ignores inactive ACLs (the table then falls back to the default deny)', () => {
        expect(evaluateAccess(rules, request('read', 'x_oal_lifecycle_event'), agent).allowed).toBe(false)
    })

    it('applies the declared baseline access to platform tables without ACLs: only admin changes security tables', () => {
        expect(evaluateAccess(rules, request('read', 'customer_account'), nobody).allowed).toBe(true)
        expect(evaluateAccess(rules, request('write', 'customer_account'), nobody).allowed).toBe(false)
        expect(evaluateAccess(rules, request('write', 'customer_account'), platformAdmin).allowed).toBe(true)
        expect(evaluateAccess(rules, request('read', 'sys_user'), nobody).allowed).toBe(true)
        expect(evaluateAccess(rules, request('write', 'sys_user_has_role'), agent).allowed).toBe(false)
        expect(evaluateAccess(rules, request('write', 'sys_user_has_role'), platformAdmin).allowed).toBe(true)
    })

    it('uses the parent table ACL when the child has none', () => {
        const child = request('read', 'x_oal_lifecycle_rule_child', undefined, ['x_oal_lifecycle_rule_child', RULE])
        expect(evaluateAccess(rules, child, agent).allowed).toBe(true)
        expect(evaluateAccess(rules, child, nobody).allowed).toBe(false)
    })

    it('lets the system context (no user) through', () => {
        expect(evaluateAccess(rules, request('delete'), { userName: null, roles: new Set() }).allowed).toBe(true)
    })
})

describe('field ACLs', () => {
    it('hides a field whose ACL the user fails even though the table is readable', () => {
        expect(evaluateAccess(rules, request('read', RULE, 'description'), agent).allowed).toBe(false)
        expect(evaluateAccess(rules, request('read', RULE, 'name'), agent).allowed).toBe(true)
    })

    it('does not let the platform admin override an ACL with admin_overrides=false', () => {
        expect(evaluateAccess(rules, request('read', RULE, 'description'), platformAdmin).allowed).toBe(false)
        expect(evaluateAccess(rules, request('read', RULE, 'description'), admin).allowed).toBe(true)
    })

    it('guards a field on insert with its write ACL when it has no create ACL', () => {
        const fieldWrite = rulesFromRecords(
            [acl('t_create', 'customer_account', 'create'), acl('f_write', 'customer_account.x_oal_lifecycle_state', 'write')],
            [{ sys_security_acl: 'f_write', sys_user_role: 'r_admin' }],
            (id) => roleNames[id],
        )
        expect(evaluateAccess(fieldWrite, request('create', 'customer_account', 'x_oal_lifecycle_state'), agent).allowed).toBe(false)
        expect(evaluateAccess(fieldWrite, request('create', 'customer_account', 'x_oal_lifecycle_state'), admin).allowed).toBe(true)
        expect(evaluateAccess(fieldWrite, request('create', 'customer_account', 'name'), agent).allowed).toBe(true)
    })

    it('still needs the table ACL for a field without its own ACL', () => {
        expect(evaluateAccess(rules, request('read', RULE, 'name'), nobody).allowed).toBe(false)
    })

    it('prefers table.field over table.* and applies table.* to other fields', () => {
        const extra: AclRule[] = rulesFromRecords(
            [acl('w_all', `${RULE}.*`, 'write'), acl('w_name', `${RULE}.name`, 'write')],
            [{ sys_security_acl: 'w_all', sys_user_role: 'r_admin' }, { sys_security_acl: 'w_name', sys_user_role: 'r_agent' }],
            (id) => roleNames[id],
        )
        const all = [...rules.filter((r) => r.sysId !== 'a_write'), ...extra, ...rulesFromRecords([acl('t_write', RULE, 'write')], [], () => undefined)]
        expect(evaluateAccess(all, request('write', RULE, 'name'), agent).allowed).toBe(true)
        expect(evaluateAccess(all, request('write', RULE, 'order'), agent).allowed).toBe(false)
    })
})

describe('deny-unless, conditions and scripts', () => {
    const deny = rulesFromRecords(
        [acl('d', RULE, 'read', { decision_type: 'deny' }), acl('ok', RULE, 'read')],
        [{ sys_security_acl: 'd', sys_user_role: 'r_admin' }],
        (id) => roleNames[id],
    )

    it('denies when a deny-unless ACL is not satisfied, even if an allow ACL passes', () => {
        expect(evaluateAccess(deny, request('read'), agent).allowed).toBe(false)
        expect(evaluateAccess(deny, request('read'), admin).allowed).toBe(true)
    })

    const conditional = rulesFromRecords([acl('c', RULE, 'write', { condition: 'active=true' })], [], () => undefined)
    const hooks = { matchesCondition: (condition: string, _table: string, record: Record<string, string | number | null>) => condition === 'active=true' && record.active === 'true' }

    it('applies a condition to the record when there is one', () => {
        expect(evaluateAccess(conditional, { ...request('write'), record: { active: 'true' } }, agent, hooks).allowed).toBe(true)
        expect(evaluateAccess(conditional, { ...request('write'), record: { active: 'false' } }, agent, hooks).allowed).toBe(false)
    })

    it('runs the script only for advanced ACLs and needs it to answer true', () => {
        const scripted = rulesFromRecords(
            [acl('s', RULE, 'read', { advanced: 'true', script: 'answer = false' }), acl('s2', 'x_oal_lifecycle_event', 'read', { advanced: 'false', script: 'answer = false' })],
            [],
            () => undefined,
        )
        const runScript = jest.fn(() => false)
        expect(evaluateAccess(scripted, request('read'), agent, { runScript }).allowed).toBe(false)
        expect(runScript).toHaveBeenCalledWith('answer = false', RULE, undefined)
        expect(evaluateAccess(scripted, request('read', 'x_oal_lifecycle_event'), agent, { runScript }).allowed).toBe(true)
    })

    it('refuses to guess when a script cannot be run', () => {
        const scripted = rulesFromRecords([acl('s', RULE, 'read', { advanced: 'true', script: 'answer = true' })], [], () => undefined)
        expect(() => evaluateAccess(scripted, request('read'), agent)).toThrow(/not emulated/)
    })
})
