'use strict';
// The simulated runner's own parsing rules (no interpreter needed).
const test = require('node:test');
const assert = require('node:assert');
const { parseCommand, processOutput, newState } = require('./harness/commands');
const { parseKeyValueFile, parsePathFile } = require('./harness/file-commands');
const { evaluate, substitute } = require('./harness/expressions');

test('commands: names without case, properties and data unescaped', () => {
  assert.deepStrictEqual(parseCommand('  ::Warning file=a%2Cb.py,line=3,title=x%3Ay::100%25%0Adone'), {
    name: 'warning', properties: { file: 'a,b.py', line: '3', title: 'x:y' }, data: '100%\ndone', raw: 'Warning file=a%2Cb.py,line=3,title=x%3Ay',
  });
  assert.strictEqual(parseCommand('not ::a command::'), null);
  assert.strictEqual(parseCommand('::unterminated'), null);
});

test('commands: stop-commands, masks, refused set-env', () => {
  const s = newState();
  processOutput('::add-mask::s3cret\n::stop-commands::tok\n::error::ignored\n::tok::\n::set-env name=A::b\n::NOTICE title=t::n\n', s, {});
  assert.deepStrictEqual(s.masks, ['s3cret']);
  assert.deepStrictEqual(s.log, ['::error::ignored']);
  assert.strictEqual(s.annotations[0].refused, 'set-env');
  assert.deepStrictEqual(s.annotations[1], { level: 'notice', title: 't', message: 'n' });
  const allowed = newState();
  processOutput('::set-env name=A::b\n::add-path::/x\n', allowed, { ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true' });
  assert.deepStrictEqual([allowed.env, allowed.path], [{ A: 'b' }, ['/x']]);
});

test('file commands: key=value, heredocs, line endings, errors', () => {
  assert.deepStrictEqual(parseKeyValueFile('a=1\nb<<EOF\nx\r\ny\rz\nEOF\n\nc=\n'), [['a', '1'], ['b', 'x\ny\nz'], ['c', '']]);
  assert.throws(() => parseKeyValueFile('b<<EOF\nx\n'), /Matching delimiter not found 'EOF'/);
  assert.throws(() => parseKeyValueFile('justtext\n'), /Invalid format 'justtext'/);
  assert.deepStrictEqual(parsePathFile('/a\n\n/b\n'), ['/a', '/b']);
});

test('expressions: paths, fromJSON, ||, literals', () => {
  const ctx = { steps: { s: { outputs: { r: '{"n":[1,2]}', 'top-word': 'w' } } }, env: {} };
  assert.strictEqual(evaluate(' fromJSON(steps.s.outputs.r).n[1] ', ctx), 2);
  assert.strictEqual(substitute('x ${{ steps.s.outputs.top-word }} ${{ env.NONE || \'dflt\' }}', ctx), 'x w dflt');
  assert.throws(() => evaluate('steps.s == 1', ctx), /not understood/);
});
