/**
 * Order Management records → the plain snapshots the classifier reads. Values are copied exactly as
 * stored (never display values) so the maps in om-model.ts decide what they mean.
 */
import { GlideRecord } from '@servicenow/glide'
import { LINE_FIELDS, LINE_TABLE, ORDER_FIELDS, ORDER_TABLE } from '../../order-management/om-model.ts'
import type { LineSnapshot, OrderSnapshot } from '../../lifecycle/classify.ts'
import { textValue } from '../glide-values.ts'
import type { ValueSource } from '../glide-values.ts'

/** A customer order record (or a business rule's `current`/`previous` on the order table) as a snapshot. */
export function orderSnapshotOf(order: ValueSource & { getUniqueValue(): string }): OrderSnapshot {
    return {
        sysId: order.getUniqueValue() || '',
        number: textValue(order, ORDER_FIELDS.number),
        accountId: textValue(order, ORDER_FIELDS.account),
        state: textValue(order, ORDER_FIELDS.state),
        channel: textValue(order, ORDER_FIELDS.channel),
        orderCategory: textValue(order, ORDER_FIELDS.orderCategory),
        committedDueDate: textValue(order, ORDER_FIELDS.committedDueDate),
    }
}

/** An order line item record (or a business rule's `current`/`previous` on the line table) as a snapshot. */
export function lineSnapshotOf(line: ValueSource & { getUniqueValue(): string }): LineSnapshot {
    return {
        sysId: line.getUniqueValue() || '',
        orderId: textValue(line, LINE_FIELDS.order),
        accountId: textValue(line, LINE_FIELDS.account),
        state: textValue(line, LINE_FIELDS.state),
        action: textValue(line, LINE_FIELDS.action),
        productOffering: textValue(line, LINE_FIELDS.productOffering),
        soldProductId: textValue(line, LINE_FIELDS.soldProduct),
        actionReason: textValue(line, LINE_FIELDS.actionReason),
        recurringCharge: textValue(line, LINE_FIELDS.recurringCharge),
    }
}

/** The parent order of a line (one get), or null when it does not exist or the id is blank. */
export function readOrderSnapshot(orderId: string): OrderSnapshot | null {
    if (!orderId) return null
    const order = new GlideRecord(ORDER_TABLE)
    return order.get(orderId) ? orderSnapshotOf(order) : null
}

/** Every line item of an order, in one query. */
export function readOrderLines(orderId: string): LineSnapshot[] {
    const lines: LineSnapshot[] = []
    const line = new GlideRecord(LINE_TABLE)
    line.addQuery(LINE_FIELDS.order, orderId)
    line.query()
    while (line.next()) lines.push(lineSnapshotOf(line))
    return lines
}
