'use strict';
// The .pyi stubs (npm/pywasm/types/actions) name exactly the public names
// the frozen modules have, so editors complete what exists and nothing else.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { makeRunner, runStep, ROOT } = require('./harness/step');
const { skipReason } = require('./harness/availability');

const TYPES = path.join(ROOT, 'npm', 'pywasm', 'types', 'actions');

// Top-level names a stub defines: def/class/assignments/annotated names.
function stubNames(file) {
  const names = new Set();
  for (const line of fs.readFileSync(path.join(TYPES, file), 'utf8').split('\n')) {
    const m = /^(?:def|class)\s+([A-Za-z_]\w*)|^([A-Za-z_]\w*)\s*[:=]/.exec(line);
    if (m) names.add(m[1] || m[2]);
  }
  for (const helper of ['SummaryTableCell', '_F', 'Any', 'TypeVar']) names.delete(helper);
  return [...names].sort();
}

test('stubs list the public names of actions.core, actions.context, actions.exec and actions.github', { skip: skipReason() }, () => {
  const runner = makeRunner();
  try {
    const r = runStep(runner, {
      inputs: {
        script: [
          'import json',
          'from actions import core, context, github',
          'from actions import exec as exec_',
          'from actions.core.summary import Summary',
          'def public(m):',
          '    return sorted(n for n in dir(m) if not n.startswith("_"))',
          'print(json.dumps([public(core) + ["Summary"], public(context), public(github), public(exec_)]))',
        ].join('\n'),
      },
    });
    assert.strictEqual(r.conclusion, 'success', r.stderr);
    const [core, context, github, exec] = JSON.parse(r.log[0]);
    const modules = new Set(['annotations', 'command', 'command_value', 'echo', 'failure', 'file_command', 'groups', 'inputs', 'outputs', 'path_utils', 'state', 'summary', 'variables']);
    // Submodules are reachable but are not the API; `summary` is both.
    assert.deepStrictEqual(stubNames('core.pyi'), core.filter((n) => !modules.has(n) || n === 'summary').sort());
    const imported = new Set(['json', 'sys']);
    assert.deepStrictEqual(stubNames('context.pyi'), context.filter((n) => !imported.has(n)).sort());
    // github.context is actions.context, re-exported (an import in the stub).
    assert.ok(github.includes('context'));
    assert.deepStrictEqual(stubNames('github.pyi'), github.filter((n) => n !== 'context'));
    // exec's own imports are not its API.
    assert.deepStrictEqual(stubNames('exec.pyi'), exec.filter((n) => !['sys'].includes(n)));
    // The package stub names the new submodule too.
    assert.match(fs.readFileSync(path.join(TYPES, '__init__.pyi'), 'utf8'), /from \. import exec as exec/);
  } finally {
    runner.cleanup();
  }
});
