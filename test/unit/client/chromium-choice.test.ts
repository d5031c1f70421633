// Which browser the e2e suite, the bench and the screenshots start (test/support/chromium.ts).
import { SYSTEM_CHROMIUM, chooseChromium } from '../../support/chromium'

const exists = (paths: string[]) => (path: string) => paths.includes(path)

describe('choosing the browser', () => {
    it("uses Debian's Chromium when it is installed", () => {
        expect(chooseChromium({}, exists([SYSTEM_CHROMIUM]))).toEqual({ kind: 'system', path: SYSTEM_CHROMIUM })
    })

    it('uses the Chromium npm ci brought when there is none', () => {
        expect(chooseChromium({}, exists([]))).toMatchObject({ kind: 'bundled' })
    })

    it('CHROMIUM_PATH wins when it exists, and falls back to the bundled browser when it points nowhere', () => {
        expect(chooseChromium({ CHROMIUM_PATH: '/opt/chrome' }, exists(['/opt/chrome', SYSTEM_CHROMIUM]))).toEqual({ kind: 'system', path: '/opt/chrome' })
        expect(chooseChromium({ CHROMIUM_PATH: '/nowhere' }, exists([SYSTEM_CHROMIUM]))).toMatchObject({ kind: 'bundled', reason: expect.stringContaining('/nowhere') })
    })

    it('OAL_BUNDLED_CHROMIUM=1 forces the bundled browser even when another is installed', () => {
        expect(chooseChromium({ OAL_BUNDLED_CHROMIUM: '1' }, exists([SYSTEM_CHROMIUM]))).toMatchObject({ kind: 'bundled' })
    })
})
