'use strict';
// The guest's standard streams as the WASI layer sees them: stdin is
// something to read(buffer) -> n from (0 at end of input), stdout and stderr
// something to write(bytes) to. Each engine mode builds them from the job.
const fs = require('node:fs');

const pause = new Int32Array(new SharedArrayBuffer(4));

// A host fd read synchronously. A non-blocking fd (a terminal or pipe Node
// has set O_NONBLOCK on) reports EAGAIN: wait briefly and retry.
function fdReader(fd, isTTY = false) {
  return {
    isTTY,
    read(buffer) {
      for (;;) {
        try {
          return fs.readSync(fd, buffer, 0, buffer.length, null);
        } catch (err) {
          if (err.code === 'EAGAIN') { Atomics.wait(pause, 0, 0, 5); continue; }
          if (err.code === 'EOF') return 0;
          throw err;
        }
      }
    },
  };
}

// Bytes given up front, then end of input.
function bytesReader(bytes) {
  const data = bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : Buffer.alloc(0);
  let offset = 0;
  return {
    isTTY: false,
    read(buffer) {
      const n = Math.min(buffer.length, data.length - offset);
      data.copy(buffer, 0, offset, offset + n);
      offset += n;
      return n;
    },
  };
}

// Chunks from a synchronous source: next() -> Uint8Array, empty at the end.
function chunkReader(next) {
  let chunk = Buffer.alloc(0);
  let ended = false;
  return {
    isTTY: false,
    read(buffer) {
      while (chunk.length === 0 && !ended) {
        const got = next();
        if (!got || got.length === 0) ended = true;
        else chunk = Buffer.from(got.buffer, got.byteOffset, got.byteLength);
      }
      const n = Math.min(buffer.length, chunk.length);
      chunk.copy(buffer, 0, 0, n);
      chunk = chunk.subarray(n);
      return n;
    },
  };
}

// stdin as the engine interface describes it (null, bytes or {fd}), for a
// synchronous reader on this thread.
function stdinReader(stdin, isTTY) {
  if (stdin === null || stdin === undefined) return bytesReader(null);
  if (stdin instanceof Uint8Array) return bytesReader(stdin);
  if (typeof stdin === 'object' && Number.isInteger(stdin.fd)) {
    return fdReader(stdin.fd, isTTY !== undefined ? isTTY : require('node:tty').isatty(stdin.fd));
  }
  throw new TypeError('stdin: expected null, a Uint8Array or { fd } here');
}

// A host fd written synchronously, retrying on EAGAIN.
function fdWriter(fd, isTTY = false) {
  return {
    isTTY,
    write(bytes) {
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
        } catch (err) {
          if (err.code === 'EAGAIN') { Atomics.wait(pause, 0, 0, 1); continue; }
          throw err;
        }
      }
    },
  };
}

// Output to a callback; without one it is dropped.
function callbackWriter(callback, isTTY = false) {
  return { isTTY, write: callback ? (bytes) => callback(bytes) : () => {} };
}

module.exports = { fdReader, bytesReader, chunkReader, stdinReader, fdWriter, callbackWriter };
