'use strict';
// Exhausted limits and bad options each end the run with a clear message and
// a non-zero exit code; nothing crashes the host process.
const test = require('node:test');
const assert = require('node:assert/strict');
const { engines, pywasm } = require('../support/pywasm');

for (const engine of engines()) {
  test(`[${engine}] running out of heap raises MemoryError`, () => {
    const code = 'chunks = []\ntry:\n    while True:\n        chunks.append(bytearray(1 << 20))\nexcept MemoryError:\n    chunks = None\n    print("MemoryError caught")\n';
    const r = pywasm(engine, ['--memory', '16m', '-c', code]);
    assert.equal(r.stdout, 'MemoryError caught\n');
    assert.equal(r.status, 0);
    const uncaught = pywasm(engine, ['--memory', '16m', '-c', 'x = bytearray(64 << 20)']);
    assert.equal(uncaught.status, 1);
    assert.match(uncaught.stderr, /MemoryError/);
  });

  test(`[${engine}] deep recursion raises a catchable RecursionError`, () => {
    // directly, and through C calling back into Python: each level of those
    // takes more of the engine's own stack (docs/interpreter.md, "Stack")
    const code = [
      'def down(n):',
      '    return down(n + 1)',
      'def keyed(n):',
      '    return sorted([n, n + 1], key=keyed)',
      'def mapped(n):',
      '    return list(map(mapped, [n]))',
      'class Nested:',
      '    def __repr__(self):',
      '        return repr(self)',
      'def shown(n):',
      '    return repr(Nested())',
      'for f in (down, keyed, mapped, shown):',
      '    try:',
      '        f(0)',
      '    except RecursionError as e:',
      '        print("caught", f.__name__, isinstance(e, RuntimeError))',
    ].join('\n');
    const r = pywasm(engine, ['-c', code]);
    assert.equal(r.stdout, 'caught down True\ncaught keyed True\ncaught mapped True\ncaught shown True\n');
    assert.equal(r.status, 0);
  });

  test(`[${engine}] recursion deep inside C code ends the run cleanly`, () => {
    const code = 'l = []\nfor i in range(200000):\n    l = [l]\nprint(len(repr(l)))\n';
    const r = pywasm(engine, ['-c', code]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /RecursionError/);
  });

  test(`[${engine}] a regular expression's repeats are bounded by the heap, not the stack`, () => {
    // the matcher backtracks on a stack of its own on the GC heap: repeated
    // groups match 100,000 iterations even under 1,200 Python frames, with
    // warm (optimised) matcher code, and a match past the heap limit is a
    // catchable MemoryError after which the interpreter goes on
    const code = [
      'import re',
      'pats = [(r"(?:([a-z]+),)*[a-z]+", "abc,", "x"), (r"((a)|bc|d)+?e", "abcd", "e"), (r"(?:(?=a)a)+", "a", ""),',
      '        (r"(?:(a)|b)*c", "ab", "c"), (r"(?:a|ab)*c", "ab", "c"), (r"(?>(?:(\\w+)\\s)+)$", "word ", "")]',
      'def at_depth(d, fn):',
      '    return fn() if d == 0 else at_depth(d - 1, fn)',
      'for p, unit, tail in pats:',
      '    for _ in range(20):',
      '        re.fullmatch(p, unit * 100 + tail)',
      '    for depth in (0, 1200):',
      '        print(at_depth(depth, lambda: re.fullmatch(p, unit * 100000 + tail)).span())',
    ].join('\n');
    const r = pywasm(engine, ['-c', code]);
    const spans = [400001, 400001, 100000, 200001, 200001, 500000].map((n) => `(0, ${n})\n`.repeat(2)).join('');
    assert.equal(r.stdout, spans, r.stderr);
    assert.equal(r.status, 0);
    const heap = 'import re\ntry:\n    re.fullmatch(r"(?:(a)|b)*c", "ab" * 1000000 + "c")\nexcept MemoryError:\n    print("MemoryError")\nprint(re.fullmatch(r"(?:(a)|b)*c", "ab" * 1000 + "c").span(1))\n';
    const small = pywasm(engine, ['--memory', '32m', '-c', heap]);
    assert.equal(small.stdout, 'MemoryError\n(1998, 1999)\n', small.stderr);
    assert.equal(small.status, 0);
  });

  test(`[${engine}] absurdly nested regular expressions are a catchable re.error`, () => {
    // groups, and conditionals inside conditionals: the parser recurses once per level
    const code = 'import re\nfor p in ["(" * 20000 + ")" * 20000, "(a)" + "(?(1)" * 20000 + "x" + ")" * 20000]:\n    try:\n        re.compile(p)\n    except re.error as e:\n        print(e)\n';
    const r = pywasm(engine, ['-c', code]);
    assert.equal(r.stdout, 'too many nested groups at position 200\ntoo many nested groups at position 1003\n');
    assert.equal(r.status, 0);
  });

  test(`[${engine}] --timeout stops a script that never ends, exit 124`, () => {
    const started = Date.now();
    const r = pywasm(engine, ['--timeout', '0.5', '-c', 'while True:\n    pass\n']);
    assert.equal(r.status, 124);
    assert.match(r.stderr, /time limit \(0\.5 s\)/);
    assert.ok(Date.now() - started < 20000);
  });

  test(`[${engine}] --timeout also ends a long sleep`, () => {
    const r = pywasm(engine, ['--timeout', '0.5', '-c', 'import time\ntime.sleep(30)\n']);
    assert.equal(r.status, 124);
  });

  test(`[${engine}] an invalid -X heapsize is a usage error`, () => {
    const r = pywasm(engine, ['-X', 'heapsize=lots', '-c', 'pass']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /invalid size 'lots'/);
  });
}

test('a bad flag prints one clear line and the usage, exit 2', () => {
  const r = pywasm('wasm', ['--frobnicate', '-c', 'pass']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^pywasm: unknown option --frobnicate\nusage: pywasm /);
  assert.equal(r.stdout, '');
});

test('bad option values name the option', () => {
  for (const [args, pattern] of [
    [['--engine', 'turbo', '-c', 'pass'], /--engine: unknown engine 'turbo'/],
    [['--timeout', '-3', '-c', 'pass'], /--timeout: expected a positive number/],
    [['--memory', 'much', '-c', 'pass'], /--memory: invalid size 'much'/],
    [['--env', 'NOEQUALS', '-c', 'pass'], /--env: expected K=V/],
    [['--mount', '/definitely/not/here', '-c', 'pass'], /--mount: host directory '\/definitely\/not\/here' does not exist/],
    [['-c'], /Argument expected for the -c option/],
  ]) {
    const r = pywasm('wasm', args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, pattern);
  }
});

test('--version and --help exit 0', () => {
  assert.match(pywasm('wasm', ['--version']).stdout, /^pywasm \d+\.\d+\.\d+ \(MicroPython 1\.25\.0\)\n$/);
  const help = pywasm('wasm', ['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--mount HOST\[:GUEST\]\[:ro\]/);
});
