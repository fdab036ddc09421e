'use strict';
// The action (bundled as dist/action.js, which dist/index.js loads: see
// entry.js): runs the step for this process.
// Flags for a one-shot run, set before the module compiles (why:
// ../v8-tuning.js; the tiering budget's effect on a step: docs/action.md).
require('../v8-tuning').tuneForOneShortRun();
// The interpreter compiles on V8's background threads while this thread
// loads the rest of the action and prepares the step.
// A module that fails to compile fails again, with its reason, on first use.
const compiled = require('../module').compileInterpreter().catch(() => {});
const { prepareAction, runPrepared } = require('./index');

(async () => {
  // The step's inputs, mounts and job are ready before the module is.
  const prepared = prepareAction({ env: process.env, cwd: process.cwd() });
  if (!prepared.job) {
    process.exitCode = prepared.exitCode;
    return;
  }
  await compiled;
  process.exitCode = runPrepared(prepared);
})();

// For ../code-cache.js, which loads this bundle: V8's flags as the process
// started, while it makes the cache (v8-tuning.js changes them).
module.exports = { withStartupFlags: require('../v8-tuning').withStartupFlags };
