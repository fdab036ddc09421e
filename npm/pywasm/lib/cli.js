'use strict';
// The `pywasm` command line, following python3's conventions where they apply.
// Whether an fd is a terminal, without loading node:tty: tty.isatty pulls in
// net and the whole streams stack, a third of the CLI's own start-up time on
// Node 24. The binding it wraps answers the same question.
const tty = {
  isatty(fd) {
    try { return process.binding('tty_wrap').isTTY(fd); } catch { return require('node:tty').isatty(fd); }
  },
};
const { PywasmError, OptionError } = require('./errors');
const { parseMountSpec, defaultMounts, guestPathOf } = require('./mounts');
const { INTERPRETER_FLAGS } = require('./module-args');

const USAGE = `usage: pywasm [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
  -c cmd              program passed in as a string (terminates option list)
  -m mod              run a module as a script: yours (a package runs its
                      __main__) or the library's, e.g. json.tool (terminates
                      option list)
  -                   read the program from stdin
                      (with no program: stdin too, or on a terminal the
                      interactive REPL; Ctrl-D leaves, Ctrl-C interrupts)
  --engine ENGINE     auto (default), native or wasm
  --mount HOST[:GUEST][:ro]
                      make a host directory visible (default: the current
                      directory, at its own path); repeatable
  --env K=V           set an environment variable for the script; repeatable
  --inherit-env       pass this process's whole environment to the script
  --allow-net         let the script make HTTP requests (urllib.request);
                      without it the network is off
  --allow-run         let the script run host programs (subprocess): they
                      run outside the sandbox, as this user
  --timeout SECONDS   stop the script after this long (exit code 124)
  --memory SIZE       limit the Python heap, e.g. 256m (MemoryError beyond it)
  -X heapsize=SIZE    the same, in MicroPython's spelling
  -u                  unbuffered stdout (also PYTHONUNBUFFERED=1)
  -O, -OO             skip assert statements; __debug__ is False
  -W ARG              warning control, as python3 (also PYTHONWARNINGS)
  -E                  ignore PYTHONUNBUFFERED, PYTHONWARNINGS and MICROPYPATH
  -I                  isolate: -E, and no script directory on sys.path
  -q                  no banner when the REPL starts
  -B, -s, -S, -X utf8 accepted for python3's sake; they change nothing here
  --version, -V       print the version and exit
  --help, -h          print this help and exit
Exit codes: 0, 1 for an unhandled exception, 2 for usage errors or a missing
script, 124 when --timeout stops the script, n for sys.exit(n).`;

class UsageError extends Error {}

function parseSize(text, option) {
  const m = /^(\d+)([kmg]?)b?$/i.exec(String(text).trim());
  if (!m) throw new UsageError(`${option}: invalid size '${text}' (use e.g. 512k, 64m, 1g)`);
  const bytes = Number(m[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()];
  if (bytes < 64 * 1024) throw new UsageError(`${option}: ${text} is too small (at least 64k)`);
  return bytes;
}

// python3's one-letter flags: the interpreter module's own
// (INTERPRETER_FLAGS), and those that change nothing here, accepted so that
// a python3 command line runs unchanged: -B (no bytecode is ever written), -s
// and -S (there is no site module or user site directory). -q leaves out the
// REPL's banner.
const PYTHON_FLAGS = { q: null, B: null, s: null, S: null };
for (const flag of INTERPRETER_FLAGS) if (flag.length === 2) PYTHON_FLAGS[flag[1]] = flag;

// A cluster of python3's flags ('-u', '-uB', '-OO', '-uc' before code,
// '-cCODE'): their interpreter flags into opts; if -c or -m ends it, that
// option and what the cluster holds after it (its argument, or '').
function parseFlagCluster(arg, opts) {
  let optimise = 0;
  for (let k = 1; k < arg.length; k++) {
    const letter = arg[k];
    if (letter === 'c' || letter === 'm') return { option: `-${letter}`, attached: arg.slice(k + 1) };
    if (!(letter in PYTHON_FLAGS)) throw new UsageError(`unknown option ${arg.length > 2 ? `-${letter} (in ${arg})` : arg}`);
    if (letter === 'O') optimise++;
    else if (letter === 'q') opts.quiet = true;
    else if (PYTHON_FLAGS[letter] && !opts.interpreterFlags.includes(PYTHON_FLAGS[letter])) opts.interpreterFlags.push(PYTHON_FLAGS[letter]);
  }
  if (optimise && !opts.interpreterFlags.includes('-O')) opts.interpreterFlags.push('-O');
  return null;
}

function xOption(x, opts) {
  // emit=bytecode is the only code emitter there is; MicroPython's test
  // runner passes it, so it is accepted and changes nothing. python3's UTF-8
  // mode is the only mode here.
  if (x === 'emit=bytecode' || x === 'utf8' || x === 'utf8=1') return;
  if (!x.startsWith('heapsize=')) throw new UsageError(`-X: unknown option '${x}'`);
  opts.heapBytes = parseSize(x.slice(9), '-X heapsize');
}

function parseArgs(argv, cwd) {
  const opts = { engine: 'auto', mounts: [], env: {}, inheritEnv: false, allowNet: false, allowRun: false, timeoutMs: null, heapBytes: null, interpreterFlags: [], args: [] };
  let i = 0;
  const value = (name, inline) => {
    if (inline !== undefined) return inline;
    if (i + 1 >= argv.length) throw new UsageError(`${name}: expected a value`);
    return argv[++i];
  };
  for (; i < argv.length; i++) {
    const arg = argv[i];
    // a value joined to its option: --name=value, and python3's -Xvalue, -Wvalue
    const joined = /^-[XW]./.test(arg);
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = joined ? arg.slice(0, 2) : eq > 0 ? arg.slice(0, eq) : arg;
    const inline = joined ? arg.slice(2) : eq > 0 ? arg.slice(eq + 1) : undefined;
    if (name === '-c' || name === '-m') {
      if (i + 1 >= argv.length) throw new UsageError(`Argument expected for the ${name} option`);
      opts.args = argv.slice(i);
      return opts;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      opts.args = argv.slice(i);
      return opts;
    }
    switch (name) {
      case '-h': case '--help': opts.help = true; return opts;
      case '-V': case '--version': opts.version = true; return opts;
      case '--engine': {
        const e = value(name, inline);
        if (!['auto', 'native', 'wasm'].includes(e)) throw new UsageError(`--engine: unknown engine '${e}' (auto, native or wasm)`);
        opts.engine = e;
        break;
      }
      case '--mount': opts.mounts.push(parseMountSpec(value(name, inline), cwd, '--mount')); break;
      case '--env': {
        const kv = value(name, inline);
        const at = kv.indexOf('=');
        if (at <= 0) throw new UsageError(`--env: expected K=V, got '${kv}'`);
        opts.env[kv.slice(0, at)] = kv.slice(at + 1);
        break;
      }
      case '--inherit-env': opts.inheritEnv = true; break;
      case '--allow-net': opts.allowNet = true; break;
      case '--allow-run': opts.allowRun = true; break;
      case '--timeout': {
        const s = Number(value(name, inline));
        if (!(s > 0) || !Number.isFinite(s)) throw new UsageError(`--timeout: expected a positive number of seconds`);
        opts.timeoutMs = s * 1000;
        break;
      }
      case '--memory': opts.heapBytes = parseSize(value(name, inline), '--memory'); break;
      case '-X': xOption(value(name, inline), opts); break;
      case '-W': opts.interpreterFlags.push('-W', value(name, inline)); break;
      default: {
        if (!/^-[A-Za-z]/.test(name)) throw new UsageError(`unknown option ${name}`);
        const ended = parseFlagCluster(name, opts);
        if (ended) {
          const rest = ended.attached ? [ended.attached, ...argv.slice(i + 1)] : argv.slice(i + 1);
          if (rest.length === 0) throw new UsageError(`Argument expected for the ${ended.option} option`);
          opts.args = [ended.option, ...rest];
          return opts;
        }
      }
    }
  }
  return opts;
}

// The exit code, or with the wasm engine a promise of it (the module compiles
// asynchronously, above); bin/pywasm.js takes either.
function main(argv) {
  const cwd = process.cwd();
  let opts;
  try {
    opts = parseArgs(argv, cwd);
  } catch (err) {
    if (!(err instanceof UsageError) && !(err instanceof OptionError)) throw err;
    process.stderr.write(`pywasm: ${err.message}\n${USAGE.split('\n')[0]}\nTry 'pywasm --help' for more information.\n`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (opts.version) {
    process.stdout.write(`pywasm ${require('../package.json').version} (MicroPython 1.25.0)\n`);
    return 0;
  }
  if (opts.args.length === 0 && tty.isatty(0)) {
    // No program and a terminal: the interactive REPL (lib/repl.js).
    return require('./repl').startRepl({
      engine: opts.engine,
      env: { ...(opts.inheritEnv ? process.env : {}), ...opts.env },
      mounts: defaultMounts(opts.mounts, cwd),
      limits: { timeoutMs: opts.timeoutMs || undefined, memoryBytes: opts.heapBytes || undefined },
      allowNet: opts.allowNet,
      allowRun: opts.allowRun,
      flags: opts.interpreterFlags,
      quiet: opts.quiet,
    }).catch((err) => {
      process.stderr.write(`pywasm: ${err.message}\n`);
      return 1;
    });
  }
  const failed = (err) => {
    if (!(err instanceof PywasmError)) throw err;
    process.stderr.write(`pywasm: ${err.message}\n`);
    return { PYWASM_TIMEOUT: 124, PYWASM_ENGINE_UNAVAILABLE: 2 }[err.code] || 1;
  };
  let engine;
  try {
    engine = require('./engine').loadEngine(opts.engine);
  } catch (err) {
    return failed(err);
  }
  // The native engine loads its compiled interpreter on another thread while
  // this one builds the job (about 2 ms of a warm start overlapped).
  if (engine.prepare) engine.prepare();
  // The wasm engine: V8 flags for a one-shot run (why: v8-tuning.js; the
  // native engine does not run wasm on V8, so it skips them and the ~3 ms
  // that loading node:v8 costs), then the module compiles on V8's threads
  // while this one builds the job. A module that fails to compile fails
  // again, with its reason, when the engine runs it.
  let compiled = null;
  if (engine.name === 'wasm') {
    require('./v8-tuning').tuneForOneShortRun();
    compiled = require('./module').compileInterpreter().catch(() => {});
  }
  const { fdWriter } = require('./streams');
  const stdout = fdWriter(1);
  const stderr = fdWriter(2);
  const script = opts.args[0] && !opts.args[0].startsWith('-') ? opts.args[0] : undefined;
  const mounts = defaultMounts(opts.mounts, cwd, script);
  const job = {
    argv: [...opts.interpreterFlags, ...opts.args],
    env: { ...(opts.inheritEnv ? process.env : {}), ...opts.env },
    mounts,
    cwd: guestPathOf(mounts, cwd),
    stdin: { fd: 0 },
    onStdout: (bytes) => stdout.write(bytes),
    onStderr: (bytes) => stderr.write(bytes),
    tty: { stdin: tty.isatty(0), stdout: tty.isatty(1), stderr: tty.isatty(2) },
    limits: { timeoutMs: opts.timeoutMs || undefined, memoryBytes: opts.heapBytes || undefined },
    hostHandlers: opts.allowNet ? require('./net/handlers').netHandlers({ sync: true }) : {},
  };
  let procs = null;
  if (opts.allowRun) {
    // A child shows its output on this process's own fds, so a long
    // command streams live, and reads the terminal or pipe we were given.
    procs = require('./process/handlers').processHandlers({
      sync: true, mounts, stdout: { fd: 1 }, stderr: { fd: 2 }, stdinFd: 0,
      deadlineMs: opts.timeoutMs ? Date.now() + opts.timeoutMs : null,
      childPython: () => require('./process/child-python').childPython({ mounts, allowNet: opts.allowNet, engine: engine.name }),
    });
    Object.assign(job.hostHandlers, procs.handlers);
  }
  const run = () => {
    try {
      const { exitCode } = engine.runSync(job);
      // A child killed at --timeout: the script timed out, whatever it did
      // in the moment before the engine stopped it.
      if (procs && procs.deadlineHit()) return failed(require('./wasm/instance').timeoutError(opts.timeoutMs));
      return exitCode;
    } catch (err) {
      return failed(err);
    }
  };
  return compiled ? compiled.then(run) : run();
}

// For lib/code-cache.js, which loads the bundled CLI: V8's flags as the
// process started, while it makes the cache (v8-tuning.js changes them).
const withStartupFlags = (fn) => require('./v8-tuning').withStartupFlags(fn);

module.exports = { main, parseArgs, USAGE, withStartupFlags };
