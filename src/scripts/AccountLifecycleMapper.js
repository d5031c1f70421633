// Classic script-include bridge: lets business rules (and any scope-internal caller) reach the TypeScript
// mapper module by name. Keep it thin; all logic lives in src/server/glide/account-lifecycle-mapper.ts.
// The require path is the module name the build gives that file: <scope>/<package name>/<version>/<path>.
// It embeds package.json's version, so a version bump must update it (the build does not check it).
var AccountLifecycleMapper = Class.create();
AccountLifecycleMapper.prototype = {
    initialize: function () {
        this.mapper = require('x_oal_lifecycle/order-account-lifecycle/0.1.0/src/server/glide/account-lifecycle-mapper.ts');
    },

    onLineChange: function (current, previous) {
        this.mapper.handleLineChange(current, previous);
    },

    onOrderChange: function (current, previous) {
        this.mapper.handleOrderChange(current, previous);
    },

    type: 'AccountLifecycleMapper',
};
