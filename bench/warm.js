'use strict';
// perf_bench after warm-up: each benchmark's run() once untimed, then set up
// again and timed, in the same process. The throughput section is the
// issue's metric (run-perfbench.py, one timed run of 10-70 ms per process),
// and on V8 much of such a run executes baseline (Liftoff) code while
// TurboFan compiles the interpreter's loop on another thread; wasmer's
// module cache and the unix build have no warm-up. This table shows the
// same benchmarks at the engines' steady state, so the two gaps, warm-up
// and generated code, can be told apart (docs/interpreter.md).
// Required by run.js (section "warm"); reported, never asserted.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

// The timed call of benchrun.py's bm_run, preceded by one untimed run.
const TIMED = '    run, result = bm_setup(param)\n';
const WARMED = '    run, result = bm_setup(param)\n    run()\n    run, result = bm_setup(param)\n';

// MicroPython's N/M (1000, 1000) as run-perfbench.py passes them; the import
// benchmarks are left out: a module imports once per process.
function benchmarks(mp) {
  const dir = path.join(mp, 'tests', 'perf_bench');
  const benchrun = fs.readFileSync(path.join(dir, 'benchrun.py'), 'utf8');
  if (!benchrun.includes(TIMED)) throw new Error('benchrun.py changed: warm() no longer knows where it times');
  const driver = benchrun.replace(TIMED, WARMED) + '\nbm_run(1000, 1000)\n';
  return fs.readdirSync(dir).filter((f) => f.endsWith('.py') && f !== 'benchrun.py' && !f.startsWith('core_import'))
    .sort().map((f) => ({ name: f.slice(0, -3), script: fs.readFileSync(path.join(dir, f), 'utf8') + '\n' + driver }));
}

// Microseconds of the timed run, the best of `runs` processes, or null when
// the target skips or fails it (viper benchmarks need the native emitter).
function timeOne(bin, file, runs) {
  let best = null;
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(bin, [file], { encoding: 'utf8' });
    const us = Number((r.stdout || '').split(/\s+/)[0]);
    if (r.status !== 0 || !(us > 0)) return null;
    best = best === null ? us : Math.min(best, us);
  }
  return best;
}

function warm({ table, mp, targets, runs }) {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'pywasm-bench-warm-'));
  const rows = [];
  const logs = targets.map(() => []);
  for (const { name, script } of benchmarks(mp)) {
    const file = path.join(dir, `${name}.py`);
    fs.writeFileSync(file, script);
    const us = targets.map(([, bin]) => timeOne(bin, file, runs));
    if (us.some((t) => t === null)) continue;
    us.slice(1).forEach((t, i) => logs[i].push(Math.log(t / us[0])));
    rows.push([name, (us[0] / 1000).toFixed(1), ...us.slice(1).map((t) => (t / us[0]).toFixed(2) + 'x')]);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  rows.push(['geometric mean', '', ...logs.slice(0, targets.length - 1)
    .map((l) => Math.exp(l.reduce((a, b) => a + b, 0) / l.length).toFixed(2) + 'x')]);
  table(`Throughput after warm-up: perf_bench's second run in one process, relative to ${targets[0][0]} (best of ${runs}; lower is better)`,
    ['benchmark', 'native ms', ...targets.slice(1).map(([n]) => n)], rows);
}

module.exports = { warm };
