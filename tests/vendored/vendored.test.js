'use strict';
// Vendored libraries: each script in cases/ puts the pinned packages of
// requirements.txt on sys.path (as a workflow that vendors its
// dependencies does) and must print under pywasm, on each engine, what it
// prints under CPython 3 with the same packages.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { engines, pywasm } = require('../support/pywasm');
const { vendoredDir } = require('../support/vendored');

const CASES = path.join(__dirname, 'cases');
const REQUIREMENTS = path.join(__dirname, 'requirements.txt');
const names = fs.readdirSync(CASES).filter((n) => n.endsWith('.py')).sort();

// pip installs the wheels once per version of requirements.txt, into the
// cache outside the clone, keyed by the file's checksum (tests/support/vendored.js).
const site = vendoredDir(REQUIREMENTS);
const env = { ...process.env, PYWASM_VENDORED: site };

function cpython(file) {
  const r = spawnSync('python3', ['-I', file], { cwd: CASES, env, encoding: 'utf8', timeout: 60000 });
  if (r.error) throw r.error;
  return r;
}

const reference = new Map();
for (const engine of engines()) {
  for (const name of names) {
    test(`[${engine}] vendored ${name} prints what CPython prints`, () => {
      if (!reference.has(name)) reference.set(name, cpython(path.join(CASES, name)));
      const want = reference.get(name);
      assert.equal(want.status, 0, `CPython itself fails on ${name}:\n${want.stderr}`);
      const got = pywasm(engine, ['--env', `PYWASM_VENDORED=${site}`, '--mount', `${site}:ro`, '--mount', CASES,
        path.join(CASES, name)], { cwd: CASES });
      assert.equal(got.stdout, want.stdout, `${name} on ${engine}; pywasm's stderr:\n${got.stderr}`);
      assert.equal(got.status, want.status, `${name} on ${engine} exit status; stderr:\n${got.stderr}`);
    });
  }
}
