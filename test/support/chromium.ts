// Debian's Chromium driven by playwright-core (no browser download here): one fresh persistent profile per
// run, with the flags that keep a headless run offline and quiet.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { BrowserContext, Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

export interface LaunchedChromium {
    context: BrowserContext
    /** Closes the browser and deletes its profile. */
    close(): Promise<void>
}

export async function launchChromium(): Promise<LaunchedChromium> {
    const profileDir = mkdtempSync(join(tmpdir(), 'oal-chromium-'))
    // playwright passes the fresh profile as --user-data-dir.
    const context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
    return {
        context,
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
