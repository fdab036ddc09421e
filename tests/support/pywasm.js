'use strict';
// Shared helpers for behaviour tests: which engines to run on, and running
// the real CLI (bin/pywasm.js) as a user would, on the Node under test.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'npm', 'pywasm', 'bin', 'pywasm.js');
const NODE = process.env.PYWASM_TEST_NODE || process.execPath;

// Every behaviour test runs on each engine that can load here. The native
// engine joins as soon as its addon is built (crates/pywasm-node).
function engines() {
  const list = ['wasm'];
  const probe = spawnSync(NODE, [CLI, '--engine', 'native', '-c', 'pass'], { encoding: 'utf8' });
  if (probe.status === 0) list.push('native');
  else if (process.env.PYWASM_REQUIRE_NATIVE === '1') {
    // CI builds the addon first (scripts/test.sh): a native engine that does
    // not load there is a failure, not a reason to test one engine only.
    throw new Error(`the native engine does not load: ${probe.stderr || probe.stdout}`);
  }
  return list;
}

// Runs the CLI; returns { status, stdout, stderr } as strings (or Buffers with raw: true).
function pywasm(engine, args, { input, cwd, env, raw, timeout = 60000 } = {}) {
  const r = spawnSync(NODE, [CLI, '--engine', engine, ...args], {
    input, cwd: cwd || ROOT, env: env || process.env, timeout, maxBuffer: 256 * 1024 * 1024,
    encoding: raw ? 'buffer' : 'utf8',
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A fresh temporary directory with the given files ({name: contents}).
function tempDir(files = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pywasm-test-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return fs.realpathSync(dir);
}

// The library as a program would require it.
function pywasmLibrary() {
  return require(path.join(ROOT, 'npm', 'pywasm'));
}

module.exports = { ROOT, CLI, NODE, engines, pywasm, pywasmLibrary, tempDir };
