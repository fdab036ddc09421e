'use strict';
// A real pseudo-terminal for tests of interactive programs: a command runs
// in its own tmux server (one per Terminal, so tests never meet), keys are
// typed into it, and the screen is read back. After the command ends the
// pane shows "[exit N]".
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

let counter = 0;

function hasTmux() {
  return spawnSync('tmux', ['-V']).status === 0;
}

function shellQuote(s) {
  return `'${String(s).replace(/'/g, "'\\''")}'`;
}

class Terminal {
  // argv: the command and its arguments; env: added to a small environment
  // (PATH, HOME, LANG).
  constructor(argv, { cwd = process.cwd(), env = {}, columns = 120, rows = 50 } = {}) {
    this.socket = `pywasm-test-${process.pid}-${++counter}`;
    const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pywasm-term-')), 'run.sh');
    const base = { PATH: process.env.PATH, HOME: process.env.HOME || os.homedir(), LANG: 'C.UTF-8' };
    const exports = Object.entries({ ...base, ...env }).filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
      .map(([k, v]) => `export ${k}=${shellQuote(v)}`).join('\n');
    // The shell outlives a command that a Ctrl-C ended (its trap), to show the code.
    fs.writeFileSync(script, `${exports}\nexport TERM=xterm\ntrap ':' INT\ncd ${shellQuote(cwd)}\n${argv.map(shellQuote).join(' ')}\necho "[exit $?]"\nsleep 600\n`);
    this.tmux('new-session', '-d', '-x', String(columns), '-y', String(rows), `bash ${shellQuote(script)}`);
    this.tmux('set-option', '-g', 'history-limit', '10000');
  }

  tmux(...args) {
    const r = spawnSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tmux ${args[0]}: ${r.stderr}`);
    return r.stdout;
  }

  // Types text literally (no key names), then presses Enter unless told not to.
  line(text, { enter = true } = {}) {
    if (text) this.tmux('send-keys', '-l', text);
    if (enter) this.tmux('send-keys', 'Enter');
  }

  // Types a line, then waits for the next prompt (a line of the screen that
  // starts with `prompt`) to appear after it.
  async enter(text, { prompt = /^(>>>|\.\.\.)( |$)/m, timeout } = {}) {
    const count = () => this.screen().split('\n').filter((l) => prompt.test(l)).length;
    const before = count();
    this.line(text);
    const until = Date.now() + (timeout || 20000);
    while (count() <= before) {
      if (Date.now() > until) throw new Error(`no prompt came after ${JSON.stringify(text)}; the terminal shows:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 30));
    }
  }

  // Presses keys by tmux's names: 'C-c', 'C-d', 'Up', 'BSpace', 'Enter'.
  keys(...names) {
    this.tmux('send-keys', ...names);
  }

  // The whole screen and its scrollback, trailing blank lines dropped.
  screen() {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-').replace(/\s+$/, '');
  }

  // Waits until the screen matches `pattern`, or fails with what it shows.
  async waitFor(pattern, { timeout = 20000 } = {}) {
    const until = Date.now() + timeout;
    for (;;) {
      const text = this.screen();
      if (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) return text;
      if (Date.now() > until) throw new Error(`the terminal never showed ${pattern}; it shows:\n${text}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  // The screen text after the last occurrence of `marker`.
  after(marker) {
    const text = this.screen();
    const at = text.lastIndexOf(marker);
    return at < 0 ? '' : text.slice(at + marker.length);
  }

  close() {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}

module.exports = { Terminal, hasTmux };
