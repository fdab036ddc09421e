'use strict';
// The wasm engine: runs the interpreter module on Node's own WebAssembly.
//
// Engine interface (the native engine, engine-native.js, implements the same):
//   runSync(job) -> { exitCode }             on the calling thread
//   run(job)     -> Promise<{ exitCode }>    off the calling thread (worker-run.js)
// where job = {
//   args:     string[]    the interpreter's command line after argv[0]
//   env:      {K: V}      the whole environment the guest sees
//   mounts:   [{host, guest, readOnly}]
//   stdin, stdout, stderr: streams from streams.js (runSync) or their descriptions (run)
//   handlers: {name: fn}  host calls
//   timeoutMs, heapBytes  limits (absent: none)
// }
// A limit or engine failure throws a PywasmError with a stable `code`.
const { Mount } = require('./wasi/sandbox');
const { FdTable } = require('./wasi/fds');
const { createWasiImports, ProcExit } = require('./wasi/imports');
const { createHostImports } = require('./host');
const { interpreterModule } = require('./module');
const { PywasmError } = require('./errors');

class Deadline extends Error {}

function interpreterArgs(job) {
  const args = ['pywasm'];
  if (job.heapBytes) args.push('-X', `heapsize=${job.heapBytes}`);
  return args.concat(job.args);
}

function runSync(job, { poll } = {}) {
  const mounts = job.mounts.map((m) => new Mount(m));
  const fds = new FdTable(mounts, { stdin: job.stdin, stdout: job.stdout, stderr: job.stderr });
  let memory = null;
  const getMemory = () => memory;
  const deadline = job.timeoutMs ? Date.now() + job.timeoutMs : null;
  const pollHost = () => {
    if (deadline !== null && Date.now() > deadline) throw new Deadline();
    return poll ? poll() : 0;
  };
  const imports = {
    wasi_snapshot_preview1: createWasiImports({ getMemory, fds, args: interpreterArgs(job), env: job.env }),
    pywasm: createHostImports({ getMemory, handlers: job.handlers, poll: pollHost }),
  };
  const instance = new WebAssembly.Instance(interpreterModule(), imports);
  memory = instance.exports.memory;
  try {
    instance.exports._start();
    return { exitCode: 0 };
  } catch (err) {
    if (err instanceof ProcExit) return { exitCode: err.code };
    if (err instanceof Deadline) {
      throw new PywasmError('PYWASM_TIMEOUT', `the script ran longer than its time limit (${job.timeoutMs / 1000} s) and was stopped`);
    }
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      // The engine's native stack ran out before MicroPython's own check
      // (deep recursion inside C code, such as printing a deeply nested
      // list); the interpreter cannot continue, but the host is unharmed.
      throw new PywasmError('PYWASM_STACK_EXHAUSTED', 'RecursionError: maximum recursion depth exceeded (the engine ran out of stack; the library API\'s async run() has a deeper stack)');
    }
    if (err instanceof WebAssembly.RuntimeError) {
      throw new PywasmError('PYWASM_CRASHED', `the interpreter stopped with an engine error: ${err.message}`);
    }
    throw err;
  } finally {
    for (const entry of fds.entries.values()) {
      if (entry.kind === 'file') {
        try { require('node:fs').closeSync(entry.hostFd); } catch { /* already closed */ }
      }
    }
  }
}

module.exports = { runSync, interpreterArgs };
