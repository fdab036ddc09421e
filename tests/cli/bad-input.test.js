'use strict';
// Bad input gets a clear error and loses nothing: source and output that are
// not UTF-8, output far larger than memory should hold, a reader that goes
// away, a script that closes its stdout, missing directories, options that
// conflict, flags that do not exist. (A missing script, a directory given as
// the script and a script that never ends are in run.test.js and
// limits.test.js.)
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { engines, pywasm, tempDir, CLI, NODE, ROOT } = require('../support/pywasm');

// The CLI run in a Node that reports its peak resident memory on stderr.
function peakRss(engine, args, cwd) {
  const probe = `process.on('exit', () => process.stderr.write('\\nmaxRSS=' + process.resourceUsage().maxRSS + '\\n'));
require(${JSON.stringify(CLI)});`;
  const r = spawnSync(NODE, ['-e', probe, CLI, '--engine', engine, ...args], { cwd, encoding: 'buffer', maxBuffer: 1 << 30, timeout: 120000 });
  const rss = Number(/maxRSS=(\d+)/.exec(r.stderr.toString())[1]) * 1024;
  return { status: r.status, bytes: r.stdout.length, rss };
}

const usageLine = /^usage: pywasm \[option\] \.\.\. \[-c cmd \| -m mod \| file \| -\] \[arg\] \.\.\.$/m;

for (const engine of engines()) {
  test(`[${engine}] source that is not UTF-8 runs, and its bytes come out unchanged`, () => {
    const dir = tempDir({ 'latin1.py': Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nimport sys\ns = "'), Buffer.from([0xff, 0x41]), Buffer.from('"\nsys.stdout.buffer.write(s.encode())\nprint()\nprint("done")\n')]) });
    const r = pywasm(engine, ['latin1.py'], { cwd: dir, raw: true });
    assert.equal(r.status, 0, r.stderr.toString());
    assert.deepEqual(r.stdout, Buffer.concat([Buffer.from([0xff, 0x41]), Buffer.from('\ndone\n')]));
  });

  test(`[${engine}] output that is not UTF-8 reaches stdout and stderr byte for byte`, () => {
    const code = 'import sys\nsys.stdout.buffer.write(b"\\x80\\xfe")\nsys.stderr.buffer.write(b"\\xc3(")\nprint("end")';
    const r = pywasm(engine, ['-c', code], { raw: true });
    assert.equal(r.status, 0);
    assert.deepEqual(r.stdout, Buffer.from([0x80, 0xfe, 0x65, 0x6e, 0x64, 0x0a]));
    assert.deepEqual(r.stderr, Buffer.from([0xc3, 0x28]));
  });

  test(`[${engine}] 128 MB of output stream through without being held in memory`, () => {
    const writer = (mb) => ['-c', `import sys\nline = "x" * 1023 + "\\n"\nfor i in range(${mb} * 1024):\n    sys.stdout.write(line)\n`];
    const small = peakRss(engine, writer(8));
    const large = peakRss(engine, writer(128));
    assert.equal(small.bytes, 8 << 20);
    assert.equal(large.bytes, 128 << 20);
    assert.equal(large.status, 0);
    // Sixteen times the output, about the same memory.
    assert.ok(large.rss - small.rss < 48 << 20, `peak RSS ${small.rss >> 20} MB for 8 MB of output, ${large.rss >> 20} MB for 128 MB`);
  });

  test(`[${engine}] a reader that goes away ends the script with an error, not a crash`, () => {
    // `pywasm ... | head -1`: the pipe closes while the script still writes.
    const r = spawnSync('sh', ['-c', `"$0" "$1" --engine ${engine} -c 'for i in range(10 ** 7): print(i)' | head -1`, NODE, CLI], { encoding: 'utf8', timeout: 60000 });
    assert.equal(r.stdout, '0\n');
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+|node:internal|RuntimeError/);
    assert.match(r.stderr, /BrokenPipeError: \[Errno 32\] Broken pipe/);  // as CPython reports it
  });

  test(`[${engine}] a script that closes sys.stdout or fd 1 goes on with a clear outcome`, () => {
    const closed = pywasm(engine, ['-c', 'import sys\nprint("before")\nsys.stdout.close()\nsys.stderr.write("still here\\n")']);
    assert.equal(closed.stdout, 'before\n');
    assert.equal(closed.stderr, 'still here\n');
    assert.equal(closed.status, 0);
    // os.close(1) closes the descriptor (os has descriptors now): what was
    // printed before it is out, what is printed after goes nowhere, and the
    // host carries on.
    const fd = pywasm(engine, ['-c', 'import os\nprint("before")\nos.close(1)\nprint("after")']);
    assert.equal(fd.stdout, 'before\n');
    assert.equal(fd.status, 0);
  });

  test(`[${engine}] --mount of a missing host directory is a usage error naming it`, () => {
    const dir = tempDir();
    const r = pywasm(engine, ['--mount', `${dir}/absent:/data`, '-c', 'print("ran")'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^pywasm: --mount: host directory '${dir}/absent' does not exist\\n`));
    assert.match(r.stderr, usageLine);
  });

  test(`[${engine}] options after -c, -m or the script belong to the script`, () => {
    // As python3: the first of -c, -m or a script ends pywasm's options.
    const dir = tempDir({ 'show.py': 'import sys\nprint(sys.argv)\n' });
    assert.equal(pywasm(engine, ['-c', 'import sys; print(sys.argv)', 'show.py', '--engine', 'x'], { cwd: dir }).stdout, "['-c', 'show.py', '--engine', 'x']\n");
    assert.equal(pywasm(engine, ['show.py', '-c', 'pass', '--timeout', '1'], { cwd: dir }).stdout, "['show.py', '-c', 'pass', '--timeout', '1']\n");
    assert.equal(pywasm(engine, ['-', '-c', 'x'], { cwd: dir, input: 'import sys; print(sys.argv)' }).stdout, "['-', '-c', 'x']\n");
  });

  test(`[${engine}] --env wins over --inherit-env; a later option wins over an earlier one`, () => {
    const env = { ...process.env, PYWASM_SHARED: 'from host', PYWASM_ONLY_HOST: 'host' };
    const code = 'import os\nprint(os.getenv("PYWASM_SHARED"), os.getenv("PYWASM_ONLY_HOST"))';
    assert.equal(pywasm(engine, ['--inherit-env', '--env', 'PYWASM_SHARED=given', '-c', code], { env }).stdout, 'given host\n');
    assert.equal(pywasm(engine, ['--env', 'PYWASM_SHARED=given', '--inherit-env', '-c', code], { env }).stdout, 'given host\n');
    assert.equal(pywasm(engine, ['--env', 'PYWASM_SHARED=one', '--env', 'PYWASM_SHARED=two', '-c', code], { env }).stdout, 'two None\n');
    // The last heap size given is the one that holds.
    const heap = 'try:\n    b = bytearray(24 << 20)\n    print("fits")\nexcept MemoryError:\n    print("MemoryError")';
    assert.equal(pywasm(engine, ['--memory', '64m', '-X', 'heapsize=16m', '-c', heap]).stdout, 'MemoryError\n');
    assert.equal(pywasm(engine, ['-X', 'heapsize=16m', '--memory', '64m', '-c', heap]).stdout, 'fits\n');
  });
}

test('each bad flag or value prints one clear line and the usage, exit 2', () => {
  for (const [args, message] of [
    [['--frobnicate'], 'unknown option --frobnicate'],
    [['--frobnicate=3', '-c', 'pass'], 'unknown option --frobnicate'],
    [['-j', 'x.py'], 'unknown option -j'],
    [['-uj', '-c', 'pass'], 'unknown option -j (in -uj)'],
    [['-u', '-uc'], 'Argument expected for the -c option'],
    [['--timeout'], '--timeout: expected a value'],
    [['--timeout', 'soon', '-c', 'pass'], '--timeout: expected a positive number of seconds'],
    [['--timeout=0', '-c', 'pass'], '--timeout: expected a positive number of seconds'],
    [['--memory', '1k', '-c', 'pass'], '--memory: 1k is too small (at least 64k)'],
    [['-X', 'jit=on', '-c', 'pass'], "-X: unknown option 'jit=on'"],
    [['--mount', 'a:b:c', '-c', 'pass'], "--mount: invalid mount 'a:b:c' (want HOST[:GUEST][:ro])"],
    [['--mount', '.:relative', '-c', 'pass'], "--mount: the guest path 'relative' must be absolute"],
    [['--mount', '.:/usr/lib/pywasm/x', '-c', 'pass'], "--mount: the guest path '/usr/lib/pywasm/x' is the interpreter's library (/usr/lib/pywasm); mount elsewhere"],
    [['--env', '=x', '-c', 'pass'], "--env: expected K=V, got '=x'"],
    [['-m'], 'Argument expected for the -m option'],
    [['--engine=', '-c', 'pass'], "--engine: unknown engine '' (auto, native or wasm)"],
  ]) {
    const r = pywasm('wasm', args);
    const lines = r.stderr.split('\n');
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.equal(lines[0], `pywasm: ${message}`, args.join(' '));
    assert.match(lines[1], usageLine, args.join(' '));
  }
});

test('--help and --version win over the options around them', () => {
  assert.equal(pywasm('wasm', ['--env', 'A=1', '--help']).status, 0);
  assert.match(pywasm('wasm', ['--timeout', '1', '--version', '--frobnicate']).stdout, /^pywasm /);
  assert.ok(path.isAbsolute(CLI));
});

test('a Node without WebAssembly (--jitless) gets a clear error from the wasm engine, exit 2', () => {
  const r = spawnSync(NODE, ['--jitless', CLI, '--engine', 'wasm', '-c', 'print(1)'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  // (Node 20's V8 first warns that the flag turns wasm off.)
  assert.match(r.stderr, /^pywasm: the wasm engine is unavailable: this Node runs without WebAssembly \(started with --jitless\?\)\n$/m);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+|ReferenceError/);
  // The library rejects with the error's code, as for a missing addon.
  const lib = spawnSync(NODE, ['--jitless', '-e', `require(${JSON.stringify(ROOT)} + '/npm/pywasm').run('print(1)', { engine: 'wasm' }).catch((e) => console.log(e.code))`], { encoding: 'utf8' });
  assert.equal(lib.stdout, 'PYWASM_ENGINE_UNAVAILABLE\n');
});
