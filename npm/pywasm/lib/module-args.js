'use strict';
// The interpreter module's command line, environment and mounts for an
// engine job (docs/module-interface.md, "Process conventions"). Both engines
// use these; this file requires nothing of the wasm engine's WASI layer, so
// the native engine loads it alone.
const fs = require('node:fs');
const { libraryPath, LIBRARY_GUEST } = require('./module');
const { PywasmError } = require('./errors');

// python3's interpreter flags as the module takes them (port/main.c; -OO
// works as -O there, MicroPython keeping no docstrings), besides -W and its
// value. The library's flags option and the CLI's letters both check
// against this list.
const INTERPRETER_FLAGS = ['-u', '-O', '-OO', '-E', '-I'];

// argv[0], the heap limit, then the job's command line.
function moduleArgs(job) {
  const args = ['pywasm'];
  const heap = job.limits && job.limits.memoryBytes;
  if (heap) args.push('-X', `heapsize=${heap}`);
  return args.concat(job.argv);
}

// The job's environment, with PWD naming the guest's working directory.
function moduleEnv(job) {
  return job.cwd ? { ...job.env, PWD: job.cwd } : { ...job.env };
}

// The job's mounts, then the library beside the module, read-only: it comes
// last, so the job's own mounts keep their descriptors (3 onwards).
function moduleMounts(job) {
  const library = libraryPath();
  if (!fs.existsSync(library)) {
    throw new PywasmError('PYWASM_ENGINE_UNAVAILABLE', `the interpreter's library is missing: ${library} (reinstall pywasm, or run npm run build:wasm in a checkout)`);
  }
  return [...(job.mounts || []), { host: library, guest: LIBRARY_GUEST, readOnly: true }];
}

module.exports = { INTERPRETER_FLAGS, moduleArgs, moduleEnv, moduleMounts };
