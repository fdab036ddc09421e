'use strict';
// The bundle's entry point (dist/index.js): runs the action for this
// process, as the runner starts it (`node dist/index.js`).
// V8 runs wasm on baseline (Liftoff) code first and recompiles hot functions
// with TurboFan on background threads; a process cannot exit while such a
// compile is running. With the default budget, the ~15 ms a typical step
// spends in Python starts a TurboFan compile of the interpreter's main loop,
// and the exit then waits ~25 ms for it: a third of the step. A budget 14x
// larger keeps short scripts on Liftoff code; long ones still tier up, a
// little later (measured in docs/action.md). Set before the module compiles.
require('node:v8').setFlagsFromString('--wasm-tiering-budget=180000000');
// Validate each wasm function when first compiled, not all up front (as the
// CLI does: bin/pywasm.js).
require('node:v8').setFlagsFromString('--wasm-lazy-validation');

const { runAction } = require('./index');
// Compiling the interpreter off this thread (V8's background compile) while
// the rest starts is cheaper than compiling it synchronously on first use.
const { compileInterpreter } = require('../module');

(async () => {
  if (compileInterpreter) await compileInterpreter();
  process.exitCode = runAction({ env: process.env, cwd: process.cwd() });
})();
