// Shared by `npm start` and `npm run bench`: make sure there is a build output to load, building the app only
// when dist/app is missing or older than the sources. LOCAL_INSTANCE_DIST=<dir> names another build output
// and skips the build. Returns the build output folder; exits the process when there is none.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
// keys.ts is rewritten by every build, so it never makes the build look stale.
const IGNORED = new Set([join(root, 'src', 'fluent', 'generated')])

/** Newest (or, with `pick = Math.min`, oldest) file modification time under `dir`, in ms; 0 without files. */
function mtimeUnder(dir, pick = Math.max) {
    let result = 0
    let seen = false
    const walk = (current) => {
        for (const entry of readdirSync(current, { withFileTypes: true })) {
            const path = join(current, entry.name)
            if (IGNORED.has(path) || entry.name === 'node_modules') continue
            if (entry.isDirectory()) walk(path)
            else {
                const time = statSync(path).mtimeMs
                result = seen ? pick(result, time) : time
                seen = true
            }
        }
    }
    if (existsSync(dir)) walk(dir)
    return result
}

/** @param {string} command how the user reruns the script after fixing a failed build, e.g. "npm start" */
export function buildIfStale(command) {
    if (process.env.LOCAL_INSTANCE_DIST) {
        const dist = process.env.LOCAL_INSTANCE_DIST
        if (!existsSync(dist)) {
            console.error(`LOCAL_INSTANCE_DIST=${dist} does not exist`)
            process.exit(1)
        }
        console.log(`using the build output in ${dist} (LOCAL_INSTANCE_DIST); no build`)
        return dist
    }
    const dist = join(root, 'dist', 'app')
    const sourcesChanged = Math.max(mtimeUnder(join(root, 'src')), ...['now.config.json', 'package.json'].map((f) => statSync(join(root, f)).mtimeMs))
    // The oldest output file is when the last successful build started writing.
    const builtAt = existsSync(dist) ? mtimeUnder(dist, Math.min) : 0
    if (builtAt && builtAt >= sourcesChanged) {
        console.log('dist/app is up to date; skipping the build')
        return dist
    }
    console.log(builtAt ? 'sources changed since the last build: building…' : 'dist/app is missing: building…')
    const result = spawnSync('npx', ['--no-install', 'now-sdk', 'build'], { cwd: root, stdio: 'inherit' })
    if (result.status !== 0 || !existsSync(dist)) {
        console.error(`now-sdk build failed; fix the errors above and run ${command} again`)
        process.exit(result.status || 1)
    }
    return dist
}
