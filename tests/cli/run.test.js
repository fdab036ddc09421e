'use strict';
// The CLI runs Python the way python3 does: scripts, -c, stdin, argv, exit codes.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const { CLI, NODE, engines, pywasm, tempDir } = require('../support/pywasm');

for (const engine of engines()) {
  test(`[${engine}] -c runs code and exits 0`, () => {
    const r = pywasm(engine, ['-c', 'print("hi", 6 * 7)']);
    assert.equal(r.stdout, 'hi 42\n');
    assert.equal(r.status, 0);
  });

  test(`[${engine}] a script gets its arguments in sys.argv`, () => {
    const dir = tempDir({ 'args.py': 'import sys\nprint(sys.argv)\n' });
    const r = pywasm(engine, ['args.py', 'one', 'two words'], { cwd: dir });
    assert.equal(r.stdout, "['args.py', 'one', 'two words']\n");
    assert.equal(r.status, 0);
  });

  test(`[${engine}] - reads the program from stdin`, () => {
    const r = pywasm(engine, ['-', 'x'], { input: 'import sys\nprint(sys.argv, 2 ** 70)\n' });
    assert.equal(r.stdout, "['-', 'x'] 1180591620717411303424\n");
  });

  test(`[${engine}] sys.exit(n) becomes the exit code`, () => {
    assert.equal(pywasm(engine, ['-c', 'import sys; sys.exit(7)']).status, 7);
    assert.equal(pywasm(engine, ['-c', 'import sys; sys.exit()']).status, 0);
    // exit() and quit(), as CPython's site module gives every script
    assert.equal(pywasm(engine, ['-c', 'exit(4)']).status, 4);
    assert.equal(pywasm(engine, ['-c', 'quit()']).status, 0);
    const r = pywasm(engine, ['-c', 'import sys; sys.exit("bad input")']);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'bad input\n');
  });

  test(`[${engine}] an unhandled exception prints a traceback with file and line, exit 1`, () => {
    // The script's path is absolute in tracebacks and __file__, as CPython
    // (3.9+) makes it; sys.argv[0] stays as given.
    const dir = tempDir({ 'boom.py': 'import sys\nprint(__file__, sys.argv[0], sys.path[0])\ndef f():\n    return 1 / 0\n\nf()\n' });
    const r = pywasm(engine, ['boom.py'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, `${dir}/boom.py boom.py ${dir}\n`);
    assert.equal(r.stderr, 'Traceback (most recent call last):\n'
      + `  File "${dir}/boom.py", line 6, in <module>\n    f()\n`
      + `  File "${dir}/boom.py", line 4, in f\n    return 1 / 0\n`
      + 'ZeroDivisionError: division by zero\n');
  });

  test(`[${engine}] an uncaught exception goes to sys.excepthook when the script set one; a failing hook is reported with it`, () => {
    const dir = tempDir({
      'hooked.py': 'import sys\ndef hook(kind, value, tb):\n    print("hook:", kind.__name__, value, tb.tb_lineno)\n'
        + 'sys.excepthook = hook\nraise ValueError("boom")\n',
      'broken.py': 'import sys\nsys.excepthook = lambda *a: 1 / 0\nraise KeyError("k")\n',
    });
    const hooked = pywasm(engine, ['hooked.py'], { cwd: dir });
    assert.equal(hooked.status, 1);
    assert.equal(hooked.stdout, 'hook: ValueError boom 5\n');
    assert.equal(hooked.stderr, '');
    const broken = pywasm(engine, ['broken.py'], { cwd: dir });
    assert.equal(broken.status, 1);
    assert.equal(broken.stderr, 'Error in sys.excepthook:\nTraceback (most recent call last):\n'
      + `  File "${dir}/broken.py", line 2, in <lambda>\n    sys.excepthook = lambda *a: 1 / 0\nZeroDivisionError: division by zero\n`
      + '\nOriginal exception was:\nTraceback (most recent call last):\n'
      + `  File "${dir}/broken.py", line 3, in <module>\n    raise KeyError("k")\nKeyError: 'k'\n`);
  });

  test(`[${engine}] an uncaught exception and sys.exit()'s message go to the script's own sys.stderr, as in CPython`, () => {
    const dir = tempDir({
      'merged.py': 'import sys\nprint("before")\nsys.stderr = sys.stdout\nraise ValueError("boom")\n',
      'captured.py': 'import sys\nclass Upper:\n    def write(self, s):\n        sys.__stdout__.write(s.upper())\n'
        + '    def flush(self):\n        pass\nsys.stderr = Upper()\nsys.exit("stopped")\n',
    });
    const merged = pywasm(engine, ['merged.py'], { cwd: dir });
    assert.equal(merged.status, 1);
    assert.equal(merged.stderr, '');
    assert.equal(merged.stdout, 'before\nTraceback (most recent call last):\n'
      + `  File "${dir}/merged.py", line 4, in <module>\n    raise ValueError("boom")\nValueError: boom\n`);
    const captured = pywasm(engine, ['captured.py'], { cwd: dir });
    assert.equal(captured.status, 1);
    assert.equal(captured.stdout, 'STOPPED\n');
    assert.equal(captured.stderr, '');
  });

  test(`[${engine}] a traceback's last line is CPython's: the class's own __str__, its module, no empty message`, () => {
    const dir = tempDir({
      'errors.py': 'class ConfigError(Exception):\n    def __str__(self):\n        return "bad key: " + self.args[0]\n',
      'main.py': 'import sys, errors\ntry:\n    raise ValueError\nexcept ValueError as e:\n    sys.print_exception(e, sys.stderr)\nraise errors.ConfigError("port")\n',
    });
    const r = pywasm(engine, ['main.py'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `Traceback (most recent call last):\n  File "${dir}/main.py", line 3, in <module>\n    raise ValueError\nValueError\n`
      + `Traceback (most recent call last):\n  File "${dir}/main.py", line 6, in <module>\n    raise errors.ConfigError("port")\n`
      + 'errors.ConfigError: bad key: port\n');
  });

  test(`[${engine}] an unhandled exception group prints CPython's tree of its exceptions, exit 1`, () => {
    // both tasks fail in the same loop step: CPython's TaskGroup collects
    // both, as its done callbacks run a step after each task ends
    const dir = tempDir({ 'group.py': 'import asyncio\n\nasync def bad(n):\n    await asyncio.sleep(0)\n    raise ValueError(n)\n\n'
      + 'async def main():\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(bad(1))\n        tg.create_task(bad(2))\n\n'
      + 'asyncio.run(main())\n' });
    const r = pywasm(engine, ['group.py'], { cwd: dir });
    assert.equal(r.status, 1);
    const lines = r.stderr.split('\n');
    assert.equal(lines[0], '  + Exception Group Traceback (most recent call last):');
    assert.deepEqual(lines.slice(1, 3), [`  |   File "${dir}/group.py", line 12, in <module>`, '  |     asyncio.run(main())']);
    const tail = lines.slice(lines.indexOf('  | ExceptionGroup: unhandled errors in a TaskGroup (2 sub-exceptions)'));
    assert.equal(tail[1], '  +-+---------------- 1 ----------------');
    assert.deepEqual(tail.filter((l) => l.includes(`File "${dir}/group.py"`) || l.startsWith('    | ValueError') || l.includes('-----')), [
      '  +-+---------------- 1 ----------------', `    |   File "${dir}/group.py", line 5, in bad`, '    | ValueError: 1',
      '    +---------------- 2 ----------------', `    |   File "${dir}/group.py", line 5, in bad`, '    | ValueError: 2',
      '    +------------------------------------']);
  });

  test(`[${engine}] a syntax error names the file and line, exit 1`, () => {
    const dir = tempDir({ 'bad.py': 'x = 1\ny = (\n' });
    const r = pywasm(engine, ['bad.py'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `  File "${dir}/bad.py", line 2\n    y = (\n        ^\nSyntaxError: '(' was never closed\n`);
  });

  test(`[${engine}] a script that does not compile is reported as CPython does: no Traceback header, the place and its line`, () => {
    const dir = tempDir({ 'bad.py': 'x = 1\nx = = 2\n', 'main.py': 'print("ran")\nimport bad\n' });
    const direct = pywasm(engine, ['bad.py'], { cwd: dir });
    assert.equal(direct.status, 1);
    assert.equal(direct.stderr, `  File "${dir}/bad.py", line 2\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n`);
    // Imported, it has a frame to show (the import), and the header with it.
    const imported = pywasm(engine, ['main.py'], { cwd: dir });
    assert.equal(imported.status, 1);
    assert.equal(imported.stdout, 'ran\n');
    assert.equal(imported.stderr, `Traceback (most recent call last):\n  File "${dir}/main.py", line 2, in <module>\n    import bad\n`
      + `  File "${dir}/bad.py", line 2\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n`);
  });

  test(`[${engine}] an error the compiler finds after parsing is placed as a syntax error, with CPython's text`, () => {
    const dir = tempDir({ 'loop.py': 'x = 1\nif x:\n    break\n' });
    const r = pywasm(engine, ['loop.py'], { cwd: dir });
    assert.equal(r.status, 1);
    // CPython also underlines the statement; the compiler keeps no columns.
    assert.equal(r.stderr, `  File "${dir}/loop.py", line 3\n    break\nSyntaxError: 'break' outside loop\n`);
  });

  test(`[${engine}] a missing script says so and exits 2, as CPython does`, () => {
    const dir = tempDir();
    const r = pywasm(engine, ['nope.py'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, `pywasm: can't open file '${dir}/nope.py': [Errno 2] No such file or directory\n`);
  });

  test(`[${engine}] a directory given as the script is refused with exit 2`, () => {
    const dir = tempDir({ 'sub/x.txt': '' });
    const r = pywasm(engine, ['sub'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\[Errno 21\] Is a directory/);
  });

  test(`[${engine}] input() reads piped lines without echo; EOF raises EOFError with CPython's text`, () => {
    const code = 'a = input("name? ")\nprint("got", a)\ntry:\n    input()\nexcept EOFError as e:\n    print("eof", repr(e))\n';
    const r = pywasm(engine, ['-c', code], { input: 'world\n' });
    assert.equal(r.stdout, "name? got world\neof EOFError('EOF when reading a line')\n");
  });

  test(`[${engine}] stdout and stderr keep the order of the calls`, () => {
    const code = 'import sys\nprint("one")\nprint("two", file=sys.stderr)\nprint("three")\n';
    const r = pywasm(engine, ['-c', code]);
    assert.equal(r.stdout, 'one\nthree\n');
    assert.equal(r.stderr, 'two\n');
  });

  test(`[${engine}] tens of megabytes of output arrive intact`, () => {
    const r = pywasm(engine, ['-c', 'import sys\nline = "x" * 999 + "\\n"\nfor i in range(20000):\n    sys.stdout.write(line)\n']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.length, 20000 * 1000);
  });

  test(`[${engine}] python3's -u, -O, -E and -I do what they do there; -B, -s, -S and -X utf8 are accepted`, () => {
    // os._exit skips the flush, as in CPython: the second line is still in
    // stdout's buffer unless -u or PYTHONUNBUFFERED turned buffering off.
    const twoLines = 'import os; print("a"); print("b"); os._exit(3)';
    const buffered = pywasm(engine, ['-c', twoLines]);
    assert.deepEqual([buffered.stdout, buffered.status], ['a\n', 3]);
    assert.equal(pywasm(engine, ['-u', '-c', twoLines]).stdout, 'a\nb\n');
    assert.equal(pywasm(engine, ['--env', 'PYTHONUNBUFFERED=1', '-c', twoLines]).stdout, 'a\nb\n');
    assert.equal(pywasm(engine, ['-E', '--env', 'PYTHONUNBUFFERED=1', '-c', twoLines]).stdout, 'a\n');
    // -O: assert compiles to nothing, __debug__ is False; -OO the same here
    const checks = 'assert False, "checked"\nprint("unchecked", __debug__)';
    assert.match(pywasm(engine, ['-c', checks]).stderr, /AssertionError: checked/);
    for (const flag of ['-O', '-OO']) assert.equal(pywasm(engine, [flag, '-c', checks]).stdout, 'unchecked False\n');
    // -I: no script directory (or '') first on sys.path, and -E's effect
    const dir = tempDir({ 'where.py': 'import sys\nprint(sys.path[0])\n' });
    assert.equal(pywasm(engine, [`${dir}/where.py`]).stdout, `${dir}\n`);
    assert.equal(pywasm(engine, ['-I', `${dir}/where.py`]).stdout, '.frozen\n');
    // Clusters, as python3 takes them, and the flags that change nothing.
    const r = pywasm(engine, ['-uBO', '-s', '-S', '-X', 'utf8', '-Xutf8', '-Ic', 'import sys; print(sys.argv, __debug__, sys.path[0])', 'x']);
    assert.equal(r.stdout, "['-c', 'x'] False .frozen\n");
    assert.equal(r.status, 0);
    // An argument joined to -c, as python3 -c'print(1)' takes it.
    assert.equal(pywasm(engine, ['-uc' + 'print(6 * 7)']).stdout, '42\n');
  });

  test(`[${engine}] -W and PYTHONWARNINGS control warnings as in python3, and fill sys.warnoptions`, () => {
    const code = 'import sys, warnings\nprint(sys.warnoptions)\nwarnings.warn("careful")\nprint("after")';
    const plain = pywasm(engine, ['-c', code]);
    assert.equal(plain.stdout, '[]\nafter\n');
    assert.match(plain.stderr, /UserWarning: careful/);
    const ignored = pywasm(engine, ['-W', 'ignore', '-c', code]);
    assert.deepEqual([ignored.stdout, ignored.stderr], ["['ignore']\nafter\n", '']);
    const raised = pywasm(engine, ['-Werror::UserWarning', '-c', code]);
    assert.equal(raised.status, 1);
    assert.equal(raised.stdout, "['error::UserWarning']\n");
    assert.match(raised.stderr, /\nUserWarning: careful\n$/);
    // PYTHONWARNINGS first, then -W; the last matching filter wins; -E drops the variable
    const both = pywasm(engine, ['--env', 'PYTHONWARNINGS=error,default::DeprecationWarning', '-W', 'ignore::UserWarning', '-c', code]);
    assert.deepEqual([both.stdout, both.stderr, both.status], ["['error', 'default::DeprecationWarning', 'ignore::UserWarning']\nafter\n", '', 0]);
    assert.equal(pywasm(engine, ['-E', '--env', 'PYTHONWARNINGS=error', '-c', code]).stdout, '[]\nafter\n');
    // an invalid option is reported at start-up, with CPython's words, and skipped
    const bad = pywasm(engine, ['-W', 'bogus', '-W', 'ignore::NoSuch', '-c', 'print("ran")']);
    assert.equal(bad.stdout, 'ran\n');
    assert.equal(bad.stderr, "Invalid -W option ignored: invalid action: 'bogus'\nInvalid -W option ignored: unknown warning category: 'NoSuch'\n");
    // the idiom of the warnings documentation
    const idiom = 'import sys, warnings\nif not sys.warnoptions:\n    warnings.simplefilter("ignore")\nwarnings.warn("hidden")\nprint("quiet")';
    assert.deepEqual([pywasm(engine, ['-c', idiom]).stderr, pywasm(engine, ['-W', 'default', '-c', idiom]).stderr.includes('UserWarning: hidden')], ['', true]);
  });

  test(`[${engine}] bytes that are not UTF-8 pass through sys.stdout.buffer unchanged`, () => {
    const r = pywasm(engine, ['-c', 'import sys; sys.stdout.buffer.write(b"\\xff\\xfe\\x00ok")'], { raw: true });
    assert.deepEqual([...r.stdout], [0xff, 0xfe, 0x00, 0x6f, 0x6b]);
  });
}

// The wasm engine compiles the module on V8's threads while the CLI sets up;
// a V8 told to compile every function up front takes long enough that the
// process used to exit 0 before the script ran (lib/module.js).
test('[wasm] the script runs when node compiles wasm eagerly', () => {
  const r = spawnSync(NODE, ['--no-wasm-lazy-compilation', CLI, '-c', 'print("ran")'], { encoding: 'utf8' });
  assert.equal(r.stdout, 'ran\n');
  assert.equal(r.status, 0);
});
