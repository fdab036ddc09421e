'use strict';
// The package's entry points as programs reach them by name: CommonJS
// require, ES module import (package.json "exports"), and the TypeScript
// declarations (index.d.ts) checked by compiling typed programs against them.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, NODE, engines } = require('../support/pywasm');

const TYPES = path.join(__dirname, 'types');

for (const engine of engines()) {
  test(`[${engine}] import from an ES module gives the same library as require`, () => {
    const r = spawnSync(NODE, [path.join(TYPES, 'esm.mjs'), engine], { encoding: 'utf8', cwd: ROOT, timeout: 60000 });
    assert.equal(r.stderr, '');
    assert.deepEqual(JSON.parse(r.stdout), { same: true, a: "['esm']\n", b: '42\n', typed: true, bad: true, twice: 42, timeout: 'function' });
  });
}

test('require and import resolve to the files package.json names', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'npm', 'pywasm', 'package.json'), 'utf8'));
  const entry = pkg.exports['.'];
  for (const file of [pkg.main, pkg.types, entry.types, entry.import, entry.require]) {
    assert.ok(fs.existsSync(path.join(ROOT, 'npm', 'pywasm', file)), file);
  }
  assert.equal(require.resolve('pywasm', { paths: [ROOT] }), path.join(ROOT, 'npm', 'pywasm', 'lib', 'index.js'));
  // Every export of the library is declared, and nothing declared is missing.
  const declared = fs.readFileSync(path.join(ROOT, 'npm', 'pywasm', pkg.types), 'utf8');
  const lib = require(path.join(ROOT, 'npm', 'pywasm'));
  for (const name of Object.keys(lib)) {
    assert.match(declared, new RegExp(`export (declare )?(function|class|const) ${name}\\b`), `${name} is not declared in ${pkg.types}`);
  }
  for (const [, name] of declared.matchAll(/^export (?:function|class|const) (\w+)/gm)) {
    assert.ok(name in lib, `${name} is declared but not exported`);
  }
});

test('the TypeScript declarations compile against typed ESM and CommonJS programs', () => {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(NODE, [tsc, '-p', path.join(TYPES, 'tsconfig.json')], { encoding: 'utf8', cwd: ROOT, timeout: 180000 });
  assert.equal(r.stdout + r.stderr, '');
  assert.equal(r.status, 0);
});
