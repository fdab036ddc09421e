'use strict';
// The same operations through the real @actions/core (and @actions/github's
// context) in Node and through actions.core in pywasm, run as an action
// step: the step's stdout and every file-command file must be identical once
// the random heredoc delimiters are normalised, and so must the exit code.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { makeRunner, runStep, NODE24, DIST } = require('./harness/step');
const { requireReference } = require('./reference');
const ops = require('./core-ops');

const DRIVERS = path.join(__dirname, 'drivers');
const { skipReason } = require('./harness/availability');

const reason = !requireReference('@actions/core') ? 'the reference @actions/core is not installed (npm install in tests/action)' : skipReason();

const normalise = (text) => text.replace(/ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ghadelimiter_<uuid>');

function both(list, { env = {}, inputs = {}, state = {}, unset = [], event } = {}) {
  const runner = makeRunner({ event });
  for (const name of unset) delete runner.env[name];
  try {
    const opsFile = path.join(runner.workspace, 'ops.json');
    fs.writeFileSync(opsFile, JSON.stringify(list));
    const step = (extra) => {
      const result = runStep(runner, { inputs: { 'github-token': '', ...inputs, 'script-file': path.join(DRIVERS, 'core_driver.py'), args: opsFile }, env, state, ...extra });
      return result;
    };
    // Each side starts from the same job environment (the harness carries a
    // step's GITHUB_ENV and GITHUB_PATH into the next step).
    const jobEnv = { ...runner.env };
    const js = step({ command: [NODE24, path.join(DRIVERS, 'core-driver.js'), opsFile] });
    runner.env = jobEnv;
    runner.stepCount = 0;
    const py = step({});
    for (const name of unset) {
      // Both saw the same environment: the variable was removed for both.
      assert.ok(!(name in runner.env));
    }
    return { js, py };
  } finally {
    runner.cleanup();
  }
}

// Known differences that are not the runner's business: MicroPython's dicts
// do not keep insertion order, so a JSON payload is compared as a value; and
// @actions/github builds its context twice when loaded (index and utils
// modules), printing a missing-payload notice twice where we print it once.
function comparable(stdout) {
  const seen = new Set();
  return normalise(stdout).split('\n').filter((line) => {
    if (!/^GITHUB_EVENT_PATH .* does not exist$/.test(line)) return true;
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  }).map((line) => {
    const m = /^context\.payload -> (.*)$/.exec(line);
    return m ? ['context.payload', JSON.parse(m[1])] : line;
  });
}

function assertSame({ js, py }) {
  assert.strictEqual(py.stderr, '', 'pywasm wrote to stderr');
  assert.deepStrictEqual(comparable(py.stdout), comparable(js.stdout));
  for (const kind of Object.keys(js.files)) {
    assert.strictEqual(normalise(py.files[kind]), normalise(js.files[kind]), `${kind} file differs`);
  }
  assert.strictEqual(py.exitCode, js.exitCode);
  assert.deepStrictEqual(py.fileErrors.map(normalise), js.fileErrors.map(normalise));
}

test('logging, annotations, groups, masks, echo and path helpers match @actions/core', { skip: reason }, () => {
  const r = both(ops.logging());
  assertSame(r);
  assert.match(r.py.stdout, /::error title=A title%3A with%2C commas,file=src\/app.py,line=3,endLine=4,col=5,endColumn=6::with properties%25/);
});

test('outputs, env, path and state as file commands match, delimiters refused alike', { skip: reason }, () => {
  const r = both(ops.variables(), { state: { saved: 'from main\nstep', 'with space': 'x' } });
  assertSame(r);
  assert.match(r.py.stdout, /setOutput threw: Unexpected input: value should not contain the delimiter "ghadelimiter_00000000-0000-4000-8000-000000000000"/);
  assert.match(r.py.stdout, /exportVariable threw: Unexpected input: name should not contain the delimiter/);
  assert.deepStrictEqual(r.py.fileErrors, []);
  assert.strictEqual(r.py.outputs.name_3, 'new\nline');
});

test('an empty name is written alike, and the runner rejects both files', { skip: reason }, () => {
  const r = both(ops.emptyNames);
  assertSame(r);
  assert.strictEqual(r.py.fileErrors.length, 3);
});

test('without file-command variables the stdout commands match', { skip: reason }, () => {
  const unset = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];
  const list = [...ops.variables(), ...ops.summary()];
  const r = both(list, { env: Object.fromEntries(unset.map((k) => [k, ''])) });
  assertSame(r);
  assert.match(r.py.stdout, /::set-output name=name_0::plain/);
  assert.match(r.py.stdout, /summary threw: Unable to find environment variable for \$GITHUB_STEP_SUMMARY/);
});

test('a file-command variable naming a missing file fails alike', { skip: reason }, () => {
  const missing = '/nonexistent-dir/pywasm/output';
  const r = both([{ op: 'setOutput', args: ['a', 'b'] }, { op: 'exportVariable', args: ['a', 'b'] }, { op: 'summary', calls: [['addRaw', ['x']], ['write']] }],
    { env: { GITHUB_OUTPUT: missing, GITHUB_ENV: missing, GITHUB_STEP_SUMMARY: missing } });
  assertSame(r);
  assert.match(r.py.stdout, /setOutput threw: Missing file at path: \/nonexistent-dir/);
  assert.match(r.py.stdout, /Unable to access summary file: '\/nonexistent-dir\/pywasm\/output'/);
});

test('inputs: trimming, required, multiline and boolean errors match', { skip: reason }, () => {
  const r = both(ops.inputs(), { inputs: ops.INPUT_VALUES });
  assertSame(r);
  assert.match(r.py.stdout, /getInput threw: Input required and not supplied: missing/);
  assert.match(r.py.stdout, /getBooleanInput threw: Input does not meet YAML 1.2 "Core Schema" specification: bool bad\nSupport boolean input list/);
});

test('the job summary builder writes the same file', { skip: reason }, () => {
  assertSame(both(ops.summary()));
  assertSame(both(ops.clearSummary));
});

test('setFailed logs the error and the step exits 1', { skip: reason }, () => {
  const r = both(ops.failure);
  assertSame(r);
  assert.strictEqual(r.py.exitCode, 1);
});

test('context matches @actions/github for several environments and payloads', { skip: reason }, () => {
  const payloads = [
    { issue: { number: 12 }, repository: { owner: { login: 'pl-owner' }, name: 'pl-repo' } },
    { pull_request: { number: 34 }, number: 99, action: 'opened', text: 'ünï\n' },
    { number: 56 },
    { issue: {}, pull_request: { number: 7 } },
    {},
  ];
  for (const event of payloads) {
    assertSame(both(ops.context(), { event }));
    assertSame(both(ops.context(), { event, env: { GITHUB_REPOSITORY: '' } }));
  }
  assertSame(both(ops.context(), { env: { GITHUB_RUN_ID: ' 12abc', GITHUB_RUN_NUMBER: 'x1', GITHUB_RUN_ATTEMPT: '-3', GITHUB_API_URL: '', GITHUB_REPOSITORY: 'justowner' } }));
  const r = both(ops.context(), { env: { GITHUB_REPOSITORY: '' }, event: { issue: { number: 1 } } });
  assertSame(r);
  assert.match(r.py.stdout, /context.repo threw: context.repo requires a GITHUB_REPOSITORY environment variable like 'owner\/repo'/);
});

test('a missing event payload file is reported alike', { skip: reason }, () => {
  const r = both(ops.context(), { env: { GITHUB_EVENT_PATH: path.join(require('node:os').tmpdir(), 'pywasm-no-such-event.json') } });
  assertSame(r);
  assert.match(r.py.stdout, /^GITHUB_EVENT_PATH .* does not exist$/m);
});
