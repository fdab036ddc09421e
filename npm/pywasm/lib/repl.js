'use strict';
// The interactive REPL (`pywasm` with no arguments on a terminal).
//
// Where things live (docs/cli.md explains the choice):
//   - line editing, history and Ctrl-C/Ctrl-D at the prompt: Node's readline,
//     here on the main thread;
//   - deciding whether the input so far is a complete statement: here
//     (incomplete() below), the way MicroPython's own REPL decides it;
//   - running it: one long-lived Interpreter (the _pywasm_session module,
//     off the main thread: a Worker for the wasm engine, the addon's thread
//     for the native one), which compiles each input in "single" mode so an
//     expression statement prints its repr, as at python3's prompt.
// While a statement runs, the terminal is back in its normal (cooked) mode:
// input() reads lines from it, and Ctrl-C is a SIGINT that interrupts the
// statement (KeyboardInterrupt in Python); the REPL goes on.
const readline = require('node:readline');
const { Interpreter } = require('./interpreter');
const { PythonError } = require('./errors');

const PS1 = '>>> ';
const PS2 = '... ';

// Scans Python source for what is still open at its end: brackets, a string
// (a triple-quoted one spans lines), a trailing backslash, and whether some
// logical line ended with ':' (a compound statement, which needs a blank line
// to end at the prompt) or is a decorator.
function scan(source) {
  let depth = 0;
  let quote = null;  // the open string's delimiter: ', ", ''' or """
  let block = false;
  let last = '';     // the last significant character of the logical line
  let lineStart = true;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') { i++; continue; }
      if (source.startsWith(quote, i)) { i += quote.length - 1; quote = null; last = c; continue; }
      if (c === '\n' && quote.length === 1) quote = null;  // an unterminated short string: a syntax error to report
      continue;
    }
    if (c === '#') { while (i + 1 < source.length && source[i + 1] !== '\n') i++; continue; }
    if (c === '"' || c === "'") {
      quote = source.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
      lineStart = false;
      continue;
    }
    if (c === '\\' && source[i + 1] === '\n') { i++; continue; }
    if (c === '\n') {
      if (depth === 0) {
        if (last === ':') block = true;
        last = '';
        lineStart = true;
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') continue;
    if (lineStart && depth === 0 && c === '@') block = true;
    lineStart = false;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
    last = c;
  }
  if (depth === 0 && last === ':') block = true;
  return { open: depth > 0 || (quote !== null && quote.length === 3), backslash: /\\$/.test(source), block };
}

// Whether `lines` (what was typed since the last >>> prompt) needs more.
function incomplete(lines) {
  const source = lines.join('\n');
  const s = scan(source);
  if (s.open || s.backslash) return true;
  if (!s.block) return false;
  // A compound statement ends with a blank line, as at python3's prompt.
  return lines.length < 2 || lines[lines.length - 1].trim() !== '';
}

// The session runs each input through this, in the user's namespace: an
// expression statement prints its repr, and tracebacks name "<stdin>".
function request(source) {
  return `__import__("builtins").exec(__import__("builtins").compile(${JSON.stringify(source)}, "<stdin>", "single"))`;
}

// The wrapper's own frame says nothing about the user's input.
function userTraceback(traceback) {
  const text = traceback
    .replace(/^(Traceback \(most recent call last\):\n) {2}File "<string>", line 1, in <module>\n/, '$1')
    .replace(/^(\w+): ?\n?$/m, '$1\n');  // "KeyboardInterrupt: " with no message
  // Input that does not compile ran no frame: no header, as at python3's prompt.
  return /^ {2}File ".*", line \d+, in /m.test(text) ? text : text.replace(/^Traceback \(most recent call last\):\n/, '');
}

const SETUP = 'import builtins as _b, sys as _s\n_b.exit = _b.quit = _s.exit\ndel _b, _s';

function banner(engineName) {
  const version = require('../package.json').version;
  return `MicroPython 1.25.0 on pywasm ${version} (${engineName} engine)\nCtrl-D or exit() leaves; Ctrl-C interrupts a running statement.\n`;
}

// options: { engine, env, mounts, cwd, limits, allowNet, allowRun, flags } as
// Interpreter takes them; quiet: no banner (python3's -q). Resolves with the exit code.
function startRepl({ quiet = false, ...options }, { input = process.stdin, output = process.stdout } = {}) {
  return new Promise((resolve) => {
    const { fdWriter } = require('./streams');
    const stdout = fdWriter(1);
    const stderr = fdWriter(2);
    let partial = '';  // what Python wrote after its last newline: input()'s prompt
    const onStdout = (bytes) => {
      stdout.write(bytes);
      const text = Buffer.from(bytes).toString('utf8');
      const nl = text.lastIndexOf('\n');
      partial = nl < 0 ? partial + text : text.slice(nl + 1);
    };

    let rl = null;
    let py = null;
    let lines = [];          // the statement typed so far
    const typedAhead = [];   // lines typed while a statement ran
    let running = false;
    let reading = null;      // set while Python waits in input(): gets the line
    let ended = false;
    let inputClosed = false;

    // Python's stdin: each read waits for one line from the REPL's readline.
    const stdin = {
      [Symbol.asyncIterator]: () => ({
        next: () => new Promise((give) => {
          reading = (line) => {
            reading = null;
            give(line === null ? { done: true, value: undefined } : { done: false, value: Buffer.from(`${line}\n`) });
          };
          if (typedAhead.length > 0) { reading(typedAhead.shift()); return; }
          if (inputClosed) { reading(null); return; }
          // Readline shows input()'s prompt, so that editing redraws it.
          output.write('\r\x1b[K');
          rl.setPrompt(partial);
          partial = '';
          listen(true);
          rl.prompt();
        }),
      }),
    };

    const newSession = () => {
      py = new Interpreter({ ...options, stdin, stdout: onStdout, stderr: (b) => stderr.write(b) });
      py.exec(SETUP).catch(() => {});
    };
    const engineName = require('./engine').loadEngine(options.engine).name;
    newSession();

    const setRaw = (on) => { if (input.isTTY && typeof input.setRawMode === 'function') input.setRawMode(on); };
    // Listening: readline edits a line (raw mode). Not listening, while
    // Python computes: the terminal is cooked, so Ctrl-C is a SIGINT that
    // interrupts the statement, and what is typed waits for later.
    const listen = (on) => {
      if (on) { setRaw(true); rl.resume(); } else { rl.pause(); setRaw(false); }
    };
    // Installed for the REPL's whole life: at the prompt (raw mode) Ctrl-C
    // reaches readline as a key, and a SIGINT can only come from elsewhere,
    // such as npx passing on the one the terminal already sent to us.
    const onSigint = () => { if (running) py.interrupt(); };
    process.on('SIGINT', onSigint);

    const finish = async () => {
      if (ended) return;
      ended = true;
      process.removeListener('SIGINT', onSigint);
      rl.close();
      let exitCode = 0;
      try {
        ({ exitCode } = await py.close());
      } catch {
        exitCode = 1;
      }
      resolve(exitCode);
    };

    const report = (err) => {
      if (err instanceof PythonError) {
        stderr.write(Buffer.from(userTraceback(err.traceback).replace(/\n?$/, '\n')));
        return;
      }
      stderr.write(Buffer.from(`pywasm: ${err.message}\n`));
      if (py.closing && (err.code !== 'PYWASM_CLOSED' || err.cause)) {
        // The engine stopped (a statement past its time limit that would not
        // stop, the engine's own stack exhausted), during this statement or
        // (err.cause) between statements: go on in a fresh interpreter.
        stderr.write(Buffer.from('pywasm: the interpreter was restarted; earlier definitions are gone\n'));
        py.close().catch(() => {});
        newSession();
      }
    };

    const execute = async (source) => {
      running = true;
      listen(false);
      try {
        await py.exec(request(source));
      } catch (err) {
        report(err);
      } finally {
        running = false;
        partial = '';
      }
      if (py.closing) {
        finish();  // exit() or sys.exit(): the session ended with its code
        return;
      }
      next();
    };

    // One line of a statement; true when it completed one (now running).
    const feed = (line) => {
      lines.push(line);
      if (lines.length === 1 && line.trim() === '') {
        lines = [];
        return false;
      }
      if (incomplete(lines)) return false;
      const source = lines.join('\n');
      lines = [];
      execute(source);
      return true;
    };

    const next = () => {
      while (typedAhead.length > 0) {
        if (feed(typedAhead.shift())) return;
      }
      if (inputClosed) {
        finish();
        return;
      }
      rl.setPrompt(lines.length ? PS2 : PS1);
      listen(true);
      rl.prompt();
    };

    const open = (history) => {
      rl = readline.createInterface({ input, output, terminal: Boolean(input.isTTY), historySize: 1000, history, prompt: PS1 });
      rl.on('line', (line) => {
        if (ended) return;
        if (reading) {
          listen(false);
          reading(line);
        } else if (running) {
          typedAhead.push(line);
        } else if (!feed(line)) {
          rl.setPrompt(lines.length ? PS2 : PS1);
          rl.prompt();
        }
      });
      rl.on('SIGINT', () => {
        if (reading) {
          // Ctrl-C at input(): interrupt the statement, and end the line so
          // that Python gets to the interrupt.
          output.write('^C\n');
          py.interrupt();
          listen(false);
          reading('');
          return;
        }
        // At the prompt: drop what was typed, as python3 does.
        output.write('^C\nKeyboardInterrupt\n');
        lines = [];
        rl.line = '';
        rl.cursor = 0;
        rl.setPrompt(PS1);
        rl.prompt();
      });
      rl.on('close', () => {
        if (ended) return;
        if (reading) {
          // Ctrl-D at input(): EOFError there; the REPL goes on.
          output.write('\n');
          const give = reading;
          open(rl.history);
          listen(false);
          give(null);
          return;
        }
        if (running) {
          inputClosed = true;  // end of input while a statement runs: leave after it
          return;
        }
        output.write('\n');
        inputClosed = true;
        finish();
      });
    };

    if (!quiet) output.write(banner(engineName));
    open([]);
    rl.prompt();
  });
}

module.exports = { startRepl, incomplete, scan, request, userTraceback };
