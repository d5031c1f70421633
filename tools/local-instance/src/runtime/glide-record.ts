// GlideRecord, GlideRecordSecure, GlideElement and GlideAggregate over the store, assembled from one module per
// concern (runtime/glide/): shared context (context.ts), record state (record-state.ts), query terms
// (query-terms.ts), elements (element.ts), records (record.ts), selects (select.ts), defaults and numbering
// (defaults.ts), aggregates (aggregate.ts), and the testkit's fault injection and operation log (test-hooks.ts).
import type { GlideDateTimeClasses } from './glide-date-time.ts'
import type { Kernel } from './kernel.ts'
import { createGlideAggregate } from './glide/aggregate.ts'
import { createGlideContext } from './glide/context.ts'
import { createGlideElement } from './glide/element.ts'
import { createGlideRecord } from './glide/record.ts'

export { RecordState, STATE, type GlideRecordLike } from './glide/record-state.ts'

export function createGlideRecordClasses(kernel: Kernel, dates: GlideDateTimeClasses) {
    const ctx = createGlideContext(kernel, dates)
    const { GlideElement, elementProxy } = createGlideElement(ctx)
    const { GlideRecord, GlideRecordSecure, GlideRecordBase } = createGlideRecord(ctx, { GlideElement, elementProxy })
    const { GlideAggregate } = createGlideAggregate(ctx, { GlideRecord, GlideRecordSecure, GlideRecordBase })
    return { GlideRecord, GlideRecordSecure, GlideAggregate, GlideElement }
}

export type GlideRecordClasses = ReturnType<typeof createGlideRecordClasses>
