'use strict';
// The interactive REPL (`pywasm` with no arguments on a terminal), driven
// through a real pseudo-terminal (tmux): expressions echo their value,
// blocks continue on "... ", history and line editing work, Ctrl-C
// interrupts a running statement and the REPL goes on, Ctrl-D leaves.
const test = require('node:test');
const assert = require('node:assert/strict');
const { engines, CLI, NODE, tempDir } = require('../support/pywasm');
const { Terminal, hasTmux } = require('../support/terminal');

const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const skip = hasTmux() ? false : 'tmux is not installed';

function repl(engine, args = [], options = {}) {
  const term = new Terminal([NODE, CLI, '--engine', engine, ...args], { cwd: tempDir(), ...options });
  return term;
}

for (const engine of engines()) {
  test(`[${engine}] expressions, statements and multi-line blocks`, { skip }, async () => {
    const term = repl(engine);
    try {
      await term.waitFor(/>>>$/);
      assert.match(term.screen(), new RegExp(`^MicroPython 1\\.25\\.0 on pywasm \\S+ \\(${engine} engine\\)`));
      await term.enter('6 * 7');
      await term.waitFor('>>> 6 * 7\n42\n>>>');
      await term.enter('def grow(n):');
      await term.waitFor(/def grow\(n\):\n\.\.\.$/);
      await term.enter('    out = []');
      await term.enter('    for i in range(n):');
      await term.enter('        out.append(i * i)');
      await term.enter('    return out');
      await term.enter('');
      await term.enter('grow(4)');
      await term.waitFor('>>> grow(4)\n[0, 1, 4, 9]\n>>>');
      await term.enter('total = (1 +');
      await term.waitFor(/total = \(1 \+\n\.\.\.$/);
      await term.enter('  2)');
      await term.enter('print("total", total)');
      await term.waitFor('total 3\n>>>');
      await term.enter('s = """a');
      await term.enter('b"""');
      await term.enter('s');
      await term.waitFor("'a\\nb'\n>>>");
      await term.enter('1 / 0');
      await term.waitFor('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n>>>');
      term.line('name = input("who? ")');
      await term.waitFor(/who\?$/);
      await term.enter('ada');
      await term.enter('name.upper()');
      await term.waitFor("'ADA'\n>>>");
      term.keys('C-d');
      await term.waitFor('[exit 0]');
    } finally {
      term.close();
    }
  });

  test(`[${engine}] line editing and history within the session`, { skip }, async () => {
    const term = repl(engine);
    try {
      await term.waitFor(/>>>$/);
      await term.enter('x = 20');
      // Typing, moving left, deleting and inserting before pressing Enter.
      term.line('x + 3y', { enter: false });
      await term.waitFor('>>> x + 3y');
      for (const key of ['BSpace', 'Left', 'Left', 'BSpace', '*']) {
        term.keys(key);
        await pause(100);  // one key at a time, as a person types
      }
      await term.waitFor('>>> x * 3');
      term.keys('Enter');
      await term.waitFor('>>> x * 3\n60\n>>>');
      // Up recalls the previous line; edited, it runs again.
      term.keys('Up');
      await pause(100);
      term.keys('BSpace');
      await pause(100);
      await term.enter('4');
      await term.waitFor('>>> x * 4\n80\n>>>');
      await term.waitFor('>>> x * 4\n80\n>>>');
      for (const key of ['Up', 'Up', 'Up']) {
        term.keys(key);
        await pause(100);
      }
      await term.enter('');
      await term.enter('x');
      await term.waitFor('>>> x\n20\n>>>');
      term.line('exit(4)');
      await term.waitFor('[exit 4]');
    } finally {
      term.close();
    }
  });

  test(`[${engine}] Ctrl-C interrupts a running statement and the REPL goes on`, { skip }, async () => {
    const term = repl(engine);
    try {
      await term.waitFor(/>>>$/);
      await term.enter('kept = "state"');
      await term.enter('n = 0');
      await term.enter('while True:');
      await term.enter('    n += 1');
      term.line('');
      await new Promise((r) => setTimeout(r, 500));
      term.keys('C-c');
      await term.waitFor(/KeyboardInterrupt\n>>>$/);
      await term.enter('kept, n > 0');
      await term.waitFor("('state', True)\n>>>");
      await term.enter('import time');
      term.line('time.sleep(60)');
      await new Promise((r) => setTimeout(r, 500));
      term.keys('C-c');
      await term.waitFor(/time\.sleep\(60\)\n(\^C)?Traceback[^]*KeyboardInterrupt\n>>>$/);
      // Ctrl-C at the prompt drops the line being typed.
      term.line('this is not run', { enter: false });
      term.keys('C-c');
      await term.waitFor(/KeyboardInterrupt\n>>>$/);
      await term.enter('"after"');
      await term.waitFor("'after'\n>>>");
      term.line('import sys; sys.exit(5)');
      await term.waitFor('[exit 5]');
      assert.doesNotMatch(term.screen(), /this is not run\n|NameError|SyntaxError/);
    } finally {
      term.close();
    }
  });

  test(`[${engine}] --timeout stops one statement and the REPL goes on`, { skip }, async () => {
    const term = repl(engine, ['--timeout', '0.5']);
    try {
      await term.waitFor(/>>>$/);
      await term.enter('keep = "kept"');
      term.line('while True: pass');
      await term.waitFor(/time limit \(0\.5 s\)[^]*>>>$/);
      await term.enter('keep');
      await term.waitFor("'kept'\n>>>");
      term.keys('C-d');
      await term.waitFor('[exit 0]');
    } finally {
      term.close();
    }
  });

  test(`[${engine}] python3's flags: -q leaves out the banner, -O and -W apply to the session`, { skip }, async () => {
    const term = repl(engine, ['-qO', '-W', 'error']);
    try {
      await term.waitFor(/>>>$/);
      assert.match(term.screen(), /^>>>/);
      await term.enter('__debug__, __import__("sys").warnoptions');
      await term.waitFor("(False, ['error'])\n>>>");
      term.keys('C-d');
      await term.waitFor('[exit 0]');
    } finally {
      term.close();
    }
  });

  test(`[${engine}] Ctrl-C and Ctrl-D at input() leave the REPL going`, { skip }, async () => {
    const term = repl(engine);
    try {
      await term.waitFor(/>>>$/);
      await term.enter('keep = "kept"');
      term.line('answer = input("? ")');
      await term.waitFor(/\?$/);
      term.keys('C-c');
      await term.waitFor(/\? \^C\n(.*\n)*KeyboardInterrupt\n>>>$/);
      term.line('input("again? ")');
      await term.waitFor(/again\?$/);
      term.keys('C-d');
      await term.waitFor(/EOFError\n>>>$/);
      await term.enter('keep.upper()');
      await term.waitFor("'KEPT'\n>>>");
      term.keys('C-d');
      await term.waitFor('[exit 0]');
    } finally {
      term.close();
    }
  });
}

test('the REPL needs a terminal: piped stdin is a program', () => {
  const { pywasm } = require('../support/pywasm');
  const r = pywasm('wasm', [], { input: 'print(40 + 2)\n' });
  assert.equal(r.stdout, '42\n');
  assert.equal(r.status, 0);
});
