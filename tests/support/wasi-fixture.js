'use strict';
// Runs a WASI fixture (wasi-fixtures/*.wasm, our own small C programs) on the
// wasm engine's WASI layer alone, to test that layer below the interpreter.
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('./pywasm');

const LIB = path.join(ROOT, 'npm', 'pywasm', 'lib');
const { Mount } = require(path.join(LIB, 'wasi', 'sandbox'));
const { FdTable } = require(path.join(LIB, 'wasi', 'fds'));
const { createWasiImports, ProcExit } = require(path.join(LIB, 'wasi', 'imports'));
const { bytesReader, callbackWriter } = require(path.join(LIB, 'streams'));

// -> { exitCode, stdout } ; mounts: [{host, guest, readOnly}]
function runFixture(name, args, mounts) {
  const module = new WebAssembly.Module(fs.readFileSync(path.join(__dirname, 'wasi-fixtures', `${name}.wasm`)));
  let out = '';
  const fds = new FdTable(mounts.map((m) => new Mount(m)), {
    stdin: bytesReader(null),
    stdout: callbackWriter((b) => { out += Buffer.from(b).toString(); }),
    stderr: callbackWriter((b) => { out += Buffer.from(b).toString(); }),
  });
  let memory;
  const wasi = createWasiImports({ getMemory: () => memory, fds, args: [name, ...args], env: {} });
  const instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: wasi });
  memory = instance.exports.memory;
  let exitCode = 0;
  try {
    instance.exports._start();
  } catch (err) {
    if (!(err instanceof ProcExit)) throw err;
    exitCode = err.code;
  } finally {
    fds.closeAll();
  }
  return { exitCode, stdout: out };
}

module.exports = { runFixture, LIB };
