/** Jest projects: unit (pure core + adapters with fakes), integration (built app on the local instance), e2e (Chromium). */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }]
const common = {
    transform: { '^.+\\.tsx?$': tsJest },
    testEnvironment: 'node',
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
}
module.exports = {
    projects: [
        {
            ...common,
            displayName: 'unit',
            testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
            // @servicenow/glide is types-only at runtime: unit tests of adapters get the in-memory fake.
            moduleNameMapper: { '^@servicenow/glide$': '<rootDir>/test/support/fake-glide.ts' },
        },
        {
            ...common,
            displayName: 'integration',
            testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
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
