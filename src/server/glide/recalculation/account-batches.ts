/** Accounts in batches ordered by sys_id, so a job can stop after any batch and resume after the last account done. */
import { GlideRecord } from '@servicenow/glide'
import { ACCOUNT_TABLE } from '../../order-management/om-model.ts'
import { BATCH_SIZE } from './recalc-schema.ts'

/** The next batch of accounts matching `condition` after the sys_id `cursor` (blank: from the start). */
export function nextAccountBatch(condition: string, cursor: string): GlideRecord {
    const accounts = new GlideRecord(ACCOUNT_TABLE)
    if (condition) accounts.addEncodedQuery(condition)
    if (cursor) accounts.addQuery('sys_id', '>', cursor)
    accounts.orderBy('sys_id')
    accounts.setLimit(BATCH_SIZE)
    accounts.query()
    return accounts
}
