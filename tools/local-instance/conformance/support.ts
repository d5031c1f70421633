// What the conformance tests share: a test instance on a conformance app's build output.
import { createTestInstance, type TestInstance, type TestInstanceOptions } from '../src/testkit'
import { cachedDist } from './build'

/** A test instance of one conformance app (built by the jest globalSetup, global-setup.ts). */
export function conformanceInstance(app: string, options: TestInstanceOptions = {}): TestInstance {
    const dist = cachedDist(app)
    if (!dist) throw new Error(`conformance app ${app} is not built: run it through jest (the conformance project's globalSetup builds it)`)
    return createTestInstance({ ...options, dist })
}
