'use strict';
// The action's own inputs, read from the INPUT_<NAME> variables the runner
// sets (name upper-cased, spaces to underscores, hyphens kept), with
// @actions/core's getInput rules.

function input(env, name, { trim = true } = {}) {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  return trim ? value.trim() : value;
}

class InputError extends Error {}

function readInputs(env) {
  const script = input(env, 'script', { trim: false });
  const scriptFile = input(env, 'script-file');
  if (script.trim() && scriptFile) throw new InputError("give either 'script' or 'script-file', not both");
  if (!script.trim() && !scriptFile) throw new InputError("one of the inputs 'script' or 'script-file' is required");
  const encoding = input(env, 'result-encoding') || 'json';
  if (encoding !== 'json' && encoding !== 'string') {
    throw new InputError(`result-encoding must be 'json' or 'string', not '${encoding}'`);
  }
  const debug = input(env, 'debug');
  if (debug && !['true', 'True', 'TRUE', 'false', 'False', 'FALSE'].includes(debug)) {
    throw new InputError(`debug must be true or false, not '${debug}'`);
  }
  return {
    inline: Boolean(script.trim()),
    scriptFile,
    args: input(env, 'args').split('\n').filter((line) => line !== '').map((line) => line.trim()),
    workingDirectory: input(env, 'working-directory'),
    githubToken: input(env, 'github-token'),
    debug: debug.toLowerCase() === 'true',
  };
}

module.exports = { readInputs, InputError };
