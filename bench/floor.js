#!/usr/bin/env node
// The start-up floor for the wasm engine: the least a Node process can do to
// run the interpreter module on a program given with -c. It reads, compiles
// and instantiates dist/micropython.wasm and calls _start with just enough
// WASI to print: argv, an empty environment, fd_write, a clock and
// proc_exit; no directory is preopened (fd_prestat_get answers EBADF) and
// every other call fails with ENOSYS, so no file is visible. No
// sandbox, options, streams, host calls or V8 flags: what the CLI adds
// beyond this row is the cost of being a usable tool, and this row's own
// distance from `node -e 0` is the cost of the module itself.
// Usage: node bench/floor.js MODULE CODE
'use strict';
const fs = require('node:fs');

const EBADF = 8;
const ENOSYS = 52;
const [modulePath, code] = process.argv.slice(2);
const compiled = new WebAssembly.Module(fs.readFileSync(modulePath));
const argv = ['python', '-c', code].map((a) => Buffer.from(a + '\0'));
let memory;
const view = () => new DataView(memory.buffer);

class Exit {
  constructor(code) { this.code = code; }
}

const wasi = {
  args_sizes_get(countPtr, sizePtr) {
    view().setUint32(countPtr, argv.length, true);
    view().setUint32(sizePtr, argv.reduce((n, a) => n + a.length, 0), true);
    return 0;
  },
  args_get(ptrs, buf) {
    const bytes = new Uint8Array(memory.buffer);
    for (const [i, a] of argv.entries()) {
      view().setUint32(ptrs + 4 * i, buf, true);
      bytes.set(a, buf);
      buf += a.length;
    }
    return 0;
  },
  environ_sizes_get(countPtr, sizePtr) {
    view().setUint32(countPtr, 0, true);
    view().setUint32(sizePtr, 0, true);
    return 0;
  },
  environ_get: () => 0,
  fd_write(fd, iovs, count, writtenPtr) {
    let total = 0;
    for (let i = 0; i < count; i++) {
      const ptr = view().getUint32(iovs + 8 * i, true);
      const len = view().getUint32(iovs + 8 * i + 4, true);
      total += fs.writeSync(fd, new Uint8Array(memory.buffer, ptr, len));
    }
    view().setUint32(writtenPtr, total, true);
    return 0;
  },
  clock_time_get(id, precision, timePtr) {
    view().setBigUint64(timePtr, process.hrtime.bigint(), true);
    return 0;
  },
  fd_prestat_get: () => EBADF,
  proc_exit(code) {
    throw new Exit(code);
  },
};

const imports = {};
for (const { module: from, name, kind } of WebAssembly.Module.imports(compiled)) {
  if (kind !== 'function') continue;
  imports[from] ??= {};
  imports[from][name] = wasi[name] ?? (() => ENOSYS);
}
const instance = new WebAssembly.Instance(compiled, imports);
memory = instance.exports.memory;
try {
  instance.exports._start();
} catch (err) {
  if (!(err instanceof Exit)) throw err;
  process.exitCode = err.code;
}
