var ConfAjax = Class.create()
ConfAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {
    greet: function () {
        var name = this.getParameter('sysparm_who')
        return 'Hello ' + (global.JSUtil.notNil(name) ? name : 'nobody')
    },
    type: 'ConfAjax',
})
