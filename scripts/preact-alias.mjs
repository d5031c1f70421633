// Shared by now.prebuild.mjs (build) and now.dev.mjs (watch): one alias table for both pipelines.
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
export const preactAlias = () => ({
    name: 'x-oal-preact-alias',
    async resolveId(source, importer, options) {
        const target = PREACT_ALIASES[source]
        if (!target) return null
        return this.resolve(target, importer, { ...options, skipSelf: true })
    },
})
