import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { RULE_TABLE } from '../../server/app-schema'
import { validateRuleRecord } from '../../server/glide/rule-record-validation'

// Before a mapping rule is saved: reject invalid rules with one message per problem (aborts the save).
export const ruleValidationRule = BusinessRule({
    $id: Now.ID['br-rule-validation'],
    name: 'Account lifecycle: validate mapping rule',
    table: RULE_TABLE,
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    script: validateRuleRecord,
    description: 'Validates a mapping rule with the same checks as the rules workbench and aborts the save on problems.',
    active: true,
})
