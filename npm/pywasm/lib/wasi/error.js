'use strict';
const { errno, fromNodeCode } = require('./constants');

// Thrown inside our WASI functions; the import wrapper returns its errno.
// No stack trace is taken: the wrapper only reads the errno, and walking the
// guest's wasm frames made an ENOENT (imports probe many) cost tens of µs.
class WasiError extends Error {
  constructor(code) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`wasi errno ${code}`);
    Error.stackTraceLimit = limit;
    this.errno = code;
  }
}

// The errno for anything a WASI function threw (a WasiError or a Node fs error).
function errnoOf(err) {
  if (err instanceof WasiError) return err.errno;
  if (err && typeof err.code === 'string' && err.code in fromNodeCode) return fromNodeCode[err.code];
  return errno.IO;
}

module.exports = { WasiError, errnoOf };
