'use strict';
// Every example workflow (examples/workflows/*.yml) run through the
// simulated runner, its Python on pywasm, with what each should produce.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { runWorkflow } = require('./harness/workflow');
const { ROOT } = require('./harness/step');
const { skipReason } = require('./harness/availability');

const reason = skipReason();
const EXAMPLES = path.join(ROOT, 'examples', 'workflows');
const example = (name) => path.join(EXAMPLES, name);
const tested = new Set();
const run = (name, options) => { tested.add(name); return runWorkflow(example(name), options); };

test('greet.yml: an inline script sets an output a later step uses', { skip: reason }, () => {
  const { greet } = run('greet.yml');
  assert.strictEqual(greet.conclusion, 'success');
  const [py, shell] = greet.results;
  assert.deepStrictEqual(py.log, ['Hello, Mona and Hubot! (event: push)']);
  assert.deepStrictEqual(shell.log, ['The script said: Hello, Mona and Hubot!', 'It greeted 2 names']);
});

test('summary-table.yml: a job summary with a table', { skip: reason }, () => {
  const { report } = run('summary-table.yml');
  assert.strictEqual(report.conclusion, 'success');
  const summary = report.results[1].summary;
  assert.match(summary, /^<h2>Workflow files<\/h2>\n<table><tr><th>File<\/th><th>Lines<\/th><\/tr><tr><td>composite.yml<\/td><td>\d+<\/td><\/tr>/);
  assert.match(summary, /<tr><th>Total<\/th><td>\d+<\/td><\/tr><\/table>\n<details><summary>How this was made<\/summary>/);
});

test('script-file.yml: a script file with args in a working directory', { skip: reason }, () => {
  const { count } = run('script-file.yml');
  assert.strictEqual(count.conclusion, 'success', JSON.stringify(count.results.map((r) => r.stderr)));
  const py = count.results[1];
  assert.strictEqual(py.log[0], '[group] Top 3 words in 2 files');
  assert.strictEqual(py.log.length, 5);
  assert.strictEqual(count.results[2].log[0], `Most common word: ${py.outputs['top-word']}`);
});

test('lint.yml: findings become annotations at file and line; an error fails the step', { skip: reason }, () => {
  const clean = run('lint.yml');
  assert.strictEqual(clean.lint.conclusion, 'success', JSON.stringify(clean.lint.results[1].annotations));
  const { lint } = run('lint.yml', {
    before: (runner) => {
      fs.mkdirSync(path.join(runner.workspace, 'examples', 'bad'), { recursive: true });
      fs.writeFileSync(path.join(runner.workspace, 'examples', 'bad', 'messy.py'), `x = 1 \n# TODO tidy\nif x:\n\tpass\ny = "${'a'.repeat(120)}"\n`);
    },
  });
  assert.strictEqual(lint.conclusion, 'failure');
  const annotations = lint.results[1].annotations;
  const at = (a) => (a.file ? `${a.level} ${a.file}:${a.line}:${a.col} ${a.message}` : `${a.level} ${a.message}`);
  assert.deepStrictEqual(annotations.map(at), [
    'warning examples/bad/messy.py:1:6 trailing whitespace',
    'warning examples/bad/messy.py:2:3 TODO without an issue number',
    'error examples/bad/messy.py:4:1 indentation with a tab',
    'warning examples/bad/messy.py:5:101 line too long (126 > 100)',
    'error 1 lint errors',
  ]);
  assert.match(lint.results[1].summary, /1 errors, 3 warnings/);
});

test('composite.yml: a composite action in Python wrapping ours', { skip: reason }, () => {
  const { notes } = run('composite.yml');
  assert.strictEqual(notes.conclusion, 'success');
  assert.deepStrictEqual(notes.results[2].log, ['v1.2.0: Faster startup; Fewer surprises']);
  assert.deepStrictEqual(notes.results[1].annotations, [{ level: 'warning', message: "version '1.2.0' has no leading v; adding one" }]);
});

test('issue-report.yml: the GitHub API through actions.github, into a summary table', { skip: reason }, async () => {
  const { startServer } = require('../support/http-server');
  const server = await startServer('github');  // a fake API: tests/support/servers/github.js
  try {
    const { report } = run('issue-report.yml', { before: (runner) => { runner.env.GITHUB_API_URL = server.url; } });
    assert.strictEqual(report.conclusion, 'success', JSON.stringify(report.results.map((r) => r.stderr)));
    const [py, shell] = report.results;
    assert.strictEqual(py.outputs.count, '7');
    assert.match(py.summary, /^<h2>Open issues labelled bug: 7<\/h2>\n<table><tr><th>Issue<\/th><th>Title<\/th><th>Author<\/th><th>Opened<\/th><\/tr>/);
    assert.match(py.summary, /<tr><td><a href="https:\/\/github\.com\/octo\/repo\/issues\/1">#1<\/a><\/td><td>Issue number 1<\/td><td>mona<\/td><td>2026-11-01<\/td><\/tr><tr><td><a href="[^"]+">#4<\/a>/);
    assert.strictEqual((py.summary.match(/<tr><td>/g) || []).length, 7);
    assert.deepStrictEqual(shell.log, ['There are 7 open issues labelled bug']);
    // One request, authenticated with the step's github-token.
    const seen = await server.requests();
    assert.deepStrictEqual(seen.map((r) => r.url), ['/repos/octo/repo/issues?labels=bug&state=open&per_page=100']);
    assert.ok(seen[0].headers.some(([k, v]) => k === 'Authorization' && v === 'Bearer ghs_harnessToken0123456789'));
  } finally {
    await server.close();
  }
});

test('tools.yml: command-line tools through actions.exec, passed through and captured', { skip: reason }, () => {
  const { tools } = run('tools.yml');
  assert.strictEqual(tools.conclusion, 'success', JSON.stringify(tools.results.map((r) => r.stderr)));
  const [, py, shell] = tools.results;
  const workflows = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml'));
  assert.match(py.log[0], /^Using git version \d/);
  assert.match(py.log[1], /^\[command\]\S*\/ls examples\/workflows$/);
  const entries = fs.readdirSync(EXAMPLES).sort();
  // ls's own order depends on the locale: compared as a set.
  assert.deepStrictEqual(py.log.slice(2, 2 + entries.length).sort(), entries);
  assert.match(py.log[py.log.length - 1], /^\[command\]\S*\/grep -q exec\.exec examples\/workflows\/tools\.yml$/);
  assert.strictEqual(py.outputs.workflows, String(workflows.length));
  assert.deepStrictEqual(py.annotations, [{ level: 'notice', message: 'this workflow runs tools' }]);
  assert.deepStrictEqual(shell.log, [`There are ${workflows.length} example workflows`]);
});

test('every example workflow is exercised', { skip: reason }, () => {
  const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml'));
  assert.deepStrictEqual(files.filter((f) => !tested.has(f)), []);
});
