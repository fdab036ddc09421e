'use strict';
// The thread that makes HTTP requests for runSync (http-sync.js). The
// calling thread sleeps in Atomics.wait while the guest waits for its
// answer, so the request needs an event loop of its own: this one.
// In the action this file is bundled, with http-request.js, into
// dist/http-worker.js (scripts/build-action.js).
const { workerData } = require('node:worker_threads');

const { port, signal } = workerData;
const flag = new Int32Array(signal);
// However this thread ends (an uncaught error included), the waiting thread
// is woken and told (2: stopped); otherwise it would wait forever.
process.on('exit', () => {
  Atomics.store(flag, 0, 2);
  Atomics.notify(flag, 0);
});
const { httpRequest } = require('./http-request');

port.on('message', async (args) => {
  let answer;
  try {
    answer = { ok: await httpRequest(args) };
  } catch (err) {
    answer = { error: { name: (err && err.name) || 'Error', message: String(err && err.message !== undefined ? err.message : err) } };
  }
  port.postMessage(answer);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
