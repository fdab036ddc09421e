'use strict';
// Where a run's stdout and stderr go: collected for the result, a callback,
// a writable stream, or this process's own fd. stderr's last bytes are always
// kept, to read back the traceback of an exception that ended the run.
const TAIL_BYTES = 64 * 1024;

function sink(target, keepTail) {
  const chunks = [];
  let tail = Buffer.alloc(0);
  let write;
  if (target.capture) write = (b) => chunks.push(b);
  else if (target.callback) write = target.callback;
  else if (target.stream) write = (b) => target.stream.write(b);
  else {
    const w = require('./streams').fdWriter(target.fd);
    write = (b) => w.write(b);
  }
  return {
    write(bytes) {
      const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      if (keepTail) tail = tail.length + b.length > 2 * TAIL_BYTES ? Buffer.concat([tail, b]).subarray(-TAIL_BYTES) : Buffer.concat([tail, b]);
      write(b);
    },
    collected: (encoding) => {
      const all = Buffer.concat(chunks);
      return encoding === 'buffer' ? all : all.toString('utf8');
    },
    tail: () => tail.subarray(-TAIL_BYTES).toString('utf8'),
    // Resolves when a stream destination has room again (its 'drain').
    drained: () => (target.stream && target.stream.writableNeedDrain && !target.stream.destroyed
      ? new Promise((resolve) => {
        const done = () => { target.stream.off('drain', done); target.stream.off('close', done); target.stream.off('error', done); resolve(); };
        target.stream.on('drain', done);
        target.stream.on('close', done);
        target.stream.on('error', done);
      })
      : undefined),
  };
}

module.exports = { sink };
