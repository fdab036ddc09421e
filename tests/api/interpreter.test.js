'use strict';
// A long-lived Interpreter: state kept between requests, errors that leave it
// usable, values crossing as JSON, several interpreters side by side.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { ROOT, engines, pywasmLibrary } = require('../support/pywasm');

const { Interpreter, PythonError, TimeoutError } = pywasmLibrary();

// The session module as it is in port/python/ rather than as frozen into
// dist/*.wasm: a change to _pywasm_session.py is tested before the module is
// rebuilt (the build check keeps the two the same).
const PY_SOURCE = path.join(ROOT, 'port', 'python');
const fromSource = { env: { MICROPYPATH: `${PY_SOURCE}:.frozen` }, mounts: [{ host: PY_SOURCE, readOnly: true }] };

for (const engine of engines()) {
  test(`[${engine}] state persists across exec, eval and call`, async () => {
    const py = new Interpreter({ engine });
    try {
      assert.deepEqual(await py.exec('import json\ncount = 40\ndef bump(by=1):\n    global count\n    count += by\n    return count\nprint("ready")'), { stdout: 'ready\n', stderr: '' });
      assert.equal(await py.call('bump', 2), 42);
      assert.equal(await py.eval('count'), 42);
      assert.deepEqual(await py.eval('{"list": [1, 2.5, "x", None, True], "nested": {"k": []}}'), { list: [1, 2.5, 'x', null, true], nested: { k: [] } });
      assert.equal(await py.eval('None'), null);
    } finally {
      assert.deepEqual(await py.close(), { exitCode: 0 });
    }
    assert.equal(py.closed, true);
  });

  test(`[${engine}] sys.path[0] is '' as in python3's interactive mode, so modules import from the working directory`, async () => {
    const py = new Interpreter({ engine, ...fromSource });
    try {
      await py.exec('import sys');
      assert.equal(await py.eval('sys.path[0]'), '');
    } finally {
      await py.close();
    }
  });

  test(`[${engine}] a Python error rejects one request and the interpreter goes on`, async () => {
    const py = new Interpreter({ engine });
    const err = await py.exec('def f():\n    raise KeyError("missing")\nf()').catch((e) => e);
    assert.ok(err instanceof PythonError, String(err));
    assert.equal(err.type, 'KeyError');
    assert.doesNotMatch(err.traceback, /_pywasm_session/);
    assert.match(err.traceback, /line 2, in f\nKeyError: /);
    await assert.rejects(py.eval('1 +'), { type: 'SyntaxError' });
    assert.equal(await py.eval('"still here"'), 'still here');
    await py.close();
  });

  test(`[${engine}] requests queue and are answered in order`, async () => {
    const py = new Interpreter({ engine });
    const answers = await Promise.all([py.exec('x = 1\ndef neg(v):\n    return -v'), py.eval('x + 1'), py.exec('x = 10'), py.eval('x + 1'), py.call('neg', 3)]);
    assert.deepEqual(answers.slice(1), [2, { stdout: '', stderr: '' }, 11, -3]);
    await py.close();
    await assert.rejects(py.eval('1'), { code: 'PYWASM_CLOSED' });
  });

  test(`[${engine}] independent interpreters run side by side`, async () => {
    const all = Array.from({ length: 6 }, () => new Interpreter({ engine }));
    await Promise.all(all.map((py, i) => py.exec(`me = ${i}`)));
    assert.deepEqual(await Promise.all(all.map((py) => py.eval('me * 10'))), [0, 10, 20, 30, 40, 50]);
    await Promise.all(all.map((py) => py.close()));
  });

  test(`[${engine}] sys.exit() in a request ends the interpreter with its code`, async () => {
    const py = new Interpreter({ engine });
    await py.exec('import sys\nsys.exit(3)');
    assert.deepEqual(await py.close(), { exitCode: 3 });
  });

  test(`[${engine}] host handlers are reachable from the interpreter`, async () => {
    const py = new Interpreter({ engine, hostHandlers: { greet: async (name) => `hello ${name}` } });
    assert.equal(await py.eval('__import__("json").loads(__import__("_pywasm").host_call("greet", "\\"ada\\""))["ok"]'), 'hello ada');
    await py.close();
  });

  test(`[${engine}] a value JSON cannot carry is a TypeError, and the session survives`, async () => {
    const py = new Interpreter({ engine, ...fromSource });
    try {
      await assert.rejects(py.eval('object()'), { type: 'TypeError' });
      await assert.rejects(py.eval('float("nan")'), { type: 'TypeError' });
      assert.equal(await py.call('max', 1, 9, 3), 9);
      await assert.rejects(py.eval('[1, {2}]'), { type: 'TypeError' });
      await assert.rejects(py.call('nothing_here'), { type: 'NameError' });
      assert.deepEqual(await py.eval('{1: (2, 3), "k": -0.5}'), { 1: [2, 3], k: -0.5 });
      assert.equal(await py.eval('2'), 2);
    } finally {
      py.close().catch(() => {});
    }
  });

  test(`[${engine}] limits.timeoutMs interrupts one request; the session survives`, async () => {
    const py = new Interpreter({ engine, limits: { timeoutMs: 300 }, ...fromSource });
    try {
      await assert.rejects(py.exec('while True:\n    pass'), (e) => e instanceof TimeoutError);
      assert.equal(await py.eval('"alive"'), 'alive');
    } finally {
      py.close().catch(() => {});
    }
  });

  test(`[${engine}] a regular expression interrupted mid-match leaves later matches right`, async () => {
    // the engine hands one scratch block from call to call (port/modsre.c);
    // an interrupted call drops it, and the next must make another
    const py = new Interpreter({ engine, limits: { timeoutMs: 300 }, ...fromSource });
    try {
      await py.exec("import re\nslow = re.compile(r'(a+)+b')\nfields = re.compile(r'(\\d+)-(\\d+)')");
      assert.deepEqual(await py.eval("fields.search('x 12-34 y').groups()"), ['12', '34']);
      await assert.rejects(py.eval("slow.search('a' * 40)"), (e) => e instanceof TimeoutError);
      assert.deepEqual(await py.eval("[fields.search('n%d-%d' % (i, 2 * i)).groups() for i in range(3)]"), [['0', '0'], ['1', '2'], ['2', '4']]);
      assert.equal(await py.eval("sum(int(fields.search('line %d-%d end' % (i, i)).group(2)) for i in range(5000))"), 12497500);
    } finally {
      py.close().catch(() => {});
    }
  });

  test(`[${engine}] an interrupt that arrives between requests does not end the session`, async () => {
    // The engine interface directly, to time the interrupt: it is raised
    // while the session waits for its next request, as when a request
    // finishes just as the host interrupts it.
    const { loadEngine } = require(path.join(ROOT, 'npm', 'pywasm', 'lib', 'engine'));
    const interrupt = new Int32Array(new SharedArrayBuffer(4));
    // (The second request is long, so that reading it takes the session a while.)
    const requests = [{ mode: 'exec', code: 'x = 41' }, { mode: 'eval', code: 'x + 1', padding: Array(50000).fill(0) }, { mode: 'eval', code: 'x * 2' }, null];
    const answers = [];
    const { exitCode } = await loadEngine(engine).run({
      argv: ['-m', '_pywasm_session'],
      env: fromSource.env,
      mounts: [{ host: PY_SOURCE, guest: PY_SOURCE, readOnly: true }],
      stdin: null,
      interrupt,
      hostHandlers: {
        'session.next': async () => {
          if (answers.length === 1) {
            Atomics.store(interrupt, 0, 1);
            await new Promise((r) => setTimeout(r, 50));  // the interrupt reaches the engine
          }
          return requests.shift();
        },
        'session.result': (answer) => { answers.push(answer); return null; },
      },
      onStdout: () => {},
      onStderr: () => {},
    });
    assert.equal(exitCode, 0, JSON.stringify(answers));
    assert.deepEqual(answers[0], { ok: null });
    // The interrupt lands in the session's own code or in the next request.
    assert.ok(answers[1].ok === 42 || answers[1].error.type === 'KeyboardInterrupt', JSON.stringify(answers));
    assert.deepEqual(answers[answers.length - 1], { ok: 82 });
  });

  test(`[${engine}] a request that cannot be interrupted ends the interpreter at its time limit`, async () => {
    const py = new Interpreter({ engine, limits: { timeoutMs: 200 } });
    const started = Date.now();
    // The request swallows the KeyboardInterrupt meant to stop it.
    const stubborn = 'while True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass';
    await assert.rejects(py.exec(stubborn), (e) => e instanceof TimeoutError);
    assert.ok(Date.now() - started < 10000);
    // Later requests say why the interpreter is gone.
    await assert.rejects(py.eval('1'), (e) => e.code === 'PYWASM_CLOSED' && /closed: a request did not stop/.test(e.message) && e.cause instanceof TimeoutError);
  });
}
