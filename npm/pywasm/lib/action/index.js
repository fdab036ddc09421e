'use strict';
// The GitHub Action's entry: runs the step's Python with the wasm engine.
//
// Inputs come from the INPUT_* variables (inputs.js); the script sees the
// whole step environment and only the directories mounts.js lists. The
// Python side of the run (executing the script, turning an exception into
// an annotation, the `result` output) is the frozen module actions._action,
// started through _pywasm_action (which keeps the workspace from shadowing it).
const fs = require('node:fs');
const path = require('node:path');
const { readInputs, InputError } = require('./inputs');
const { planMounts } = require('./mounts');
const { command } = require('./commands');

// Synchronous, whole: the runner reads the step's output as lines, and
// Node may have made the fd non-blocking.
const pause = new Int32Array(new SharedArrayBuffer(4));

function writeAll(fd, chunk) {
  const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (err) {
      if (err.code !== 'EAGAIN') throw err;
      Atomics.wait(pause, 0, 0, 1); // the pipe is full: let the reader catch up
    }
  }
}

function resolveScript(inputs, workingDirectory) {
  if (inputs.inline) return { mode: 'inline', name: '<script>', scriptPath: null };
  const scriptPath = path.resolve(workingDirectory, inputs.scriptFile);
  return { mode: 'file', name: scriptPath, scriptPath };
}

// Everything before the interpreter runs: inputs, mounts, the engine job.
// Returns { job, io } to run, or { exitCode } when the step fails here.
// `io` is optional: `io.log` takes the entry's own lines,
// `io.onStdout`/`io.onStderr` the script's output; by default all go to
// fds 1 and 2. Split from running so the action's entry (main.js) builds
// the job while V8 compiles the module on another thread.
function prepareAction({ env, cwd, io = {} }) {
  io = { log: (text) => writeAll(1, Buffer.from(text)), ...io };
  let inputs;
  try {
    inputs = readInputs(env);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.log(command('error', { title: 'pywasm action' }, err.message));
    return { exitCode: 1 };
  }
  if (inputs.githubToken) io.log(command('add-mask', null, inputs.githubToken));
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const workingDirectory = path.resolve(workspace, inputs.workingDirectory || '.');
  const script = resolveScript(inputs, workingDirectory);
  if (script.scriptPath && !fs.existsSync(script.scriptPath)) {
    io.log(command('error', { title: 'pywasm action' }, `script-file '${inputs.scriptFile}' not found (looked for ${script.scriptPath})`));
    return { exitCode: 1 };
  }
  const mounts = planMounts({ env: { ...env, GITHUB_WORKSPACE: workspace }, workingDirectory, scriptPath: script.scriptPath });
  const guestEnv = { ...env, PWD: workingDirectory };
  if (!env.GITHUB_WORKSPACE) guestEnv.GITHUB_WORKSPACE = workspace;
  if (inputs.debug) guestEnv.RUNNER_DEBUG = '1';
  // The engine job (interface in ../engine.js). The action always uses the
  // wasm engine: dist/ ships no native addon (docs/action.md).
  const argv = ['-m', '_pywasm_action', script.mode, script.name, ...inputs.args];
  const job = {
    argv,
    env: guestEnv,
    mounts,
    cwd: workingDirectory,
    stdin: null,
    onStdout: io.onStdout || ((chunk) => writeAll(1, chunk)),
    onStderr: io.onStderr || ((chunk) => writeAll(2, chunk)),
    // The network is on: the GitHub API (actions.github) and the OIDC
    // token service (get_id_token) are what a workflow's scripts talk to.
    // So are processes (subprocess, actions.exec): a step's job is running
    // the repository's tools, and a `run:` step could run them anyway.
    // A child shows its output on the step's own fds (live, in order with
    // the script's), unless the caller takes the output itself.
    hostHandlers: {
      ...require('../net/handlers').netHandlers({ sync: true }),
      ...require('../process/handlers').processHandlers({
        sync: true,
        mounts,
        stdout: io.onStdout ? { write: io.onStdout } : { fd: 1 },
        stderr: io.onStderr ? { write: io.onStderr } : { fd: 2 },
        stdinFd: null,
        deadlineMs: null,
      }).handlers,
    },
    limits: {},
  };
  if (inputs.debug) {
    io.log('::group::pywasm\n');
    io.log(`working directory: ${workingDirectory}\n`);
    for (const m of mounts) io.log(`mount: ${m.host}${m.readOnly ? ' (read-only)' : ''}\n`);
    io.log(`argv: ${JSON.stringify(argv.slice(2))}\n::endgroup::\n`);
  }
  // Loaded now, while the module compiles, rather than after.
  require('../engine-wasm');
  return { job, io };
}

// Runs a prepared step; returns its exit code.
function runPrepared({ job, io }) {
  const { PywasmError } = require('../errors');
  try {
    return require('../engine-wasm').runSync(job).exitCode;
  } catch (err) {
    if (!(err instanceof PywasmError)) throw err;
    io.log(command('error', { title: 'pywasm' }, err.message));
    return 1;
  }
}

// Returns the step's exit code (prepareAction, then runPrepared).
function runAction(options) {
  const prepared = prepareAction(options);
  return prepared.job ? runPrepared(prepared) : prepared.exitCode;
}

module.exports = { runAction, prepareAction, runPrepared };
