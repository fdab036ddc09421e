'use strict';
// V8 flags for a process that exists to run one Python program and exit: the
// action (action/main.js) sets them at start-up, the CLI (cli.js) once it
// knows the wasm engine will run the script; both before the interpreter
// module compiles. The library never does: they are process-wide, and a
// host's flags are its own business.
//
// --wasm-lazy-validation: validate each wasm function when it is first
//   compiled instead of all ~700 KB up front (Node 22+; Node 20 ignores it).
//   The compile step goes from ~4-9 ms to ~1 ms.
// --wasm-tiering-budget: V8 runs wasm on baseline (Liftoff) code and
//   recompiles hot functions with TurboFan on background threads, and a
//   process cannot exit while such a compile runs. With the default budget a
//   script that runs ~10-20 ms of Python (a few imports) starts a TurboFan
//   compile of the interpreter's main loop, and the exit then waits 25-45 ms
//   for it. A budget 14x larger keeps short runs on Liftoff code; long runs
//   still tier up, a little later (measured in docs/interpreter.md).
const FLAGS = '--wasm-lazy-validation --wasm-tiering-budget=180000000';

function tuneForOneShortRun() {
  require('node:v8').setFlagsFromString(FLAGS);
}

module.exports = { tuneForOneShortRun };
