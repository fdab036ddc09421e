'use strict';
// -m NAME runs a module as python3 does (runpy): a module as __main__ with its
// file in sys.argv[0], a package through its __main__ submodule, and the
// library's command lines: json.tool, unittest, calendar, base64, gzip,
// zipfile, tarfile. Expected outputs are python3 3.11's for the same commands.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { engines, pywasm, tempDir } = require('../support/pywasm');

const project = () => tempDir({
  'tool.py': 'import sys\nprint(__name__, sys.argv)\n',
  'lazy.py': 'def __getattr__(name):\n    raise AttributeError(name)\n\nprint("lazy ran")\n',
  'app/__init__.py': 'print("init", __name__)\n',
  'app/__main__.py': 'import sys\nprint("main", __name__, sys.argv[1:])\n',
  'lib/__init__.py': '',
  'broken/__init__.py': '',
  'broken/__main__.py': 'import not_installed\n',
  'data.json': '{"b": [1, 2, {"\\u00e9": null}], "a": 1.5, "s": "x\\ty"}\n',
  'lines.json': '{"a":1}\n[2, 3]\n\n',
});

for (const engine of engines()) {
  test(`[${engine}] -m runs a module as __main__, its file in sys.argv[0] and the working directory on sys.path`, () => {
    const dir = project();
    const r = pywasm(engine, ['-m', 'tool', 'a', 'b c'], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, `__main__ ['${path.join(dir, 'tool.py')}', 'a', 'b c']\n`);
    assert.equal(r.status, 0);
    // a module's own __getattr__ is not asked whether it is a package
    assert.equal(pywasm(engine, ['-m', 'lazy'], { cwd: dir }).stdout, 'lazy ran\n');
    // (-c keeps an empty string there, as python3)
    assert.equal(pywasm(engine, ['-c', 'import sys; print(repr(sys.path[0]))'], { cwd: dir }).stdout, "''\n");
    // -I: the working directory is not on sys.path, so there is no such module
    const isolated = pywasm(engine, ['-I', '-m', 'tool'], { cwd: dir });
    assert.equal(isolated.status, 1);
    assert.match(isolated.stderr, /No module named 'tool'/);
  });

  test(`[${engine}] -m on a package imports it and runs its __main__; without one it is an error`, () => {
    const dir = project();
    const r = pywasm(engine, ['-m', 'app', 'x'], { cwd: dir });
    assert.equal(r.stdout, "init app\nmain __main__ ['x']\n");
    assert.equal(r.status, 0);
    const none = pywasm(engine, ['-m', 'lib'], { cwd: dir });
    assert.equal(none.status, 1);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /No module named lib\.__main__; 'lib' is a package and cannot be directly executed\n$/);
    // a missing import inside __main__ is that module's own error, with its traceback
    const broken = pywasm(engine, ['-m', 'broken'], { cwd: dir });
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /File ".*broken\/__main__\.py", line 1, in <module>\n[\s\S]*No module named 'not_installed'\n$/);
    const missing = pywasm(engine, ['-m', 'no_such_module'], { cwd: dir });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /No module named 'no_such_module'/);
  });

  test(`[${engine}] -m json.tool prints JSON as python3 does`, () => {
    const dir = project();
    let r = pywasm(engine, ['-m', 'json.tool', 'data.json'], { cwd: dir });
    assert.equal(r.stdout, '{\n    "b": [\n        1,\n        2,\n        {\n            "\\u00e9": null\n        }\n    ],\n'
      + '    "a": 1.5,\n    "s": "x\\ty"\n}\n');
    assert.equal(r.status, 0);
    r = pywasm(engine, ['-m', 'json.tool', '--sort-keys', '--compact'], { cwd: dir, input: fs.readFileSync(path.join(dir, 'data.json')) });
    assert.equal(r.stdout, '{"a":1.5,"b":[1,2,{"\\u00e9":null}],"s":"x\\ty"}\n');
    r = pywasm(engine, ['-m', 'json.tool', '--no-indent', '--no-ensure-ascii', 'data.json'], { cwd: dir });
    assert.equal(r.stdout, '{"b": [1, 2, {"é": null}], "a": 1.5, "s": "x\\ty"}\n');
    r = pywasm(engine, ['-m', 'json.tool', '--tab', 'data.json', 'out.json'], { cwd: dir });
    assert.equal(r.stdout, '');
    assert.equal(fs.readFileSync(path.join(dir, 'out.json'), 'utf8').split('\n')[1], '\t"b": [');
  });

  test(`[${engine}] -m json.tool's errors: bad JSON exits 1 with python3's message, a bad option or file 2`, () => {
    const dir = project();
    let r = pywasm(engine, ['-m', 'json.tool'], { cwd: dir, input: '[1,\n' });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'Expecting value: line 2 column 1 (char 4)\n');
    // JSON Lines: each document is written before the next is read
    r = pywasm(engine, ['-m', 'json.tool', '--json-lines', '--compact', 'lines.json'], { cwd: dir });
    assert.equal(r.stdout, '{"a":1}\n[2,3]\n');
    assert.equal(r.stderr, 'Expecting value: line 2 column 1 (char 1)\n');
    assert.equal(r.status, 1);
    r = pywasm(engine, ['-m', 'json.tool', '--indent', 'x'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /python -m json\.tool: error: argument --indent: invalid int value: 'x'\n$/);
    r = pywasm(engine, ['-m', 'json.tool', 'nope.json'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /error: argument infile: can't open 'nope\.json': \[Errno 2\] No such file or directory: 'nope\.json'\n$/);
  });

  test(`[${engine}] -m unittest discovers test*.py in packages from the working directory, as python3`, () => {
    const dir = tempDir({
      'tests/__init__.py': '',
      'tests/test_math.py': 'import unittest\n\nclass Adds(unittest.TestCase):\n    def test_small(self):\n        self.assertEqual(1 + 1, 2)\n\n'
        + '    def test_wrong(self):\n        self.assertEqual(2 * 2, 5)\n\nclass Skips(unittest.TestCase):\n    @unittest.skip("later")\n    def test_later(self):\n        pass\n',
      'tests/sub/__init__.py': '',
      'tests/sub/test_deep.py': 'import unittest\n\nclass Deep(unittest.TestCase):\n    def test_ok(self):\n        self.assertTrue(True)\n',
      'tests/test_broken.py': 'import nothere\n',
      'notpackage/test_hidden.py': 'raise SystemExit("a directory without __init__.py is not searched")\n',
      'checks/check_x.py': 'import unittest\n\nclass X(unittest.TestCase):\n    def test_x(self):\n        pass\n',
    });
    const timeless = (text) => text.replace(/in \d+\.\d+s/, 'in Xs');
    let r = pywasm(engine, ['-m', 'unittest', '-v'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(timeless(r.stderr), [
      // python3 goes through a directory's entries in sorted order
      'test_ok (tests.sub.test_deep.Deep.test_ok) ... ok',
      'tests.test_broken (unittest.loader._FailedTest.tests.test_broken) ... ERROR',
      'test_small (tests.test_math.Adds.test_small) ... ok',
      'test_wrong (tests.test_math.Adds.test_wrong) ... FAIL',
      "test_later (tests.test_math.Skips.test_later) ... skipped 'later'",
      '',
      '======================================================================',
      'ERROR: tests.test_broken (unittest.loader._FailedTest.tests.test_broken)',
      '----------------------------------------------------------------------',
      'ImportError: Failed to import test module: tests.test_broken',
      'Traceback (most recent call last):',
      `  File "${dir}/tests/test_broken.py", line 1, in <module>`,
      '    import nothere',
      "ModuleNotFoundError: No module named 'nothere'",
      '',
      '',
      '======================================================================',
      'FAIL: test_wrong (tests.test_math.Adds.test_wrong)',
      '----------------------------------------------------------------------',
      'Traceback (most recent call last):',
      `  File "${dir}/tests/test_math.py", line 8, in test_wrong`,
      '    self.assertEqual(2 * 2, 5)',
      'AssertionError: 4 != 5',
      '',
      '----------------------------------------------------------------------',
      'Ran 5 tests in Xs',
      '',
      'FAILED (failures=1, errors=1, skipped=1)',
      '',
    ].join('\n'));
    // a test by name, or by its file; -k picks by pattern
    r = pywasm(engine, ['-m', 'unittest', 'tests.test_math.Adds.test_small'], { cwd: dir });
    assert.equal(timeless(r.stderr), '.\n----------------------------------------------------------------------\nRan 1 test in Xs\n\nOK\n');
    assert.equal(r.status, 0);
    r = pywasm(engine, ['-m', 'unittest', 'tests/test_math.py', '-k', 'small'], { cwd: dir });
    assert.match(r.stderr, /Ran 1 test in/);
    assert.equal(r.status, 0);
    r = pywasm(engine, ['-m', 'unittest', 'discover', '-s', 'checks', '-p', 'check_*.py'], { cwd: dir });
    assert.match(r.stderr, /^\.\n-+\nRan 1 test in \S+\n\nOK\n$/);
    assert.equal(r.status, 0);
  });

  test(`[${engine}] -m unittest NAME: a name that does not load is one erroring test with python3's reason`, () => {
    const dir = tempDir({
      'tests/__init__.py': '',
      'tests/test_ok.py': 'import unittest\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        pass\n',
      'tests/test_broken.py': 'import nothere\n',
    });
    const report = (name) => {
      const r = pywasm(engine, ['-m', 'unittest', name], { cwd: dir });
      assert.equal(r.status, 1);
      const lines = r.stderr.split('\n');
      assert.equal(lines[0], 'E');
      assert.match(r.stderr, /\nFAILED \(errors=1\)\n$/);
      return lines.slice(2, lines.indexOf('', 2)).join('\n');
    };
    // the module's own failing import is its error (not a missing attribute
    // of the package the loader fell back to)
    assert.equal(report('tests.test_broken'), [
      'ERROR: test_broken (unittest.loader._FailedTest.test_broken)',
      '----------------------------------------------------------------------',
      'ImportError: Failed to import test module: test_broken',
      'Traceback (most recent call last):',
      `  File "${dir}/tests/test_broken.py", line 1, in <module>`,
      '    import nothere',
      "ModuleNotFoundError: No module named 'nothere'",
    ].join('\n'));
    assert.match(report('tests.nope'), /^ERROR: nope \(unittest\.loader\._FailedTest\.nope\)\n-+\nImportError: Failed to import test module: nope\n[^]*ModuleNotFoundError: No module named 'tests\.nope'$/);
    assert.match(report('nope'), /ModuleNotFoundError: No module named 'nope'$/);
    assert.equal(report('tests.test_ok.Nope'), 'ERROR: Nope (unittest.loader._FailedTest.Nope)\n'
      + '----------------------------------------------------------------------\n'
      + "AttributeError: module 'tests.test_ok' has no attribute 'Nope'");
    assert.match(report('tests.test_ok.T.test_b'), /\nAttributeError: type object 'T' has no attribute 'test_b'$/);
  });

  test(`[${engine}] -m calendar prints python3's month, year and HTML calendars`, () => {
    let r = pywasm(engine, ['-m', 'calendar', '-w', '3', '2026', '2']);
    assert.equal(r.stdout, [
      '       February 2026',
      'Mon Tue Wed Thu Fri Sat Sun',
      '                          1',
      '  2   3   4   5   6   7   8',
      '  9  10  11  12  13  14  15',
      ' 16  17  18  19  20  21  22',
      ' 23  24  25  26  27  28',
      '',
    ].join('\n'));
    assert.equal(r.status, 0);
    r = pywasm(engine, ['-m', 'calendar', '-m', '4', '-s', '2', '2026']);
    assert.equal(r.stdout.split('\n')[2], '      January               February               March                 April');
    r = pywasm(engine, ['-m', 'calendar', '-t', 'html', '2026']);
    assert.match(r.stdout, /^<\?xml version="1\.0" encoding="utf-8"\?>\n[^]*<title>Calendar for 2026<\/title>[^]*<\/html>\n$/);
    // python3's errors: a month with -t html, a locale without an encoding
    for (const args of [['-t', 'html', '2026', '2'], ['-L', 'de_DE', '2026']]) {
      r = pywasm(engine, ['-m', 'calendar', ...args]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^usage: calendar\.mpy \[-h\][^]*: error: (incorrect number of arguments|if --locale is specified --encoding is required)\n$/);
    }
  });

  test(`[${engine}] -m platform prints platform.platform(), terse with --terse or terse`, () => {
    const full = pywasm(engine, ['-c', 'import platform; print(platform.platform()); print(platform.platform(terse=True))']);
    const [long, short] = full.stdout.split('\n');
    assert.match(long, /^WASI-/);
    let r = pywasm(engine, ['-m', 'platform']);
    assert.equal(r.stdout, `${long}\n`);
    assert.equal(r.status, 0);
    for (const flag of ['--terse', 'terse']) {
      r = pywasm(engine, ['-m', 'platform', flag]);
      assert.equal(r.stdout, `${short}\n`);
    }
  });

  test(`[${engine}] -m base64, gzip, zipfile and tarfile: python3's command lines round-trip files`, () => {
    const dir = tempDir({ 'src/a.txt': 'hello\n', 'src/d/b.txt': 'deep\n' });
    const read = (...p) => fs.readFileSync(path.join(dir, ...p), 'utf8');
    let r = pywasm(engine, ['-m', 'base64'], { cwd: dir, input: 'hello world\n' });
    assert.equal(r.stdout, 'aGVsbG8gd29ybGQK\n');
    r = pywasm(engine, ['-m', 'base64', '-d', '-'], { cwd: dir, input: 'aGVsbG8gd29ybGQK\n' });
    assert.equal(r.stdout, 'hello world\n');
    r = pywasm(engine, ['-m', 'base64', '-x'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^option -x not recognized\nusage: /);

    // gzip keeps its input, as python3's does; -d wants a .gz name
    assert.equal(pywasm(engine, ['-m', 'gzip', '--best', 'src/a.txt'], { cwd: dir }).status, 0);
    assert.equal(require('node:zlib').gunzipSync(fs.readFileSync(path.join(dir, 'src/a.txt.gz'))).toString(), 'hello\n');
    fs.renameSync(path.join(dir, 'src/a.txt.gz'), path.join(dir, 'copy.gz'));
    assert.equal(pywasm(engine, ['-m', 'gzip', '-d', 'copy.gz'], { cwd: dir }).status, 0);
    assert.equal(read('copy'), 'hello\n');
    r = pywasm(engine, ['-m', 'gzip', '-d', 'copy'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "filename doesn't end in .gz: 'copy'\n");

    assert.equal(pywasm(engine, ['-m', 'zipfile', '-c', 'out.zip', 'src'], { cwd: dir }).status, 0);
    r = pywasm(engine, ['-m', 'zipfile', '-l', 'out.zip'], { cwd: dir });
    assert.deepEqual(r.stdout.split('\n').map((l) => l.split(' ')[0]), ['File', 'src/', 'src/a.txt', 'src/d/', 'src/d/b.txt', '']);
    assert.equal(pywasm(engine, ['-m', 'zipfile', '-t', 'out.zip'], { cwd: dir }).stdout, 'Done testing\n');
    assert.equal(pywasm(engine, ['-m', 'zipfile', '-e', 'out.zip', 'unzipped'], { cwd: dir }).status, 0);
    assert.equal(read('unzipped', 'src', 'd', 'b.txt'), 'deep\n');
    r = pywasm(engine, ['-m', 'zipfile'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /error: one of the arguments -l\/--list -e\/--extract -c\/--create -t\/--test is required\n$/);

    r = pywasm(engine, ['-m', 'tarfile', '-v', '-c', 'out.tar.gz', 'src'], { cwd: dir });
    assert.equal(r.stdout, "'out.tar.gz' file created.\n");
    r = pywasm(engine, ['-m', 'tarfile', '-l', 'out.tar.gz'], { cwd: dir });
    assert.equal(r.stdout, 'src/ \nsrc/a.txt \nsrc/d/ \nsrc/d/b.txt \n');
    r = pywasm(engine, ['-m', 'tarfile', '-v', '-e', 'out.tar.gz', 'untarred'], { cwd: dir });
    assert.equal(r.stdout, "'out.tar.gz' file is extracted into 'untarred' directory.\n");
    assert.equal(read('untarred', 'src', 'a.txt'), 'hello\n');
    r = pywasm(engine, ['-m', 'tarfile', '-l', 'src/a.txt'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "'src/a.txt' is not a tar archive.\n");
  });
}
