var ConfUtil = Class.create()
ConfUtil.prototype = {
    initialize: function () {
        // A relative require from a script starts at the app's package root (the SDK's own glue code writes './src/…').
        this._text = require('./src/server/text.ts')
    },
    describe: function (value) {
        if (global.JSUtil.nil(value)) return 'nothing'
        return this._text.shout(String(value))
    },
    encode: function (object) {
        return new global.JSON().encode(object)
    },
    decode: function (text) {
        return new global.JSON().decode(text)
    },
    type: 'ConfUtil',
}
