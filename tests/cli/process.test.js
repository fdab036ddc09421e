'use strict';
// Host processes from Python scripts (subprocess over the process.run host
// call) with the CLI: --allow-run turns it on; the same script prints the
// same under CPython and pywasm; children share the CLI's fds, stream live
// and keep their place in the output; --timeout stops a child too.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { engines, pywasm, tempDir, CLI, NODE } = require('../support/pywasm');

const CASES = path.join(__dirname, 'process', 'subprocess_cases.py');
const probe = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[0])'], { encoding: 'utf8' });
const haveCPython = !probe.error && probe.status === 0 && probe.stdout.trim() === '3';

const RUN_OFF = 'running host processes is off in this sandbox (run pywasm with --allow-run, or pass allowRun: true to the library)';

test('--help lists --allow-run', () => {
  const r = pywasm('wasm', ['--help']);
  assert.match(r.stdout, /--allow-run +let the script run host programs \(subprocess\)/);
});

for (const engine of engines()) {
  test(`[${engine}] subprocess prints what CPython prints`, { skip: haveCPython ? false : 'python3 is not on PATH' }, () => {
    const run = (command) => {
      const scratch = tempDir({ 'sub/.keep': '' });
      try {
        const r = spawnSync(command[0], [...command.slice(1), CASES, scratch], { cwd: scratch, input: 'stdin line\n', encoding: 'utf8', timeout: 60000 });
        return { status: r.status, stdout: r.stdout.split(scratch).join('<scratch>'), stderr: r.stderr };
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
    };
    // -u: CPython's own prints unbuffered, as pywasm flushes its before each child.
    const want = run(['python3', '-u']);
    assert.equal(want.status, 0, want.stderr);
    const got = run([NODE, CLI, '--engine', engine, '--allow-run', '--inherit-env']);
    assert.equal(got.stderr, want.stderr);
    assert.equal(got.stdout, want.stdout);
    assert.equal(got.status, 0);
    assert.match(got.stdout, /^before the children\nstdin line\na child on stdout\nbetween\nafter the children\n/);
  });

  test(`[${engine}] without --allow-run nothing runs: PermissionError says how to turn it on`, () => {
    const code = [
      'import subprocess',
      'try:',
      '    subprocess.run(["echo", "ran"])',
      'except PermissionError as e:',
      '    print(e)',
      'from actions import exec',
      'exec.exec("echo ran")',
    ].join('\n');
    const r = pywasm(engine, ['-c', code]);
    assert.equal(r.stdout, `${RUN_OFF}\n`);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\nPermissionError: running host processes is off in this sandbox \(run pywasm with --allow-run/);
  });

  test(`[${engine}] shutil.which finds host programs with --allow-run, as CPython does`, { skip: haveCPython ? false : 'python3 is not on PATH' }, () => {
    const code = 'import shutil\nprint(shutil.which("sh"), shutil.which("no-such-program-for-pywasm"), shutil.which("sh", path=""))';
    const want = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
    const got = pywasm(engine, ['--allow-run', '--inherit-env', '-c', code]);
    assert.equal(got.stdout, want.stdout);
    assert.match(got.stdout, /^\/\S*\/sh None None\n$/);
    // Without the capability only the sandbox's own files are searched.
    assert.equal(pywasm(engine, ['--inherit-env', '-c', code]).stdout, 'None None None\n');
  });

  test(`[${engine}] check=True: the traceback ends with CalledProcessError`, () => {
    const r = pywasm(engine, ['--allow-run', '-c', 'import subprocess\nprint("first")\nsubprocess.run(["sh", "-c", "echo out; exit 3"], check=True)']);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, 'first\nout\n');
    assert.match(r.stderr, /^Traceback \(most recent call last\):\n {2}File "<string>", line 3, in <module>\n[\s\S]*\nsubprocess\.CalledProcessError: Command '\['sh', '-c', 'echo out; exit 3'\]' returned non-zero exit status 3\.\n$/);
  });

  test(`[${engine}] a child's output streams live to the CLI's stdout`, async () => {
    const code = 'import subprocess\nsubprocess.run(["sh", "-c", "echo first; sleep 3; echo second"])';
    const child = spawn(NODE, [CLI, '--engine', engine, '--allow-run', '-c', code]);
    let firstAt = null;
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (firstAt === null && out.includes('first')) firstAt = Date.now();
    });
    const status = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(status, 0);
    assert.equal(out, 'first\nsecond\n');
    assert.ok(Date.now() - firstAt > 2000, `the first line came ${Date.now() - firstAt} ms before the end`);
  });

  test(`[${engine}] --timeout stops the script while a child runs, and the child with it`, () => {
    const dir = tempDir();
    const marker = path.join(dir, 'still-running');
    const started = Date.now();
    const r = pywasm(engine, ['--allow-run', '--timeout', '1', '-c',
      // The shell's own child (sleep) outlives it, as in CPython: it must
      // not hold the CLI's stdout open.
      `import subprocess\nprint("waiting")\nsubprocess.run(["sh", "-c", "sleep 3; touch ${marker}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\nprint("not reached")`]);
    const took = Date.now() - started;
    assert.equal(r.status, 124, r.stderr);
    assert.equal(r.stdout, 'waiting\n');
    assert.match(r.stderr, /pywasm: the script ran longer than its time limit \(1 s\) and was stopped\n$/);
    assert.ok(took < 2900, `took ${took} ms`);
    // The shell was killed, so it never gets to touch the marker.
    spawnSync('sleep', ['3']);
    assert.equal(fs.existsSync(marker), false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(`[${engine}] cwd and a program path are guest paths, mapped through the mounts`, () => {
    const dir = tempDir({ 'sub/tool.sh': '#!/bin/sh\necho "tool ran in $(pwd)"\n' });
    fs.chmodSync(path.join(dir, 'sub', 'tool.sh'), 0o755);
    const code = [
      'import subprocess',
      'print(subprocess.run(["pwd"], cwd="/project/sub", capture_output=True, text=True).stdout.strip())',
      'subprocess.run(["/project/sub/tool.sh"], cwd="/project")',
      'import os',
      'os.chdir("/project/sub")',
      'subprocess.run(["./tool.sh"])',
    ].join('\n');
    const r = pywasm(engine, ['--allow-run', '--mount', `${dir}:/project`, '-c', code], { cwd: dir });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, `${dir}/sub\ntool ran in ${dir}\ntool ran in ${dir}/sub\n`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test(`[${engine}] a cwd outside every mount is refused`, () => {
    const r = pywasm(engine, ['--allow-run', '-c', 'import subprocess\nsubprocess.run(["pwd"], cwd="/etc")']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\nPermissionError: \[Errno 13\] the working directory is outside the sandbox's mounts: '\/etc'\n$/);
  });

  test(`[${engine}] a missing program is FileNotFoundError, as in CPython`, () => {
    const r = pywasm(engine, ['--allow-run', '-c', 'import subprocess\nsubprocess.run(["no-such-program-for-pywasm"])']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\nFileNotFoundError: \[Errno 2\] No such file or directory: 'no-such-program-for-pywasm'\n$/);
  });

  test(`[${engine}] binary output passes through byte for byte`, () => {
    const r = pywasm(engine, ['--allow-run', '-c', 'import subprocess, sys\nsys.stdout.buffer.write(b"\\xfe")\nsubprocess.run(["printf", "\\\\000\\\\377"])\nprint(subprocess.run(["printf", "\\\\200"], capture_output=True).stdout)'], { raw: true });
    assert.deepEqual([...r.stdout], [0xfe, 0x00, 0xff, ...Buffer.from("b'\\x80'\n")]);
  });

  test(`[${engine}] a killed child's returncode is minus the signal`, () => {
    const r = pywasm(engine, ['--allow-run', '-c', 'import subprocess\nprint(subprocess.run(["sh", "-c", "kill -9 $$"]).returncode, subprocess.call(["sh", "-c", "kill -15 $$"]))']);
    assert.equal(r.stdout, '-9 -15\n');
  });
}

test('a run with --allow-run that starts no process loads no process code', () => {
  const dir = tempDir({
    'list.js': "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));\n",
  });
  const run = (args) => {
    const r = spawnSync(NODE, ['-r', path.join(dir, 'list.js'), CLI, '--engine', 'wasm', ...args], { encoding: 'utf8' });
    const files = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('["')));
    return { stdout: r.stdout, proc: files.filter((f) => f.includes(`${path.sep}process${path.sep}`)).map((f) => path.basename(f)) };
  };
  assert.deepEqual(run(['--allow-run', '-c', 'print("no process")']), { stdout: 'no process\n', proc: ['handlers.js'] });
  assert.deepEqual(run(['-c', 'print("no process")']), { stdout: 'no process\n', proc: [] });
  const used = run(['--allow-run', '-c', 'import subprocess\nsubprocess.run(["true"])\nprint("ran")']);
  assert.equal(used.stdout, 'ran\n');
  assert.ok(used.proc.includes('run-sync.js') && !used.proc.includes('run-async.js'), used.proc.join());
  fs.rmSync(dir, { recursive: true, force: true });
});
