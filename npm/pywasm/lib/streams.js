'use strict';
// Standard streams for the guest: where its stdin comes from and where its
// stdout/stderr go. Used by the synchronous engine (and inside the Worker).
const fs = require('node:fs');

const pause = new Int32Array(new SharedArrayBuffer(4));

// A host fd read synchronously; EAGAIN (a non-blocking pipe or terminal)
// waits briefly and retries, end of input reads as 0.
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

// Bytes given up front (a string or Buffer).
function bufferReader(data) {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data || []);
  let offset = 0;
  return {
    isTTY: false,
    read(buffer) {
      const n = Math.min(buffer.length, bytes.length - offset);
      bytes.copy(buffer, 0, offset, offset + n);
      offset += n;
      return n;
    },
  };
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

function callbackWriter(callback, isTTY = false) {
  return { isTTY, write: (bytes) => callback(bytes) };
}

module.exports = { fdReader, bufferReader, fdWriter, callbackWriter };
