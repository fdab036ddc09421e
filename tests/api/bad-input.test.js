'use strict';
// Bad input to the library gets a clear, typed error and loses nothing.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { ROOT, NODE, engines, tempDir, pywasmLibrary } = require('../support/pywasm');

const py = pywasmLibrary();

// Runs `body` (an async function's text, given run/runSync/engine) in a
// fresh Node and returns what it logged and its peak resident memory.
function inFreshNode(engine, body) {
  const script = `const { run, runSync } = require(${JSON.stringify(path.join(ROOT, 'npm', 'pywasm'))});
const engine = ${JSON.stringify(engine)};
(async () => { ${body} })().then((out) => {
  console.log(JSON.stringify({ out, rss: process.resourceUsage().maxRSS * 1024 }));
});`;
  const r = spawnSync(NODE, ['-e', script], { encoding: 'utf8', timeout: 180000 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

for (const engine of engines()) {
  const opts = (more = {}) => ({ engine, ...more });

  test(`[${engine}] a file that does not exist, or is a directory, is an OptionError naming it`, async () => {
    const dir = tempDir({ 'sub/x.py': '' });
    for (const [file, message] of [['nope.py', `can't open file '${dir}/nope.py': no such file`], ['sub', `can't run '${dir}/sub': it is a directory`]]) {
      const err = await py.run({ file }, opts({ cwd: dir })).catch((e) => e);
      assert.ok(err instanceof py.OptionError, String(err));
      assert.equal(err.option, 'source');
      assert.equal(err.message, `source: ${message}`);
      assert.throws(() => py.runSync({ file }, opts({ cwd: dir })), { option: 'source' });
    }
  });

  test(`[${engine}] a source naming two things to run is refused`, async () => {
    await assert.rejects(py.run({ code: 'print(1)', module: 'json' }, opts()), { option: 'source', message: 'source: give one of code, file or module, not code and module' });
  });

  test(`[${engine}] output that is not UTF-8: replaced in strings, exact as buffers, errors still typed`, async () => {
    // The exception's message holds a byte that is not UTF-8 (raw in the source).
    const dir = tempDir({ 'bad.py': Buffer.concat([Buffer.from('import sys\nsys.stdout.buffer.write(b"a\\xffb\\n")\nraise ValueError("bad '), Buffer.from([0xfe]), Buffer.from('!")\n')]) });
    const err = await py.run({ file: 'bad.py' }, opts({ cwd: dir })).catch((e) => e);
    assert.ok(err instanceof py.PythonError, String(err));
    assert.equal(err.stdout, 'a\ufffdb\n');
    assert.equal(err.type, 'ValueError');
    assert.equal(err.pythonMessage, 'bad \ufffd!');
    assert.equal(err.line, 3);
    const raw = await py.run({ file: 'bad.py' }, opts({ cwd: dir, encoding: 'buffer' })).catch((e) => e);
    assert.deepEqual(raw.stdout, Buffer.from([0x61, 0xff, 0x62, 0x0a]));
    assert.ok(raw.stderr.includes(Buffer.from([0x62, 0x61, 0x64, 0x20, 0xfe, 0x21])));
  });

  for (const fn of ['run', 'runSync']) {
    test(`[${engine}] 128 MB of output to a callback stream through ${fn}() without being held in memory`,
      () => {
        const writer = (mb) => JSON.stringify(`import sys\nline = "x" * 1023 + "\\n"\nfor i in range(${mb} * 1024):\n    sys.stdout.write(line)`);
        const body = (mb) => `let n = 0; const onOut = (b) => { n += b.length; };
          const r = ${fn === 'run' ? 'await run' : 'runSync'}(${writer(mb)}, { engine, stdout: onOut });
          return { n, stdout: r.stdout, exitCode: r.exitCode };`;
        const small = inFreshNode(engine, body(8));
        const large = inFreshNode(engine, body(128));
        assert.deepEqual(large.out, { n: 128 << 20, stdout: '', exitCode: 0 });
        assert.equal(small.out.n, 8 << 20);
        assert.ok(large.rss - small.rss < 64 << 20, `peak RSS ${small.rss >> 20} MB for 8 MB of output, ${large.rss >> 20} MB for 128 MB`);
      });
  }

  test(`[${engine}] a slow output stream holds the script back instead of filling memory`, async () => {
    const { Writable } = require('node:stream');
    let total = 0;
    let peak = 0;
    const slow = new Writable({
      highWaterMark: 64 * 1024,
      write(chunk, _enc, done) {
        total += chunk.length;
        peak = Math.max(peak, slow.writableLength);
        setTimeout(done, 1);
      },
    });
    const code = 'import sys\nline = "x" * 65535 + "\\n"\nfor i in range(512):\n    sys.stdout.write(line)';
    const r = await py.run(code, opts({ stdout: slow }));
    await new Promise((resolve) => slow.end(resolve));
    assert.equal(r.exitCode, 0);
    assert.equal(total, 32 << 20);
    // 32 MB written into a stream that takes 64 KB a millisecond: what waits
    // in the stream stays within a few megabytes.
    assert.ok(peak < 12 << 20, `${peak >> 20} MB waited in the stream`);
  });

  test(`[${engine}] env wins over inheritEnv for the names it gives`, async () => {
    process.env.PYWASM_API_BOTH = 'host';
    process.env.PYWASM_API_HOST = 'host only';
    try {
      const code = 'import os\nprint(os.getenv("PYWASM_API_BOTH"), "|", os.getenv("PYWASM_API_HOST"))';
      assert.equal((await py.run(code, opts({ inheritEnv: true, env: { PYWASM_API_BOTH: 'given' } }))).stdout, 'given | host only\n');
    } finally {
      delete process.env.PYWASM_API_BOTH;
      delete process.env.PYWASM_API_HOST;
    }
  });

  test(`[${engine}] a mount of a missing host directory is an OptionError naming it`, async () => {
    const dir = tempDir();
    for (const mount of [`${dir}/absent`, { host: `${dir}/absent`, guest: '/data' }]) {
      const err = await py.run('pass', opts({ mounts: [mount] })).catch((e) => e);
      assert.ok(err instanceof py.OptionError, String(err));
      assert.equal(err.message, `mounts: host directory '${dir}/absent' does not exist`);
    }
  });

  test(`[${engine}] a script that closes its stdout does not take the host with it`, async () => {
    const r = await py.run('import sys\nprint("before")\nsys.stdout.close()\nprint("after close")', opts());
    assert.equal(r.exitCode, 0);
    assert.match(r.stdout, /^before\n/);
    const closed = await py.run('import os\nprint("before")\nos.close(1)\nprint("after")', opts());
    assert.equal(closed.stdout, 'before\n');
    assert.equal(await py.run('print("next run")', opts()).then((x) => x.stdout), 'next run\n');
  });
}
