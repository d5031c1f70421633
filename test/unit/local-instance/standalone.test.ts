/**
 * The local instance is standalone: nothing under tools/local-instance (its code, tests and conformance suite)
 * imports the app (src/, scripts/, test/). It reads the app only as build output, so it checks the app's
 * assumptions instead of echoing them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const ROOT = resolve(__dirname, '..', '..', '..')
const TOOL = join(ROOT, 'tools', 'local-instance')
const SKIP = new Set(['node_modules', 'dist', '.now', '.conformance-cache'])

function sources(directory: string): string[] {
    const found: string[] = []
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
        if (SKIP.has(entry.name)) continue
        const path = join(directory, entry.name)
        // A conformance app's own sources are an SDK app, not the emulator.
        if (entry.isDirectory() && dirname(path) === join(TOOL, 'conformance')) continue
        if (entry.isDirectory()) found.push(...sources(path))
        else if (/\.(ts|mts|js|mjs)$/.test(entry.name)) found.push(path)
    }
    return found
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm

describe('tools/local-instance is standalone', () => {
    it('imports nothing from the app (src/, scripts/, test/)', () => {
        const files = sources(TOOL)
        expect(files.length).toBeGreaterThan(50)
        const outside: string[] = []
        for (const file of files) {
            for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
                const specifier = match[1]
                if (!specifier.startsWith('.')) continue
                const target = resolve(dirname(file), specifier)
                if (!target.startsWith(`${TOOL}/`)) outside.push(`${relative(ROOT, file)} → ${specifier}`)
            }
        }
        expect(outside).toEqual([])
    })
})
