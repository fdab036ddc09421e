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

// getIDToken against a stand-in token service (tests/support/servers/oidc.js):
// the same log (debug line, mask), the same token or error text, and the
// same request as the service sees it.
test('getIDToken: the same request, log and errors as @actions/core', { skip: reason }, async () => {
  const { startServer, closedPort } = require('../support/http-server');
  const requestToken = 'oidc-request-token-0123';
  const server = await startServer('oidc', { requestToken });
  const tokenEnv = (servicePath, more = {}) => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: `${server.url}${servicePath}?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    ...more,
  });
  const get = (...audiences) => audiences.map((a) => ({ op: 'getIDToken', args: a === undefined ? [] : [a], print: true }));
  try {
    const ok = both(get(undefined, 'sts.amazonaws.com', 'api://Aud ü/&=?#+', ''), { env: tokenEnv('/token') });
    assertSame(ok);
    // encodeURIComponent's escapes, then the command's own escaping of "%".
    assert.match(ok.py.stdout, /^::debug::ID token url is http:\/\/127\.0\.0\.1:\d+\/token\?api-version=2\.0&audience=api%253A%252F%252FAud%2520%25C3%25BC%252F%2526%253D%253F%2523%252B$/m);
    assert.match(ok.py.stdout, /^::add-mask::eyJ0eXAi\.ZGVmYXVsdA\.sig$/m);
    assert.match(ok.py.stdout, /^getIDToken -> "eyJ0eXAi\.c3RzLmFtYXpvbmF3cy5jb20\.sig"$/m);
    // The service saw the same requests from both, with the same credentials.
    const seen = (await server.requests()).map((r) => {
      const h = Object.fromEntries(r.headers.map(([k, v]) => [k.toLowerCase(), v]));
      return [r.method, r.url, h['user-agent'], h.accept, h.authorization];
    });
    assert.strictEqual(seen.length, 8);
    assert.deepStrictEqual(seen.slice(4), seen.slice(0, 4));
    assert.deepStrictEqual(seen[0].slice(2), ['actions/oidc-client', 'application/json', `Bearer ${requestToken}`]);

    const failures = {
      '/empty': /Error message: Response json body do not have ID Token field/,
      '/blank-value': /Error message: Response json body do not have ID Token field/,
      '/not-json': /Error message: Response json body do not have ID Token field/,
      '/missing': /Error message: Response json body do not have ID Token field/,
      '/error': /Error message: Failed to get ID Token\. \n \n {8}Error Code : 500\n \n {8}Error Message: Internal trouble/,
      '/text-error': /Error Code : 400\n \n {8}Error Message: plain failure text/,
      '/blank-error': /Error Message: Failed request: \(500\)/,
    };
    for (const [servicePath, text] of Object.entries(failures)) {
      const r = both(get('aud'), { env: tokenEnv(servicePath) });
      assertSame(r);
      assert.match(r.py.stdout, text, servicePath);
    }
    // Followed redirects, retried 503s (twice, then a token), a refused bearer token.
    for (const [servicePath, more, text] of [
      ['/redirect', {}, /^getIDToken -> "eyJ0eXAi\.YXVk\.sig"$/m],
      ['/flaky', {}, /^getIDToken -> "eyJ0eXAi\.YXVk\.sig"$/m],
      ['/token', { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' }, /Error Code : 401\n \n {8}Error Message: Unauthorized: bad request token/],
    ]) {
      const r = both(get('aud'), { env: tokenEnv(servicePath, more) });
      assertSame(r);
      assert.match(r.py.stdout, text, servicePath);
    }
    // The variables missing: the same messages, before any request.
    const noUrl = both(get('aud'), { env: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken } });
    assertSame(noUrl);
    assert.match(noUrl.py.stdout, /getIDToken threw: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable/);
    const noToken = both(get('aud'), { env: tokenEnv('/token', { ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }) });
    assertSame(noToken);
    assert.match(noToken.py.stdout, /::debug::ID token url is .*\ngetIDToken threw: Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable/);
    // No service at all: both fail with a "Failed to get ID Token" error
    // (Node names the errno and address, Python the reason: not compared).
    const port = await closedPort();
    const refused = both(get('aud'), { env: { ...tokenEnv('/token'), ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0` } });
    assert.match(refused.js.stdout, /getIDToken threw: Error message: Failed to get ID Token\. \n \n {8}Error Code : undefined\n \n {8}Error Message: connect ECONNREFUSED/);
    assert.match(refused.py.stdout, /getIDToken threw: Error message: Failed to get ID Token\. \n \n {8}Error Code : undefined\n \n {8}Error Message: \[Errno 111\] Connection refused/);
  } finally {
    await server.close();
  }
});
