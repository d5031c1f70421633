/**
 * Conformance app `access` (access/src/fluent/app.now.ts): ACLs that name a role of another scope (itil), a role
 * that contains it, ACLs with security attributes (which the SDK writes as sys_ids) and `adminOverrides: false`,
 * and artifacts the local instance loads but does not run (UI action, client script, Service Portal widget,
 * Jelly UI page), a table whose parent is not in the local baseline and a record of a table it does not have.
 * Documentation followed: Access control list rules (ACL evaluation order, roles, security attributes,
 * "Admin overrides"), the Now SDK's Acl, Role, UiAction, UiPage, SPWidget and ClientScript topics.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { startServer, type RunningServer } from '../src/http/server'
import { ensureUser } from '../src/security/users'
import { createTestInstance, type TestInstance } from '../src/testkit'
import { cachedDist } from './build'
import { conformanceInstance } from './support'

const APP = 'access'
let instance: TestInstance
beforeEach(() => (instance = conformanceInstance(APP)))
afterEach(() => instance.close())

describe('ACLs', () => {
    let server: RunningServer
    afterEach(async () => server?.close())

    const auth = (user: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`, 'Content-Type': 'application/json', Accept: 'application/json' })

    beforeEach(async () => {
        ensureUser(instance, { userName: 'fulfiller', password: 'fulfiller', roles: ['itil'] })
        ensureUser(instance, { userName: 'writer', password: 'writer', roles: ['x_conf_acc.writer'] })
        ensureUser(instance, { userName: 'boss', password: 'boss', roles: ['admin'] })
        ensureUser(instance, { userName: 'nobody', password: 'nobody', roles: [] })
        server = await startServer(instance, { port: 0 })
    })

    const call = async (user: string, method: string, path: string, body?: unknown) => {
        const response = await fetch(`${server.url}/api/now/table/${path}`, { method, headers: auth(user), body: body === undefined ? undefined : JSON.stringify(body) })
        const text = await response.text()
        return { status: response.status, body: text ? (JSON.parse(text) as { result?: unknown; error?: { message: string } }) : null }
    }

    it('matches a role of another scope by name, directly and through a role that contains it', async () => {
        expect(instance.userRoles('writer')).toEqual(['itil', 'x_conf_acc.writer'])
        const created = await call('writer', 'POST', 'x_conf_acc_note', { title: 'First' })
        expect(created.status).toBe(201)
        const listed = await call('fulfiller', 'GET', 'x_conf_acc_note?sysparm_fields=title')
        expect(listed.status).toBe(200)
        expect(listed.body?.result).toEqual([{ title: 'First' }])
        // itil reads but does not create (the create ACL names only the app's writer role).
        expect((await call('fulfiller', 'POST', 'x_conf_acc_note', { title: 'Nope' })).status).toBe(403)
        expect((await call('nobody', 'GET', 'x_conf_acc_note')).status).toBe(403)
    })

    it('evaluates security attributes written as sys_ids: a DELETE without the admin role answers 403, not 500', async () => {
        const created = await call('writer', 'POST', 'x_conf_acc_note', { title: 'Keep me' })
        const id = (created.body?.result as { sys_id: string }).sys_id
        const refused = await call('writer', 'DELETE', `x_conf_acc_note/${id}`)
        expect(refused.status).toBe(403)
        expect(instance.get('x_conf_acc_note', id)).toBeDefined()
        // has_admin_role: the admin passes through the attribute (the ACL does not let admin override it).
        expect((await call('boss', 'DELETE', `x_conf_acc_note/${id}`)).status).toBe(204)
        expect(instance.get('x_conf_acc_note', id)).toBeUndefined()
    })

    it('lets any authenticated reader see the title (user_is_authenticated field ACL)', async () => {
        await call('writer', 'POST', 'x_conf_acc_note', { title: 'Visible' })
        const listed = await call('fulfiller', 'GET', 'x_conf_acc_note?sysparm_fields=title,sys_id')
        expect((listed.body?.result as Array<{ title: string }>)[0].title).toBe('Visible')
        expect(instance.runAs('fulfiller', ({ GlideRecordSecure }) => {
            const note = new GlideRecordSecure('x_conf_acc_note')
            return note.canDelete()
        })).toBe(false)
    })
})

describe('lint', () => {
    it('names every artifact it loads but does not run, unknown parents and dropped records', () => {
        expect(instance.lint).toEqual(
            expect.arrayContaining([
                expect.stringMatching(/^loaded, not run: 1 UI actions \(sys_ui_action\): 'Archive note'/),
                expect.stringMatching(/^loaded, not run: 1 client scripts \(sys_script_client\): 'Title hint'/),
                expect.stringMatching(/^loaded, not run: 1 Service Portal widgets \(sp_widget\): 'Conformance notes'/),
                expect.stringMatching(/^loaded, not run: 1 Jelly UI page\(s\).*'x_conf_acc_notes\.do'/),
                expect.stringMatching(/^table x_conf_acc_tagged extends 'cmn_building', which neither the app nor the local instance's baseline defines/),
                expect.stringMatching(/^dropped: 1 record\(s\) of cmn_cost_center.*'Conformance cost center'/),
            ]),
        )
        // The table still exists, with its own columns only.
        expect(Object.keys(instance.table('x_conf_acc_tagged')?.columns ?? {})).toContain('tag')
    })

    it('names a build output folder it ignores', () => {
        const folder = mkdtempSync(join(tmpdir(), 'conformance-dist-'))
        try {
            const dist = join(folder, 'app')
            cpSync(cachedDist(APP) as string, dist, { recursive: true })
            cpSync(join(dirname(cachedDist(APP) as string), 'package.json'), join(folder, 'package.json'))
            mkdirSync(join(dist, 'workflow'))
            writeFileSync(join(dist, 'workflow', 'wf_workflow_0123.xml'), '<?xml version="1.0"?><unload/>')
            const copy = createTestInstance({ dist })
            try {
                expect(copy.lint).toEqual(expect.arrayContaining([expect.stringMatching(/^build output folder workflow\/ is ignored/)]))
            } finally {
                copy.close()
            }
        } finally {
            rmSync(folder, { recursive: true, force: true })
        }
    })
})
