import { servicenowFrontEndPlugins, watch } from '@servicenow/isomorphic-rollup'

/**
 * React → Preact (preact/compat): the pages are written against React's API, but ship Preact's 4 KB runtime
 * instead of react-dom (465 KB unmangled in this pipeline). Measured in docs/PERFORMANCE.md.
 */
const PREACT_ALIASES = {
    react: 'preact/compat',
    'react-dom': 'preact/compat',
    'react-dom/client': 'preact/compat/client',
    'react/jsx-runtime': 'preact/jsx-runtime',
    'react/jsx-dev-runtime': 'preact/jsx-runtime',
}
const preactAlias = () => ({
    name: 'x-oal-preact-alias',
    async resolveId(source, importer, options) {
        const target = PREACT_ALIASES[source]
        if (!target) return null
        return this.resolve(target, importer, { ...options, skipSelf: true })
    },
})

export default async ({ rootDir, config, fs, path, logger, credential }) => {
    const clientDir = path.join(rootDir, config.clientDir)
    const staticContentDir = path.join(rootDir, config.staticContent.buildDir)
    fs.rmSync(staticContentDir, { recursive: true, force: true })
    const watcher = watch({
        fs,
        input: path.join(clientDir, '**', '*.html'),
        plugins: [
            preactAlias(),
            servicenowFrontEndPlugins({
            dev: true,
            scope: config.scope,
            rootDir: clientDir,
            watchPaths: [staticContentDir],
            credential,
        }),
        ],
        output: {
            dir: staticContentDir,
            sourcemap: true,
        },
    })

    return new Promise((resolve, reject) => {
        watcher.on('event', (event) => {
            if (event.error) {
                reject(event.error)
            } else if (event.result) {
                logger.info(`Finished watch build in ${event.duration}ms`)
                event.result.close()
            }
        })
    })
}
