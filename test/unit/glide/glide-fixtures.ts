/**
 * Table declarations and seed helpers for adapter tests on the Glide fake. Column names come from the
 * same constants the adapters use, so a renamed column fails here rather than silently passing.
 */
import { fakeGlide } from '../../support/fake-glide.ts'
import { ACCOUNT_APP_FIELDS, EVENT_FIELDS, EVENT_TABLE, PROPERTIES, RULE_FIELDS, RULE_TABLE, STAGE_FIELDS, STAGE_TABLE } from '../../../src/server/app-schema.ts'
import {
    ACCOUNT_TABLE,
    LINE_FIELDS,
    LINE_TABLE,
    ORDER_FIELDS,
    ORDER_TABLE,
    SOLD_PRODUCT_FIELDS,
    SOLD_PRODUCT_TABLE,
} from '../../../src/server/order-management/om-model.ts'

export const ACCOUNT_ID = 'acc00000000000000000000000000001'

/** Declares every table the adapters touch, sets the app's default properties, and seeds one account. */
export function setUpInstance(): void {
    fakeGlide.reset()
    fakeGlide.defineTable(ORDER_TABLE, Object.values(ORDER_FIELDS))
    fakeGlide.defineTable(LINE_TABLE, Object.values(LINE_FIELDS))
    fakeGlide.defineTable(ACCOUNT_TABLE, ['name', ...Object.values(ACCOUNT_APP_FIELDS)])
    fakeGlide.defineTable(SOLD_PRODUCT_TABLE, Object.values(SOLD_PRODUCT_FIELDS))
    fakeGlide.defineTable(RULE_TABLE, Object.values(RULE_FIELDS))
    fakeGlide.defineTable(EVENT_TABLE, Object.values(EVENT_FIELDS))
    fakeGlide.defineTable(STAGE_TABLE, Object.values(STAGE_FIELDS))
    fakeGlide.setProperty(PROPERTIES.enabled, 'true')
    fakeGlide.setProperty(PROPERTIES.dryRun, 'false')
    fakeGlide.setProperty(PROPERTIES.logLevel, 'warn')
    fakeGlide.seed(ACCOUNT_TABLE, [{ sys_id: ACCOUNT_ID, name: 'Acme Corp', [ACCOUNT_APP_FIELDS.state]: 'pending' }])
}

let ruleCount = 0

/** Seeds an active rule; `values` are RULE_FIELDS columns → stored values. */
export function seedRule(values: Record<string, string>): string {
    ruleCount++
    const [id] = fakeGlide.seed(RULE_TABLE, [
        {
            [RULE_FIELDS.name]: `Rule ${ruleCount}`,
            [RULE_FIELDS.active]: 'true',
            [RULE_FIELDS.order]: '100',
            [RULE_FIELDS.scope]: 'any',
            [RULE_FIELDS.allowBackward]: 'false',
            [RULE_FIELDS.stopProcessing]: 'false',
            ...values,
        },
    ])
    return id
}

/** Seeds an order of the test account in `state` and returns its sys_id. */
export function seedOrder(number: string, state: string, extra: Record<string, string> = {}): string {
    const [id] = fakeGlide.seed(ORDER_TABLE, [
        { [ORDER_FIELDS.number]: number, [ORDER_FIELDS.account]: ACCOUNT_ID, [ORDER_FIELDS.state]: state, ...extra },
    ])
    return id
}

/** Seeds a line of `orderId` and returns its sys_id. */
export function seedLine(orderId: string, action: string, state: string, extra: Record<string, string> = {}): string {
    const [id] = fakeGlide.seed(LINE_TABLE, [
        { [LINE_FIELDS.order]: orderId, [LINE_FIELDS.account]: ACCOUNT_ID, [LINE_FIELDS.action]: action, [LINE_FIELDS.state]: state, ...extra },
    ])
    return id
}

/** Seeds sold products of the test account in `state` and returns their sys_ids. */
export function seedServices(count: number, state: string): string[] {
    return fakeGlide.seed(
        SOLD_PRODUCT_TABLE,
        Array.from({ length: count }, () => ({ [SOLD_PRODUCT_FIELDS.account]: ACCOUNT_ID, [SOLD_PRODUCT_FIELDS.state]: state })),
    )
}

/** The stored account row. */
export function storedAccount(): Record<string, string | null> {
    const row = fakeGlide.rows(ACCOUNT_TABLE).find((account) => account.sys_id === ACCOUNT_ID)
    if (!row) throw new Error('test account missing')
    return row
}

export function storedEvents(): Array<Record<string, string | null>> {
    return fakeGlide.rows(EVENT_TABLE)
}

export function storedPeriods(): Array<Record<string, string | null>> {
    return fakeGlide.rows(STAGE_TABLE)
}
