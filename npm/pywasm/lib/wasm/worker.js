'use strict';
// Inside the Worker: one run of the interpreter (wasm/instance.js). Output
// goes to the parent as messages; host calls and stdin that the parent serves
// block this thread on Atomics.wait until the parent has put the answer on
// the port, which is then read synchronously with receiveMessageOnPort.
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
const { runInstance } = require('./instance');
const { stdinReader, chunkReader } = require('../streams');

const { wasmModule, job, stdin, port, ctrl, interrupt } = workerData;
const flag = new Int32Array(ctrl);

// A request the parent answers: post it, sleep until flag[0] is set, read the answer.
// The answer and the flag travel separately, and once in a CI run (REPL
// test, Node 24) the flag was seen before the answer could be received:
// then poll the port for a moment rather than read nothing.
const pause = new Int32Array(new SharedArrayBuffer(4));
function ask(message) {
  Atomics.store(flag, 0, 0);
  port.postMessage(message);
  Atomics.wait(flag, 0, 0);
  for (let waited = 0; ; waited++) {
    const received = receiveMessageOnPort(port);
    if (received) return received.message;
    if (waited >= 10000) throw new Error(`the host set its answer flag but sent no answer to a '${message.t}' request`);
    Atomics.wait(pause, 0, 0, 1);
  }
}

// Output is posted without waiting, but never more than OUTPUT_WINDOW bytes
// ahead of the parent: past that the guest waits until the parent has
// delivered what was sent and its destination has room (a slow stream), so a
// script writing faster than its reader cannot fill memory.
const OUTPUT_WINDOW = 4 * 1024 * 1024;
let unacknowledged = 0;

function writer(fd, isTTY) {
  // The bytes are a copy made by fd_write, so they can be transferred.
  return {
    isTTY,
    write: (bytes) => {
      unacknowledged += bytes.length;
      port.postMessage({ t: 'out', fd, bytes }, [bytes.buffer]);
      if (unacknowledged >= OUTPUT_WINDOW) {
        ask({ t: 'drain' });
        unacknowledged = 0;
      }
    },
  };
}

const tty = job.tty || {};
const io = {
  stdin: stdin.pull ? chunkReader(() => ask({ t: 'read' }).bytes) : stdinReader(stdin.bytes || (stdin.fd !== undefined ? { fd: stdin.fd } : null), tty.stdin),
  stdout: writer(1, Boolean(tty.stdout)),
  stderr: writer(2, Boolean(tty.stderr)),
  hostCall: (request) => ask({ t: 'call', request }).text,
  interrupted: interrupt ? () => Atomics.exchange(interrupt, 0, 0) !== 0 : null,
};

try {
  port.postMessage({ t: 'done', exitCode: runInstance(wasmModule, job, io) });
} catch (err) {
  port.postMessage({ t: 'fail', code: err.code || 'PYWASM_CRASHED', message: err.code ? err.message : `the engine failed: ${err && err.stack}` });
}
port.close();
