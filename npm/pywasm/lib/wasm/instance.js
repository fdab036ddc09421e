'use strict';
// One run of the interpreter module on this thread: the instance, its WASI
// and pywasm imports, and how the ways a run can end become exit codes or
// PywasmErrors. Used by the synchronous engine and inside the Worker.
const { Mount } = require('../wasi/sandbox');
const { FdTable } = require('../wasi/fds');
const { createWasiImports, createFsImports, ProcExit } = require('../wasi/imports');
const { createHostImports } = require('./host-imports');
const { PywasmError, TimeoutError } = require('../errors');
const { moduleArgs, moduleEnv } = require('../module-args');

// Thrown from pywasm.poll to stop the guest when its time is up.
class Deadline extends Error {}

// io = { stdin: {read(buf)->n}, stdout: {write(bytes)}, stderr: {write(bytes)},
//        hostCall(request) -> response, interrupted() -> bool }
function runInstance(module, job, io) {
  const mounts = job.mounts.map((m) => new Mount(m));
  const fds = new FdTable(mounts, { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr });
  let memory = null;
  const getMemory = () => memory;
  const timeoutMs = job.limits && job.limits.timeoutMs;
  const deadline = timeoutMs ? Date.now() + timeoutMs : null;
  const poll = () => {
    if (deadline !== null && Date.now() > deadline) throw new Deadline();
    return io.interrupted && io.interrupted() ? 1 : 0;
  };
  const imports = {
    wasi_snapshot_preview1: createWasiImports({ getMemory, fds, args: moduleArgs(job), env: moduleEnv(job) }),
    pywasm_fs: createFsImports({ getMemory, fds }),
    pywasm: createHostImports({ getMemory, hostCall: io.hostCall, poll }),
  };
  const instance = new WebAssembly.Instance(module, imports);
  memory = instance.exports.memory;
  try {
    instance.exports._start();
    return 0;
  } catch (err) {
    if (err instanceof ProcExit) return err.code;
    if (err instanceof Deadline) flushStopped(instance);
    throw engineError(err, timeoutMs);
  } finally {
    fds.closeAll();
  }
}

// A run stopped by its time limit: what the script printed is still in the
// module's stdout buffer. The module's export writes it out (one fd_write,
// no Python runs); a module without it, or a failing write, loses only that.
function flushStopped(instance) {
  const flush = instance.exports.pywasm_flush_stdout;
  if (typeof flush !== 'function') return;
  try {
    flush();
  } catch {
    // Nothing more to save.
  }
}

// What a run that did not exit normally becomes.
function engineError(err, timeoutMs) {
  if (err instanceof Deadline) return timeoutError(timeoutMs);
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    // The engine's native stack ran out before MicroPython's own check fired
    // (deep recursion inside C code, such as printing a deeply nested list).
    // The interpreter cannot continue, but the host is unharmed.
    return new PywasmError('PYWASM_STACK_EXHAUSTED', 'RecursionError: maximum recursion depth exceeded (the engine ran out of native stack)');
  }
  if (err instanceof WebAssembly.RuntimeError) {
    return new PywasmError('PYWASM_CRASHED', `the interpreter stopped with an engine error: ${err.message}`);
  }
  return err;
}

function timeoutError(timeoutMs) {
  return new TimeoutError(`the script ran longer than its time limit (${timeoutMs / 1000} s) and was stopped`);
}

module.exports = { runInstance, timeoutError };
