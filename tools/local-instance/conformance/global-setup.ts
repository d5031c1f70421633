// Jest globalSetup of the conformance project: builds the conformance apps that changed (build.ts).
import { buildConformanceApps } from './build'

export default async function globalSetup(): Promise<void> {
    const started = Date.now()
    const reports = await buildConformanceApps((line) => process.stdout.write(`${line}\n`))
    const built = reports.filter((report) => !report.cached)
    process.stdout.write(`conformance: ${reports.length} app(s), ${built.length} built, ${reports.length - built.length} from cache, ${Date.now() - started} ms\n`)
}
