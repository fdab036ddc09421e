'use strict';
// The native engine: the interpreter on wasmer inside our Rust addon
// (crates/pywasm-node over crates/pywasm-runtime). Implements the engine
// interface described in engine.js; the addon does the running, this file
// only translates the job and serves the run's events.
//
// The addon comes from the platform package (pywasm-<triple>, an optional
// dependency), from a checkout's npm/<triple>/ after
// crates/pywasm-node/build-addon.sh, or from PYWASM_NATIVE_ADDON (a path).
//
// Beyond the interface, limits may carry two native-only entries:
//   wasmMemoryBytes  cap on the module's whole linear memory (PYWASM_MEMORY_LIMIT)
//   fuel             deterministic budget of wasm operators (PYWASM_FUEL_EXHAUSTED)
const path = require('node:path');
const { PywasmError, AbortError, typedError } = require('./errors');
const { moduleArgs, moduleEnv, moduleMounts } = require('./module-args');
// Loaded on first use (a host call, a failing output callback): most runs
// need neither, and a CLI start pays for every file it loads.
const serveSync = (...a) => require('./host-calls').serveSync(...a);
const serveAsync = (...a) => require('./host-calls').serveAsync(...a);
const errnoOf = (err) => require('./wasi/error').errnoOf(err);

// Event kinds the addon reports (crates/pywasm-node/src/events.rs).
const STDOUT = 1;
const STDERR = 2;
const HOST_CALL = 3;
const DONE = 4;
const STDIN_READ = 5;
const DRAIN = 6;

let addon = null;
let loadError = null;

// The napi-rs platform triple of this process, or null when no package exists.
// musl or glibc. ldd is a script naming its libc; process.report, the
// fallback, costs several milliseconds of every CLI start.
function isMusl() {
  try {
    return require('node:fs').readFileSync('/usr/bin/ldd', 'latin1').includes('musl');
  } catch {
    const report = process.report && typeof process.report.getReport === 'function' ? process.report.getReport() : null;
    return !(report && report.header && report.header.glibcVersionRuntime);
  }
}

function platformTriple() {
  const key = `${process.platform}-${process.arch}`;
  if (process.platform === 'linux') {
    if (isMusl()) return null;  // musl: no package yet
    return { 'linux-x64': 'linux-x64-gnu', 'linux-arm64': 'linux-arm64-gnu' }[key] || null;
  }
  return { 'darwin-arm64': 'darwin-arm64', 'darwin-x64': 'darwin-x64' }[key] || null;
}

function load() {
  if (addon || loadError) return addon;
  const tried = [];
  const candidates = [];
  if (process.env.PYWASM_NATIVE_ADDON) candidates.push(path.resolve(process.env.PYWASM_NATIVE_ADDON));
  const triple = platformTriple();
  if (triple) {
    // Installed side by side in node_modules (npm's layout): the file itself,
    // which skips the package lookup (~0.4 ms of a CLI start); then the
    // package by name, for layouts that place it elsewhere.
    candidates.push(path.join(__dirname, '..', '..', `pywasm-${triple}`, `pywasm.${triple}.node`));
    candidates.push(`pywasm-${triple}`);
    candidates.push(path.join(__dirname, '..', '..', triple, `pywasm.${triple}.node`));
  }
  for (const candidate of candidates) {
    try {
      addon = require(candidate);
      return addon;
    } catch (err) {
      tried.push(`${candidate}: ${err.code === 'MODULE_NOT_FOUND' ? 'not installed' : err.message.split('\n')[0]}`);
    }
  }
  loadError = triple
    ? `no native addon loads for ${triple} (${tried.join('; ')})`
    : `no prebuilt native addon for ${process.platform}-${process.arch}${process.platform === 'linux' ? ' (glibc only so far)' : ''}`;
  return null;
}

function available() {
  return load() !== null;
}

function unavailableReason() {
  load();
  return loadError;
}

function theAddon() {
  const a = load();
  if (!a) throw new PywasmError('PYWASM_ENGINE_UNAVAILABLE', `the native engine is unavailable: ${loadError}`);
  return a;
}

// The engine interface's job as the addon's JsJob.
function nativeJob(job, { allowPull }) {
  const limits = job.limits || {};
  const tty = job.tty || {};
  const out = {
    args: moduleArgs(job),
    env: Object.entries(moduleEnv(job)).map(([k, v]) => [k, String(v)]),
    mounts: moduleMounts(job).map((m) => ({ host: path.resolve(m.host), guest: m.guest, readOnly: Boolean(m.readOnly) })),
    tty: [Boolean(tty.stdin), Boolean(tty.stdout), Boolean(tty.stderr)],
    timeoutMs: limits.timeoutMs || undefined,
    maxMemoryBytes: limits.wasmMemoryBytes || undefined,
    fuel: limits.fuel || undefined,
  };
  const stdin = job.stdin;
  if (stdin === null || stdin === undefined) {
    // empty
  } else if (stdin instanceof Uint8Array) {
    out.stdin = Buffer.from(stdin.buffer, stdin.byteOffset, stdin.byteLength);
  } else if (typeof stdin === 'object' && Number.isInteger(stdin.fd)) {
    out.stdinFd = stdin.fd;
  } else if (allowPull && typeof stdin[Symbol.asyncIterator] === 'function') {
    out.stdinPull = true;
  } else {
    throw new TypeError(allowPull
      ? 'stdin: expected null, a Uint8Array, { fd } or an async iterable'
      : 'stdin: expected null, a Uint8Array or { fd } (async iterables need run())');
  }
  return out;
}

// A handler's value that JSON cannot carry becomes the handler's error.
function responseText(response) {
  try {
    return JSON.stringify(response);
  } catch (err) {
    return JSON.stringify({ error: { type: 'HostCallError', message: `host handler result is not JSON: ${err.message}` } });
  }
}

// The addon's end-of-run JSON as a result or a typed error.
function outcome(text) {
  const end = JSON.parse(text);
  if (end.error) throw typedError(new PywasmError(end.error.code, end.error.message));
  return { exitCode: end.exitCode };
}

function runSync(job) {
  const native = theAddon();
  const handlers = job.hostHandlers || {};
  const text = native.runSync(nativeJob(job, { allowPull: false }), (kind, bytes, request) => {
    if (kind === STDOUT || kind === STDERR) {
      // As in the wasm engine, a failing destination (a closed pipe) is an
      // error the guest's write sees (OSError), not the end of the run. The
      // addon hands the errno to the guest's next write to that stream.
      const callback = kind === STDOUT ? job.onStdout : job.onStderr;
      try {
        if (callback) callback(bytes);
      } catch (err) {
        return String(errnoOf(err));
      }
      return undefined;
    }
    if (kind === HOST_CALL) return responseText(serveSync(handlers, JSON.parse(request)));
    return undefined;
  });
  return outcome(text);
}

function run(job) {
  return new Promise((resolve, reject) => {
    const native = theAddon();
    const signal = job.signal;
    if (signal && signal.aborted) {
      reject(new AbortError('the run was aborted', signal.reason));
      return;
    }
    const handlers = job.hostHandlers || {};
    const iterator = job.stdin && typeof job.stdin[Symbol.asyncIterator] === 'function' ? job.stdin[Symbol.asyncIterator]() : null;
    let handle = null;
    let settled = false;
    let failure = null;  // an embedder callback's error: it ends the run
    let poller = null;
    const finish = (err, value) => {
      if (settled) return;
      settled = true;
      if (poller) clearInterval(poller);
      if (signal) signal.removeEventListener('abort', onAbort);
      if (err) {
        if (handle) handle.cancel();  // the run thread ends at its next poll
        reject(err);
      } else {
        resolve(value);
      }
    };
    const fail = (err) => {
      if (!failure) failure = err;
      finish(err);
    };
    const onAbort = () => finish(new AbortError('the run was aborted', signal.reason));
    // job.interrupt is the caller's flag; the addon has one of its own
    const passInterrupt = () => {
      if (handle && job.interrupt && Atomics.exchange(job.interrupt, 0, 0) !== 0) handle.interrupt();
    };
    const onEvent = (kind, bytes, text) => {
      switch (kind) {
        case STDOUT:
        case STDERR: {
          if (settled) return;
          const callback = kind === STDOUT ? job.onStdout : job.onStderr;
          try {
            if (callback) callback(bytes);
          } catch (err) {
            fail(err);
          }
          return;
        }
        case HOST_CALL:
          // Answered even after the run settled, so its thread can end.
          if (settled) { handle.reply(JSON.stringify({ error: { type: 'HostCallError', message: 'the run has ended' } })); return; }
          // While the guest waits on a handler, only what the handler waits
          // on keeps the process alive (an idle Interpreter does not).
          handle.hold(false);
          serveAsync(handlers, JSON.parse(text)).then((response) => {
            if (!settled) handle.hold(true);
            handle.reply(responseText(response));
          });
          return;
        case DRAIN:
          // Every earlier output event has been delivered (events keep their
          // order); answer once the destinations have room again.
          if (settled || !job.whenDrained) { handle.drained(); return; }
          Promise.resolve(job.whenDrained()).then(() => handle.drained(), (err) => {
            handle.drained();
            fail(err);
          });
          return;
        case STDIN_READ:
          if (settled || !iterator) { handle.feedStdin(Buffer.alloc(0)); return; }
          nextChunk(iterator).then((chunk) => {
            // An interrupt asked for while the read waited (Ctrl-C at
            // input(), which also ends the line) goes to the guest before
            // the line does: the guest polls as soon as the line ends, and
            // the poller below could deliver it after the statement is over.
            passInterrupt();
            handle.feedStdin(chunk);
          }, (err) => {
            handle.feedStdin(Buffer.alloc(0));
            fail(err);
          });
          return;
        case DONE:
          try {
            finish(null, outcome(text));
          } catch (err) {
            finish(err);
          }
          return;
        default:
      }
    };
    try {
      handle = native.start(nativeJob(job, { allowPull: true }), onEvent);
    } catch (err) {
      reject(err);
      return;
    }
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    if (job.interrupt) {
      // The guest polls often; a few milliseconds of latency is invisible.
      poller = setInterval(passInterrupt, 10);
      poller.unref();
    }
  });
}

async function nextChunk(iterator) {
  for (;;) {
    const { value, done } = await iterator.next();
    if (done) return Buffer.alloc(0);
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    if (bytes.length > 0) return bytes;
  }
}

// Compiles or loads the interpreter ahead of a first run: "memory", "disk" or "compiled".
function warmUp() {
  return theAddon().warmUp(false);
}

function info() {
  return theAddon().info();
}

// Starts loading the compiled interpreter on a thread of the addon's own and
// returns at once, so the load overlaps whatever the caller does before its
// run (the CLI: building the job). The run waits for it if it is not done.
function prepare() {
  const a = load();
  if (a && typeof a.prepare === 'function') a.prepare();
}

module.exports = { name: 'native', available, unavailableReason, runSync, run, warmUp, info, prepare };
