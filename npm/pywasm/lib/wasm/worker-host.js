'use strict';
// The parent's side of a run in a Worker (engine-wasm.js run()): starts the
// Worker with a deep native stack, delivers its output, serves its host calls
// and stdin reads, and ends it on timeout or abort with Worker.terminate.
const path = require('node:path');
const { Worker, MessageChannel, receiveMessageOnPort } = require('node:worker_threads');
const { interpreterModule } = require('../module');
const { serveAsync } = require('../host-calls');
const { moduleMounts } = require('../module-args');
const { timeoutError } = require('./instance');
const { PywasmError, AbortError, typedError } = require('../errors');
// This file runs from lib/wasm/, or bundled into lib/cli.bundle.js (the
// published CLI: scripts/pack.js); the worker's script is lib/wasm/worker.js.
const WORKER_SCRIPT = path.join(__dirname, path.basename(__dirname) === 'wasm' ? '' : 'wasm', 'worker.js');

// MicroPython's C stack is 1 MiB of linear memory, but each of its C frames
// also takes a native frame in V8; 64 MB keeps V8's stack the deeper one, so
// MicroPython's RecursionError fires first.
const STACK_SIZE_MB = 64;

function stdinForWorker(stdin) {
  if (stdin === null || stdin === undefined) return { transfer: [], data: {} };
  if (stdin instanceof Uint8Array) return { transfer: [], data: { bytes: stdin } };
  if (typeof stdin === 'object' && Number.isInteger(stdin.fd)) return { transfer: [], data: { fd: stdin.fd } };
  if (stdin && typeof stdin[Symbol.asyncIterator] === 'function') return { transfer: [], data: { pull: true }, iterator: stdin[Symbol.asyncIterator]() };
  throw new TypeError('stdin: expected null, a Uint8Array, { fd } or an async iterable');
}

function runInWorker(job) {
  return new Promise((resolve, reject) => {
    const signal = job.signal;
    if (signal && signal.aborted) {
      reject(abortError(signal));
      return;
    }
    const input = stdinForWorker(job.stdin);
    const { port1, port2 } = new MessageChannel();
    const ctrl = new SharedArrayBuffer(4);
    const flag = new Int32Array(ctrl);
    const plain = { argv: job.argv, env: job.env, mounts: moduleMounts(job), cwd: job.cwd, limits: job.limits || {}, tty: job.tty || {} };
    const worker = new Worker(WORKER_SCRIPT, {
      workerData: { wasmModule: interpreterModule(), job: plain, stdin: input.data, port: port2, ctrl, interrupt: job.interrupt || null },
      transferList: [port2],
      resourceLimits: { stackSizeMb: STACK_SIZE_MB },
      env: {},  // the guest's environment is job.env, never this process's
      stdout: false,
      stderr: false,
    });
    let settled = false;
    let timer = null;
    const finish = (err, value) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (signal) signal.removeEventListener('abort', onAbort);
      port1.close();
      worker.terminate();
      if (err) reject(err); else resolve(value);
    };
    const onAbort = () => finish(abortError(signal));
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    const timeoutMs = job.limits && job.limits.timeoutMs;
    if (timeoutMs) timer = setTimeout(() => finish(timeoutError(timeoutMs)), timeoutMs);

    const hold = (on) => {
      if (settled) return;
      if (on) { worker.ref(); port1.ref(); } else { worker.unref(); port1.unref(); }
    };
    const answer = (message) => {
      if (settled) return;
      port1.postMessage(message);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    };
    const onMessage = (msg) => {
      switch (msg.t) {
        case 'out': {
          const callback = msg.fd === 1 ? job.onStdout : job.onStderr;
          try {
            if (callback) callback(msg.bytes);
          } catch (err) {
            finish(err);  // the embedder's own callback failed: end the run with its error
          }
          break;
        }
        case 'call':
          // While the guest waits on a handler, only what the handler waits
          // on keeps the process alive (an idle Interpreter does not).
          hold(false);
          serveAsync(job.hostHandlers, msg.request).then((response) => {
            hold(true);
            answer({ text: responseText(response) });
          });
          break;
        case 'drain':
          // Every earlier 'out' has been delivered (messages keep their
          // order); answer once the destinations have room again.
          Promise.resolve(job.whenDrained ? job.whenDrained() : undefined).then(() => answer({}), (err) => finish(err));
          break;
        case 'read':
          nextChunk(input.iterator).then((bytes) => answer({ bytes }), (err) => finish(err));
          break;
        case 'done': finish(null, { exitCode: msg.exitCode }); break;
        case 'fail': finish(typedError(new PywasmError(msg.code, msg.message))); break;
        default: break;
      }
    };
    port1.on('message', onMessage);
    worker.on('error', (err) => finish(new PywasmError('PYWASM_CRASHED', `the engine's worker failed: ${err.message}`)));
    worker.on('exit', (code) => {
      // Messages the worker posted just before it ended may still be queued.
      for (let m; !settled && (m = receiveMessageOnPort(port1));) onMessage(m.message);
      finish(new PywasmError('PYWASM_CRASHED', `the engine's worker exited unexpectedly (code ${code})`));
    });
  });
}

// A handler's value that JSON cannot carry becomes the handler's error here,
// before it has to cross to the Worker.
function responseText(response) {
  try {
    return JSON.stringify(response);
  } catch (err) {
    return JSON.stringify({ error: { type: 'HostCallError', message: `host handler result is not JSON: ${err.message}` } });
  }
}

async function nextChunk(iterator) {
  for (;;) {
    const { value, done } = await iterator.next();
    if (done) return new Uint8Array(0);
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    if (bytes.length > 0) return bytes;
  }
}

function abortError(signal) {
  return new AbortError('the run was aborted', signal.reason);
}

module.exports = { runInWorker };
