'use strict';
// process.run for runSync(): the guest waits on this thread, so the child
// runs to completion under spawnSync. Output shown through a callback is
// passed on when the child has ended (stdout's, then stderr's); output
// shown on an fd is written there by the child itself as it runs.
const { spawnSync } = require('node:child_process');
const { checkRequest } = require('./request');
const { planStdio, readScratch, deliver } = require('./stdio');
const { answer, timeLimit, deadlineError } = require('./answer');
const { fromNodeError } = require('./errors');

function runSync(args, ctx) {
  const plan = checkRequest(args, ctx.mounts, ctx.childPython);
  if (plan.error) return plan;
  const io = planStdio(plan, ctx);
  const limit = timeLimit(plan, ctx);
  let r;
  let outBytes;
  try {
    r = spawnSync(plan.file, plan.args, {
      cwd: plan.cwd,
      env: plan.env,
      stdio: io.stdio,
      input: plan.stdin.mode === 'data' ? plan.stdin.data : undefined,
      timeout: limit.ms === null ? undefined : limit.ms,
      killSignal: 'SIGKILL',
      maxBuffer: Infinity,
      windowsHide: true,
    });
    outBytes = io.scratch !== null ? readScratch(io.scratch) : r.stdout;
  } finally {
    io.close();
  }
  const timedOut = Boolean(r.error && r.error.code === 'ETIMEDOUT');
  // A child that ends without reading all its input closes the pipe under
  // us (EPIPE): it ran, and that is no error, as in CPython's communicate().
  const unreadInput = Boolean(r.error && r.error.code === 'EPIPE' && r.pid);
  if (r.error && !timedOut && !unreadInput) return fromNodeError(r.error, plan.program);
  const stdout = deliver(outBytes, io.out);
  const stderr = deliver(r.stderr, io.err);
  if (timedOut && limit.byDeadline) throw deadlineError(ctx);
  return answer({ status: r.status, signal: r.signal, stdout, stderr, timedOut });
}

module.exports = { runSync };
