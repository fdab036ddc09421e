'use strict';
// The code cache the published CLI and the action load their bundles through
// (npm/pywasm/lib/code-cache.js): a second start runs the same code from the
// cache, a changed bundle never runs stale code, and a cache directory that
// is not this user's own is not used. The installed CLI's own use of it is
// in tests/package/install.test.js.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, NODE, tempDir } = require('../support/pywasm');

const CODE_CACHE = path.join(ROOT, 'npm', 'pywasm', 'lib', 'code-cache.js');

// A bundle as scripts/bundle.js writes one for the cache.
const wrapped = (source) => `(function (exports, require, module, __filename, __dirname) {\n${source}})`;

// A bundle, and a program that loads it through the cache as bin/pywasm.js
// does (a file of its own: node -e would count as flags of the process).
function project(bundleSource) {
  const dir = tempDir({
    'bundle.js': wrapped(bundleSource),
    'main.js': `console.log(require(${JSON.stringify(CODE_CACHE)}).requireCached(require('node:path').join(__dirname, 'bundle.js')).answer());\n`,
  });
  return dir;
}

function start(dir, cacheDir) {
  const r = spawnSync(NODE, [path.join(dir, 'main.js')], { encoding: 'utf8', env: { ...process.env, PYWASM_CACHE_DIR: cacheDir } });
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  return r.stdout;
}

const cacheFiles = (dir) => fs.readdirSync(dir).filter((f) => f.startsWith('bundle.js-'));

test('a second start runs from the cache, which only this user can read', () => {
  const dir = project("module.exports = { answer() { return 'first ' + [1, 2].map((x) => x * 2); } };\n");
  const cache = path.join(dir, 'cache');
  assert.equal(start(dir, cache), 'first 2,4\n');
  const [file] = cacheFiles(cache);
  assert.ok(file, 'the first start wrote a cache');
  assert.equal(fs.statSync(cache).mode & 0o777, 0o700);
  assert.equal(fs.statSync(path.join(cache, file)).mode & 0o777, 0o600);
  const written = fs.statSync(path.join(cache, file));
  assert.equal(start(dir, cache), 'first 2,4\n');
  // A cache V8 refused would have been written again at exit.
  const after = fs.statSync(path.join(cache, file));
  assert.equal(after.mtimeMs, written.mtimeMs);
  assert.equal(after.ino, written.ino);
});

test('a bundle changed to one of the same length runs the new code, not the cached one', () => {
  // V8 checks a cache against the source's length only: without the
  // comparison of content, the second start would print AAAA.
  const dir = project("module.exports = { answer() { return 'AAAA'; } };\n");
  const cache = path.join(dir, 'cache');
  assert.equal(start(dir, cache), 'AAAA\n');
  assert.equal(start(dir, cache), 'AAAA\n');
  fs.writeFileSync(path.join(dir, 'bundle.js'), wrapped("module.exports = { answer() { return 'BBBB'; } };\n"));
  assert.equal(start(dir, cache), 'BBBB\n');
});

test('a damaged cache file is ignored and replaced', () => {
  const dir = project("module.exports = { answer() { return 'intact'; } };\n");
  const cache = path.join(dir, 'cache');
  start(dir, cache);
  const [file] = cacheFiles(cache);
  const bytes = fs.readFileSync(path.join(cache, file));
  fs.writeFileSync(path.join(cache, file), bytes.subarray(0, bytes.length - 100));
  assert.equal(start(dir, cache), 'intact\n');
  fs.writeFileSync(path.join(cache, file), 'garbage');
  assert.equal(start(dir, cache), 'intact\n');
  assert.equal(fs.readFileSync(path.join(cache, file)).length, bytes.length);
});

test('a cache directory others can write to is not used; PYWASM_CACHE=0 turns the cache off', { skip: process.platform === 'win32' }, () => {
  const dir = project("module.exports = { answer() { return 'uncached'; } };\n");
  const shared = path.join(dir, 'shared');
  fs.mkdirSync(shared);
  fs.chmodSync(shared, 0o777);
  assert.equal(start(dir, shared), 'uncached\n');
  assert.deepEqual(cacheFiles(shared), []);
  // By default the cache is the user's: under XDG_CACHE_HOME here.
  const home = path.join(dir, 'home');
  const env = { ...process.env, PYWASM_CACHE_DIR: '', XDG_CACHE_HOME: home };
  const off = spawnSync(NODE, [path.join(dir, 'main.js')], { encoding: 'utf8', env: { ...env, PYWASM_CACHE: '0' } });
  assert.equal(off.stdout, 'uncached\n');
  assert.equal(fs.existsSync(home), false);
  const on = spawnSync(NODE, [path.join(dir, 'main.js')], { encoding: 'utf8', env });
  assert.equal(on.stdout, 'uncached\n');
  assert.equal(cacheFiles(path.join(home, 'pywasm', 'js')).length, 1);
});

test("writing a cache removes the same bundle's files not written for 30 days, and nothing else", () => {
  const dir = project("module.exports = { answer() { return 'pruned'; } };\n");
  const cache = path.join(dir, 'cache');
  fs.mkdirSync(cache, { mode: 0o700 });
  const old = Date.now() / 1000 - 31 * 24 * 3600;
  const recent = Date.now() / 1000 - 29 * 24 * 3600;
  const files = {
    'bundle.js-v20.0.0-x64-100': old,        // another version's, idle: removed
    'bundle.js-v22.0.0-x64-100': recent,     // another version's, recent: kept
    'other.js-v20.0.0-x64-100': old,         // another bundle's: kept
    '0123456789abcdef0123456789abcdef.wasmer': old,  // the native engine's: kept
  };
  for (const [name, time] of Object.entries(files)) {
    fs.writeFileSync(path.join(cache, name), 'x');
    fs.utimesSync(path.join(cache, name), time, time);
  }
  assert.equal(start(dir, cache), 'pruned\n');
  const left = fs.readdirSync(cache).sort();
  assert.equal(cacheFiles(cache).length, 2, left.join(' '));
  assert.ok(!left.includes('bundle.js-v20.0.0-x64-100'));
  for (const kept of ['bundle.js-v22.0.0-x64-100', 'other.js-v20.0.0-x64-100', '0123456789abcdef0123456789abcdef.wasmer']) {
    assert.ok(left.includes(kept), kept);
  }
});
