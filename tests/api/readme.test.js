'use strict';
// The README's Library API examples run as they are written: each ```js
// block is saved as an .mjs file next to a script.py and a data/ directory,
// and run; a "// value" comment after a console.log is what it must print.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { ROOT, NODE, tempDir } = require('../support/pywasm');

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Library API'), readme.indexOf('\n## ', readme.indexOf('## Library API') + 1));
const examples = [...section.matchAll(/```js\n([^]*?)```/g)].map((m) => m[1]);
const entry = pathToFileURL(path.join(ROOT, 'npm', 'pywasm', 'lib', 'index.mjs')).href;

test('the README has Library API examples', () => {
  assert.ok(examples.length >= 4, `${examples.length} examples`);
});

examples.forEach((source, i) => {
  const first = source.split('\n').find((l) => l && !l.startsWith('import')) || '';
  test(`README example ${i + 1} runs: ${first.slice(0, 60)}`, () => {
    const dir = tempDir({
      'script.py': 'import sys, os\nprint(sys.argv[1:], os.getenv("MODE"), input(), open("/data/in.txt").read())\n',
      'data/in.txt': 'from data',
    });
    fs.writeFileSync(path.join(dir, 'example.mjs'), source.replace(/from 'pywasm'/g, `from '${entry}'`));
    const r = spawnSync(NODE, ['example.mjs'], { cwd: dir, encoding: 'utf8', timeout: 60000 });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    const printed = r.stdout.split('\n');
    for (const [, expected] of source.matchAll(/console\.log\(.*\);\s*\/\/ (.+)$/gm)) {
      assert.ok(printed.includes(expected), `expected a line "${expected}" in:\n${r.stdout}`);
    }
    assert.doesNotMatch(r.stdout, /false|undefined/);
  });
});
