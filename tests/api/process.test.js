'use strict';
// The library's allowRun option: host processes for Python through run(),
// runSync() and an Interpreter, off by default; children's output in order
// with the script's, through the embedder's callbacks; time limits that
// reach a running child; guest paths mapped through the mounts.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { engines, pywasmLibrary, tempDir, ROOT, NODE } = require('../support/pywasm');

const py = pywasmLibrary();

// A script that interleaves its own output with children's: on stdout,
// on stderr, and stderr merged into stdout (subprocess.STDOUT).
const INTERLEAVED = [
  'import subprocess, sys',
  'print("one")',
  'subprocess.run(["echo", "two"])',
  'print("three")',
  'sys.stderr.write("err one\\n")',
  'subprocess.run(["sh", "-c", "echo err two >&2"])',
  'subprocess.run(["sh", "-c", "echo four; echo five >&2; echo six"], stderr=subprocess.STDOUT)',
  'print("seven")',
].join('\n');
const INTERLEAVED_OUT = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\n';
const INTERLEAVED_ERR = 'err one\nerr two\n';

for (const engine of engines()) {
  test(`[${engine}] runSync() with allowRun: children's output in order with the script's`, () => {
    const r = py.runSync(INTERLEAVED, { engine, allowRun: true });
    assert.equal(r.stdout, INTERLEAVED_OUT);
    assert.equal(r.stderr, INTERLEAVED_ERR);
    const chunks = [];
    const cb = py.runSync(INTERLEAVED, { engine, allowRun: true, stdout: (b) => chunks.push(Buffer.from(b).toString()) });
    assert.equal(chunks.join(''), INTERLEAVED_OUT);
    assert.equal(cb.stdout, '');
  });

  test(`[${engine}] run() with allowRun: the same order, each chunk as the child writes it, the event loop free`, async () => {
    const r = await py.run(INTERLEAVED, { engine, allowRun: true });
    assert.equal(r.stdout, INTERLEAVED_OUT);
    assert.equal(r.stderr, INTERLEAVED_ERR);
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 5);
    const seen = [];
    const code = 'import subprocess\nprint("start")\nsubprocess.run(["sh", "-c", "echo first; sleep 1; echo second"])\nprint("end")';
    await py.run(code, { engine, allowRun: true, stdout: (b) => seen.push([Date.now(), Buffer.from(b).toString()]) });
    clearInterval(timer);
    const text = seen.map(([, t]) => t).join('');
    assert.equal(text, 'start\nfirst\nsecond\nend\n');
    const first = seen.find(([, t]) => t.includes('first'))[0];
    const second = seen.find(([, t]) => t.includes('second'))[0];
    assert.ok(second - first > 700, `first and second came ${second - first} ms apart`);
    assert.ok(ticks > 50, `the event loop turned ${ticks} times during the run`);
  });

  test(`[${engine}] stdout: 'inherit' lets the child write to this process's fd, in order`, () => {
    // In a separate Node process, whose stdout we read.
    const lib = path.join(ROOT, 'npm', 'pywasm');
    const script = `const py = require(${JSON.stringify(lib)});
      const code = ${JSON.stringify(INTERLEAVED)};
      py.runSync(code, { engine: '${engine}', allowRun: true, stdout: 'inherit', stderr: 'inherit' });
      py.run(code, { engine: '${engine}', allowRun: true, stdout: 'inherit', stderr: 'inherit' });`;
    const r = spawnSync(NODE, ['-e', script], { encoding: 'utf8', timeout: 60000 });
    assert.equal(r.stdout, INTERLEAVED_OUT + INTERLEAVED_OUT);
    assert.equal(r.stderr, INTERLEAVED_ERR + INTERLEAVED_ERR);
  });

  test(`[${engine}] processes are off by default: PermissionError naming allowRun`, async () => {
    const code = 'import subprocess\nsubprocess.run(["echo", "ran"])';
    const err = await py.run(code, { engine }).catch((e) => e);
    assert.equal(err.type, 'PermissionError');
    assert.equal(err.pythonMessage, 'running host processes is off in this sandbox (run pywasm with --allow-run, or pass allowRun: true to the library)');
    assert.equal(err.stdout, '');
    assert.throws(() => py.runSync(code, { engine, allowRun: false }), (e) => e.type === 'PermissionError');
  });

  test(`[${engine}] check=True, a missing program and a killed child as in CPython`, () => {
    const failed = (() => { try { return py.runSync('import subprocess\nsubprocess.run(["false"], check=True)', { engine, allowRun: true }); } catch (e) { return e; } })();
    assert.equal(failed.type, 'subprocess.CalledProcessError');  // the traceback's last line, as CPython prints it
    assert.equal(failed.pythonMessage, "Command '['false']' returned non-zero exit status 1.");
    assert.match(failed.traceback, /File "<string>", line 2, in <module>/);
    const missing = (() => { try { return py.runSync('import subprocess\nsubprocess.run(["no-such-program-for-pywasm"])', { engine, allowRun: true }); } catch (e) { return e; } })();
    assert.equal(missing.type, 'FileNotFoundError');
    assert.equal(missing.pythonMessage, "[Errno 2] No such file or directory: 'no-such-program-for-pywasm'");
    const killed = py.runSync('import subprocess\nr = subprocess.run(["sh", "-c", "kill -9 $$"])\nprint(r.returncode)\ntry:\n    r.check_returncode()\nexcept subprocess.CalledProcessError as e:\n    print(e)', { engine, allowRun: true });
    assert.equal(killed.stdout, "-9\nCommand '['sh', '-c', 'kill -9 $$']' died with <Signals.SIGKILL: 9>.\n");
  });

  test(`[${engine}] run() and runSync() give the same answers`, async () => {
    const dir = tempDir({ 'not-executable': 'echo no\n' });
    const cases = [
      ['subprocess.run(["no-such-program-for-pywasm"])', "FileNotFoundError [Errno 2] No such file or directory: 'no-such-program-for-pywasm'"],
      ['subprocess.run(["./not-executable"])', "PermissionError [Errno 13] Permission denied: './not-executable'"],
      [`subprocess.run(["pwd"], cwd="${dir}/missing")`, `FileNotFoundError [Errno 2] No such file or directory: '${dir}/missing'`],
      [`subprocess.run(["pwd"], cwd="${dir}/not-executable")`, `NotADirectoryError [Errno 20] Not a directory: '${dir}/not-executable'`],
      ['print(subprocess.run(["sh", "-c", "echo a; echo b >&2; echo c"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)', "b'a\\nb\\nc\\n'"],
      ['print(subprocess.run(["cat"], input=b"x" * 1000000, capture_output=True).stdout.count(b"x"))', '1000000'],
      // The child ends without reading its input: not an error.
      ['print(subprocess.run(["true"], input=b"x" * 1000000).returncode)', '0'],
      ['print(subprocess.run(["sh", "-c", "exit 300"]).returncode)', '44'],
    ];
    for (const [line, want] of cases) {
      const code = `import subprocess\ntry:\n    ${line}\nexcept OSError as e:\n    print(type(e).__name__, e)`;
      const options = { engine, allowRun: true, cwd: dir };
      assert.equal(py.runSync(code, options).stdout, `${want}\n`, line);
      // eslint-disable-next-line no-await-in-loop
      assert.equal((await py.run(code, options)).stdout, `${want}\n`, line);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(`[${engine}] a timeout kills the child: TimeoutExpired in Python`, async () => {
    const code = 'import subprocess, time\nt = time.time()\ntry:\n    subprocess.run(["sh", "-c", "echo started; exec sleep 10"], timeout=0.5, capture_output=True)\nexcept subprocess.TimeoutExpired as e:\n    print(e, e.stdout, time.time() - t < 5)';
    const want = "Command '['sh', '-c', 'echo started; exec sleep 10']' timed out after 0.5 seconds b'started\\n' True\n";
    assert.equal(py.runSync(code, { engine, allowRun: true }).stdout, want);
    assert.equal((await py.run(code, { engine, allowRun: true })).stdout, want);
  });

  test(`[${engine}] the run's time limit reaches a running child: TimeoutError, the child killed`, async () => {
    const dir = tempDir();
    const marker = path.join(dir, 'survived');
    const code = `import subprocess\nsubprocess.run(["sh", "-c", "sleep 2; touch ${marker}"], stdout=subprocess.DEVNULL)\nprint("not reached")`;
    for (const call of [(o) => py.runSync(code, o), (o) => py.run(code, o)]) {
      const started = Date.now();
      // eslint-disable-next-line no-await-in-loop
      const err = await Promise.resolve().then(() => call({ engine, allowRun: true, limits: { timeoutMs: 500 } })).catch((e) => e);
      assert.ok(err instanceof py.TimeoutError, String(err));
      assert.equal(err.code, 'PYWASM_TIMEOUT');
      assert.ok(Date.now() - started < 2500, `took ${Date.now() - started} ms`);
    }
    // The shell was killed before it could go on to touch the marker.
    spawnSync('sleep', ['2.5']);
    assert.equal(fs.existsSync(marker), false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(`[${engine}] an Interpreter with allowRun; a request's time limit kills its child, the session survives`, async () => {
    const session = new py.Interpreter({ engine, allowRun: true, limits: { timeoutMs: 700 } });
    try {
      await session.exec('import subprocess');
      assert.equal(await session.eval('subprocess.check_output(["echo", "hi"]).decode()'), 'hi\n');
      const started = Date.now();
      const err = await session.exec('subprocess.run(["sleep", "20"])').catch((e) => e);
      assert.ok(err instanceof py.TimeoutError, String(err));
      assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
      assert.equal(await session.eval('subprocess.run(["true"]).returncode'), 0);
    } finally {
      await session.close();
    }
  });

  test(`[${engine}] cwd and programs are guest paths: mapped through the mounts, refused outside them`, () => {
    const dir = tempDir({ 'bin/tool.sh': '#!/bin/sh\npwd\n' });
    fs.chmodSync(path.join(dir, 'bin', 'tool.sh'), 0o755);
    const options = { engine, allowRun: true, cwd: dir, mounts: [{ host: dir, guest: '/work' }] };
    const code = [
      'import subprocess, os',
      'print(os.getcwd())',
      'print(subprocess.check_output(["pwd"]).decode().strip())',
      'print(subprocess.check_output(["/work/bin/tool.sh"], cwd="/work/bin").decode().strip())',
      'try:',
      '    subprocess.run(["pwd"], cwd="/tmp")',
      'except PermissionError as e:',
      '    print(e)',
      'try:',
      '    subprocess.run(["pwd"], cwd="/work/../etc")',
      'except PermissionError as e:',
      '    print(e.errno, e.filename)',
    ].join('\n');
    const r = py.runSync(code, options);
    assert.equal(r.stdout, `/work\n${dir}\n${dir}/bin\n[Errno 13] the working directory is outside the sandbox's mounts: '/tmp'\n13 /work/../etc\n`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(`[${engine}] sys.executable starts a child pywasm with the run's mounts and network permission`, async () => {
    const dir = tempDir({ 'data.txt': 'from the mount\n' });
    const options = { engine, allowRun: true, cwd: dir, mounts: [{ host: dir, guest: '/work' }] };
    const code = [
      'import subprocess, sys',
      'print(sys.executable)',
      'child = "import os, sys; print(os.getcwd(), open(\'data.txt\').read().strip(), sys.argv[1:]); sys.exit(3)"',
      'r = subprocess.run([sys.executable, "-c", child, "x"], capture_output=True, text=True)',
      'print(r.returncode, r.stdout.strip())',
      'net = "import urllib.request\\ntry:\\n    urllib.request.urlopen(\'http://127.0.0.1:9/\')\\nexcept Exception as e:\\n    print(\'off\' in str(e))"',
      'print(subprocess.run([sys.executable, "-c", net], capture_output=True, text=True).stdout.strip())',
    ].join('\n');
    const want = '/usr/lib/pywasm/bin/python3\n3 /work from the mount [\'x\']\nTrue\n';
    assert.equal(py.runSync(code, options).stdout, want);
    assert.equal((await py.run(code, options)).stdout, want);
    // allowNet reaches the child: its request fails for the closed port, not for the sandbox
    assert.equal(py.runSync(code, { ...options, allowNet: true }).stdout, want.replace('True\n', 'False\n'));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(`[${engine}] binary output, captured and passed through, byte for byte`, async () => {
    const code = 'import subprocess, sys\nsubprocess.run(["printf", "\\\\000\\\\377\\\\376"])\nout = subprocess.run(["printf", "\\\\200\\\\201"], capture_output=True).stdout\nsys.stdout.buffer.write(out)';
    const r = await py.run(code, { engine, allowRun: true, encoding: 'buffer' });
    assert.deepEqual([...r.stdout], [0x00, 0xff, 0xfe, 0x80, 0x81]);
  });

  test(`[${engine}] an embedder's process.run handler wins over allowRun's`, () => {
    const calls = [];
    const handler = (args) => {
      calls.push(args.argv);
      return { returncode: 0, stdout: Buffer.from('faked\n').toString('base64'), stderr: null, timed_out: false };
    };
    const code = 'import subprocess\nprint(subprocess.run(["rm", "-rf", "/"], stdout=subprocess.PIPE).stdout)';
    const r = py.runSync(code, { engine, allowRun: true, hostHandlers: { 'process.run': handler } });
    assert.equal(r.stdout, "b'faked\\n'\n");
    assert.deepEqual(calls, [['rm', '-rf', '/']]);
  });
}

test('allowRun must be a boolean', () => {
  assert.throws(() => py.runSync('pass', { allowRun: 'yes' }), (e) => e instanceof py.OptionError && e.option === 'allowRun');
});
