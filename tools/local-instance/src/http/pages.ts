// Browser pages of the local instance: login form, home page with the app's menu modules, simple list views.
import type { InstanceView } from '../security/instance-view.ts'
import { escapeHtml } from './responses.ts'

export interface DemoLogin {
    userName: string
    password: string
    roles: string[]
}

export interface MenuModule {
    application: string
    title: string
    link: string
    /** Role names that see the module (empty = everybody). */
    roles: string[]
    order: number
}

const splitRoles = (value: string | undefined): string[] => (value ?? '').split(',').map((role) => role.trim()).filter(Boolean)

function moduleLink(module: Record<string, string>): string {
    const linkType = (module.link_type ?? 'LIST').toUpperCase()
    if ((linkType === 'DIRECT' || linkType === 'URL') && module.query) {
        return /^[a-z]+:\/\//i.test(module.query) || module.query.startsWith('/') ? module.query : `/${module.query}`
    }
    if (module.name) {
        const filter = module.filter ? `?sysparm_query=${encodeURIComponent(module.filter)}` : ''
        return `/${module.name}_list.do${filter}`
    }
    return '#'
}

/** The app's menu modules from the build output, in menu then module order, optionally filtered by roles. */
export function menuModules(instance: InstanceView, userRoles?: string[]): MenuModule[] {
    const applications = instance.artifacts.records('sys_app_application').filter((app) => app.active !== 'false')
    const has = (roles: string[]) => !userRoles || roles.length === 0 || roles.some((role) => userRoles.includes(role)) || userRoles.includes('admin')
    const modules: MenuModule[] = []
    for (const app of [...applications].sort((a, b) => Number(a.order || 0) - Number(b.order || 0))) {
        if (!has(splitRoles(app.roles))) continue
        const children = instance.artifacts
            .records('sys_app_module')
            .filter((module) => module.application === app.sys_id && module.active !== 'false' && (module.link_type ?? '').toUpperCase() !== 'SEPARATOR')
            .sort((a, b) => Number(a.order || 0) - Number(b.order || 0))
        for (const module of children) {
            const roles = splitRoles(module.roles)
            if (!has(roles)) continue
            modules.push({ application: app.title ?? '', title: module.title ?? '', link: moduleLink(module), roles, order: Number(module.order || 0) })
        }
    }
    return modules
}

function layout(title: string, body: string): string {
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
.error{color:#b00020}label{display:block;margin:.5rem 0}</style></head><body>${body}</body></html>`
}

function demoLoginList(logins: DemoLogin[]): string {
    if (!logins.length) return ''
    const items = logins.map((l) => `<li><code>${escapeHtml(l.userName)}</code> / <code>${escapeHtml(l.password)}</code> — ${escapeHtml(l.roles.join(', '))}</li>`)
    return `<h2>Demo logins</h2><ul>${items.join('')}</ul>`
}

export function loginPage(logins: DemoLogin[], options: { error?: string; gotoUrl?: string } = {}): string {
    const error = options.error ? `<p class="error">${escapeHtml(options.error)}</p>` : ''
    return layout(
        'Log in',
        `<h1>Order-Driven Account Lifecycle — local instance</h1>${error}
<form method="post" action="/login.do">
<label>User name <input name="user_name" autocomplete="username" autofocus></label>
<label>Password <input name="user_password" type="password" autocomplete="current-password"></label>
<input type="hidden" name="sysparm_goto_url" value="${escapeHtml(options.gotoUrl ?? '/')}">
<button type="submit">Log in</button></form>${demoLoginList(logins)}`,
    )
}

/** The log-out button: a POST carrying the session token (a link or GET cannot end the session). */
function logoutForm(token: string, label = 'Log out'): string {
    return `<form method="post" action="/logout.do" style="display:inline"><input type="hidden" name="sysparm_ck" value="${escapeHtml(token)}"><button type="submit">${escapeHtml(label)}</button></form>`
}

export function logoutPage(userName: string, token: string): string {
    return layout('Log out', `<p><a href="/">Home</a></p><h1>Log out</h1><p>End the session of <strong>${escapeHtml(userName)}</strong>?</p>${logoutForm(token)}`)
}

export function homePage(instance: InstanceView, userName: string, roles: string[], logins: DemoLogin[], token: string): string {
    const modules = menuModules(instance, roles)
    const groups = new Map<string, MenuModule[]>()
    for (const module of modules) groups.set(module.application, [...(groups.get(module.application) ?? []), module])
    const menus = [...groups.entries()]
        .map(([app, items]) => `<h2>${escapeHtml(app)}</h2><ul>${items.map((m) => `<li><a href="${escapeHtml(m.link)}">${escapeHtml(m.title)}</a></li>`).join('')}</ul>`)
        .join('')
    const pages = instance.artifacts
        .records('sys_ui_page')
        .map((page) => `<li><a href="/${escapeHtml(page.endpoint ?? `${page.name}.do`)}">${escapeHtml(page.description || page.name || page.endpoint)}</a></li>`)
        .join('')
    return layout(
        'Local instance',
        `<p>Logged in as <strong>${escapeHtml(userName)}</strong> (${escapeHtml(roles.join(', ') || 'no roles')}) — ${logoutForm(token)}</p>
<h1>Order-Driven Account Lifecycle</h1>${menus || '<p>No menu modules for your roles.</p>'}
${pages ? `<h2>UI pages</h2><ul>${pages}</ul>` : ''}
<h2>APIs</h2><ul><li><code>/api/now/table/&lt;table&gt;</code> — Table API (basic auth or this session)</li></ul>${demoLoginList(logins)}`,
    )
}

/** An error as a page (for browsers): every part is escaped, the request's text included. */
export function errorPage(status: number, message: string, detail?: string | null): string {
    return layout(`${status} ${message}`, `<p><a href="/">Home</a></p><h1>${escapeHtml(message)}</h1>${detail ? `<p>${escapeHtml(detail)}</p>` : ''}`)
}

export function listPage(table: string, label: string, records: Array<Record<string, unknown>>, fields: string[], total: number): string {
    const cell = (value: unknown): string => {
        if (value && typeof value === 'object') return escapeHtml(String((value as { display_value?: string }).display_value ?? ''))
        return escapeHtml(String(value ?? ''))
    }
    const head = fields.map((f) => `<th>${escapeHtml(f)}</th>`).join('')
    const rows = records
        .map((record) => `<tr>${fields.map((f, i) => (i === 0 ? `<td><a href="/api/now/table/${escapeHtml(table)}/${cell(record.sys_id)}">${cell(record[f])}</a></td>` : `<td>${cell(record[f])}</td>`)).join('')}</tr>`)
        .join('')
    return layout(label, `<p><a href="/">Home</a></p><h1>${escapeHtml(label)}</h1><p>${records.length} of ${total} shown</p><table><tr>${head}</tr>${rows}</table>`)
}
