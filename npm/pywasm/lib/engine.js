'use strict';
// Engines and how one is chosen.
//
// THE ENGINE INTERFACE. Both engines (engine-wasm.js here, engine-native.js
// over the Rust addon) export the same two functions and behave the same:
//
//   runSync(job) -> { exitCode }            runs on the calling thread, blocking it
//   run(job)     -> Promise<{ exitCode }>   runs off the calling thread
//
// job = {
//   argv:   string[]  the interpreter's command line after argv[0] ("pywasm"),
//                     e.g. ['-c', code, 'a'], ['/w/s.py', 'a'], ['-m', '_pywasm_session']
//   env:    { [name]: string }  the guest's whole environment; nothing of
//                     process.env is added by the engine
//   mounts: [{ host, guest, readOnly }]  host: absolute host directory; guest:
//                     absolute guest path; preopened in this order from fd 3
//   cwd:    string | undefined  the guest's working directory (a guest path);
//                     the engine passes it to the module as env PWD
//   stdin:  null                       empty (reads see end of file)
//         | Uint8Array                 these bytes, then end of file
//         | { fd: number }             a host fd read as the guest reads (the CLI: { fd: 0 })
//         | AsyncIterable<Uint8Array>  run() only: chunks pulled as the guest reads
//   onStdout(chunk: Uint8Array), onStderr(chunk: Uint8Array)
//                     each guest write as it happens; runSync calls them during
//                     the run, run() on the caller's event loop, in write order
//   whenDrained: () => Promise | undefined   optional, run() only: resolves when
//                     the destinations of onStdout/onStderr can take more; an
//                     engine that queues output waits on it before letting the
//                     guest run further ahead (flow control for slow streams)
//   limits: { timeoutMs?: number, memoryBytes?: number }  memoryBytes caps the
//                     Python heap (MemoryError past it: the module's -X heapsize)
//   signal: AbortSignal | undefined  run() only: aborting ends the run at once
//   hostHandlers: { [name]: (args) => value }  pywasm.host_call handlers; run()
//                     also accepts handlers returning a Promise. A thrown error
//                     answers {"error": {"type": err.name, "message": err.message}}.
//                     While the guest waits on a handler's Promise, run() does
//                     not keep the event loop alive by itself (an idle
//                     Interpreter lets the process exit)
//   interrupt: Int32Array over a SharedArrayBuffer | undefined  run() only: while
//                     interrupt[0] is non-zero, pywasm.poll returns 1 (the guest
//                     raises KeyboardInterrupt) and the host resets it to 0
// }
//
// A run that exits (proc_exit, or returning from _start) resolves with its
// exit code, Python errors included (exit 1 after printing the traceback).
// A limit or an engine failure throws/rejects a PywasmError whose `code` is one of
//   PYWASM_TIMEOUT          timeoutMs passed
//   PYWASM_ABORTED          signal aborted
//   PYWASM_STACK_EXHAUSTED  the engine's own stack ran out before MicroPython's check
//   PYWASM_CRASHED          the module trapped (a bug in the module or the engine)
// and loading an engine that cannot run here throws PYWASM_ENGINE_UNAVAILABLE.
const { PywasmError } = require('./errors');

const ENGINES = ['auto', 'native', 'wasm'];

// 'auto' prefers the native engine when its addon loads, else the wasm engine.
function loadEngine(choice = 'auto') {
  if (!ENGINES.includes(choice)) {
    throw new PywasmError('PYWASM_BAD_OPTION', `engine: unknown engine '${choice}' (auto, native or wasm)`);
  }
  if (choice !== 'wasm') {
    try {
      const native = require('./engine-native');
      if (typeof native.available !== 'function' || native.available()) return native;
      if (choice === 'native') throw new Error(native.unavailableReason ? native.unavailableReason() : 'no prebuilt addon for this platform');
    } catch (err) {
      if (choice === 'native') {
        throw new PywasmError('PYWASM_ENGINE_UNAVAILABLE', `the native engine is unavailable: ${err.message}`);
      }
    }
  }
  // `node --jitless` (or a V8 built without it) has no WebAssembly at all.
  if (typeof WebAssembly === 'undefined') {
    throw new PywasmError('PYWASM_ENGINE_UNAVAILABLE', 'the wasm engine is unavailable: this Node runs without WebAssembly (started with --jitless?)'
      + (choice === 'wasm' ? '' : '; the native engine, which does not need it, has no addon for this platform'));
  }
  return require('./engine-wasm');
}

module.exports = { ENGINES, loadEngine };
