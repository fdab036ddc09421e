'use strict';
// time.monotonic()/perf_counter() keep counting past 2**32 ns: a 32-bit
// tick type once made them wrap every 4.3 s, so timing a step that took
// five seconds could give a negative duration. Both engines at once (the
// test has to wait that long).
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFile } = require('node:child_process');
const { CLI, NODE, engines } = require('../support/pywasm');

const SCRIPT = `
import time
m0, p0, n0 = time.monotonic(), time.perf_counter(), time.monotonic_ns()
time.sleep(4.5)
m1, p1, n1 = time.monotonic(), time.perf_counter(), time.monotonic_ns()
print(round(m1 - m0), round(p1 - p0), round((n1 - n0) / 1e9))
`;

test('monotonic clocks measure a 4.5 s sleep on every engine', async () => {
  const runs = engines().map((engine) => new Promise((resolve, reject) => {
    execFile(NODE, [CLI, '--engine', engine, '-c', SCRIPT], { timeout: 60000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${engine}: ${err.message} ${stderr}`));
      else resolve([engine, stdout]);
    });
  }));
  for (const [engine, stdout] of await Promise.all(runs)) {
    const [m, p, n] = stdout.trim().split(' ').map(Number);
    for (const [name, seconds] of [['monotonic', m], ['perf_counter', p], ['monotonic_ns', n]]) {
      assert.ok(seconds >= 4 && seconds <= 8, `[${engine}] ${name} measured ${seconds} s for a 4.5 s sleep`);
    }
  }
});
