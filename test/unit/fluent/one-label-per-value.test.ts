// One label per stored value: the Fluent choice lists (what forms and lists show) and the core's labels (what
// explanations, the REST API and the UI pages show) must say the same thing for every value.
import * as choices from '../../../src/fluent/tables/choice-lists'
import {
    ACTION_LABELS,
    CHURN_TYPE_LABELS,
    CONDITION_FIELD_LABELS,
    CONDITION_OPERATOR_LABELS,
    MILESTONE_LABELS,
    MOVEMENT_LABELS,
    OUTCOME_LABELS,
    PENDING_CHANGE_LABELS,
    REASON_MATCH_LABELS,
    SCOPE_LABELS,
    SOURCE_LABELS,
    STAGE_LABELS,
    STATE_LABELS,
} from '../../../src/server/lifecycle/labels'

const pairs: Array<[string, Record<string, { label: string }>, Record<string, string>]> = [
    ['action', choices.ACTION_CHOICES, ACTION_LABELS],
    ['milestone', choices.MILESTONE_CHOICES, MILESTONE_LABELS],
    ['state', choices.ACCOUNT_STATE_CHOICES, STATE_LABELS],
    ['stage', choices.STAGE_CHOICES, STAGE_LABELS],
    ['outcome', choices.OUTCOME_CHOICES, OUTCOME_LABELS],
    ['scope', choices.RULE_SCOPE_CHOICES, SCOPE_LABELS],
    ['condition field', choices.CONDITION_FIELD_CHOICES, CONDITION_FIELD_LABELS],
    ['condition operator', choices.CONDITION_OPERATOR_CHOICES, CONDITION_OPERATOR_LABELS],
    ['event source', choices.EVENT_SOURCE_CHOICES, SOURCE_LABELS],
    ['churn type', choices.CHURN_TYPE_CHOICES, CHURN_TYPE_LABELS],
    ['movement', choices.MOVEMENT_CHOICES, MOVEMENT_LABELS],
    ['pending change', choices.PENDING_CHANGE_CHOICES, PENDING_CHANGE_LABELS],
    ['reason match', choices.REASON_MATCH_CHOICES, REASON_MATCH_LABELS],
]

describe.each(pairs)('%s labels', (_name, choiceList, labels) => {
    it('name the same values', () => expect(Object.keys(choiceList).sort()).toEqual(Object.keys(labels).sort()))
    it('say the same words', () => {
        for (const value of Object.keys(labels)) expect(`${value}: ${choiceList[value].label}`).toBe(`${value}: ${labels[value]}`)
    })
})
