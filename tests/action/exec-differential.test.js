'use strict';
// The same commands through the real @actions/exec in Node and through
// actions.exec in pywasm, each run as an action step: what the runner sees
// (stdout, stderr, exit code) must be identical.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { makeRunner, runStep, NODE24 } = require('./harness/step');
const { requireReference } = require('./reference');
const { skipReason } = require('./harness/availability');
const ops = require('./exec-ops');

const DRIVERS = path.join(__dirname, 'drivers');
const reason = !requireReference('@actions/exec') ? 'the reference @actions/exec is not installed (npm install)' : skipReason();

function both(list) {
  const runner = makeRunner({ env: { PYWASM_EXEC_VAR: 'from the job' } });
  try {
    // A tool in a subdirectory, run by a relative path, and a file that is
    // not executable.
    fs.mkdirSync(path.join(runner.workspace, 'sub'));
    fs.writeFileSync(path.join(runner.workspace, 'sub', 'tool.sh'), '#!/bin/sh\necho "tool in $(basename "$PWD"):" "$@"\n', { mode: 0o755 });
    fs.writeFileSync(path.join(runner.workspace, 'not-executable.sh'), '#!/bin/sh\necho no\n', { mode: 0o644 });
    const opsFile = path.join(runner.workspace, 'ops.json');
    fs.writeFileSync(opsFile, JSON.stringify(list));
    const step = (extra) => runStep(runner, { inputs: { 'github-token': '', 'script-file': path.join(DRIVERS, 'exec_driver.py'), args: opsFile }, ...extra });
    const js = step({ command: [NODE24, path.join(DRIVERS, 'exec-driver.js'), opsFile] });
    const py = step({});
    return { js, py, workspace: runner.workspace };
  } finally {
    runner.cleanup();
  }
}

function assertSame({ js, py }) {
  assert.strictEqual(py.stdout, js.stdout);
  assert.strictEqual(py.stderr, js.stderr);
  assert.strictEqual(py.exitCode, js.exitCode);
}

test('output passed through: the [command] echo, argument splitting, bytes as written', { skip: reason }, () => {
  const r = both(ops.passThrough);
  assertSame(r);
  assert.match(r.py.stdout, /^\[command\]\S+\/echo hello world\nhello world\nexec -> 0\n/);
  assert.match(r.py.stdout, /\[command\]\S+\/echo a b c"d {2}it's ünïcödé\n/);
  assert.match(r.py.stdout, /\[command\]\S+\/echo a"b c\\\\d e\\f g h i\n/);
  assert.ok(r.py.stdout.includes('to stdout\nto stderr\nexec -> 0\n'), 'stderr goes to the log\'s stdout');
  assert.ok(!r.py.stdout.includes('[command]') || !r.py.stdout.includes('echo quiet'), 'silent: no echo');
});

test('exit codes, stderr and missing tools fail with @actions/exec\'s messages', { skip: reason }, () => {
  const r = both(ops.failures);
  assertSame(r);
  assert.match(r.py.stdout, /exec threw: The process '\S+\/sh' failed with exit code 3\n/);
  assert.match(r.py.stdout, /exec -> 3\n/);
  assert.match(r.py.stdout, /\nexec -> null\n/);
  assert.match(r.py.stdout, /exec threw: The process '\S+\/sh' failed with exit code null\n/);
  assert.match(r.py.stdout, /exec threw: The process '\S+\/sh' failed because one or more lines were written to the STDERR stream\n/);
  assert.match(r.py.stdout, /exec threw: Unable to locate executable file: no-such-tool-for-pywasm\. Please verify/);
  assert.match(r.py.stdout, /exec threw: Unable to locate executable file: quoted tool\./);
  assert.match(r.py.stdout, /exec threw: Parameter 'commandLine' cannot be null or empty\.\nexec threw: Parameter 'commandLine' cannot be null or empty\.\n/);
  assert.match(r.py.stdout, /\[command\]\S+\/pwd\nexec threw: The cwd: missing-dir does not exist!\n/);
  // fail_on_std_err shows the tool's stderr on stderr.
  assert.strictEqual(r.py.stderr, 'but noisy\nnoisy\n');
});

test('captured output, input, cwd and env match', { skip: reason }, () => {
  const r = both(ops.captured);
  assertSame(r);
  assert.match(r.py.stdout, /getExecOutput -> \[4,"out\\n","err\\n"\]\n/);
  assert.match(r.py.stdout, /getExecOutput -> \[0,"piped input, ünï\\nsecond line",""\]\n/);
  assert.match(r.py.stdout, /getExecOutput -> \[0,"\uFFFDok",""\]\n/);
  assert.match(r.py.stdout, /getExecOutput -> \[0,"tool in sub: one two three\\n",""\]\n/);
  assert.match(r.py.stdout, /getExecOutput -> \[0,"only this-\\n",""\]\n/);
  assert.match(r.py.stdout, /getExecOutput -> \[0,"from the job\\n",""\]\n/);
});
