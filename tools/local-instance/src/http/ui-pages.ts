// UI pages from the build output (sys_ui_page) and the static assets the SDK bundles for them
// (sys_ux_lib_asset, served under /uxasset/externals/<scope>/<name>.jsdbx as on the platform).
import type { InstanceView } from '../security/instance-view.ts'
import { scriptJson } from './responses.ts'

export interface PageUser {
    userName: string
    roles: string[]
    token: string
}

const GLOBALS_MARKER = '<!-- @sdk:now-ux-globals -->'

export function findPage(instance: InstanceView, endpoint: string): Record<string, string> | undefined {
    return instance.artifacts.records('sys_ui_page').find((page) => page.endpoint === endpoint || `${page.name}.do` === endpoint)
}

/** The small replacement for the platform's <sdk:now-ux-globals> block: session token and user. */
export function globalsScript(user: PageUser, nonce?: string): string {
    return [
        nonce ? `<script nonce="${nonce}">` : '<script>',
        'window.NOW = window.NOW || {};',
        `window.NOW.user = ${scriptJson({ userName: user.userName, roles: user.roles })};`,
        `window.NOW.user_name = ${scriptJson(user.userName)};`,
        `window.g_ck = ${scriptJson(user.token)};`,
        '</script>',
    ].join('\n')
}

/**
 * Turns the stored page html into what a browser can run locally:
 * - the resolved now-ux-globals block (between two markers) or an unresolved <sdk:now-ux-globals> tag →
 *   globalsScript; the platform scripts it loads (<g:requires>, theme links, library-uxf) are not emulated;
 * - remaining Jelly tags (<g:…>, <g2:…>) are dropped and `$[…]` expressions become a cache-buster constant.
 * VERIFY: only "direct" pages with this SDK-generated shape are supported; full Jelly is not emulated.
 */
export function renderPageHtml(html: string, user: PageUser, cacheBuster = '0', nonce?: string): string {
    let out = html
    // The page's own <script> tags come from the build output (trusted): they get the response's CSP nonce so
    // its inline scripts run; scripts injected later (by data) do not have it. The globals script is added
    // with the nonce afterwards.
    if (nonce) out = out.replace(/<script(?=[\s>])/gi, `<script nonce="${nonce}"`)
    const first = out.indexOf(GLOBALS_MARKER)
    const second = first >= 0 ? out.indexOf(GLOBALS_MARKER, first + GLOBALS_MARKER.length) : -1
    if (first >= 0 && second > first) {
        out = out.slice(0, first) + globalsScript(user, nonce) + out.slice(second + GLOBALS_MARKER.length)
    } else {
        out = out.replace(/<sdk:now-ux-globals>\s*<\/sdk:now-ux-globals>|<sdk:now-ux-globals\s*\/>/, () => globalsScript(user, nonce))
    }
    out = out.replace(/<(g2?):[\w-]+[^>]*?(\/>|>\s*<\/\1:[\w-]+>)/g, '')
    out = out.replace(/\$\[[^\]]*\]/g, () => cacheBuster)
    return out.startsWith('<!DOCTYPE') || out.trimStart().startsWith('<!DOCTYPE') ? out : `<!DOCTYPE html>\n${out.trimStart()}`
}

export interface Asset {
    contentType: string
    body: string
}

/** `/uxasset/externals/<name>.jsdbx` → the sys_ux_lib_asset whose name is <name> (with or without .jsdbx). */
export function findAsset(instance: InstanceView, path: string): Asset | undefined {
    const prefix = '/uxasset/externals/'
    if (!path.startsWith(prefix)) return undefined
    let name: string
    try {
        name = decodeURIComponent(path.slice(prefix.length))
    } catch {
        return undefined // not valid percent-encoding: no such asset
    }
    const assets = instance.artifacts.records('sys_ux_lib_asset')
    const asset = assets.find((a) => a.name === name) ?? assets.find((a) => a.name === name.replace(/\.jsdbx$/, ''))
    if (!asset) return undefined
    const mime = asset.mime_type || 'application/javascript'
    return { contentType: `${mime};charset=UTF-8`, body: asset.content ?? '' }
}
