'use strict';
// CPython compatibility corpus: every script in tests/compat/cases runs under
// CPython 3 (python3) and under pywasm on each engine; stdout and the exit
// status must be identical. What cannot match yet is listed in
// docs/compat.md, not kept here as a failing case.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { engines, pywasm } = require('../support/pywasm');

const CASES = path.join(__dirname, 'cases');
const names = fs.readdirSync(CASES).filter((n) => n.endsWith('.py')).sort();

function cpython(file) {
  const r = spawnSync('python3', [file], { cwd: CASES, encoding: 'utf8', timeout: 60000 });
  if (r.error) return { error: r.error };
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const probe = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[0])'], { encoding: 'utf8' });
const haveCPython = !probe.error && probe.status === 0 && probe.stdout.trim() === '3';
const reference = new Map();

for (const engine of engines()) {
  for (const name of names) {
    test(`[${engine}] ${name} prints what CPython prints`, { skip: haveCPython ? false : 'python3 (CPython 3) is not on PATH: nothing to compare with' }, () => {
      if (!reference.has(name)) reference.set(name, cpython(path.join(CASES, name)));
      const want = reference.get(name);
      if (want.error) throw want.error;
      assert.equal(want.status, 0, `CPython itself fails on ${name}:\n${want.stderr}`);
      const got = pywasm(engine, ['--inherit-env', '--mount', CASES, path.join(CASES, name)], { cwd: CASES });
      assert.equal(got.stdout, want.stdout, `${name} on ${engine}; pywasm's stderr:\n${got.stderr}`);
      assert.equal(got.status, want.status, `${name} on ${engine} exit status; stderr:\n${got.stderr}`);
    });
  }
}
