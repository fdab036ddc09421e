'use strict';
// A long-lived interpreter: one Python namespace serving many requests, over
// the session protocol of docs/module-interface.md. The module runs
// `-m _pywasm_session` in a Worker and asks for work with the host call
// "session.next"; it stays blocked in that call until exec/eval/call queues a
// request, and answers each with "session.result".
//
//   const py = new Interpreter({ stdout: 'inherit' });
//   await py.exec('import math');           // -> { stdout, stderr } of the request
//   await py.eval('math.sqrt(2)');           // -> 1.4142135623730951
//   await py.call('max', 3, 9);              // -> 9
//   await py.close();                        // -> { exitCode }
//
// Values cross as JSON. A Python exception rejects the request with a
// PythonError and leaves the interpreter usable. limits.timeoutMs applies to
// each request: past it the request is interrupted (KeyboardInterrupt) and
// rejects with a TimeoutError; a request that does not stop within a second
// of that ends the interpreter. limits.memoryBytes, and on the native engine
// limits.fuel and limits.wasmMemoryBytes, hold for the whole session.
const { normalizeOptions, checkLimitsForEngine, processCapability } = require('./options');
const { loadEngine } = require('./engine');
const { sink } = require('./output');
const { PywasmError, PythonError, TimeoutError, OptionError, typedError } = require('./errors');

const INTERRUPT_GRACE_MS = 1000;

class Interpreter {
  constructor(options = {}) {
    if (options && options.signal !== undefined) throw new OptionError('signal', 'not supported by Interpreter; use close()');
    const { limits, ...rest } = options || {};
    const n = normalizeOptions({ module: '_pywasm_session' }, rest);
    const checked = normalizeOptions('', { limits }).job.limits;
    this._timeoutMs = checked.timeoutMs;
    this._queue = [];
    this._current = null;
    this._giveNext = null;
    this._closing = false;
    this._ended = null;
    this._stopped = null;  // set when a request's time limit ends the session
    this._interrupt = new Int32Array(new SharedArrayBuffer(4));
    this._kill = new AbortController();
    this._encoding = n.encoding;
    const capture = (target) => (target.capture ? { callback: (b) => this._current && this._current.output[target.name].push(b) } : target);
    const stdout = sink(capture({ ...n.stdout, name: 'stdout' }), false);
    const stderr = sink(capture({ ...n.stderr, name: 'stderr' }), false);
    // Children are not limited by the session; a request's time limit
    // kills the one it waits for (below), and the session's end kills any.
    this._procs = processCapability(n, { sync: false, writeStdout: stdout.write, writeStderr: stderr.write });
    const user = this._procs ? { ...this._procs.handlers, ...n.job.hostHandlers } : n.job.hostHandlers;
    const engine = loadEngine(n.engine);
    // timeoutMs is per request (below); fuel and memory hold for the session.
    const sessionLimits = { ...checked };
    delete sessionLimits.timeoutMs;
    checkLimitsForEngine(sessionLimits, engine.name);
    const job = {
      ...n.job,
      limits: sessionLimits,
      signal: this._kill.signal,
      interrupt: this._interrupt,
      onStdout: stdout.write,
      onStderr: stderr.write,
      whenDrained: () => Promise.all([stdout.drained(), stderr.drained()]),
      hostHandlers: { ...user, 'session.next': () => this._next(), 'session.result': (answer) => this._result(answer) },
    };
    this._done = engine.run(job).then(
      ({ exitCode }) => this._end(null, exitCode),
      (err) => this._end(typedError(err), null),
    );
  }

  exec(code) {
    return this._request({ mode: 'exec', code: checkCode(code, 'code') });
  }

  eval(expression) {
    return this._request({ mode: 'eval', code: checkCode(expression, 'expression') });
  }

  call(name, ...args) {
    if (typeof name !== 'string' || !name) return Promise.reject(new OptionError('name', 'expected the name of a function in the namespace'));
    return this._request({ mode: 'call', name, args });
  }

  // KeyboardInterrupt in the request running now (if any).
  interrupt() {
    if (this._current) Atomics.store(this._interrupt, 0, 1);
  }

  // Ends the session once queued requests are done; resolves { exitCode }.
  close() {
    this._closing = true;
    this._pump();
    return this._done.then(() => {
      if (this._ended.error) throw this._ended.error;
      return { exitCode: this._ended.exitCode };
    });
  }

  // True once the session has ended.
  get closed() {
    return this._ended !== null;
  }

  // True once the session is ending or has ended: close() was called, a
  // request called sys.exit(), or the engine stopped.
  get closing() {
    return this._closing || this._ended !== null;
  }

  _request(request) {
    if (this._ended && !this._closing) {
      // It ended by itself: say why, so that the caller (the REPL) can tell
      // this from its own close() or a sys.exit().
      const reason = this._endReason();
      return Promise.reject(Object.assign(new PywasmError('PYWASM_CLOSED', `the interpreter is closed: ${reason.message}`), { cause: reason }));
    }
    if (this._ended || this._closing) return Promise.reject(new PywasmError('PYWASM_CLOSED', 'the interpreter is closed'));
    return new Promise((resolve, reject) => {
      this._queue.push({ request, resolve, reject, output: { stdout: [], stderr: [] } });
      this._pump();
    });
  }

  // session.next: the guest waits here for its next request.
  _next() {
    return new Promise((give) => {
      this._giveNext = give;
      this._pump();
    });
  }

  _pump() {
    if (!this._giveNext || this._current) return;
    const give = this._giveNext;
    if (this._queue.length > 0) {
      this._giveNext = null;
      this._current = this._queue.shift();
      this._startTimer();
      give(this._current.request);
    } else if (this._closing) {
      this._giveNext = null;
      give(null);
    }
  }

  _startTimer() {
    if (!this._timeoutMs) return;
    const current = this._current;
    current.timer = setTimeout(() => {
      current.timedOut = true;
      Atomics.store(this._interrupt, 0, 1);
      // A request waiting for a child cannot see the interrupt until the
      // child ends: end it, so the request stops and the session survives.
      if (this._procs) this._procs.stop();
      current.timer = setTimeout(() => {
        this._stopped = new TimeoutError(`a request did not stop within ${INTERRUPT_GRACE_MS / 1000} s of its time limit; the interpreter was stopped`);
        this._kill.abort();
      }, INTERRUPT_GRACE_MS);
    }, this._timeoutMs);
  }

  // session.result: the answer to the current request.
  _result(answer) {
    const current = this._current;
    this._current = null;
    if (!current) return null;
    clearTimeout(current.timer);
    Atomics.store(this._interrupt, 0, 0);
    const output = {
      stdout: joined(current.output.stdout, this._encoding),
      stderr: joined(current.output.stderr, this._encoding),
    };
    if (current.timedOut) {
      current.reject(Object.assign(new TimeoutError(`the request ran longer than its time limit (${this._timeoutMs / 1000} s) and was interrupted`), output));
    } else if (answer && answer.error) {
      current.reject(Object.assign(new PythonError(withoutSessionFrames(answer.error)), output));
    } else if (answer && 'exit' in answer) {
      this._closing = true;  // sys.exit() in a request ends the session
      current.resolve(current.request.mode === 'exec' ? output : undefined);
    } else {
      current.resolve(current.request.mode === 'exec' ? output : answer ? answer.ok : undefined);
    }
    this._pump();
    return null;
  }

  // Why the session ended: the engine's error, or the guest's exit code.
  _endReason() {
    const { error, exitCode } = this._ended;
    return this._stopped || error || new PywasmError('PYWASM_CLOSED', `the interpreter exited (code ${exitCode})`);
  }

  _end(error, exitCode) {
    this._ended = { error, exitCode };
    if (this._procs) this._procs.stop();
    const reason = this._endReason();
    const pending = this._current ? [this._current, ...this._queue] : this._queue;
    this._current = null;
    this._queue = [];
    for (const p of pending) {
      clearTimeout(p.timer);
      p.reject(p.timedOut ? new TimeoutError(`the request ran longer than its time limit (${this._timeoutMs / 1000} s); the interpreter was stopped`) : reason);
    }
  }
}

function checkCode(code, option) {
  if (typeof code !== 'string') throw new OptionError(option, 'expected a string of Python');
  return code;
}

// The session driver's own frames say nothing about the user's code.
function withoutSessionFrames(error) {
  const traceback = typeof error.traceback === 'string'
    ? error.traceback.split('\n').filter((l) => !/^ {2}File "(?:[^"]*\/)?_pywasm_session\.py"/.test(l)).join('\n')
    : error.traceback;
  return { ...error, traceback };
}

function joined(chunks, encoding) {
  const all = Buffer.concat(chunks);
  return encoding === 'buffer' ? all : all.toString('utf8');
}

module.exports = { Interpreter };
