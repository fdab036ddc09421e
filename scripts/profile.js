#!/usr/bin/env node
// Where a script's time goes inside the interpreter, by C function.
//
//   node scripts/profile.js script.py [args...]   (after npm run build:wasm)
//
// dist/micropython.wasm has no names (wasm-opt strips them), so V8's
// profiler would show wasm-function[N]. This makes a copy of the module with
// its name section from the build's own output (target/wasm-build, the same
// code before the final wasm-opt pass), runs the script on it with the wasm
// engine under `node --cpu-prof`, and prints the functions that took the
// most time by self time. The copy lives in target/profile, beside a copy
// of the CLI, so that nothing in dist/ or npm/ changes.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'target', 'profile');
const TOP = Number(process.env.PROFILE_TOP || 25);

function namedPackage() {
  const built = path.join(ROOT, 'target', 'wasm-build', 'micropython.spilled.wasm');
  if (!fs.existsSync(built)) throw new Error(`no ${path.relative(ROOT, built)}: run npm run build:wasm first`);
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(path.join(OUT, 'dist'), { recursive: true });
  for (const part of ['bin', 'lib', 'package.json']) {
    fs.cpSync(path.join(ROOT, 'npm', 'pywasm', part), path.join(OUT, part), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'dist', 'pylib'), path.join(OUT, 'dist', 'pylib'));
  // -g keeps the names; the rest is the build's own -O2 pass
  execFileSync(path.join(ROOT, 'node_modules', 'binaryen', 'bin', 'wasm-opt'),
    [built, '-O2', '-g', '--strip-producers', '-o', path.join(OUT, 'dist', 'micropython.wasm')], { stdio: 'inherit' });
  return path.join(OUT, 'bin', 'pywasm.js');
}

// Self time per function name, in ms, largest first.
function selfTimes(profileFile) {
  const { nodes, samples, timeDeltas } = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const totals = new Map();
  samples.forEach((id, i) => {
    const frame = byId.get(id).callFrame;
    const name = frame.functionName || `(${path.basename(frame.url) || 'program'})`;
    totals.set(name, (totals.get(name) || 0) + timeDeltas[i] / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function main(argv) {
  if (argv.length === 0) {
    process.stderr.write('usage: node scripts/profile.js script.py [args...]\n');
    return 2;
  }
  const cli = namedPackage();
  const dir = path.join(OUT, 'cpuprofile');
  const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, cli, '--engine', 'wasm', ...argv], { stdio: 'inherit' });
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
  if (files.length === 0) {
    process.stderr.write('profile.js: the run wrote no profile\n');
    return run.status || 1;
  }
  const rows = selfTimes(path.join(dir, files[0]));
  const total = rows.reduce((s, [, ms]) => s + ms, 0);
  console.log(`\nself time by function (${total.toFixed(0)} ms sampled; ${path.relative(ROOT, path.join(dir, files[0]))}):`);
  for (const [name, ms] of rows.slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(9)} ms ${(100 * ms / total).toFixed(1).padStart(5)}%  ${name}`);
  return run.status;
}

process.exitCode = main(process.argv.slice(2));
