'use strict';
// The wasm engine: the interpreter module on Node's own WebAssembly, with our
// WASI layer (wasi/). Implements the engine interface described in engine.js.
//
// runSync runs on the calling thread: cheapest to start (the CLI uses it), but
// limited to the thread's native stack and to synchronous host handlers.
// run() runs in a Worker with a bigger stack (wasm/worker-host.js).
const { runInstance } = require('./wasm/instance');
const { interpreterModule } = require('./module');
const { stdinReader, callbackWriter } = require('./streams');
const { serveSync } = require('./host-calls');
const { moduleMounts } = require('./module-args');

function runSync(job) {
  const tty = job.tty || {};
  const handlers = job.hostHandlers || {};
  const exitCode = runInstance(interpreterModule(), { ...job, mounts: moduleMounts(job) }, {
    stdin: stdinReader(job.stdin, tty.stdin),
    stdout: callbackWriter(job.onStdout, Boolean(tty.stdout)),
    stderr: callbackWriter(job.onStderr, Boolean(tty.stderr)),
    hostCall: (request) => serveSync(handlers, request),
    interrupted: job.interrupt ? () => Atomics.exchange(job.interrupt, 0, 0) !== 0 : null,
  });
  return { exitCode };
}

function run(job) {
  return require('./wasm/worker-host').runInWorker(job);
}

module.exports = { name: 'wasm', runSync, run };
