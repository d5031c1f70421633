// A view of a test instance with extra build-output records, for tests of a platform mechanism that must not
// depend on what the app happens to ship (a synthetic REST API, an extra ACL…).
import type { TestInstance } from '../../tools/local-instance/src/testkit'
import type { InstanceView } from '../../tools/local-instance/src/security/instance-view'

/** A copy of the instance view with extra build-output records (ACLs, pages…) appended per table. */
export function withArtifacts(instance: TestInstance, extra: Record<string, Array<Record<string, string>>>): InstanceView {
    return {
        // Own fields (clock, jobs…) as they are; the methods, which live on the prototype, bound to the instance.
        ...instance,
        scope: instance.scope,
        db: instance.db,
        clock: instance.clock,
        table: (name: string) => instance.table(name),
        tables: () => instance.tables(),
        runAs: (user, fn) => instance.runAs(user, fn),
        runScript: (user, code, vars) => instance.runScript(user, code, vars),
        userRoles: (user: string) => instance.userRoles(user),
        close: () => instance.close(),
        messages: instance.messages,
        artifacts: { records: (table: string) => [...instance.artifacts.records(table), ...(extra[table] ?? [])] },
    }
}
