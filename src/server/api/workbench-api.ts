/**
 * Admin routes of the lifecycle REST API: simulate (what the active rules, and optionally a draft rule,
 * would decide for an order or a described event — nothing is written) and lint (rule interactions and
 * invalid saved rules). Thin: the decisions come from the pure simulate and rule-lint modules.
 */
import { GlideRecordSecure } from '@servicenow/glide'
import { RULE_FIELDS, RULE_TABLE } from '../app-schema.ts'
import { LINE_FIELDS, LINE_TABLE, ORDER_FIELDS, ORDER_TABLE } from '../order-management/om-model.ts'
import { ACCOUNT_STATES, ACTIONS, CONDITION_FIELDS, MILESTONES, oneOf, STAGES } from '../lifecycle/model.ts'
import type { AccountFacts, AccountSnapshot, AccountState, Action, ConditionField, MappingRule, Milestone, OrderEvent, Stage } from '../lifecycle/model.ts'
import { classifyOrderChange } from '../lifecycle/classify.ts'
import type { LineSnapshot } from '../lifecycle/classify.ts'
import { simulate } from '../lifecycle/simulate.ts'
import { lintRules } from '../lifecycle/rule-lint.ts'
import type { LintInput } from '../lifecycle/rule-lint.ts'
import { validateRule } from '../lifecycle/rule-validation.ts'
import { isSysId } from './timeline-contract.ts'
import { lineSnapshotOf, orderSnapshotOf } from '../glide/readers/order-snapshots.ts'
import { mappingRuleOf } from '../glide/readers/rules-reader.ts'
import { glideAccountFactsReader, readInventoryMapping } from '../glide/readers/account-facts-reader.ts'
import { knownInventoryStates, MAPPING_PROPERTIES } from '../glide/inventory-mapping-validation.ts'
import { MAPPED_MEANINGS, MEANING_LABELS, meaningOf, validateInventoryMapping } from '../lifecycle/inventory.ts'
import type { MappedMeaning } from '../lifecycle/inventory.ts'
import { nowDateTime, textValue } from '../glide/glide-values.ts'
import { readAccountSecure } from './account-queries.ts'
import { ADMIN_ROLE, failure, jsonBody, ok, respond, roleFailure } from './http.ts'
import type { ApiRequest, ApiResponse, ApiResult } from './http.ts'

const RULE_COLUMNS = Object.keys(RULE_FIELDS).map((key) => RULE_FIELDS[key as keyof typeof RULE_FIELDS])
const NO_FACTS: AccountFacts = { others: { inService: 0, suspended: 0 }, completedOrders: 0 }

function text(value: unknown): string {
    return value === undefined || value === null ? '' : String(value).trim()
}

/** Raw rule columns from a record: what validateRule and the lint read. */
function rawRule(record: { getValue(field: string): string | null }): Record<string, string> {
    const raw: Record<string, string> = {}
    for (const column of RULE_COLUMNS) raw[column] = textValue(record, column)
    return raw
}

/** Active rules with their raw values, one ACL-respecting query in evaluation order. */
function readRulesForWorkbench(): LintInput[] {
    const inputs: LintInput[] = []
    const rule = new GlideRecordSecure(RULE_TABLE)
    rule.addQuery(RULE_FIELDS.active, true)
    rule.orderBy(RULE_FIELDS.order)
    rule.query()
    while (rule.next()) inputs.push({ id: rule.getUniqueValue(), raw: rawRule(rule), rule: mappingRuleOf(rule) })
    return inputs
}

/** The order by sys_id or number, its lines, and the events a save in its current state produces. */
function eventsOfOrder(reference: string): { events: OrderEvent[]; orderNumber: string; orderState: string } | null {
    const order = new GlideRecordSecure(ORDER_TABLE)
    if (isSysId(reference)) {
        if (!order.get(reference)) return null
    } else {
        order.addQuery(ORDER_FIELDS.number, reference)
        order.setLimit(1)
        order.query()
        if (!order.next()) return null
    }
    const snapshot = orderSnapshotOf(order)
    const lines: LineSnapshot[] = []
    const line = new GlideRecordSecure(LINE_TABLE)
    line.addQuery(LINE_FIELDS.order, snapshot.sysId)
    line.query()
    while (line.next()) lines.push(lineSnapshotOf(line))
    // previous = null: evaluate the milestone the order is at now, as if it had just been reached.
    return { events: classifyOrderChange(null, snapshot, lines, nowDateTime()), orderNumber: snapshot.number, orderState: snapshot.state }
}

/** A described event ({ action, milestone, attributes, accountId?, accountState?, accountStage? }). */
function describedEvent(described: Record<string, unknown>): { event: OrderEvent; account: AccountSnapshot | null; problem: string } {
    const action = oneOf<Action>(ACTIONS, text(described.action))
    const milestone = oneOf<Milestone>(MILESTONES, text(described.milestone))
    const attributes: Partial<Record<ConditionField, string>> = {}
    const given = (described.attributes ?? {}) as Record<string, unknown>
    for (const field of CONDITION_FIELDS) if (text(given[field])) attributes[field] = text(given[field])
    const accountId = text(described.accountId)
    const event: OrderEvent = {
        key: 'simulation',
        source: 'manual',
        accountId,
        orderId: '',
        orderNumber: '',
        lineItemId: '',
        action: action || 'place',
        milestone: milestone || 'submitted',
        occurredAt: text(described.occurredAt) || nowDateTime(),
        attributes,
        effects: [],
    }
    let problem = ''
    if (!action) problem = `event.action must be one of ${ACTIONS.join(', ')}`
    else if (!milestone) problem = `event.milestone must be one of ${MILESTONES.join(', ')}`
    if (problem || accountId) return { event, account: null, problem }
    // No account: simulate against the state and stage the admin describes (blank = never set).
    const account: AccountSnapshot = {
        id: '',
        name: '(described account)',
        state: oneOf<AccountState>(ACCOUNT_STATES, text(described.accountState)),
        stage: oneOf<Stage>(STAGES, text(described.accountStage)),
        pinnedUntil: '',
        pinReason: '',
    }
    return { event, account, problem }
}

/** The draft rule as the engine reads it, or the validation problems that stop it being simulated. */
function draftRuleOf(raw: Record<string, unknown>): { rule: MappingRule | null; problems: { field: string; message: string }[] } {
    const draft: Record<string, string> = {}
    for (const column of RULE_COLUMNS) draft[column] = text(raw[column])
    const problems = validateRule(draft)
    if (problems.length > 0) return { rule: null, problems }
    const id = text(raw.sys_id)
    return { rule: mappingRuleOf({ getValue: (field: string) => draft[field] ?? null, getUniqueValue: () => id }), problems }
}

export function simulateResult(request: ApiRequest): ApiResult {
    const denied = roleFailure(ADMIN_ROLE)
    if (denied) return denied
    const body = jsonBody(request)
    if (!body) return failure(400, 'Send a JSON object: {"orderId": "…"} or {"event": {…}}, optionally with "draftRule"')

    let draftRule: MappingRule | null = null
    if (body.draftRule !== undefined && body.draftRule !== null) {
        if (typeof body.draftRule !== 'object') return failure(400, 'draftRule must be an object of rule fields')
        const draft = draftRuleOf(body.draftRule as Record<string, unknown>)
        if (!draft.rule) return failure(400, draft.problems.map((p) => p.message).join('; '), { fields: draft.problems })
        draftRule = draft.rule
    }

    let events: OrderEvent[]
    let describedAccount: AccountSnapshot | null = null
    let order: { number: string; state: string } | null = null
    const orderRef = text(body.orderId)
    if (orderRef) {
        const found = eventsOfOrder(orderRef)
        if (!found) return failure(404, `No order ${orderRef}, or you may not read it`)
        events = found.events
        order = { number: found.orderNumber, state: found.orderState }
    } else if (body.event && typeof body.event === 'object') {
        const described = describedEvent(body.event as Record<string, unknown>)
        if (described.problem) return failure(400, described.problem)
        events = [described.event]
        describedAccount = described.account
    } else {
        return failure(400, 'Give orderId (sys_id or number) or event')
    }

    const rules = readRulesForWorkbench()
        .map((input) => input.rule)
        .filter((rule): rule is MappingRule => rule !== null)
    const results = []
    for (const event of events) {
        const account = describedAccount ?? readAccountSecure(event.accountId)
        if (!account) return failure(404, `No account ${event.accountId || '(blank)'} for the event, or you may not read it`)
        const facts = describedAccount ? NO_FACTS : glideAccountFactsReader.read(event, { services: true, completedOrders: true })
        results.push(simulate({ event, rules, account, facts, draftRule }))
    }
    return ok({ order, results, message: results.length === 0 ? 'The order is not at a milestone (or has no actionable lines): no event to evaluate.' : '' })
}

export function lintResult(_request: ApiRequest): ApiResult {
    const denied = roleFailure(ADMIN_ROLE)
    if (denied) return denied
    const inputs = readRulesForWorkbench()
    return ok({ rulesChecked: inputs.length, findings: lintRules(inputs, validateRule) })
}

/**
 * The inventory-state mapping in effect: each property with its states, every state the sold product's state
 * column knows (and any mapped state it does not) with the meaning it gets, and the problems an admin would be
 * refused for when saving the properties as they are. Read-only: the properties are edited in System Properties,
 * where their validation business rule runs.
 */
export function inventoryMappingResult(_request: ApiRequest): ApiResult {
    const denied = roleFailure(ADMIN_ROLE)
    if (denied) return denied
    const mapping = readInventoryMapping()
    const known = knownInventoryStates()
    const listed: string[] = []
    for (const meaning of MAPPED_MEANINGS) for (const state of mapping[meaning]) if (listed.indexOf(state) < 0) listed.push(state)
    const states = known.concat(listed.filter((state) => known.indexOf(state) < 0)).map((state) => {
        const meaning = meaningOf(mapping, state)
        return { state, meaning, label: MEANING_LABELS[meaning], known: known.indexOf(state) >= 0 }
    })
    const raw = {} as Record<MappedMeaning, string>
    for (const meaning of MAPPED_MEANINGS) raw[meaning] = mapping[meaning].join(',')
    const problems = validateInventoryMapping(raw, known).map((problem) => ({ property: MAPPING_PROPERTIES[problem.meaning], message: problem.message }))
    const properties = MAPPED_MEANINGS.map((meaning) => ({ meaning, label: MEANING_LABELS[meaning], property: MAPPING_PROPERTIES[meaning], states: mapping[meaning].slice() }))
    return ok({ properties, states, problems, unlisted: MEANING_LABELS.gone })
}

// Route entry points (RestApi `script`).

export function postSimulate(request: ApiRequest, response: ApiResponse): void {
    respond(response, () => simulateResult(request))
}

export function getLint(request: ApiRequest, response: ApiResponse): void {
    respond(response, () => lintResult(request))
}

export function getInventoryMapping(request: ApiRequest, response: ApiResponse): void {
    respond(response, () => inventoryMappingResult(request))
}
