'use strict';
const { errno, fromNodeCode } = require('./constants');

// Thrown inside our WASI functions; the import wrapper returns its errno.
class WasiError extends Error {
  constructor(code) {
    super(`wasi errno ${code}`);
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
