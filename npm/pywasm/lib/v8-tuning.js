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
// --no-wasm-loop-unrolling: TurboFan unrolls the interpreter's dispatch loop,
//   a copy of the whole bytecode switch, which makes that one compile take
//   twice as long (12 instead of 20 ms on Node 24, 17 instead of 31 on Node
//   20) for no measurable speed. A script that crosses the budget waits for
//   that compile at exit: ~4 ms sooner now.
const FLAGS = '--wasm-lazy-validation --wasm-tiering-budget=180000000 --no-wasm-loop-unrolling';

let tuned = false;

function tuneForOneShortRun() {
  require('node:v8').setFlagsFromString(FLAGS);
  tuned = true;
}

// Node keeps its own JavaScript compiled in a code cache that V8 accepts
// only while its flags are those the process started with. A Worker started
// after the flags above were set compiles Node's internals afresh: ~50 ms
// more to boot on the 2-core build machine (60 -> 110 ms, Node 20 and 24).
// withStartupFlags(fn) puts V8's defaults back while fn runs, then the
// tuning again: the HTTP worker of runSync (net/http-sync.js) is started and
// waited for inside it, while the interpreter sleeps. The defaults are V8's
// per version (node --v8-options); on a V8 not listed here fn just runs with
// the flags as they are, and the worker starts the slower way.
function defaultFlags() {
  const major = Number(process.versions.v8.split('.')[0]);
  if (major === 11) return '--no-wasm-lazy-validation --wasm-tiering-budget=1800000 --wasm-loop-unrolling';  // Node 20
  if (major === 12 || major === 13) return '--no-wasm-lazy-validation --wasm-tiering-budget=13000000 --wasm-loop-unrolling';  // Node 22, 24
  return null;
}

function withStartupFlags(fn) {
  const defaults = tuned ? defaultFlags() : null;
  if (!defaults) return fn();
  const v8 = require('node:v8');
  v8.setFlagsFromString(defaults);
  try {
    return fn();
  } finally {
    v8.setFlagsFromString(FLAGS);
  }
}

module.exports = { tuneForOneShortRun, withStartupFlags };
