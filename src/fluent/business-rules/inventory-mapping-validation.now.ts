import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { validateInventoryProperty } from '../../server/glide/inventory-mapping-validation'

// Before one of the inventory-state mapping properties is saved: refuse unknown or doubly listed states,
// naming the property (aborts the save).
export const inventoryMappingValidationRule = BusinessRule({
    $id: Now.ID['br-inventory-mapping-validation'],
    name: 'Account lifecycle: validate inventory state mapping',
    table: 'sys_properties',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    filterCondition: 'nameSTARTSWITHx_oal_lifecycle.inventory.',
    script: validateInventoryProperty,
    description: 'Validates the x_oal_lifecycle.inventory.* properties against the sold product state choices and aborts the save on problems.',
    active: true,
})
