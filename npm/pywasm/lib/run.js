'use strict';
// run() and runSync(): one Python program, start to finish.
//
// Both resolve/return { exitCode, stdout, stderr, engine, timing } for any
// exit the program chose (sys.exit(n) included). An unhandled Python
// exception throws a PythonError (type, message, traceback, file, line) that
// also carries exitCode, stdout and stderr; exhausted limits throw
// TimeoutError / PywasmError with a stable `code`; bad options an OptionError.
const { performance } = require('node:perf_hooks');
const { normalizeOptions, checkLimitsForEngine, processCapability } = require('./options');
const { loadEngine } = require('./engine');
const { sink } = require('./output');
const { parseTraceback } = require('./traceback');
const { PythonError, typedError } = require('./errors');

function prepare(source, options, sync) {
  const started = performance.now();
  const n = normalizeOptions(source, options, { sync });
  const engine = loadEngine(n.engine);
  checkLimitsForEngine(n.job.limits, engine.name);
  const stdout = sink(n.stdout, false);
  const stderr = sink(n.stderr, true);
  const timeoutMs = n.job.limits.timeoutMs;
  const procs = processCapability(n, {
    sync, writeStdout: stdout.write, writeStderr: stderr.write, deadlineMs: timeoutMs ? Date.now() + timeoutMs : null,
  });
  const job = {
    ...n.job,
    hostHandlers: procs ? { ...procs.handlers, ...n.job.hostHandlers } : n.job.hostHandlers,
    onStdout: stdout.write,
    onStderr: stderr.write,
    whenDrained: () => Promise.all([stdout.drained(), stderr.drained()]),
  };
  const outcome = (exitCode) => {
    // A child killed at the run's time limit: the run timed out, whatever
    // the script did in the moment before the engine stopped it.
    if (procs && procs.deadlineHit()) throw failed(require('./wasm/instance').timeoutError(timeoutMs));
    const result = {
      exitCode,
      stdout: stdout.collected(n.encoding),
      stderr: stderr.collected(n.encoding),
      engine: engine.name,
      timing: { totalMs: performance.now() - started },
    };
    const parsed = exitCode === 1 ? parseTraceback(stderr.tail()) : null;
    if (!parsed) return result;
    throw Object.assign(new PythonError(parsed), result);
  };
  const failed = (err) => {
    const typed = typedError(err);
    if (typed && typeof typed === 'object' && 'code' in typed) {
      typed.stdout = stdout.collected(n.encoding);
      typed.stderr = stderr.collected(n.encoding);
    }
    return typed;
  };
  const stop = () => { if (procs) procs.stop(); };
  return { engine, job, outcome, failed, stop };
}

async function run(source, options) {
  const { engine, job, outcome, failed, stop } = prepare(source, options, false);
  let exitCode;
  try {
    ({ exitCode } = await engine.run(job));
  } catch (err) {
    throw failed(err);
  } finally {
    stop();  // a run that ended early (timeout, abort) leaves no child behind
  }
  return outcome(exitCode);
}

function runSync(source, options) {
  const { engine, job, outcome, failed } = prepare(source, options, true);
  if (job.signal) throw new (require('./errors').OptionError)('signal', 'needs run(); runSync() blocks the thread that would abort it');
  let exitCode;
  try {
    ({ exitCode } = engine.runSync(job));
  } catch (err) {
    throw failed(err);
  }
  return outcome(exitCode);
}

module.exports = { run, runSync };
