'use strict';
// The library beside the module (dist/pylib, mounted read-only at
// /usr/lib/pywasm): found by import on both engines and both ways of running,
// shadowed by the script's own modules as CPython's stdlib is, and closed to
// writes.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { engines, tempDir, pywasmLibrary } = require('../support/pywasm');
const { LIB: JS_LIB } = require('../support/wasi-fixture');

const py = pywasmLibrary();
const LIB = '/usr/lib/pywasm';

for (const engine of engines()) {
  const opts = (more = {}) => ({ engine, cwd: tempDir(), ...more });

  test(`[${engine}] library modules and packages import from ${LIB}, the last entry of sys.path`, async () => {
    const code = [
      'import sys, argparse, urllib.parse, collections.abc, asyncio, os.path',
      'print(sys.path[-1])',
      'print(argparse.__file__, urllib.parse.__file__)',
      'print(urllib.parse.quote("a b"), asyncio.run(asyncio.sleep(0, "done")))',
    ].join('\n');
    const r = await py.run(code, opts());
    assert.equal(r.stdout, `${LIB}\n${LIB}/argparse.mpy ${LIB}/urllib/parse.mpy\na%20b done\n`);
    // The same from runSync, which runs on the calling thread.
    assert.equal(py.runSync('import textwrap; print(textwrap.shorten("a b c d e f g", 9))', opts()).stdout, 'a b [...]\n');
  });

  test(`[${engine}] a traceback through a library module names its source as before`, async () => {
    const err = await py.run('import textwrap\ntextwrap.dedent(5)\n', opts()).then(() => null, (e) => e);
    assert.ok(err instanceof py.PythonError, String(err));
    assert.match(err.traceback, /File "textwrap\.py", line \d+, in dedent/);
  });

  test(`[${engine}] the script's own module shadows the library's, and a missing name says so`, async () => {
    const dir = tempDir({ 'textwrap.py': 'MINE = True\n' });
    const r = await py.run('import textwrap\nprint(textwrap.MINE)\n', opts({ cwd: dir }));
    assert.equal(r.stdout, 'True\n');
    const err = await py.run('import no_such_module_here', opts()).then(() => null, (e) => e);
    assert.equal(err.type, 'ModuleNotFoundError');
    assert.match(err.message, /No module named 'no_such_module_here'/);
    const sub = await py.run('import urllib.nosuch', opts()).then(() => null, (e) => e);
    assert.equal(sub.type, 'ModuleNotFoundError');
  });

  test(`[${engine}] the library found through a path spelled another way, and a library module run with -m`, async () => {
    // With a trailing slash the lookups go to the host instead of the index.
    const code = 'import sys\nsys.path[-1] = "/usr/lib/pywasm/"\nimport getopt\nprint(getopt.getopt(["-a", "x"], "a")[0], getopt.__file__)';
    assert.equal((await py.run(code, opts())).stdout, "[('-a', '')] /usr/lib/pywasm//getopt.mpy\n");
    const r = await py.run({ module: 'timeit' }, opts({ argv: ['-n', '3', 'pass'] }));
    assert.match(r.stdout, /^3 loops, best of 5: [\d.]+ [num]?sec per loop\n$/);
  });

  test(`[${engine}] the library is read-only to the script`, async () => {
    const code = [
      'import os',
      'for f in [lambda: open("/usr/lib/pywasm/argparse.mpy", "wb"), lambda: os.remove("/usr/lib/pywasm/argparse.mpy"),',
      '          lambda: os.mkdir("/usr/lib/pywasm/x"), lambda: open("/usr/lib/pywasm/new.py", "w")]:',
      '    try:',
      '        f()',
      '        print("changed")',
      '    except OSError as e:',
      '        print("refused", e.errno)',
      'print("argparse.mpy" in os.listdir("/usr/lib/pywasm"))',
    ].join('\n');
    const r = await py.run(code, opts());
    assert.equal(r.stdout, 'refused 30\n'.repeat(4) + 'True\n');
  });

  test(`[${engine}] a mount at the library's path is refused before anything runs`, async () => {
    const err = await py.run('pass', opts({ mounts: [{ host: tempDir(), guest: '/usr/lib/pywasm' }] })).then(() => null, (e) => e);
    assert.equal(err && err.code, 'PYWASM_BAD_OPTION');
    assert.match(err.message, /the guest path '\/usr\/lib\/pywasm' is the interpreter's library/);
  });

  test(`[${engine}] the library is there whatever mounts the caller gives`, async () => {
    const dir = tempDir({ 'data.txt': 'x' });
    const r = await py.run('import os, argparse\nprint(sorted(os.listdir("/data")), argparse.__name__)', opts({ mounts: [{ host: dir, guest: '/data' }], cwd: undefined }));
    assert.equal(r.stdout, "['data.txt'] argparse\n");
  });
}

test('the module run without the library (another WASI host) finds none of its modules, and says so', () => {
  // runInstance runs exactly the mounts it is given; the engines add the library.
  const { runInstance } = require(path.join(JS_LIB, 'wasm', 'instance'));
  const { interpreterModule } = require(path.join(JS_LIB, 'module'));
  let err = '';
  const io = {
    stdin: { read: () => 0 }, stdout: { write: () => {} }, stderr: { write: (b) => { err += Buffer.from(b).toString(); } },
    hostCall: () => ({}), interrupted: null,
  };
  const job = { argv: ['-c', 'import json\nimport argparse'], env: {}, mounts: [], limits: {} };
  assert.equal(runInstance(interpreterModule(), job, io), 1);
  assert.match(err, /ModuleNotFoundError: No module named 'argparse'\n$/);
});
