// The pages as a reader sees them, without running them: the local instance with the demo seed (in memory),
// one Chromium (test/support/chromium.ts), four PNGs in docs/ui/. Run by scripts/screenshots.mjs.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { createTestInstance } from '../tools/local-instance/src/testkit'
import { DEMO_LOGINS, seedDemo } from './demo-seed'
import { startServer } from '../tools/local-instance/src/http/server'
import { launchChromium, logIn } from '../test/support/chromium'

const OUT = join(__dirname, '..', 'docs', 'ui')
const DESKTOP = { width: 1440, height: 900 }
const PHONE = { width: 390, height: 844 }

async function main(): Promise<void> {
    mkdirSync(OUT, { recursive: true })
    const instance = createTestInstance(process.env.LOCAL_INSTANCE_DIST ? { dist: process.env.LOCAL_INSTANCE_DIST } : {})
    seedDemo(instance)
    const [borealis] = instance.query('customer_account', 'name=Borealis Media')
    const server = await startServer(instance, { port: 0, demoLogins: DEMO_LOGINS })
    const browser = await launchChromium({ timezoneId: 'Europe/Paris' })
    const login = (userName: string) => {
        const demo = DEMO_LOGINS.find((l) => l.userName === userName)
        if (!demo) throw new Error(`no demo login ${userName}`)
        return logIn(browser.context, server.url, demo.userName, demo.password)
    }
    const shoot = async (page: Page, name: string) => {
        const path = join(OUT, `${name}.png`)
        await page.screenshot({ path, fullPage: true })
        process.stdout.write(`wrote ${path}\n`)
    }
    try {
        for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
            const agent = await login('agent')
            await agent.setViewportSize(viewport)
            await agent.goto(`${server.url}/x_oal_lifecycle_timeline.do?account=${borealis.sys_id}&view=all`)
            await agent.getByTestId('event-row').first().waitFor()
            await agent.getByTestId('account-state').filter({ hasText: 'rule' }).waitFor()
            await agent.getByTestId('event-row').first().getByRole('button', { name: /^Details/ }).click()
            await shoot(agent, `timeline-${label}`)
            await agent.close()

            const admin = await login('admin')
            await admin.setViewportSize(viewport)
            await admin.goto(`${server.url}/x_oal_lifecycle_workbench.do`)
            await admin.getByTestId('rule-row').first().waitFor()
            await admin.getByRole('button', { name: /^Edit rule / }).nth(2).click()
            await admin.getByRole('heading', { name: /^Edit rule / }).waitFor()
            await admin.evaluate(() => window.scrollTo(0, 0))
            await shoot(admin, `workbench-${label}`)
            await admin.close()
        }
    } finally {
        await browser.close()
        await server.close()
        instance.close()
    }
}

main().catch((error) => {
    console.error(error)
    process.exit(1)
})
