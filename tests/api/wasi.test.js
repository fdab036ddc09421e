'use strict';
// The wasm engine's WASI layer on its own, driven by a C fixture that calls
// preview1 functions directly: the sandbox refuses escapes with ENOTCAPABLE
// (76) at the WASI level, before any interpreter maps errnos.
// (Specific to the JS WASI layer, so not parameterised over engines; the
// same behaviour through Python is in tests/cli/sandbox.test.js.)
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tempDir, ROOT } = require('../support/pywasm');
const { runFixture, LIB } = require('../support/wasi-fixture');

const ENOTCAPABLE = 76;
const ENOENT = 44;
const EROFS = 69;

// Runs "op:path" commands against one mount; -> { 'op path': errno }
function results(commands, mount) {
  const { stdout } = runFixture('paths', commands, [mount]);
  const out = {};
  for (const line of stdout.trim().split('\n')) {
    const m = /^(\w+) (.*) (-?\d+)$/.exec(line);
    if (m) out[`${m[1]} ${m[2]}`] = Number(m[3]);
  }
  return out;
}

test('each mount is a preopen named by its absolute guest path', () => {
  const a = tempDir();
  const b = tempDir();
  const { stdout } = runFixture('paths', ['prestat'], [{ host: a, guest: '/work/repo' }, { host: b, guest: b }]);
  assert.equal(stdout, `preopen 3 /work/repo\npreopen 4 ${b}\n`);
});

test('paths that leave the mount are refused with ENOTCAPABLE', () => {
  const outside = tempDir({ 'secret.txt': 'secret' });
  const dir = tempDir({ 'in.txt': 'hello', 'sub/x.txt': 'x' });
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link'));
  fs.symlinkSync(outside, path.join(dir, 'linkdir'));
  fs.symlinkSync(path.join(outside, 'nothing-yet'), path.join(dir, 'dangling'));
  const r = results([
    'open:in.txt', 'open:sub/../in.txt', 'open:../secret.txt', 'open:sub/../../secret.txt', `open:${outside}/secret.txt`,
    'open:/etc/passwd', 'open:link', 'open:linkdir/secret.txt', 'stat:link', 'lstat:link',
    'create:linkdir/new', 'create:dangling', 'mkdir:linkdir/d', 'unlink:../secret.txt', 'rename:in.txt>../moved', 'open:missing',
  ], { host: dir, guest: '/data' });
  assert.deepEqual(r, {
    'open in.txt': 0,
    'open sub/../in.txt': 0,
    'open ../secret.txt': ENOTCAPABLE,
    'open sub/../../secret.txt': ENOTCAPABLE,
    [`open ${outside}/secret.txt`]: ENOTCAPABLE,
    'open /etc/passwd': ENOTCAPABLE,
    'open link': ENOTCAPABLE,
    'open linkdir/secret.txt': ENOTCAPABLE,
    'stat link': ENOTCAPABLE,
    'lstat link': 0,  // the link itself is inside; only following it leaves
    'create linkdir/new': ENOTCAPABLE,
    'create dangling': ENOTCAPABLE,
    'mkdir linkdir/d': ENOTCAPABLE,
    'unlink ../secret.txt': ENOTCAPABLE,
    'rename in.txt>../moved': ENOTCAPABLE,
    'open missing': ENOENT,
  });
  assert.deepEqual(fs.readdirSync(outside), ['secret.txt']);
  assert.equal(fs.readFileSync(path.join(outside, 'secret.txt'), 'utf8'), 'secret');
});

test('files inside the mount can be created, renamed and removed', () => {
  const dir = tempDir();
  const r = results(['create:a.txt', 'mkdir:d', 'rename:a.txt>d/b.txt', 'read:d/b.txt', 'unlink:d/b.txt', 'rmdir:d'], { host: dir, guest: dir });
  assert.deepEqual(Object.values(r), [0, 0, 0, 0, 0, 0]);
  assert.deepEqual(fs.readdirSync(dir), []);
});

test('a read-only mount refuses every change with EROFS', () => {
  const dir = tempDir({ 'in.txt': 'keep' });
  const r = results(['read:in.txt', 'create:in.txt', 'create:new.txt', 'mkdir:d', 'unlink:in.txt', 'rename:in.txt>x'], { host: dir, guest: dir, readOnly: true });
  assert.deepEqual(Object.values(r), [0, EROFS, EROFS, EROFS, EROFS, EROFS]);
  assert.equal(fs.readFileSync(path.join(dir, 'in.txt'), 'utf8'), 'keep');
});

test('the WASI layer provides every import the interpreter module has', () => {
  const { createWasiImports, createFsImports } = require(path.join(LIB, 'wasi', 'imports'));
  const { createHostImports } = require(path.join(LIB, 'wasm', 'host-imports'));
  const provided = {
    wasi_snapshot_preview1: createWasiImports({ getMemory: () => null, fds: null, args: [], env: {} }),
    pywasm_fs: createFsImports({ getMemory: () => null, fds: null }),
    pywasm: createHostImports({ getMemory: () => null, hostCall: () => ({}), poll: () => 0 }),
  };
  const module = new WebAssembly.Module(fs.readFileSync(path.join(ROOT, 'dist', 'micropython.wasm')));
  const missing = WebAssembly.Module.imports(module)
    .filter((i) => typeof (provided[i.module] || {})[i.name] !== 'function')
    .map((i) => `${i.module}.${i.name}`);
  assert.deepEqual(missing, []);
});
