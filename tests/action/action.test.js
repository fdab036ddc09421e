'use strict';
// The action run as the runner runs it (harness/step.js): inputs, outputs,
// the result output, errors as annotations, exit codes, what the script can
// see of the filesystem.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { makeRunner, runStep, TOKEN } = require('./harness/step');
const { skipReason } = require('./harness/availability');

const reason = skipReason();

function withRunner(options, fn) {
  const runner = makeRunner(options);
  try {
    return fn(runner);
  } finally {
    runner.cleanup();
  }
}

const inline = (runner, script, extra = {}) => runStep(runner, { ...extra, inputs: { script, ...(extra.inputs || {}) } });

test('an inline script reads inputs, sets outputs and a JSON result', { skip: reason }, () => withRunner({}, (runner) => {
  const r = inline(runner, [
    'from actions import core',
    'name = core.get_input("who-to-greet", required=True)',
    'core.info("Hello, " + name)',
    'core.set_output("greeting", "Hello, " + name)',
    'core.set_result({"n": 1, "names": [name]})',
  ].join('\n'), { inputs: { 'who-to-greet': ' Mona ' } });
  assert.strictEqual(r.conclusion, 'success', r.stderr);
  assert.deepStrictEqual(r.log, ['Hello, Mona']);
  assert.strictEqual(r.outputs.greeting, 'Hello, Mona');
  assert.deepStrictEqual(JSON.parse(r.outputs.result), { n: 1, names: ['Mona'] });
}));

test('a checkout with its own actions/ directory still runs with the toolkit', { skip: reason }, () => withRunner({}, (runner) => {
  // composite actions often live in actions/; a Python package by that name too
  fs.mkdirSync(path.join(runner.workspace, 'actions', 'lint'), { recursive: true });
  fs.writeFileSync(path.join(runner.workspace, 'actions', 'lint', 'action.yml'), 'runs:\n  using: composite\n');
  fs.writeFileSync(path.join(runner.workspace, 'actions', '__init__.py'), 'print("the repository\'s actions package")\n');
  fs.writeFileSync(path.join(runner.workspace, 'helper.py'), 'VALUE = 42\n');
  const r = inline(runner, 'from actions import core\nimport helper\ncore.set_output("v", helper.VALUE)\ncore.set_result("ok")');
  assert.strictEqual(r.conclusion, 'success', r.stderr);
  assert.strictEqual(r.outputs.v, '42');
  assert.strictEqual(r.outputs.result, '"ok"');
  assert.deepStrictEqual(r.log, []);
}));

test('result-encoding string writes text; no set_result, no result output', { skip: reason }, () => withRunner({}, (runner) => {
  const text = inline(runner, 'from actions import core\ncore.set_result("plain text")', { inputs: { 'result-encoding': 'string' } });
  assert.strictEqual(text.outputs.result, 'plain text');
  const json = inline(runner, 'from actions import core\ncore.set_result("plain text")');
  assert.strictEqual(json.outputs.result, '"plain text"');
  const none = inline(runner, 'x = 1');
  assert.ok(!('result' in none.outputs));
  const bad = inline(runner, 'x = 1', { inputs: { 'result-encoding': 'yaml' } });
  assert.strictEqual(bad.conclusion, 'failure');
  assert.match(bad.annotations[0].message, /result-encoding must be 'json' or 'string'/);
}));

test('an unhandled exception is an error annotation at the inline line, traceback in the log', { skip: reason }, () => withRunner({}, (runner) => {
  const r = inline(runner, 'import sys\n\ndef parse(t):\n    return int(t)\n\nparse("oops")\n');
  assert.strictEqual(r.conclusion, 'failure');
  assert.strictEqual(r.exitCode, 1);
  assert.strictEqual(r.annotations.length, 1);
  const a = r.annotations[0];
  assert.strictEqual(a.level, 'error');
  assert.strictEqual(a.title, 'ValueError');
  assert.strictEqual(a.line, 4);
  assert.strictEqual(a.file, undefined);
  assert.match(a.message, /^ValueError/);
  assert.match(r.stderr, /Traceback \(most recent call last\):\n {2}File "<script>", line 6, in <module>\n {2}File "<script>", line 4, in parse\n/);
  assert.doesNotMatch(r.stderr, /_action/);
}));

test('an exception in a call spread over lines is annotated at the line the call starts on', { skip: reason }, () => withRunner({}, (runner) => {
  const r = inline(runner, 'def parse(text):\n    return int(\n        text.strip(),\n        base=10)\n\nparse(\n    "oops")\n');
  assert.strictEqual(r.conclusion, 'failure');
  assert.deepStrictEqual([r.annotations[0].title, r.annotations[0].line], ['ValueError', 2]);
  assert.match(r.stderr, /File "<script>", line 6, in <module>\n {2}File "<script>", line 2, in parse\n/);
}));

test('runaway recursion is a RecursionError annotation with a folded traceback', { skip: reason }, () => withRunner({}, (runner) => {
  const r = inline(runner, 'def f(n):\n    return f(n + 1)\n\nf(0)\n');
  assert.strictEqual(r.exitCode, 1);
  assert.deepStrictEqual([r.annotations[0].title, r.annotations[0].line], ['RecursionError', 2]);
  assert.match(r.stderr, /File "<script>", line 2, in f\n {2}\[Previous line repeated \d+ more times\]\nRecursionError/);
}));

test('a syntax error in a script file is annotated at that file and line', { skip: reason }, () => withRunner({}, (runner) => {
  fs.mkdirSync(path.join(runner.workspace, 'scripts'));
  fs.writeFileSync(path.join(runner.workspace, 'scripts', 'broken.py'), 'x = 1\nif x\n    pass\n');
  const r = runStep(runner, { inputs: { 'script-file': 'scripts/broken.py' } });
  assert.strictEqual(r.conclusion, 'failure');
  assert.deepStrictEqual(
    { level: r.annotations[0].level, title: r.annotations[0].title, file: r.annotations[0].file, line: r.annotations[0].line },
    { level: 'error', title: 'SyntaxError', file: 'scripts/broken.py', line: 2 },
  );
  // The log shows the place and CPython's message, with no "Traceback" header (no frame ran).
  assert.match(r.stderr, /^ {2}File "[^"]*scripts\/broken\.py", line 2\n {4}if x\n {8}\^\nSyntaxError: expected ':'\n$/m);
  assert.doesNotMatch(r.stderr, /Traceback/);
}));

test('an error the compiler finds (return outside a function) is annotated at its file and line', { skip: reason }, () => withRunner({}, (runner) => {
  fs.writeFileSync(path.join(runner.workspace, 'early.py'), 'import sys\n\nif len(sys.argv) < 2:\n    print("nothing to do")\n    return\n');
  const r = runStep(runner, { inputs: { 'script-file': 'early.py' } });
  assert.strictEqual(r.conclusion, 'failure');
  assert.deepStrictEqual(
    { title: r.annotations[0].title, file: r.annotations[0].file, line: r.annotations[0].line },
    { title: 'SyntaxError', file: 'early.py', line: 5 });
  assert.match(r.stderr, /^ {2}File "[^"]*early\.py", line 5\n {4}return\nSyntaxError: 'return' outside function\n$/m);
  assert.doesNotMatch(r.stderr, /Traceback/);
}));

test('a script file\'s traceback shows its source lines; the annotation has the exception\'s own message', { skip: reason }, () => withRunner({}, (runner) => {
  fs.writeFileSync(path.join(runner.workspace, 'check.py'),
    'class ConfigError(Exception):\n    def __str__(self):\n        return "missing key: " + self.args[0]\n\n\ndef load():\n    raise ConfigError("port")\n\nload()\n');
  const r = runStep(runner, { inputs: { 'script-file': 'check.py' } });
  assert.strictEqual(r.conclusion, 'failure');
  assert.deepStrictEqual(
    { title: r.annotations[0].title, file: r.annotations[0].file, line: r.annotations[0].line, message: r.annotations[0].message },
    { title: 'ConfigError', file: 'check.py', line: 7, message: 'ConfigError: missing key: port' });
  assert.match(r.stderr, /line 9, in <module>\n {4}load\(\)\n.*line 7, in load\n {4}raise ConfigError\("port"\)\nConfigError: missing key: port\n/);
}));

test('a script file gets args as sys.argv[1:] and runs in working-directory', { skip: reason }, () => withRunner({}, (runner) => {
  const sub = path.join(runner.workspace, 'tools');
  fs.mkdirSync(sub);
  fs.writeFileSync(path.join(sub, 'helper.py'), 'def twice(x):\n    return x * 2\n');
  fs.writeFileSync(path.join(sub, 'main.py'), [
    'import os, sys',
    'import helper',
    'print(sys.argv)',
    'print(os.getcwd())',
    'print(open("data.txt").read())',
    'raise SystemExit(helper.twice(2))',
  ].join('\n'));
  fs.writeFileSync(path.join(sub, 'data.txt'), 'data file');
  const r = runStep(runner, { inputs: { 'script-file': 'main.py', 'working-directory': 'tools', args: ' --flag \n\n two words \n' } });
  assert.strictEqual(r.exitCode, 4, r.stderr);
  assert.deepStrictEqual(r.log, [`['${path.join(sub, 'main.py')}', '--flag', 'two words']`, sub, 'data file']);
}));

test('sys.exit codes and set_failed decide the conclusion', { skip: reason }, () => withRunner({}, (runner) => {
  assert.strictEqual(inline(runner, 'import sys\nsys.exit(0)').exitCode, 0);
  assert.strictEqual(inline(runner, 'import sys\nsys.exit(7)').exitCode, 7);
  assert.strictEqual(inline(runner, 'import sys\nsys.exit("message")').exitCode, 1);
  const failed = inline(runner, 'from actions import core\ncore.set_failed("it broke")\nprint("still runs")');
  assert.strictEqual(failed.exitCode, 1);
  assert.deepStrictEqual(failed.annotations, [{ level: 'error', message: 'it broke' }]);
  assert.deepStrictEqual(failed.log, ['still runs']);
  const early = inline(runner, 'import sys\nfrom actions import core\ncore.set_result([1])\nsys.exit(0)');
  assert.strictEqual(early.outputs.result, '[1]');
  const raised = inline(runner, 'from actions import core\ncore.set_result([1])\nraise RuntimeError("late")');
  assert.ok(!('result' in raised.outputs));
}));

test('the token is masked, and the script reads it as an input', { skip: reason }, () => withRunner({}, (runner) => {
  const r = inline(runner, 'from actions import core\nprint("token:", core.get_input("github-token"))');
  assert.deepStrictEqual(r.masks, [TOKEN]);
  assert.deepStrictEqual(r.log, ['token: ***']);
}));

test('bad action inputs fail the step with an error annotation', { skip: reason }, () => withRunner({}, (runner) => {
  const both = runStep(runner, { inputs: { script: 'x=1', 'script-file': 'a.py' } });
  assert.strictEqual(both.conclusion, 'failure');
  assert.match(both.annotations[0].message, /either 'script' or 'script-file'/);
  const neither = runStep(runner, { inputs: {} });
  assert.match(neither.annotations[0].message, /'script' or 'script-file' is required/);
  const missing = runStep(runner, { inputs: { 'script-file': 'nope.py' } });
  assert.strictEqual(missing.conclusion, 'failure');
  assert.match(missing.annotations[0].message, /script-file 'nope.py' not found/);
}));

test('the script sees the workspace, RUNNER_TEMP and the event, nothing else of the host', { skip: reason }, () => withRunner({ event: { issue: { number: 5 } }, eventName: 'issues' }, (runner) => {
  fs.writeFileSync(path.join(runner.workspace, 'in-workspace.txt'), 'ok');
  const r = inline(runner, [
    'import os',
    'from actions import context',
    'print(open("in-workspace.txt").read())',
    'print(context.event_name, context.issue.number, context.repo.owner)',
    'open(os.getenv("RUNNER_TEMP") + "/scratch", "w").write("tmp")',
    'for p in ("/etc/passwd", os.getenv("HOME") + "/.bashrc", "../../../outside"):',
    '    try:',
    '        open(p)',
    '        print("READ", p)',
    '    except OSError as e:',
    '        print("refused")',
  ].join('\n'));
  assert.strictEqual(r.conclusion, 'success', r.stderr);
  assert.deepStrictEqual(r.log, ['ok', 'issues 5 octo', 'refused', 'refused', 'refused']);
  assert.strictEqual(fs.readFileSync(path.join(runner.temp, 'scratch'), 'utf8'), 'tmp');
}));

test('env and path from earlier steps reach later ones; legacy set-env is refused', { skip: reason }, () => withRunner({}, (runner) => {
  const first = inline(runner, 'from actions import core\ncore.export_variable("GREETING", "hi\\nthere")\ncore.add_path("/opt/mytool")');
  assert.deepStrictEqual(first.env, { GREETING: 'hi\nthere' });
  const second = inline(runner, 'import os\nprint(repr(os.getenv("GREETING")))\nprint(os.getenv("PATH").split(":")[0])\nprint("::set-env name=X::y")');
  assert.deepStrictEqual(second.log, ["'hi\\nthere'", '/opt/mytool']);
  assert.strictEqual(second.annotations[0].refused, 'set-env');
}));

test('stop_commands makes the runner ignore commands in untrusted text', { skip: reason }, () => withRunner({}, (runner) => {
  const r = inline(runner, 'from actions import core\nwith core.stop_commands():\n    print("::error::not an error")\ncore.warning("processed again")');
  assert.deepStrictEqual(r.log, ['::error::not an error']);
  assert.deepStrictEqual(r.annotations, [{ level: 'warning', message: 'processed again' }]);
}));

test('groups as a with block and as a decorator, closed on errors', { skip: reason }, () => withRunner({}, (runner) => {
  const r = inline(runner, [
    'from actions import core',
    '@core.group("decorated")',
    'def work(x):',
    '    print("working", x)',
    '    return x * 2',
    'print(work(21))',
    'try:',
    '    with core.group("failing"):',
    '        raise KeyError("k")',
    'except KeyError:',
    '    print("caught")',
  ].join('\n'));
  assert.deepStrictEqual(r.log, ['[group] decorated', 'working 21', '[endgroup]', '42', '[group] failing', '[endgroup]', 'caught']);
}));

test('a summary with a table lands in GITHUB_STEP_SUMMARY', { skip: reason }, () => withRunner({}, (runner) => {
  const r = inline(runner, 'from actions import core\ncore.summary.add_heading("Report").add_table([[{"data": "k", "header": True}], ["v"]]).write()');
  assert.strictEqual(r.summary, '<h1>Report</h1>\n<table><tr><th>k</th></tr><tr><td>v</td></tr></table>\n');
}));

test('debug: true logs the mounts and turns on is_debug()', { skip: reason }, () => withRunner({}, (runner) => {
  const r = inline(runner, 'from actions import core\nprint(core.is_debug())', { inputs: { debug: 'true' } });
  assert.ok(r.log.includes('True'));
  assert.ok(r.log.some((l) => l.startsWith('mount: ')));
}));

test('a post step reads the state the main step saved', { skip: reason }, () => withRunner({}, (runner) => {
  const main = inline(runner, 'from actions import core\ncore.save_state("pid", 1234)');
  assert.deepStrictEqual(main.state, { pid: '1234' });
  const post = inline(runner, 'from actions import core\nprint(core.get_state("pid"))', { state: main.state });
  assert.deepStrictEqual(post.log, ['1234']);
}));

const haveGit = spawnSync('git', ['--version']).status === 0;

test('sys.executable cannot start a child in the action: FileNotFoundError says why', { skip: reason }, () => withRunner({}, (runner) => {
  const r = inline(runner, [
    'import subprocess, sys',
    'try:',
    '    subprocess.run([sys.executable, "-c", "print(1)"])',
    'except FileNotFoundError as e:',
    '    print(e)',
  ].join('\n'));
  assert.strictEqual(r.conclusion, 'success');
  assert.deepStrictEqual(r.log, ["[Errno 2] this host has no pywasm command line to run sys.executable with: '/usr/lib/pywasm/bin/python3'"]);
}));

test('processes are on: actions.exec and subprocess run tools in the working directory; a failure is annotated', { skip: reason || (haveGit ? false : 'git is not installed') }, () => withRunner({}, (runner) => {
  const r = inline(runner, [
    'import subprocess',
    'from actions import core, exec',
    'exec.exec("git --version")',
    'out = exec.get_exec_output("sh", ["-c", "echo in $(pwd); echo warned >&2"])',
    'core.set_output("where", out.stdout.strip())',
    'print(subprocess.run("echo $GITHUB_REPOSITORY", shell=True, capture_output=True, text=True).stdout.strip())',
    'exec.exec("sh -c \\"exit 3\\"")',
  ].join('\n'));
  assert.strictEqual(r.conclusion, 'failure');
  assert.match(r.log[0], /^\[command\]\S*\/git --version$/);
  assert.match(r.log[1], /^git version \d/);
  assert.match(r.log[2], /^\[command\]\S*\/sh -c echo in \$\(pwd\); echo warned >&2$/);
  assert.deepStrictEqual(r.log.slice(3, 6), [`in ${runner.workspace}`, 'warned', 'octo/repo']);
  assert.match(r.log[6], /^\[command\]\S*\/sh -c exit 3$/);
  assert.strictEqual(r.outputs.where, `in ${runner.workspace}`);
  assert.strictEqual(r.annotations.length, 1);
  assert.strictEqual(r.annotations[0].title, 'RuntimeError');
  assert.match(r.annotations[0].message, /^RuntimeError: The process '\S*\/sh' failed with exit code 3$/);
  assert.strictEqual(r.annotations[0].line, 7);
}));
