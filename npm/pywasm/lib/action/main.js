'use strict';
// The bundle's entry point (dist/index.js): runs the action for this
// process, as the runner starts it (`node dist/index.js`).
const fs = require('node:fs');
const { runAction } = require('./index');

// Compiling the interpreter off this thread (V8's background compile) while
// the rest starts is cheaper than compiling it synchronously on first use.
const { compileInterpreter } = require('../module');

(async () => {
  if (compileInterpreter) await compileInterpreter();
  process.exitCode = runAction({
    env: process.env,
    cwd: process.cwd(),
    io: { log: (text) => fs.writeSync(1, text) },
  });
})();
