'use strict';
// The answer to a process.run call once the child has ended.
const os = require('node:os');
const { named } = require('./errors');

// CPython's returncode: the exit status, or minus the signal that killed it.
function returncode(status, signal) {
  if (status !== null && status !== undefined) return status;
  const number = signal ? os.constants.signals[signal] : undefined;
  return number ? -number : -1;
}

const base64 = (bytes) => (bytes === null ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'));

function answer({ status, signal, stdout, stderr, timedOut }) {
  return { returncode: returncode(status, signal), stdout: base64(stdout), stderr: base64(stderr), timed_out: Boolean(timedOut) };
}

// How long the child may run: the guest's timeout, cut short by the run's
// own deadline. -> { ms: number | null, byDeadline }
function timeLimit(plan, ctx) {
  let ms = plan.timeoutMs;
  let byDeadline = false;
  if (ctx.deadlineMs !== null && ctx.deadlineMs !== undefined) {
    const left = Math.max(1, ctx.deadlineMs - Date.now());
    if (ms === null || left < ms) {
      ms = left;
      byDeadline = true;
    }
  }
  return { ms, byDeadline };
}

// The run's time limit passed while the child ran: it was killed, the
// run is over (the engine stops the guest at its next check, and the
// embedder's call reports a timeout whatever the guest does meanwhile).
function deadlineError(ctx) {
  ctx.state.deadlineHit = true;
  return named('TimeoutError', "the run's time limit passed while a process was running; the process was killed");
}

module.exports = { answer, timeLimit, deadlineError };
