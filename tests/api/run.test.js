'use strict';
// The library's run() and runSync(): a Python program from code, a file or a
// module, with its input, output, arguments, environment and limits.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Readable, Writable } = require('node:stream');
const { engines, tempDir, pywasmLibrary } = require('../support/pywasm');

const py = pywasmLibrary();

for (const engine of engines()) {
  const opts = (more = {}) => ({ engine, ...more });

  test(`[${engine}] run() returns exit code, output and timing`, async () => {
    const r = await py.run('import sys\nprint("out")\nprint("err", file=sys.stderr)\n', opts());
    assert.equal(r.exitCode, 0);
    assert.equal(r.stdout, 'out\n');
    assert.equal(r.stderr, 'err\n');
    assert.equal(r.engine, engine);
    assert.ok(r.timing.totalMs > 0);
  });

  test(`[${engine}] runSync() does the same on the calling thread`, () => {
    const r = py.runSync('print(sum(range(10)))', opts());
    assert.deepEqual([r.exitCode, r.stdout], [0, '45\n']);
  });

  test(`[${engine}] a file runs with its directory on sys.path and argv after it`, async () => {
    const dir = tempDir({ 'main.py': 'import sys, helper\nprint(helper.twice(21), sys.argv[1:])\n', 'helper.py': 'def twice(x):\n    return 2 * x\n' });
    const r = await py.run({ file: path.join(dir, 'main.py') }, opts({ argv: ['a', 'b c'], cwd: tempDir() }));
    assert.equal(r.stdout, "42 ['a', 'b c']\n");
  });

  test(`[${engine}] sys.exit(n) resolves with exit code n`, async () => {
    assert.equal((await py.run('import sys; sys.exit(5)', opts())).exitCode, 5);
    assert.equal(py.runSync('raise SystemExit', opts()).exitCode, 0);
  });

  test(`[${engine}] an unhandled exception rejects with a PythonError`, async () => {
    const dir = tempDir({ 'fail.py': 'x = 1\n\ndef f():\n    raise ValueError("bad value")\nprint("before")\nf()\n' });
    const err = await py.run({ file: 'fail.py' }, opts({ cwd: dir })).then(() => null, (e) => e);
    assert.ok(err instanceof py.PythonError, String(err));
    assert.equal(err.type, 'ValueError');
    assert.equal(err.pythonMessage, 'bad value');
    assert.equal(err.message, 'ValueError: bad value');
    assert.equal(err.exitCode, 1);
    assert.equal(err.stdout, 'before\n');
    assert.equal(err.line, 4);
    assert.match(err.file, /fail\.py$/);
    assert.match(err.traceback, /^Traceback \(most recent call last\):\n.*line 6, in <module>\n {4}f\(\)\n.*line 4, in f\n {4}raise ValueError\("bad value"\)\nValueError: bad value\n$/s);
    assert.throws(() => py.runSync('{}["k"]', opts()), (e) => e instanceof py.PythonError && e.type === 'KeyError');
  });

  test(`[${engine}] a syntax error is a PythonError naming the line`, async () => {
    const err = await py.run('x = 1\nif x\n    pass\n', opts()).catch((e) => e);
    assert.equal(err.type, 'SyntaxError');
    assert.equal(err.line, 2);
    assert.equal(err.pythonMessage, "expected ':'");
    // No frame ran: the report is the place alone, as CPython prints it.
    assert.match(err.traceback, /^ {2}File "[^"]*", line 2\n {4}if x\n {8}\^\nSyntaxError: expected ':'\n$/);
  });

  test(`[${engine}] stdin from a string, a Buffer or a stream`, async () => {
    const code = 'import sys\ntext = sys.stdin.read()\nprint(len(text), text)';
    assert.equal((await py.run(code, opts({ stdin: 'héllo' }))).stdout, '5 héllo\n');
    assert.equal(py.runSync(code, opts({ stdin: Buffer.from('buf') })).stdout, '3 buf\n');
    assert.equal((await py.run(code, opts({ stdin: Readable.from(['one ', 'two ', Buffer.from('three')]) }))).stdout, '13 one two three\n');
    assert.equal((await py.run(code, opts())).stdout, '0 \n');
  });

  test(`[${engine}] output goes to callbacks or streams as it is written`, async () => {
    const chunks = [];
    let streamed = '';
    const sink = new Writable({ write(chunk, _enc, done) { streamed += chunk; done(); } });
    const r = await py.run('import sys\nprint("a")\nsys.stderr.write("b\\n")\n', opts({ stdout: (b) => chunks.push(Buffer.from(b).toString()), stderr: sink }));
    assert.equal(chunks.join(''), 'a\n');
    assert.equal(streamed, 'b\n');
    assert.equal(r.stdout, '');
  });

  test(`[${engine}] encoding: 'buffer' keeps bytes that are not UTF-8`, async () => {
    const r = await py.run('import sys; sys.stdout.buffer.write(b"\\xff\\x00")', opts({ encoding: 'buffer' }));
    assert.deepEqual([...r.stdout], [0xff, 0]);
  });

  test(`[${engine}] the environment is exactly what is passed`, async () => {
    process.env.PYWASM_API_SECRET = 'leak';
    try {
      const code = 'import os\nprint(os.getenv("PYWASM_API_SECRET"), os.getenv("GIVEN"))';
      assert.equal((await py.run(code, opts({ env: { GIVEN: 'yes' } }))).stdout, 'None yes\n');
      assert.equal((await py.run(code, opts({ inheritEnv: true }))).stdout, 'leak None\n');
    } finally {
      delete process.env.PYWASM_API_SECRET;
    }
  });

  test(`[${engine}] cwd is mounted and current; mounts replace the default`, async () => {
    const dir = tempDir({ 'data.txt': 'in cwd' });
    const r = await py.run('import os\nprint(os.getcwd(), open("data.txt").read())', opts({ cwd: dir }));
    assert.equal(r.stdout, `${dir} in cwd\n`);
    const data = tempDir({ 'x.txt': 'mounted' });
    const m = await py.run('print(open("/data/x.txt").read())\ntry:\n    open("' + dir + '/data.txt")\nexcept OSError as e:\n    print("refused", e.errno)\n',
      opts({ cwd: dir, mounts: [`${data}:/data:ro`] }));
    assert.equal(m.stdout, 'mounted\nrefused 2\n');
  });

  test(`[${engine}] host handlers answer host calls, sync and async`, async () => {
    const code = 'import _pywasm, json\nfor name in ("add", "later", "fails", "nobody"):\n    print(json.dumps(json.loads(_pywasm.host_call(name, "[2, 3]")), sort_keys=True))\n';
    const hostHandlers = {
      add: ([a, b]) => a + b,
      later: async ([a, b]) => { await new Promise((r) => setTimeout(r, 10)); return { product: a * b }; },
      fails: () => { throw new RangeError('too big'); },
    };
    const r = await py.run(code, opts({ hostHandlers }));
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l)), [
      { ok: 5 },
      { ok: { product: 6 } },
      { error: { message: 'too big', type: 'RangeError' } },
      { error: { message: "no host handler for 'nobody'", type: 'HostCallError' } },
    ]);
  });

  test(`[${engine}] running out of heap raises MemoryError, not a crash`, async () => {
    const err = await py.run('x = bytearray(64 << 20)', opts({ limits: { memoryBytes: 8 << 20 } })).catch((e) => e);
    assert.equal(err.type, 'MemoryError');
  });

  test(`[${engine}] deep recursion raises RecursionError in Python`, async () => {
    const r = await py.run('def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print("caught")\n', opts());
    assert.equal(r.stdout, 'caught\n');
    // Recursion inside C (repr of a deeply nested list) is also caught by
    // MicroPython's own check in run(), whose native stack is deep enough.
    const nested = await py.run('l = []\nfor i in range(100000):\n    l = [l]\ntry:\n    repr(l)\nexcept RecursionError:\n    print("caught")\n', opts());
    assert.equal(nested.stdout, 'caught\n');
  });

  test(`[${engine}] output printed just before a timeout is kept`, () => {
    // The limit fires on the VM's first poll, a few microseconds after "bc"
    // went into the module's stdout buffer (the flush of "a" just reset the
    // buffer's 20 ms staleness clock): only the flush after the stop saves it.
    const code = 'import sys\nsys.stdout.write("a"); sys.stdout.flush(); sys.stdout.write("bc")\nwhile True: pass';
    const err = (() => { try { py.runSync(code, opts({ limits: { timeoutMs: 1 } })); } catch (e) { return e; } })();
    assert.ok(err instanceof py.TimeoutError, String(err));
    assert.equal(err.stdout, 'abc');
  });

  test(`[${engine}] limits.timeoutMs stops a busy loop and a sleep with a TimeoutError`, async () => {
    for (const code of ['while True:\n    pass', 'import time\ntime.sleep(60)']) {
      const started = Date.now();
      const err = await py.run(code, opts({ limits: { timeoutMs: 300 } })).catch((e) => e);
      assert.ok(err instanceof py.TimeoutError, String(err));
      assert.equal(err.code, 'PYWASM_TIMEOUT');
      assert.ok(Date.now() - started < 10000);
    }
    assert.throws(() => py.runSync('while True:\n    pass', opts({ limits: { timeoutMs: 300 } })), { code: 'PYWASM_TIMEOUT' });
  });

  test(`[${engine}] limits.fuel and limits.wasmMemoryBytes: LimitErrors on the native engine, OptionErrors elsewhere`, async () => {
    const loop = 'n = 0\nwhile True:\n    n += 1';
    const grow = 'chunks = []\nwhile True:\n    chunks.append(bytearray(1 << 20))';
    if (engine !== 'native') {
      await assert.rejects(py.run(loop, opts({ limits: { fuel: 1e6 } })), { option: 'limits.fuel' });
      return;
    }
    const fuel = await py.run(loop, opts({ limits: { fuel: 5e6 } })).catch((e) => e);
    assert.ok(fuel instanceof py.LimitError, String(fuel));
    assert.equal(fuel.code, 'PYWASM_FUEL_EXHAUSTED');
    assert.equal(fuel.limit, 'fuel');
    assert.throws(() => py.runSync(loop, opts({ limits: { fuel: 5e6 } })), (e) => e instanceof py.LimitError && e.limit === 'fuel');
    // The same budget twice stops at the same point: fuel is deterministic.
    // (Counted on stderr, which the module never buffers.)
    const counted = 'import sys\nn = 0\nwhile True:\n    n += 1\n    if n % 1000 == 0:\n        sys.stderr.write("%d\\n" % n)';
    const outs = await Promise.all([1, 2].map(() => py.run(counted, opts({ limits: { fuel: 2e7 } })).catch((e) => e.stderr)));
    assert.ok(outs[0].length > 0);
    assert.equal(outs[0], outs[1]);
    const mem = await py.run(grow, opts({ limits: { wasmMemoryBytes: 32 << 20, memoryBytes: 256 << 20 } })).catch((e) => e);
    assert.ok(mem instanceof py.LimitError || (mem instanceof py.PythonError && mem.type === 'MemoryError'), String(mem));
  });

  test(`[${engine}] an AbortSignal ends the run with an AbortError`, async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user gave up')), 200);
    const err = await py.run('while True:\n    pass', opts({ signal: controller.signal })).catch((e) => e);
    assert.ok(err instanceof py.AbortError, String(err));
    assert.equal(err.code, 'PYWASM_ABORTED');
    assert.equal(err.cause.message, 'user gave up');
    const already = await py.run('print(1)', opts({ signal: AbortSignal.abort() })).catch((e) => e);
    assert.equal(already.code, 'PYWASM_ABORTED');
  });

  test(`[${engine}] run() leaves the event loop free while Python computes`, async () => {
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 10);
    try {
      const r = await py.run('import time\nend = time.ticks_add(time.ticks_ms(), 600)\nn = 0\nwhile time.ticks_diff(end, time.ticks_ms()) > 0:\n    n += 1\nprint(n > 0)', opts());
      assert.equal(r.stdout, 'True\n');
    } finally {
      clearInterval(timer);
    }
    assert.ok(ticks >= 20, `the event loop ran ${ticks} timer callbacks in 600 ms`);
  });

  test(`[${engine}] many runs at once stay independent`, async () => {
    const runs = Array.from({ length: 8 }, (_, i) => py.run(`import sys\nx = ${i}\nprint(x * x, sys.argv[1])`, opts({ argv: [`run${i}`] })));
    const results = await Promise.all(runs);
    assert.deepEqual(results.map((r) => r.stdout), Array.from({ length: 8 }, (_, i) => `${i * i} run${i}\n`));
  });
  test(`[${engine}] flags: python3's -O, -W, -E and -I, for a run and for an Interpreter`, async () => {
    const check = 'import sys\nassert False, "asserts run"\nprint(__debug__, sys.warnoptions, repr(sys.path[0]))\n';
    let r = py.runSync(check, opts({ flags: ['-O', '-W', 'error'] }));
    assert.equal(r.stdout, "False ['error'] ''\n");
    assert.equal(r.exitCode, 0);
    await assert.rejects(py.run(check, opts()), { type: 'AssertionError', message: /asserts run/ });
    const code = 'import warnings\nwarnings.warn("careful", DeprecationWarning)\nprint("after")\n';
    // -W comes after PYTHONWARNINGS, so it wins
    await assert.rejects(py.run(code, opts({ flags: ['-Werror::DeprecationWarning'], env: { PYTHONWARNINGS: 'ignore' } })), { type: 'DeprecationWarning' });
    assert.equal((await py.run(code, opts({ env: { PYTHONWARNINGS: 'ignore' } }))).stdout, 'after\n');
    // -E: PYTHONWARNINGS is not read
    r = await py.run('import sys\nprint(sys.warnoptions)\n', opts({ flags: ['-E'], env: { PYTHONWARNINGS: 'error' } }));
    assert.equal(r.stdout, '[]\n');
    const session = new py.Interpreter(opts({ flags: ['-OO', '-I'] }));
    try {
      assert.deepEqual(await session.eval('__debug__'), false);
      await session.exec('assert 1 == 2');
    } finally {
      await session.close();
    }
  });
}

test('bad options are rejected with an OptionError naming the option', async () => {
  const cases = [
    [42, {}, 'source'],
    ['pass', { nope: 1 }, 'nope'],
    ['pass', { argv: 'a b' }, 'argv'],
    ['pass', { flags: '-O' }, 'flags'],
    ['pass', { flags: ['-X'] }, 'flags'],
    ['pass', { flags: ['-O', '-W'] }, 'flags'],
    ['pass', { env: { A: 1 } }, 'env'],
    ['pass', { engine: 'turbo' }, 'engine'],
    ['pass', { limits: { timeoutMs: -1 } }, 'limits.timeoutMs'],
    ['pass', { limits: { cpu: 1 } }, 'limits.cpu'],
    ['pass', { engine: 'wasm', limits: { fuel: 1e6 } }, 'limits.fuel'],
    ['pass', { engine: 'wasm', limits: { wasmMemoryBytes: 1 << 26 } }, 'limits.wasmMemoryBytes'],
    ['pass', { mounts: ['/definitely/not/here'] }, 'mounts'],
    ['pass', { cwd: '/definitely/not/here' }, 'cwd'],
    ['pass', { stdin: 12 }, 'stdin'],
    ['pass', { stdout: 'somewhere' }, 'stdout'],
    ['pass', { hostHandlers: { f: 1 } }, 'hostHandlers'],
    ['pass', { signal: 'stop' }, 'signal'],
  ];
  for (const [source, options, option] of cases) {
    const err = await py.run(source, options).catch((e) => e);
    assert.ok(err instanceof py.OptionError, `${option}: ${err}`);
    assert.equal(err.option, option);
    assert.equal(err.code, 'PYWASM_BAD_OPTION');
    assert.throws(() => py.runSync(source, options), { option });
  }
  assert.throws(() => py.runSync('pass', { stdin: Readable.from(['x']) }), { option: 'stdin' });
  assert.ok(fs.existsSync(path.join(__dirname, '..', 'support', 'pywasm.js')));
});
