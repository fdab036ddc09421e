'use strict';
// The action's entry point as the runner starts it (`node dist/index.js`).
// scripts/build-action.js bundles this file into dist/index.js and the
// action itself (main.js and all it loads) into dist/action.js, which this
// loads through the code cache (../code-cache.js): a later pywasm step on
// the same machine skips compiling the action's JavaScript.
require('../code-cache').requireCached(require('node:path').join(__dirname, 'action.js'));
