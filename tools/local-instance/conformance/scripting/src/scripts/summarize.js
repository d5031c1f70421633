(function executeRule(current, previous) {
    var same = new GlideQuery('x_conf_scr_item').where('name', current.getValue('name')).count()
    current.setValue('summary', 'same name: ' + same + '; ' + new x_conf_scr.ConfUtil().describe(current.getValue('name')))
})(current, previous)
