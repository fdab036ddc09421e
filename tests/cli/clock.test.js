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

// time.time() once counted whole milliseconds on the wasm engine (Date.now()),
// so two readings a few microseconds apart were equal and a script timing a
// fast step saw 0.0; CPython and the native engine count nanoseconds. The
// wall clock must also agree with the host's.
const WALL = `
import time
t0 = time.time()
steps = set()
last = t0
for _ in range(2000):
    t = time.time()
    if t != last:
        steps.add(t - last)
    last = t
n0 = time.time_ns()
print(min(steps) if steps else 1.0, t0, n0 % 1000000 != 0 or time.time_ns() % 1000000 != 0)
`;

test('time.time() has sub-millisecond resolution and reads the host wall clock', async () => {
  const runs = engines().map((engine) => new Promise((resolve, reject) => {
    const before = Date.now() / 1000;
    execFile(NODE, [CLI, '--engine', engine, '-c', WALL], { timeout: 60000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${engine}: ${err.message} ${stderr}`));
      else resolve([engine, stdout, before, Date.now() / 1000]);
    });
  }));
  for (const [engine, stdout, before, after] of await Promise.all(runs)) {
    const [step, t0, nsFraction] = stdout.trim().split(' ');
    assert.ok(Number(step) < 0.0005, `[${engine}] smallest step of time.time() was ${step} s`);
    assert.ok(Number(t0) >= before - 0.002 && Number(t0) <= after + 0.002, `[${engine}] time.time() ${t0} outside ${before}..${after}`);
    assert.equal(nsFraction, 'True', `[${engine}] time.time_ns() is a whole number of milliseconds`);
  }
});
