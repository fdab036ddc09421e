'use strict';
// The library's options, checked and turned into an engine job (engine.js).
// Every mistake is an OptionError naming the option.
const fs = require('node:fs');
const path = require('node:path');
const { OptionError } = require('./errors');
const { normalizeMount, defaultMounts, guestPathOf } = require('./mounts');
const { ENGINES } = require('./engine');
const { INTERPRETER_FLAGS } = require('./module-args');

const KNOWN = new Set(['flags', 'argv', 'env', 'inheritEnv', 'cwd', 'mounts', 'stdin', 'stdout', 'stderr', 'limits', 'engine', 'signal', 'hostHandlers', 'allowNet', 'allowRun', 'encoding']);

// source: Python code (a string), { code }, { file } or { module }: exactly one.
function interpreterArgs(source, cwd) {
  if (typeof source === 'string') return { args: ['-c', source] };
  if (source && typeof source === 'object') {
    const given = ['code', 'file', 'module'].filter((k) => source[k] !== undefined);
    if (given.length > 1) throw new OptionError('source', `give one of code, file or module, not ${given.join(' and ')}`);
    if (typeof source.code === 'string') return { args: ['-c', source.code] };
    if (typeof source.file === 'string' || source.file instanceof URL) {
      const file = path.resolve(cwd, source.file instanceof URL ? require('node:url').fileURLToPath(source.file) : source.file);
      let stat;
      try {
        stat = fs.statSync(file);
      } catch (err) {
        throw new OptionError('source', `can't open file '${file}': ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
      }
      if (stat.isDirectory()) throw new OptionError('source', `can't run '${file}': it is a directory`);
      return { args: [file], file };
    }
    if (typeof source.module === 'string' && source.module) return { args: ['-m', source.module] };
  }
  throw new OptionError('source', 'expected Python code (a string), { file }, { module } or { code }');
}

// The flags option: python3's interpreter flags (INTERPRETER_FLAGS), each its
// own string, the -W option's value next or joined ('-W', 'error' or
// '-Werror').

function checkFlags(flags) {
  if (flags === undefined) return [];
  if (!Array.isArray(flags) || flags.some((f) => typeof f !== 'string')) throw new OptionError('flags', 'expected an array of strings');
  const out = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (flag === '-W') {
      if (i + 1 >= flags.length) throw new OptionError('flags', "'-W' needs its value next, as in ['-W', 'error']");
      out.push('-W', flags[++i]);
    } else if (flag.startsWith('-W')) {
      out.push('-W', flag.slice(2));
    } else if (INTERPRETER_FLAGS.includes(flag)) {
      out.push(flag);
    } else {
      throw new OptionError('flags', `unknown flag '${flag}' (${INTERPRETER_FLAGS.join(', ')} or -W with its value)`);
    }
  }
  return out;
}

function checkStringMap(value, option) {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object') throw new OptionError(option, 'expected an object of strings');
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') throw new OptionError(option, `the value of '${k}' must be a string`);
    if (k.includes('=') || k.includes('\0') || v.includes('\0')) throw new OptionError(option, `invalid entry '${k}'`);
  }
  return value;
}

// timeoutMs and memoryBytes work on both engines; fuel (a deterministic
// budget of wasm operators) and wasmMemoryBytes (a cap on the module's whole
// linear memory) only on the native engine (engine-native.js).
const LIMITS = { timeoutMs: 1, memoryBytes: 64 * 1024, fuel: 1, wasmMemoryBytes: 1024 * 1024 };
const NATIVE_ONLY = ['fuel', 'wasmMemoryBytes'];

function checkLimits(limits) {
  if (limits === undefined || limits === null) return {};
  if (typeof limits !== 'object') throw new OptionError('limits', `expected { ${Object.keys(LIMITS).join('?, ')}? }`);
  const out = {};
  for (const key of Object.keys(limits)) {
    if (!(key in LIMITS)) throw new OptionError(`limits.${key}`, `unknown limit (${Object.keys(LIMITS).join(', ')})`);
    const v = limits[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < LIMITS[key]) throw new OptionError(`limits.${key}`, `expected a number of at least ${LIMITS[key]}`);
    out[key] = Math.floor(v);
  }
  return out;
}

// A native-only limit with an engine that is not native is a mistake to
// report, never a limit silently not applied.
function checkLimitsForEngine(limits, engineName) {
  if (engineName === 'native') return;
  for (const key of NATIVE_ONLY) {
    if (limits[key] !== undefined) throw new OptionError(`limits.${key}`, `needs the native engine (this run uses the ${engineName} engine)`);
  }
}

function checkStdin(stdin, sync) {
  if (stdin === undefined || stdin === null) return null;
  if (stdin === 'inherit' || stdin === process.stdin) return { fd: 0 };
  if (typeof stdin === 'string') return Buffer.from(stdin, 'utf8');
  if (stdin instanceof Uint8Array) return stdin;
  if (!sync && typeof stdin[Symbol.asyncIterator] === 'function') return stdin;
  throw new OptionError('stdin', sync
    ? "expected a string, a Buffer, 'inherit' or null (streams need run())"
    : "expected a string, a Buffer, a readable stream or async iterable, 'inherit' or null");
}

function checkOutput(target, option) {
  if (target === undefined || target === null) return { capture: true };
  if (target === 'inherit') return { fd: option === 'stdout' ? 1 : 2 };
  if (typeof target === 'function') return { callback: target };
  if (target && typeof target.write === 'function') return { stream: target };
  throw new OptionError(option, "expected a function, a writable stream or 'inherit'");
}

// allowNet adds the network's handlers (net/handlers.js): the synchronous
// kind for runSync, the async kind for run() and Interpreter. The
// embedder's own handler of the same name wins.
function withNet(handlers, allowNet, sync) {
  return allowNet ? { ...require('./net/handlers').netHandlers({ sync }), ...handlers } : handlers;
}

// allowRun adds the process handlers (process/handlers.js). They need to
// know where the run's output goes, so the caller makes them once it has
// its output sinks: a child's output shown on stdout goes where the
// script's does, straight to the fd when that is one of this process's.
// The embedder's own handler of the same name wins. -> null without allowRun.
function processCapability(n, { sync, writeStdout, writeStderr, deadlineMs = null }) {
  if (!n.allowRun) return null;
  const target = (t, write) => (t.fd !== undefined ? { fd: t.fd } : { write });
  return require('./process/handlers').processHandlers({
    sync,
    mounts: n.job.mounts,
    stdout: target(n.stdout, writeStdout),
    stderr: target(n.stderr, writeStderr),
    stdinFd: n.job.stdin && Number.isInteger(n.job.stdin.fd) ? n.job.stdin.fd : null,
    deadlineMs,
    childPython: () => require('./process/child-python').childPython({ mounts: n.job.mounts, allowNet: n.allowNet }),
  });
}

// -> { job (without output callbacks), engine, stdout, stderr, encoding, allowRun, allowNet }
function normalizeOptions(source, options = {}, { sync = false } = {}) {
  if (!options || typeof options !== 'object') throw new OptionError('options', 'expected an object');
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new OptionError(key, 'unknown option');
  }
  const cwd = options.cwd === undefined ? process.cwd() : options.cwd;
  if (typeof cwd !== 'string') throw new OptionError('cwd', 'expected a directory path');
  const hostCwd = path.resolve(cwd);
  const { args, file } = interpreterArgs(source, hostCwd);
  const argv = options.argv === undefined ? [] : options.argv;
  if (!Array.isArray(argv) || argv.some((a) => typeof a !== 'string')) throw new OptionError('argv', 'expected an array of strings');
  let mounts;
  if (options.mounts === undefined) {
    mounts = defaultMounts([], hostCwd, file);
    if (!mounts.some((m) => m.host === hostCwd)) throw new OptionError('cwd', `directory '${cwd}' does not exist`);
  } else {
    if (!Array.isArray(options.mounts)) throw new OptionError('mounts', 'expected an array');
    mounts = options.mounts.map((m) => normalizeMount(m, hostCwd));
  }
  const engine = options.engine === undefined ? 'auto' : options.engine;
  if (!ENGINES.includes(engine)) throw new OptionError('engine', `unknown engine '${engine}' (auto, native or wasm)`);
  const handlers = options.hostHandlers === undefined ? {} : options.hostHandlers;
  if (!handlers || typeof handlers !== 'object') throw new OptionError('hostHandlers', 'expected an object of functions');
  for (const [k, v] of Object.entries(handlers)) {
    if (typeof v !== 'function') throw new OptionError('hostHandlers', `'${k}' is not a function`);
  }
  if (options.allowNet !== undefined && typeof options.allowNet !== 'boolean') throw new OptionError('allowNet', 'expected true or false');
  if (options.allowRun !== undefined && typeof options.allowRun !== 'boolean') throw new OptionError('allowRun', 'expected true or false');
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) throw new OptionError('signal', 'expected an AbortSignal');
  const encoding = options.encoding === undefined ? 'utf8' : options.encoding;
  if (encoding !== 'utf8' && encoding !== 'buffer') throw new OptionError('encoding', "expected 'utf8' or 'buffer'");
  const env = { ...(options.inheritEnv ? process.env : {}), ...checkStringMap(options.env, 'env') };
  return {
    job: {
      argv: [...checkFlags(options.flags), ...args, ...argv],
      env,
      mounts,
      cwd: guestPathOf(mounts, hostCwd),
      stdin: checkStdin(options.stdin, sync),
      limits: checkLimits(options.limits),
      signal: options.signal,
      hostHandlers: withNet(handlers, options.allowNet, sync),
    },
    engine,
    stdout: checkOutput(options.stdout, 'stdout'),
    stderr: checkOutput(options.stderr, 'stderr'),
    encoding,
    allowRun: options.allowRun === true,
    allowNet: options.allowNet === true,
  };
}

module.exports = { normalizeOptions, checkLimitsForEngine, processCapability };
