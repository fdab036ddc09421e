'use strict';
// Loads one of our bundles (the published CLI's lib/cli.bundle.js, the
// action's dist/action.js) through a V8 code cache kept on disk, so that a
// start after the first skips compiling the JavaScript it runs.
//
// Node's own compile cache (module.enableCompileCache) stores a file's code
// as compiled when it loads. V8 compiles a function's body only when it is
// first called, so that cache holds little more than the top level, and a
// CLI start still compiled everything main() calls: ~2 ms of a hello on the
// 2-core build machine (docs/cli.md, "Code cache"). The cache written
// here is made at exit, from the script as it ran, and holds every function
// the run compiled.
//
// Three facts shape it:
// - V8 accepts a cache only under the flags it was made with, and the CLI
//   and the action change V8's flags (v8-tuning.js). A bundle that does so
//   exports withStartupFlags(fn), and the cache is made inside it.
// - V8 checks a cache against the source's length, not its content. The file
//   keeps the source beside the code, and is used only when they are equal.
// - The bundle is written as one function expression over CommonJS's five
//   names (scripts/bundle.js, forCodeCache) and compiled as it is. Wrapping
//   it here would make a second copy of ~120 KB of source on the young heap,
//   enough that V8 ran a ~1 ms scavenge before every exit.
//
// The cache lives where the native engine keeps its compiled module, and
// answers to the same variables (crates/pywasm-runtime/src/cache.rs):
// PYWASM_CACHE_DIR if set, else the user's cache directory (here
// .../pywasm/js, beside .../pywasm/native); PYWASM_CACHE=0 (off, false, no)
// turns both off. The directory must be this user's own and writable by no
// one else. Any failure only means a start without the cache.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const MAGIC = 'pywasm-v8-cache-1\n';

// The user's cache directory for us, as the native engine finds its own.
function defaultDir() {
  const env = (k) => process.env[k] || null;
  let base;
  if (process.platform === 'win32') base = env('LOCALAPPDATA');
  else if (process.platform === 'darwin') base = env('HOME') && path.join(env('HOME'), 'Library', 'Caches');
  else base = env('XDG_CACHE_HOME') || (env('HOME') && path.join(env('HOME'), '.cache'));
  return base ? path.join(base, 'pywasm', 'js') : null;
}

// The directory, or null. It is made only when a cache is written (exit):
// reading one costs a start one lstat beside the file itself.
function cacheDir({ create }) {
  if (['0', 'off', 'false', 'no'].includes(process.env.PYWASM_CACHE)) return null;
  const dir = process.env.PYWASM_CACHE_DIR || defaultDir();
  if (!dir) return null;
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  try {
    if (create) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // A directory someone else made or can write to could hand us code.
    const st = fs.lstatSync(dir);
    if (!st.isDirectory()) return null;
    if (uid !== null && (st.uid !== uid || (st.mode & 0o022) !== 0)) return null;
    return dir;
  } catch {
    return null;
  }
}

// The cached code for source (a Buffer), or undefined.
function readCache(file, source) {
  let data;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const head = MAGIC.length + 4;
  if (data.length < head || data.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const sourceEnd = head + data.readUInt32LE(MAGIC.length);
  if (sourceEnd > data.length || !source.equals(data.subarray(head, sourceEnd))) return undefined;
  return data.subarray(sourceEnd);
}

// Each pywasm version and Node version leaves a file of its own. When one is
// written, the same bundle's others not written for 30 days go (a start that
// reads a file does not touch it, so one in use all along is written again
// once after that: ~1 ms).
const STALE_MS = 30 * 24 * 3600 * 1000;
function pruneOthers(file, prefix) {
  const dir = path.dirname(file);
  const now = Date.now();
  try {
    for (const name of fs.readdirSync(dir)) {
      const other = path.join(dir, name);
      if (!name.startsWith(prefix) || other === file) continue;
      if (now - fs.statSync(other).mtimeMs > STALE_MS) fs.rmSync(other, { force: true });
    }
  } catch {
    // an unreadable directory or a file gone meanwhile: nothing to prune
  }
}

function writeCache(file, source, code, prefix) {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(source.length);
  // Written beside its name and renamed: a concurrent start reads the old
  // file or the new one, never half of one.
  const partial = `${file}.${process.pid}`;
  try {
    fs.writeFileSync(partial, Buffer.concat([Buffer.from(MAGIC, 'latin1'), length, source, code]), { mode: 0o600 });
    fs.renameSync(partial, file);
    pruneOthers(file, prefix);
  } catch {
    try { fs.rmSync(partial, { force: true }); } catch { /* nothing to tidy */ }
  }
}

// What require(file) would give for a bundle made with forCodeCache
// (scripts/bundle.js), through the cache.
function requireCached(file) {
  const source = fs.readFileSync(file);
  const name = `${path.basename(file)}-${process.version}-${process.arch}-${source.length}`;
  const dir = cacheDir({ create: false });
  const cachedData = dir ? readCache(path.join(dir, name), source) : undefined;
  // Our bundles never use import(): a vm.Script has no loader for it
  // (Node's USE_MAIN_CONTEXT_DEFAULT_LOADER is experimental and warns).
  const script = new vm.Script(source.toString('utf8'), { filename: file, cachedData });
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  // Written when missing or refused. A node started with flags of its own
  // would have the cache refused on every start (withStartupFlags puts back
  // V8's defaults, not its flags), so none is written for one.
  if ((!cachedData || script.cachedDataRejected) && process.execArgv.length === 0) {
    process.once('exit', () => {
      const where = cacheDir({ create: true });
      if (!where) return;
      const withStartupFlags = module.exports.withStartupFlags || ((fn) => fn());
      let code;
      try {
        code = withStartupFlags(() => script.createCachedData());
      } catch {
        return;
      }
      writeCache(path.join(where, name), source, code, `${path.basename(file)}-`);
    });
  }
  return module.exports;
}

module.exports = { requireCached };
