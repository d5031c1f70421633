/**
 * Jest projects: unit (pure core, the local instance's own modules), integration (the built app on the local
 * instance: adapters run there with its fault injection, there is no second Glide emulation), conformance
 * (small Now SDK apps built by the test run, tools/local-instance/conformance), e2e (Chromium).
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }]
const common = {
    transform: { '^.+\\.tsx?$': tsJest },
    testEnvironment: 'node',
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
    // Conformance app builds (and their package.json files) are data, not modules.
    modulePathIgnorePatterns: ['<rootDir>/tools/local-instance/.conformance-cache/', '<rootDir>/tools/local-instance/conformance/[^/]+/dist/'],
}
module.exports = {
    projects: [
        {
            ...common,
            displayName: 'unit',
            testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
        },
        {
            ...common,
            displayName: 'integration',
            testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
        },
        {
            ...common,
            displayName: 'conformance',
            testMatch: ['<rootDir>/tools/local-instance/conformance/**/*.test.ts'],
            globalSetup: '<rootDir>/tools/local-instance/conformance/global-setup.ts',
        },
        {
            ...common,
            displayName: 'e2e',
            testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
        },
    ],
    collectCoverageFrom: ['src/server/lifecycle/**/*.ts'],
    coverageThreshold: { 'src/server/lifecycle/': { lines: 90, branches: 90 } },
    coverageReporters: ['text-summary', 'text'],
}
