'use strict';
// `http.request` for runSync: the guest's call must be answered before the
// handler returns, but Node does network I/O only on an event loop, and
// this thread's loop cannot turn while the guest runs on it. So a small
// Worker (http-worker.js) makes the request and this thread waits for its
// answer with Atomics.wait. The Worker starts on the first request and then
// serves every later one in the process; a run that never asks for HTTP
// loads neither node:worker_threads nor the HTTP code.
const path = require('node:path');

// Where the worker's script is: lib/net/ beside this file in a checkout or
// the package; lib/net/ again when this code runs bundled into
// lib/cli.bundle.js (the published CLI); dist/http-worker.js, a bundle of
// its own, when it runs in the action's dist/index.js.
const WORKER_SCRIPT = path.join(__dirname, path.basename(__dirname) === 'lib' ? 'net' : '', 'http-worker.js');

let client = null;
// The flag's values: 0 waiting, 1 an answer is on the port, 2 the worker has stopped.
const STOPPED = 2;

function start() {
  const fs = require('node:fs');
  if (!fs.existsSync(WORKER_SCRIPT)) throw new Error(`pywasm: the HTTP worker's script is missing: ${WORKER_SCRIPT}`);
  const { Worker, MessageChannel, receiveMessageOnPort } = require('node:worker_threads');
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const worker = new Worker(WORKER_SCRIPT, { workerData: { port: port2, signal }, transferList: [port2], stdout: false, stderr: false });
  const started = { worker, port: port1, flag: new Int32Array(signal), receive: () => receiveMessageOnPort(port1) };
  // An idle worker must not keep the process alive; one that failed is
  // replaced at the next request.
  worker.unref();
  port1.unref();
  worker.on('error', () => { if (client === started) client = null; });
  worker.on('exit', () => { if (client === started) client = null; });
  return started;
}

function httpRequestSync(args) {
  // A worker that ended since the last request (this thread may not have
  // turned its event loop since) is replaced.
  if (client && Atomics.load(client.flag, 0) === STOPPED) client = null;
  if (!client) {
    // The first request also waits for the worker to boot, which is quicker
    // with V8's start-up flags (v8-tuning.js says why).
    return require('../v8-tuning').withStartupFlags(() => {
      client = start();
      return exchange(args);
    });
  }
  return exchange(args);
}

function exchange(args) {
  const { port, flag, receive } = client;
  Atomics.store(flag, 0, 0);
  port.postMessage(args);
  for (;;) {
    Atomics.wait(flag, 0, 0);
    if (Atomics.load(flag, 0) === STOPPED) {
      // The worker ended (http-worker.js says so as it exits): this thread
      // could not have seen its 'exit' event while it waited.
      client = null;
      throw require('./http-errors').urlError('the HTTP worker stopped before answering');
    }
    const message = receive();
    if (!message) continue;
    const answer = message.message;
    if (answer.ok) return answer.ok;
    throw Object.assign(new Error(answer.error.message), { name: answer.error.name });
  }
}

module.exports = { httpRequestSync };
