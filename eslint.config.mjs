// ESLint 9 flat config. src/server ships to the instance's JavaScript engine, so it gets the ServiceNow
// app plugin plus bans on constructs TypeScript accepts but the platform rejects (now-sdk-notes.md).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import { fixupPluginRules } from '@eslint/compat'
import snPlugin from '@servicenow/eslint-plugin-sdk-app-plugin'

const BUILT_INS = ['Error', 'TypeError', 'RangeError', 'Array', 'Map', 'Set', 'Promise', 'RegExp', 'Date', 'Object']

const platformBans = [
    { selector: 'MethodDefinition[value.async=true]', message: 'Async class methods are not supported on the platform.' },
    { selector: 'ForOfStatement[await=true]', message: '`for await` is not supported on the platform.' },
    { selector: 'PrivateIdentifier', message: '#private members are not supported on the platform; use a naming convention.' },
    ...BUILT_INS.map((name) => ({
        selector: `ClassDeclaration[superClass.name='${name}'], ClassExpression[superClass.name='${name}']`,
        message: `Subclassing the built-in ${name} is not supported on the platform.`,
    })),
    { selector: "Identifier[name='Reflect']", message: 'Reflect is not supported on the platform.' },
    { selector: "NewExpression[callee.name='Function']", message: 'new Function is not supported on the platform.' },
    { selector: "Identifier[name='WeakRef']", message: 'WeakRef is not supported on the platform.' },
    { selector: 'Literal[regex.flags=/d/]', message: 'The RegExp d flag is not supported on the platform.' },
]

export default tseslint.config(
    { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'src/fluent/generated/**', '@types/**', '.now/**', 'target/**', '.local-instance/**', 'bench/results.json', 'tools/local-instance/conformance/*/dist/**', 'tools/local-instance/conformance/*/src/fluent/generated/**', 'tools/local-instance/.conformance-cache/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        },
    },
    {
        files: ['src/server/**/*.ts'],
        plugins: { '@servicenow/sdk-app-plugin': fixupPluginRules(snPlugin) },
        languageOptions: {
            // Declared so that no-undef-style rules from the plugin can name Node globals as unsupported.
            globals: { ...globals.node },
        },
        rules: {
            ...snPlugin.configs.recommended.rules,
            'no-restricted-syntax': ['error', ...platformBans],
            'no-console': 'error',
        },
    },
    {
        // The lifecycle core is pure so that live processing, re-check and replay share one decision path and jest
        // tests it without an instance: it may use Order Management's data model, never Glide or the adapters.
        files: ['src/server/lifecycle/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', {
                patterns: [
                    { group: ['**/glide/**', '**/api/**', '**/app-schema*'], message: 'src/server/lifecycle is the pure core: pass facts in from the Glide adapters instead of importing them.' },
                    { group: ['@servicenow/glide', '@servicenow/glide/*', '@servicenow/sdk/*'], message: 'src/server/lifecycle is the pure core: no platform APIs.' },
                ],
            }],
        },
    },
    {
        files: ['src/scripts/**/*.js'],
        languageOptions: { sourceType: 'script', globals: { Class: 'readonly', require: 'readonly', gs: 'readonly' } },
        rules: { 'no-var': 'off', '@typescript-eslint/no-require-imports': 'off' },
    },
    {
        // Conformance apps (tools/local-instance/conformance): classic scripts as an app would write them.
        files: ['tools/local-instance/conformance/*/src/scripts/**/*.js'],
        languageOptions: {
            sourceType: 'script',
            globals: { Class: 'readonly', require: 'readonly', gs: 'readonly', global: 'readonly', JSUtil: 'readonly', GlideRecord: 'readonly', GlideQuery: 'readonly', x_conf_scr: 'readonly', current: 'readonly', previous: 'readonly' },
        },
        rules: { 'no-var': 'off', '@typescript-eslint/no-require-imports': 'off', 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': 'off', 'no-obj-calls': 'off' },
    },
    {
        files: ['src/client/**/*.{ts,tsx}'],
        languageOptions: { globals: { ...globals.browser } },
    },
    {
        files: ['test/**/*.ts', 'tools/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts', '*.js', '*.mjs'],
        languageOptions: { globals: { ...globals.node, ...globals.jest } },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
)
