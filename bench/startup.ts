// Section 5: the local instance itself — time to load dist/app and start (its own startupMs), and the
// memory one instance adds to the process. Runs first, before the other sections grow the heap.
import { benchInstance, median, progress } from './support'

const STARTS = 5

export interface StartupResult {
    startupMs: number
    startsMs: number[]
    rssDeltaMb: number
    heapUsedDeltaMb: number
    gcAvailable: boolean
}

const collect = (): boolean => {
    const gc = (globalThis as { gc?: () => void }).gc
    if (gc) gc()
    return !!gc
}

const mb = (bytes: number) => bytes / 1024 / 1024

export function benchStartup(): StartupResult {
    progress('local instance: memory of one instance')
    const gcAvailable = collect()
    const before = process.memoryUsage()
    const kept = benchInstance()
    collect()
    const after = process.memoryUsage()
    kept.close()
    const startsMs: number[] = []
    for (let index = 0; index < STARTS; index++) {
        progress(`local instance: start ${index + 1}/${STARTS}`)
        const instance = benchInstance()
        startsMs.push(instance.startupMs)
        instance.close()
    }
    return {
        startupMs: median(startsMs),
        startsMs,
        rssDeltaMb: mb(after.rss - before.rss),
        heapUsedDeltaMb: mb(after.heapUsed - before.heapUsed),
        gcAvailable,
    }
}
