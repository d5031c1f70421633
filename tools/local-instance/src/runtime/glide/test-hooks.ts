// The testkit's hooks into Glide operations: the operation log and injected faults (testkit.ts injectFault,
// recordOperations). Inactive outside tests: kernel.operations is null and kernel.faults is empty.
import type { GlideOperation, Kernel } from '../kernel.ts'

/**
 * Logs the operation (when a test asked for a log) and applies an injected fault: throws, or returns true
 * when the operation must be refused.
 */
export function applyTestHooks(kernel: Kernel, table: string, operation: GlideOperation, workflow?: boolean): boolean {
    if (kernel.operations) kernel.operations.push(workflow === undefined ? { table, operation } : { table, operation, workflow })
    if (kernel.faults.length === 0) return false
    const index = kernel.faults.findIndex((candidate) => candidate.table === table && candidate.operation === operation && candidate.times > 0)
    if (index < 0) return false
    const found = kernel.faults[index]
    found.times--
    if (found.mode === 'throw') throw new Error(found.message)
    return true
}
