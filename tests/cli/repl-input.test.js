'use strict';
// When the REPL asks for more ("... "): the completeness rule of
// npm/pywasm/lib/repl.js, case by case.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { ROOT } = require('../support/pywasm');

const { incomplete, request, userTraceback } = require(path.join(ROOT, 'npm', 'pywasm', 'lib', 'repl.js'));

test('a statement is complete unless something is left open', () => {
  const complete = [
    ['x = 1'], ['print("a:")'], ['x = 1  # ends with a colon:'], ['d = {1: 2}'], ['f = lambda x: x'], ['s = x[1:]'],
    ['x = (1,', '2)'], ['d = {', '"a": 1,', '}'], ['if x:', '    y()', ''], ['for i in r:', '    if i:', '        f(i)', '    g()', '   '],
    ['@decorate', 'def f():', '    pass', ''], ['s = """a', 'b"""'], ['x = 1 + \\', '2'], ["c = '#'"],
  ];
  for (const lines of complete) assert.equal(incomplete(lines), false, JSON.stringify(lines));
  const open = [
    ['if x:'], ['if x:', '    y()'], ['def f(a,'], ['x = [1,', '2,'], ['s = """abc'], ["s = '''", 'more'], ['x = 1 + \\'],
    ['@decorate'], ['class A:', '    def m(self):', '        return 1'], ['try:', '    f()', 'except E:', '    pass'],
    ['x = {  # a comment with "quote', '1: 2'],
  ];
  for (const lines of open) assert.equal(incomplete(lines), true, JSON.stringify(lines));
});

test('inputs reach the session as a single-mode compile, and its frame leaves the traceback', () => {
  const code = request('print("a\\nb")\n');
  assert.equal(code, '__import__("builtins").exec(__import__("builtins").compile("print(\\"a\\\\nb\\")\\n", "<stdin>", "single"))');
  const tb = 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt: \n';
  assert.equal(userTraceback(tb), 'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n');
  // Input that does not compile ran no frame: the place alone, as python3 shows it.
  const syntax = 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n  File "<stdin>", line 1\nSyntaxError: invalid syntax\n';
  assert.equal(userTraceback(syntax), '  File "<stdin>", line 1\nSyntaxError: invalid syntax\n');
});
