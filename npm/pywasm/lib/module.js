'use strict';
// Locating and compiling the interpreter module, once per process.
const fs = require('node:fs');
const path = require('node:path');

// In a checkout of the repository (npm/pywasm/lib, three levels below the
// workspace's package.json) the module is the root's dist/: always the
// current build, even while `npm pack` has a copy in npm/pywasm/dist/. In the
// published package (and in the bundled action, whose dist/ holds both) it is
// the package's own dist/; nothing outside the package is looked at.
// The package's own directory names tell most runs apart with no file read
// (installed, this file's grandparent is node_modules), which the native
// engine's start-up notices.
function inCheckout(root) {
  if (path.basename(path.join(__dirname, '..', '..')) !== 'npm') return false;
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).name === 'pywasm-workspace';
  } catch {
    return false;
  }
}

let dist = null;
function distDir() {
  if (!dist) {
    const root = path.join(__dirname, '..', '..', '..');
    dist = inCheckout(root) ? path.join(root, 'dist') : path.join(__dirname, '..', 'dist');
  }
  return dist;
}

function interpreterPath(flavour = 'micropython.wasm') {
  const file = path.join(distDir(), flavour);
  if (!fs.existsSync(file)) throw new Error(`pywasm: the interpreter (${flavour}) is missing: ${file}`);
  return file;
}

// The library beside the module (dist/pylib: one .mpy per module of the
// standard library, scripts/build-pylib.py), which every engine mounts
// read-only at LIBRARY_GUEST, the last entry of the guest's sys.path (port/
// library.h has the same path; mounts.js refuses user mounts there).
const LIBRARY_GUEST = '/usr/lib/pywasm';
function libraryPath() {
  return path.join(distDir(), 'pylib');
}

let compiled = null;
function interpreterModule() {
  if (!compiled) compiled = new WebAssembly.Module(fs.readFileSync(interpreterPath()));
  return compiled;
}

// The same, compiled by V8 on background threads: a caller that has other
// start-up work (loading the rest of its JavaScript) starts this first and
// awaits it when the module is needed; interpreterModule() then returns it.
//
// V8 compiles on its own job threads, and pending jobs do not keep Node's
// event loop alive. With lazy compilation (the default) the job is done
// almost at once; with `node --no-wasm-lazy-compilation` it takes ~25 ms,
// and a CLI whose loop had nothing else to do exited 0 without running the
// script. A timer holds the loop open until the compile settles.
async function compileInterpreter() {
  if (compiled) return compiled;
  const hold = setInterval(() => {}, 1 << 30);
  try {
    compiled = await WebAssembly.compile(fs.readFileSync(interpreterPath()));
  } finally {
    clearInterval(hold);
  }
  return compiled;
}

module.exports = { interpreterPath, libraryPath, LIBRARY_GUEST, interpreterModule, compileInterpreter };
