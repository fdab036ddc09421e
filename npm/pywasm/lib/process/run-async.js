'use strict';
// process.run for run() and Interpreter: the guest waits on its own thread
// (the Worker, the addon's thread) while this one turns its event loop, so
// the child runs under spawn and output shown through a callback is passed
// on chunk by chunk as the child writes it.
const { spawn } = require('node:child_process');
const { checkRequest } = require('./request');
const { planStdio, readScratch, deliver } = require('./stdio');
const { answer, timeLimit, deadlineError } = require('./answer');
const { fromNodeError } = require('./errors');

// A pipe read as it fills: each chunk shown at once, and kept if captured.
function drain(stream, reader) {
  const chunks = [];
  if (stream) {
    stream.on('data', (chunk) => {
      if (reader.write) reader.write(chunk);
      if (reader.capture) chunks.push(chunk);
    });
  }
  return () => (reader && reader.capture ? Buffer.concat(chunks) : null);
}

function runAsync(args, ctx) {
  const plan = checkRequest(args, ctx.mounts, ctx.childPython);
  if (plan.error) return plan;
  const io = planStdio(plan, ctx);
  const limit = timeLimit(plan, ctx);
  let child;
  try {
    child = spawn(plan.file, plan.args, { cwd: plan.cwd, env: plan.env, stdio: io.stdio, windowsHide: true });
  } catch (err) {
    // Failures other than a missing or forbidden program are thrown here
    // rather than reported as an 'error' event.
    io.close();
    if (err && err.code) return fromNodeError(err, plan.program);
    throw err;
  }
  return new Promise((resolve, reject) => {
    let timer = null;
    let timedOut = false;
    let settled = false;
    const stdout = drain(child.stdout, io.out);
    const stderr = drain(child.stderr, io.err);
    const settle = (fn) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      ctx.state.live.delete(child);
      try {
        fn();
      } catch (err) {
        reject(err);
      } finally {
        io.close();
      }
    };
    ctx.state.live.add(child);
    if (limit.ms !== null) {
      timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, limit.ms);
    }
    child.on('error', (err) => {
      // The program could not be started (no pid), or killing it failed
      // (it has ended: 'close' follows).
      if (child.pid === undefined) settle(() => resolve(fromNodeError(err, plan.program)));
    });
    child.on('close', (status, signal) => settle(() => {
      const outBytes = io.scratch !== null ? deliver(readScratch(io.scratch), io.out) : stdout();
      if (timedOut && limit.byDeadline) throw deadlineError(ctx);
      resolve(answer({ status, signal, stdout: outBytes, stderr: stderr(), timedOut }));
    }));
    if (child.stdin) {
      // A child that exits without reading its input closes the pipe
      // under us (EPIPE): not an error, as in CPython's communicate().
      child.stdin.on('error', () => {});
      child.stdin.end(plan.stdin.data);
    }
  });
}

module.exports = { runAsync };
