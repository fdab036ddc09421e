'use strict';
// Operation lists for the differential tests: every @actions/core function
// with awkward values. Names and option keys are @actions/core's; the
// Python driver maps them to snake_case.

const AWKWARD = ['plain', '', 'percent % and %25 and %0A', 'new\nline', 'cr\r\nlf', 'colon: comma, equals=', 'ünïcödé ☃ 🐍', ' padded ', '::not-a-command::x'];
const FIXED_UUID = '00000000-0000-4000-8000-000000000000';
const ERR = (name, message) => ({ $error: { name, message } });
const PROPS = [
  { title: 'A title: with, commas', file: 'src/app.py', startLine: 3, endLine: 4, startColumn: 5, endColumn: 6 },
  { title: '' },
  { file: 'dir with space/f%le.py', startLine: 10 },
  { title: 'x\ny', startLine: 0, endColumn: 0 },
];

function logging() {
  const ops = [];
  for (const v of AWKWARD) {
    ops.push({ op: 'info', args: [v] }, { op: 'debug', args: [v] });
  }
  for (const level of ['notice', 'warning', 'error']) {
    for (const v of AWKWARD) ops.push({ op: level, args: [v] });
    for (const p of PROPS) ops.push({ op: level, args: ['with properties%'], opts: p });
    ops.push({ op: level, args: [ERR('ValueError', 'bad value: 1,2')] });
    ops.push({ op: level, args: [ERR('TypeError', '')] });
    ops.push({ op: level, args: [ERR('RuntimeError', 'multi\nline')], opts: { title: 'exc' } });
    for (const v of [null, 42, 1.5, -0.25, 1e21, 0.1 + 0.2, 1e-7, 1e16, 2 ** 53, 123e-20, 1 / 3, -0, true, [1, 'x', null, false], { key: 'v\n' }]) ops.push({ op: level, args: [v] });
  }
  ops.push({ op: 'isDebug', print: true });
  for (const on of [true, false]) ops.push({ op: 'setCommandEcho', args: [on] });
  for (const v of ['p@ss%w0rd', 'multi\nline secret', '']) ops.push({ op: 'setSecret', args: [v] });
  ops.push({ op: 'startGroup', args: ['group: one, %'] }, { op: 'info', args: ['inside'] }, { op: 'endGroup' });
  ops.push({ op: 'group', name: 'async group', ops: [{ op: 'info', args: ['in group'] }], returns: 7, print: true });
  ops.push({ op: 'group', name: 'failing group', ops: [], throw: 'group body failed' });
  for (const p of ['a\\b/c', 'C:\\Users\\x', '/usr/local/bin', '']) {
    for (const f of ['toPosixPath', 'toWin32Path', 'toPlatformPath']) ops.push({ op: f, args: [p], print: true });
  }
  return ops;
}

function keyValue(op, extraValues = []) {
  const ops = [];
  const values = [...AWKWARD, 'ghadelimiter_', `x\nghadelimiter_${FIXED_UUID}`, 42, 0, 2.5, true, null, [1, 2], { a: { b: null } }, ...extraValues];
  values.forEach((v, i) => ops.push({ op, args: [`name_${i}`, v] }));
  ops.push({ op, args: ['spaced name: x', 'v'] });
  ops.push({ op: 'fixUuid', uuid: FIXED_UUID });
  ops.push({ op, args: ['refused', `before ghadelimiter_${FIXED_UUID} after`] });
  ops.push({ op, args: [`key ghadelimiter_${FIXED_UUID}`, 'v'] });
  ops.push({ op, args: ['after_fix', 'ok'] });
  ops.push({ op: 'randomUuid' });
  return ops;
}

function variables() {
  const ops = [...keyValue('setOutput'), ...keyValue('exportVariable'), ...keyValue('saveState')];
  for (const name of ['name_0', 'name_3', 'name_9', 'name_12', 'name_16']) ops.push({ op: 'env', name, print: true });
  for (const p of ['/opt/tool/bin', 'C:\\tools', 'with space', '']) ops.push({ op: 'addPath', args: [p] });
  ops.push({ op: 'env', name: 'PATH', print: true });
  for (const name of ['saved', 'missing', 'with space']) ops.push({ op: 'getState', args: [name], print: true });
  return ops;
}

function inputs() {
  const ops = [];
  for (const name of ['my input', 'MY_INPUT', 'My Input', 'missing', 'empty', 'unicode', 'multi', 'bool t', 'bool_f', 'bool bad']) {
    ops.push({ op: 'getInput', args: [name], print: true });
    ops.push({ op: 'getInput', args: [name], opts: { trimWhitespace: false }, print: true });
    ops.push({ op: 'getInput', args: [name], opts: { required: true }, print: true });
    ops.push({ op: 'getMultilineInput', args: [name], print: true });
    ops.push({ op: 'getMultilineInput', args: [name], opts: { trimWhitespace: false }, print: true });
    ops.push({ op: 'getMultilineInput', args: [name], opts: { required: true }, print: true });
    ops.push({ op: 'getBooleanInput', args: [name], print: true });
    ops.push({ op: 'getBooleanInput', args: [name], opts: { required: true }, print: true });
  }
  return ops;
}
const INPUT_VALUES = {
  'my input': '  spaced value \t',
  empty: '',
  unicode: '\u3000\u00a0ünï\u2003',
  multi: ' first \n\n  second\r\n third \n',
  'bool t': ' True ',
  bool_f: 'FALSE',
  'bool bad': 'yes',
};

function summary() {
  const calls = [
    ['addHeading', ['Title <b>']], ['addHeading', ['Level 3', 3]], ['addHeading', ['Level 9', 9]], ['addHeading', ['Level "2"', '2']],
    ['addRaw', ['raw text']], ['addRaw', ['raw line', true]], ['addEOL'],
    ['addCodeBlock', ['print("hi")\n', 'python']], ['addCodeBlock', ['<no lang>']], ['addCodeBlock', ['']],
    ['addList', [['one', 'two & three']]], ['addList', [['first'], true]], ['addList', [[]]],
    ['addTable', [[
      [{ data: 'Name', header: true }, { data: 'Wide', header: true, colspan: '2' }],
      ['a', { data: 'tall', rowspan: '2' }, 'c'],
      [{ data: '', header: false }, 'ünï'],
    ]]],
    ['addDetails', ['label', 'hidden content']],
    ['addImage', ['img.png', 'alt text'], { width: '32', height: '16' }], ['addImage', ['i.png', 'alt']],
    ['addSeparator'], ['addBreak'], ['addQuote', ['quoted']], ['addQuote', ['cited', 'https://example.com/a?b=c']],
    ['addLink', ['a link', 'https://example.com']],
  ];
  return [
    { op: 'summary', calls: [['isEmptyBuffer']], print: true },
    { op: 'summary', calls: [...calls, ['stringify']], print: true },
    { op: 'summary', calls: [['isEmptyBuffer']], print: true },
    { op: 'summary', calls: [['write']] },
    { op: 'summary', calls: [['addRaw', ['appended']], ['write']] },
    { op: 'summary', calls: [['addRaw', ['dropped']], ['emptyBuffer'], ['addRaw', ['kept']], ['write']] },
    { op: 'summary', calls: [['addRaw', ['overwrite']], ['write', [], { overwrite: true }], ['addRaw', ['+more', true]], ['write']] },
    { op: 'summary', calls: [['stringify']], print: true },
  ];
}

const clearSummary = [{ op: 'summary', calls: [['addRaw', ['gone']], ['write'], ['clear'], ['stringify']], print: true }];

function context() {
  return [{ op: 'context' }];
}

// An empty name is written as @actions/core writes it; the runner then
// rejects the whole file ("Invalid format").
const emptyNames = ['setOutput', 'exportVariable', 'saveState'].map((op) => ({ op, args: ['', 'empty name'] }));

const failure = [{ op: 'info', args: ['before'] }, { op: 'setFailed', args: ['fatal: 100% broken\nsecond line'] }, { op: 'info', args: ['after'] }];

module.exports = { emptyNames, logging, variables, inputs, INPUT_VALUES, summary, clearSummary, context, failure, FIXED_UUID };
