// The browser for the e2e suite, the bench and the screenshots, driven by playwright-core (never a test tool's
// own browser download). Which one:
//   1. OAL_BUNDLED_CHROMIUM=1                → the Chromium that `npm ci` brought (@sparticuz/chromium);
//   2. CHROMIUM_PATH set                     → that binary when it exists, else the bundled one;
//   3. /usr/bin/chromium exists (Debian's)   → it;
//   4. otherwise                             → the bundled one.
// The bundled browser is brotli-packed inside the npm package; it is unpacked once into the temp folder with
// its own NSS/NSPR/expat libraries (AWS_LAMBDA_JS_RUNTIME makes the package unpack al2023.tar.br too), so
// only glibc, libgcc, libdl and libm come from the system. The package is ESM-only, so it runs in a child
// Node process (jest's CommonJS runtime cannot import it) that prints the path, args and library folders.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { BrowserContext, Page } from 'playwright-core'

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
/** Flags of the bundled package that would change what the tests check (same-origin policy, mixed content). */
const DROPPED_BUNDLED_ARGS = ['--disable-web-security', '--allow-running-insecure-content', '--single-process', '--no-zygote']

export type ChromiumChoice = { kind: 'system'; path: string } | { kind: 'bundled'; reason: string }

/** Pure: which browser to use for this environment (see the header). */
export function chooseChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): ChromiumChoice {
    if (env.OAL_BUNDLED_CHROMIUM === '1') return { kind: 'bundled', reason: 'OAL_BUNDLED_CHROMIUM=1' }
    if (env.CHROMIUM_PATH) {
        return exists(env.CHROMIUM_PATH) ? { kind: 'system', path: env.CHROMIUM_PATH } : { kind: 'bundled', reason: `CHROMIUM_PATH ${env.CHROMIUM_PATH} does not exist` }
    }
    if (exists(SYSTEM_CHROMIUM)) return { kind: 'system', path: SYSTEM_CHROMIUM }
    return { kind: 'bundled', reason: `no ${SYSTEM_CHROMIUM}` }
}

export interface ResolvedChromium {
    kind: 'system' | 'bundled'
    executablePath: string
    args: string[]
    env: Record<string, string>
}

const UNPACK_SCRIPT = `
import('@sparticuz/chromium').then(async ({ default: c }) => {
    const path = await c.executablePath()
    process.stdout.write(JSON.stringify({ path, args: c.args, ld: process.env.LD_LIBRARY_PATH || '', fonts: process.env.FONTCONFIG_PATH || '' }))
})`

/** Unpacks the bundled Chromium (once; ~2.5 s) and returns how to start it. */
export function bundledChromium(): ResolvedChromium {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', UNPACK_SCRIPT], {
        cwd: join(__dirname, '..', '..'),
        env: { ...process.env, AWS_LAMBDA_JS_RUNTIME: 'nodejs20.x' },
        encoding: 'utf8',
    })
    const info = JSON.parse(out) as { path: string; args: string[]; ld: string; fonts: string }
    const args = info.args.filter((arg) => !DROPPED_BUNDLED_ARGS.includes(arg) && !arg.startsWith('--headless'))
    const env: Record<string, string> = {}
    if (info.ld) env.LD_LIBRARY_PATH = [info.ld, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':')
    if (info.fonts) env.FONTCONFIG_PATH = info.fonts
    return { kind: 'bundled', executablePath: info.path, args: [...args, ...CHROMIUM_ARGS], env }
}

export function resolveChromium(env: NodeJS.ProcessEnv = process.env): ResolvedChromium {
    const choice = chooseChromium(env)
    if (choice.kind === 'system') return { kind: 'system', executablePath: choice.path, args: CHROMIUM_ARGS, env: {} }
    return bundledChromium()
}

export interface LaunchedChromium {
    context: BrowserContext
    /** Which browser runs ('system' = Debian's or CHROMIUM_PATH, 'bundled' = @sparticuz/chromium). */
    kind: 'system' | 'bundled'
    executablePath: string
    /** Closes the browser and deletes its profile. */
    close(): Promise<void>
}

export interface LaunchOptions {
    /** IANA zone the pages see as the browser's (default: the machine's). */
    timezoneId?: string
}

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
    const resolved = resolveChromium()
    const profileDir = mkdtempSync(join(tmpdir(), 'oal-chromium-'))
    // playwright passes the fresh profile as --user-data-dir.
    const context = await chromium.launchPersistentContext(profileDir, {
        executablePath: resolved.executablePath,
        headless: true,
        args: resolved.args,
        env: { ...process.env, ...resolved.env } as Record<string, string>,
        viewport: { width: 1440, height: 900 },
        ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    })
    return {
        context,
        kind: resolved.kind,
        executablePath: resolved.executablePath,
        async close() {
            await context.close()
            rmSync(profileDir, { recursive: true, force: true })
        },
    }
}

/** A new page logged in through the local instance's login form. */
export async function logIn(context: BrowserContext, baseUrl: string, userName: string, password: string): Promise<Page> {
    await context.clearCookies()
    const page = await context.newPage()
    await page.goto(`${baseUrl}/login.do`)
    await page.fill('input[name=user_name]', userName)
    await page.fill('input[name=user_password]', password)
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')])
    return page
}
