'use strict';
// A process.run request (docs/module-interface.md) checked and turned into
// what spawn needs. The toolkit sends well-formed requests; an embedder's
// own guest code might not, so every field is checked and a bad one is a
// TypeError or ValueError naming it.
const fs = require('node:fs');
const { named, startFailure, fromNodeError } = require('./errors');
const { hostPathOf, hostProgram } = require('./paths');
const { PYTHON_GUEST } = require('./child-python');

const SHOW = new Set([null, 'stdout', 'stderr']);

function checkString(value, what) {
  if (typeof value !== 'string') throw named('TypeError', `process.run: ${what} must be a string`);
  if (value.includes('\0')) throw named('ValueError', 'embedded null byte');
  return value;
}

// { capture: bool, show: null | 'stdout' | 'stderr' }; stderr may also be
// 'stdout': merged into stdout's stream (2>&1), handled as stdout is.
function checkStream(spec, name) {
  if (name === 'stderr' && spec === 'stdout') return 'stdout';
  if (!spec || typeof spec !== 'object') throw named('TypeError', `process.run: ${name} must be { capture, show }${name === 'stderr' ? " or 'stdout'" : ''}`);
  const capture = spec.capture === undefined ? false : spec.capture;
  const show = spec.show === undefined ? null : spec.show;
  if (typeof capture !== 'boolean') throw named('TypeError', `process.run: ${name}.capture must be true or false`);
  if (!SHOW.has(show)) throw named('ValueError', `process.run: ${name}.show must be null, 'stdout' or 'stderr'`);
  return { capture, show };
}

// null or 'inherit': the run's own stdin when that is a host fd, else
// empty; 'devnull'; or { data: base64 }, fed to the child then closed.
function checkStdin(spec) {
  if (spec === null || spec === undefined || spec === 'inherit') return { mode: 'inherit' };
  if (spec === 'devnull') return { mode: 'devnull' };
  if (spec && typeof spec === 'object' && typeof spec.data === 'string') return { mode: 'data', data: Buffer.from(spec.data, 'base64') };
  throw named('TypeError', "process.run: stdin must be null, 'inherit', 'devnull' or { data: base64 }");
}

function checkEnv(env) {
  if (!env || typeof env !== 'object' || Array.isArray(env)) throw named('TypeError', 'process.run: env must be an object of strings');
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    checkString(v, `the value of env '${k}'`);
    if (!k || k.includes('=') || k.includes('\0')) throw named('ValueError', `illegal environment variable name: '${k}'`);
    out[k] = v;
  }
  return out;
}

// -> the spawn plan, or a start failure ({ error }) when the working
// directory is outside the mounts or is not a directory, or when the
// program is sys.executable and this host has no child pywasm to start
// (childPython: () => process/child-python.js's command, or null).
function checkRequest(args, mounts, childPython = null) {
  if (!args || typeof args !== 'object') throw named('TypeError', 'process.run: expected an object of arguments');
  const argv = args.argv;
  if (!Array.isArray(argv) || argv.length === 0) throw named('ValueError', 'process.run: argv must be a non-empty list of strings');
  argv.forEach((a, i) => checkString(a, `argv[${i}]`));
  if (argv[0] === '') throw named('ValueError', 'process.run: the program (argv[0]) is empty');
  const cwd = checkString(args.cwd, 'cwd');
  if (!cwd.startsWith('/')) throw named('ValueError', `process.run: cwd must be an absolute guest path, not '${cwd}'`);
  const timeoutMs = args.timeout_ms === undefined ? null : args.timeout_ms;
  if (timeoutMs !== null && !(typeof timeoutMs === 'number' && timeoutMs > 0)) throw named('ValueError', 'process.run: timeout_ms must be a positive number or null');
  const plan = {
    program: argv[0],
    file: hostProgram(mounts, argv[0]),
    args: argv.slice(1),
    env: checkEnv(args.env),
    stdin: checkStdin(args.stdin),
    stdout: checkStream(args.stdout, 'stdout'),
    stderr: checkStream(args.stderr, 'stderr'),
    timeoutMs: timeoutMs === null ? null : Math.ceil(timeoutMs),
    guestCwd: cwd,
  };
  if (argv[0] === PYTHON_GUEST) {
    if (!childPython) return startFailure(2, argv[0], 'this host has no pywasm command line to run sys.executable with');
    const child = childPython();
    plan.file = child.node;
    plan.args = [...child.args, ...plan.args];
  }
  // The child starts where the guest says, which must be a directory the
  // guest itself can see: a path outside every mount names nothing in the
  // sandbox (the guest gets EACCES there too), so it is refused rather than
  // taken as a host path.
  const hostCwd = hostPathOf(mounts, cwd);
  if (hostCwd === null) return startFailure(13, cwd, 'the working directory is outside the sandbox\'s mounts');
  let stat;
  try {
    stat = fs.statSync(hostCwd);
  } catch (err) {
    return fromNodeError(err, cwd);
  }
  if (!stat.isDirectory()) return startFailure(20, cwd);
  plan.cwd = hostCwd;
  return plan;
}

module.exports = { checkRequest };
