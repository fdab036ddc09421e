'use strict';
// The GitHub Action's entry: runs the step's Python with the wasm engine.
//
// Inputs come from the INPUT_* variables (inputs.js); the script sees the
// whole step environment and only the directories mounts.js lists. The
// Python side of the run (executing the script, turning an exception into
// an annotation, the `result` output) is the frozen module actions._action.
const path = require('node:path');
const { readInputs, InputError } = require('./inputs');
const { planMounts } = require('./mounts');
const { command } = require('./commands');

function resolveScript(inputs, workingDirectory) {
  if (inputs.inline) return { mode: 'inline', name: '<script>', scriptPath: null };
  const scriptPath = path.resolve(workingDirectory, inputs.scriptFile);
  return { mode: 'file', name: scriptPath, scriptPath };
}

// Returns the step's exit code. `io.stdout`/`io.stderr` are engine writers
// (streams.js); `io.log` writes the entry's own lines.
function runAction({ env, cwd, io }) {
  let inputs;
  try {
    inputs = readInputs(env);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.log(command('error', { title: 'pywasm action' }, err.message));
    return 1;
  }
  if (inputs.githubToken) io.log(command('add-mask', null, inputs.githubToken));
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const workingDirectory = path.resolve(workspace, inputs.workingDirectory || '.');
  const script = resolveScript(inputs, workingDirectory);
  const mounts = planMounts({ env: { ...env, GITHUB_WORKSPACE: workspace }, workingDirectory, scriptPath: script.scriptPath });
  const guestEnv = { ...env, PWD: workingDirectory };
  if (!env.GITHUB_WORKSPACE) guestEnv.GITHUB_WORKSPACE = workspace;
  if (inputs.debug) guestEnv.RUNNER_DEBUG = '1';
  const job = {
    args: ['-m', 'actions._action', script.mode, script.name, ...inputs.args],
    env: guestEnv,
    mounts,
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    handlers: {},
  };
  if (inputs.debug) {
    io.log('::group::pywasm\n');
    io.log(`working directory: ${workingDirectory}\n`);
    for (const m of mounts) io.log(`mount: ${m.host}${m.readOnly ? ' (read-only)' : ''}\n`);
    io.log(`argv: ${JSON.stringify(job.args.slice(2))}\n::endgroup::\n`);
  }
  const { PywasmError } = require('../errors');
  try {
    return require('../engine-wasm').runSync(job).exitCode;
  } catch (err) {
    if (!(err instanceof PywasmError)) throw err;
    io.log(command('error', { title: 'pywasm' }, err.message));
    return 1;
  }
}

module.exports = { runAction };
