import { GlideQuery } from '@servicenow/glide'

/** Names of items at least `minSize` big, biggest first (GlideQuery stream). */
export function bigItemNames(minSize: number): string[] {
    return new GlideQuery('x_conf_scr_item')
        .where('size', '>=', minSize)
        .orderByDesc('size')
        .select('name', 'size')
        .map((item: { name: string }) => item.name)
        .toArray(100)
}

/** One item by name as an Optional: its size, or -1. */
export function sizeOf(name: string): number {
    return new GlideQuery('x_conf_scr_item')
        .where('name', name)
        .selectOne('size')
        .orElse({ size: -1 }).size
}

/** Inserts through GlideQuery and returns the new sys_id. */
export function addItem(name: string, size: number): string {
    return new GlideQuery('x_conf_scr_item').insert({ name, size }).get().sys_id
}

/** Aggregates: count and total size of the items whose name starts with a prefix. */
export function totals(prefix: string): { count: number; sum: number } {
    const count = new GlideQuery('x_conf_scr_item').where('name', 'STARTSWITH', prefix).count()
    const sum = new GlideQuery('x_conf_scr_item').where('name', 'STARTSWITH', prefix).sum('size').orElse(0)
    return { count, sum }
}

/** updateMultiple / deleteMultiple. */
export function resize(prefix: string, size: number): number {
    return new GlideQuery('x_conf_scr_item').where('name', 'STARTSWITH', prefix).updateMultiple({ size }).rowCount
}
