// Small helpers shared by the benchmark sections: statistics, timing and the local instance under test.
import { join } from 'node:path'
import { createTestInstance } from '../tools/local-instance/src/testkit'
import type { TestInstance, TestInstanceOptions } from '../tools/local-instance/src/testkit'

export const ROOT = join(__dirname, '..')
/** The build output every section loads; bench.mjs sets it (a fresh build or LOCAL_INSTANCE_DIST). */
export const DIST = process.env.LOCAL_INSTANCE_DIST || join(ROOT, 'dist', 'app')

export function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b)
    const middle = Math.floor(sorted.length / 2)
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function timed<T>(body: () => T): { result: T; ms: number } {
    const started = performance.now()
    const result = body()
    return { result, ms: performance.now() - started }
}

export function benchInstance(options: TestInstanceOptions = {}): TestInstance {
    return createTestInstance({ dist: DIST, ...options })
}

export function round(value: number, digits = 1): number {
    const factor = 10 ** digits
    return Math.round(value * factor) / factor
}

/** Logs progress on stderr so stdout carries only the tables. */
export function progress(message: string): void {
    process.stderr.write(`[bench] ${message}\n`)
}
