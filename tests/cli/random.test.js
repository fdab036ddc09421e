'use strict';
// os.urandom and everything built on it (random's seed, secrets, the
// delimiter of an action's outputs): bytes of the requested length, fresh on
// every call, from the operating system's CSPRNG, on each engine.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { CLI, NODE, engines, pywasm, tempDir } = require('../support/pywasm');

const SCRIPT = `
import os
sizes = [0, 1, 16, 4095, 4096, 4097, 20000]
got = [os.urandom(n) for n in sizes]
print([len(b) for b in got] == sizes)
print(len(set(got[-1])), got[2] != os.urandom(16), os.urandom(64) != os.urandom(64))
import random, secrets
print(random.random() != random.random(), len(secrets.token_hex(8)))
`;

for (const engine of engines()) {
  test(`[${engine}] os.urandom returns fresh bytes of every length`, () => {
    const r = pywasm(engine, ['-c', SCRIPT]);
    assert.equal(r.stderr, '');
    const [lengths, [distinct, differ16, differ64], [randomDiffers, hexLength]] = r.stdout.trim().split('\n').map((l) => l.split(' '));
    assert.equal(lengths[0], 'True');
    // 20000 uniform bytes take (nearly) all 256 values.
    assert.ok(Number(distinct) >= 250, `only ${distinct} distinct byte values in 20000 random bytes`);
    assert.deepEqual([differ16, differ64, randomDiffers, hexLength], ['True', 'True', 'True', '16']);
  });
}

// The wasm engine reads the kernel's CSPRNG device: loading node:crypto for
// a few bytes cost every action step that sets an output 8-20 ms.
test('[wasm] randomness does not load node:crypto', () => {
  // A preload that names, at exit, the crypto modules Node loaded.
  const hook = path.join(tempDir(), 'list-crypto.js');
  fs.writeFileSync(hook, "process.on('exit', () => process.stderr.write(process.moduleLoadList.filter((m) => /^NativeModule (internal\\/)?crypto/.test(m)).join(',')));\n");
  const r = spawnSync(NODE, ['-r', hook, CLI, '--engine', 'wasm', '-c', 'import os; print(len(os.urandom(32)))'], { encoding: 'utf8' });
  assert.equal(r.stdout, '32\n');
  assert.equal(r.stderr, '');
});
