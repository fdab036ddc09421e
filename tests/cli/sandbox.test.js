'use strict';
// A script sees only what it is given: mounted directories, explicit
// environment variables. Escapes are refused, never followed.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { engines, pywasm, tempDir } = require('../support/pywasm');

const tryOpen = (p) => `try:\n    open(${JSON.stringify(p)}).read()\n    print("READ")\nexcept OSError as e:\n    print("refused", e.errno)\n`;

for (const engine of engines()) {
  test(`[${engine}] platform reports the sandbox: WASI on wasm32, as sys.platform does`, () => {
    const code = 'import platform, sys\nprint(sys.platform, platform.system(), platform.machine(), platform.architecture()[0], platform.python_implementation(), platform.uname().system, platform.python_version() == "%d.%d.%d" % sys.version_info[:3])';
    assert.equal(pywasm(engine, ['-c', code]).stdout, 'wasi WASI wasm32 32bit MicroPython WASI True\n');
  });

  test(`[${engine}] files outside the mounts cannot be read`, () => {
    const dir = tempDir();
    assert.equal(pywasm(engine, ['-c', tryOpen('/etc/passwd')], { cwd: dir }).stdout, 'refused 2\n');
  });

  test(`[${engine}] ".." cannot climb out of a mount`, () => {
    const outer = tempDir({ 'secret.txt': 'top secret', 'inner/x.txt': '' });
    const r = pywasm(engine, ['-c', tryOpen('../secret.txt')], { cwd: path.join(outer, 'inner') });
    assert.match(r.stdout, /^refused \d+\n$/);
  });

  test(`[${engine}] a symlink pointing out of a mount is refused`, () => {
    const outside = tempDir({ 'secret.txt': 'top secret' });
    const dir = tempDir();
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link.txt'));
    fs.symlinkSync(outside, path.join(dir, 'linkdir'));
    fs.symlinkSync(path.join(outside, 'new.txt'), path.join(dir, 'dangling.txt'));
    assert.equal(pywasm(engine, ['-c', tryOpen('link.txt')], { cwd: dir }).stdout, 'refused 13\n');
    assert.equal(pywasm(engine, ['-c', tryOpen('linkdir/secret.txt')], { cwd: dir }).stdout, 'refused 13\n');
    const write = pywasm(engine, ['-c', 'try:\n    open("dangling.txt", "w").write("x")\nexcept OSError as e:\n    print("refused", e.errno)\n'], { cwd: dir });
    assert.equal(write.stdout, 'refused 13\n');
    assert.equal(fs.existsSync(path.join(outside, 'new.txt')), false);
  });

  test(`[${engine}] a symlink inside the mount works`, () => {
    const dir = tempDir({ 'data/real.txt': 'inside' });
    fs.symlinkSync(path.join(dir, 'data', 'real.txt'), path.join(dir, 'alias.txt'));
    assert.equal(pywasm(engine, ['-c', 'print(open("alias.txt").read())'], { cwd: dir }).stdout, 'inside\n');
  });

  test(`[${engine}] files in the working directory can be written, listed, renamed and removed`, () => {
    const dir = tempDir();
    const code = [
      'import os',
      'print(os.getcwd() == ' + JSON.stringify(dir) + ')',
      'os.mkdir("sub")',
      'with open("sub/a.txt", "w") as f:',
      '    f.write("héllo\\n")',
      'os.rename("sub/a.txt", "sub/b.txt")',
      'print(sorted(os.listdir("sub")), os.stat("sub/b.txt")[6])',
      'print(open("sub/b.txt").read(), end="")',
      'os.remove("sub/b.txt")',
      'os.rmdir("sub")',
      'print(os.listdir("."))',
    ].join('\n');
    const r = pywasm(engine, ['-c', code], { cwd: dir });
    assert.equal(r.stdout, "True\n['b.txt'] 7\nhéllo\n[]\n");
    assert.equal(r.status, 0);
  });

  test(`[${engine}] the directories above a mount read as directories holding only the way down`, () => {
    const dir = tempDir({ 'proj/src/app.py': '', 'proj/setup.cfg': '', 'secret.txt': 'top secret' });
    const work = path.join(dir, 'proj', 'src');
    const code = [
      'import os, pathlib',
      `top = ${JSON.stringify(dir)}`,
      'print(os.path.isdir(top), oct(os.stat(top).st_mode & 0o777), os.listdir(top), os.listdir(".."))',
      'print(sorted(os.listdir("/")) == sorted({top.split("/")[1], "usr"}), os.listdir("."))',
      'print([p.is_dir() for p in pathlib.Path.cwd().parents] == [True] * len(pathlib.Path.cwd().parents))',
      'print([name for name in ("setup.cfg", "secret.txt") if any((p / name).exists() for p in pathlib.Path.cwd().parents)])',
      'for call in (lambda: open(top + "/secret.txt"), lambda: open(top + "/new.txt", "w"), lambda: os.mkdir(top + "/d"), lambda: os.listdir(top + "/nope")):',
      '    try:',
      '        call()',
      '    except OSError as e:',
      '        print("refused", e.errno)',
    ].join('\n');
    const r = pywasm(engine, ['-c', code], { cwd: work });
    assert.equal(r.stdout, "True 0o555 ['proj'] ['src']\nTrue ['app.py']\nTrue\n[]\nrefused 2\nrefused 2\nrefused 2\nrefused 2\n");
    assert.equal(r.status, 0);
    assert.equal(fs.existsSync(path.join(dir, 'new.txt')), false);
  });

  test(`[${engine}] tempfile skips a /tmp that only leads down to a mount, and uses the working directory`, () => {
    const work = tempDir();
    const code = 'import os, tempfile\nd = tempfile.mkdtemp()\nprint(os.path.dirname(d) == os.getcwd(), os.path.isdir(d))\nos.rmdir(d)\n';
    const r = pywasm(engine, ['-c', code], { cwd: work });
    assert.equal(r.stdout, 'True True\n');
    assert.equal(r.status, 0);
    assert.deepEqual(fs.readdirSync(work), []);
  });

  test(`[${engine}] a read-only mount refuses writes`, () => {
    const data = tempDir({ 'in.txt': 'data' });
    const code = `print(open("${data}/in.txt").read())\ntry:\n    open("${data}/out.txt", "w")\nexcept OSError as e:\n    print("refused", e.errno)\n`;
    const r = pywasm(engine, ['--mount', `${data}:ro`, '-c', code], { cwd: tempDir() });
    assert.equal(r.stdout, 'data\nrefused 30\n');
    assert.equal(fs.existsSync(path.join(data, 'out.txt')), false);
  });


  test(`[${engine}] os.utime sets a file's times in a writable mount and is refused in a read-only one`, () => {
    const rw = tempDir({ 'a.txt': 'a' });
    const ro = tempDir({ 'b.txt': 'b' });
    const before = fs.statSync(path.join(ro, 'b.txt')).mtimeMs;
    const code = [
      'import os',
      `os.utime("${rw}/a.txt", (1600000000, 1700000000))`,
      `try:\n    os.utime("${ro}/b.txt", (1, 2))\nexcept OSError as e:\n    print("refused", e.errno)`,
      `try:\n    os.utime("${rw}/a.txt", follow_symlinks=False)\nexcept OSError as e:\n    print("link times", e.errno)`,
    ].join('\n');
    const r = pywasm(engine, ['--mount', rw, '--mount', `${ro}:ro`, '-c', code], { cwd: tempDir() });
    assert.equal(r.stdout, 'refused 30\nlink times 95\n', r.stderr);
    const st = fs.statSync(path.join(rw, 'a.txt'));
    assert.equal(st.mtimeMs, 1700000000000);
    assert.equal(st.atimeMs, 1600000000000);
    assert.equal(fs.statSync(path.join(ro, 'b.txt')).mtimeMs, before);
  });

  test(`[${engine}] os.chmod sets the host file's mode in a writable mount, not in a read-only one, not past a symlink out`, () => {
    const rw = tempDir({ 'tool.sh': '#!/bin/sh\n' });
    const ro = tempDir({ 'b.txt': 'b' });
    const outside = tempDir({ 'secret.txt': 's' });
    fs.chmodSync(path.join(ro, 'b.txt'), 0o644);
    fs.chmodSync(path.join(outside, 'secret.txt'), 0o600);
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(rw, 'link.txt'));
    const code = [
      'import os, stat',
      `os.chmod("${rw}/tool.sh", 0o750)`,
      `print(stat.filemode(os.stat("${rw}/tool.sh").st_mode), oct(os.stat("${ro}/b.txt").st_mode))`,
      `try:\n    os.chmod("${ro}/b.txt", 0o777)\nexcept OSError as e:\n    print("read-only", e.errno)`,
      `try:\n    os.chmod("${rw}/link.txt", 0o666)\nexcept OSError as e:\n    print("outside", e.errno)`,
    ].join('\n');
    const r = pywasm(engine, ['--mount', rw, '--mount', `${ro}:ro`, '-c', code], { cwd: tempDir() });
    assert.equal(r.stdout, '-rwxr-x--- 0o100644\nread-only 30\noutside 13\n', r.stderr);
    assert.equal(fs.statSync(path.join(rw, 'tool.sh')).mode & 0o7777, 0o750);
    assert.equal(fs.statSync(path.join(ro, 'b.txt')).mode & 0o7777, 0o644);
    assert.equal(fs.statSync(path.join(outside, 'secret.txt')).mode & 0o7777, 0o600);
  });

  test(`[${engine}] a mount can appear at another guest path`, () => {
    const data = tempDir({ 'in.txt': 'moved' });
    const r = pywasm(engine, ['--mount', `${data}:/data`, '-c', 'print(open("/data/in.txt").read())'], { cwd: tempDir() });
    assert.equal(r.stdout, 'moved\n');
  });

  test(`[${engine}] no host environment variable leaks in unless asked`, () => {
    const env = { ...process.env, PYWASM_SECRET: 'hunter2' };
    const code = 'import os\nprint(os.getenv("PYWASM_SECRET"), os.getenv("GIVEN"))';
    assert.equal(pywasm(engine, ['--env', 'GIVEN=yes', '-c', code], { env }).stdout, 'None yes\n');
    assert.equal(pywasm(engine, ['--inherit-env', '-c', code], { env }).stdout, 'hunter2 None\n');
  });
}
