'use strict';
// Runs a list of operations (JSON, argv[2]) through the real @actions/core
// and @actions/github's context; core_driver.py does the same through
// actions.core in pywasm. The differential test compares what the runner
// would see from each.
const fs = require('node:fs');
const crypto = require('node:crypto');
const { requireReference } = require('../reference');

const core = requireReference('@actions/core');
const realRandomUUID = crypto.randomUUID;

function value(v) {
  // {"$error": {name, message}} stands for an exception object.
  if (v && typeof v === 'object' && !Array.isArray(v) && v.$error) {
    const e = new Error(v.$error.message);
    e.name = v.$error.name;
    return e;
  }
  return v;
}

function show(label, v) {
  process.stdout.write(`${label} -> ${v === undefined ? 'undefined' : JSON.stringify(v)}\n`);
}

function contextReport() {
  const { context } = requireReference('@actions/github');
  for (const key of ['eventName', 'sha', 'ref', 'workflow', 'action', 'actor', 'job', 'runAttempt', 'runNumber', 'runId', 'apiUrl', 'serverUrl', 'graphqlUrl', 'payload']) {
    show(`context.${key}`, context[key]);
  }
  for (const key of ['repo', 'issue']) {
    try {
      const v = context[key];
      show(`context.${key}`, [v.owner, v.repo, v.number]);
    } catch (err) {
      process.stdout.write(`context.${key} threw: ${err.message}\n`);
    }
  }
}

async function run(op) {
  const args = (op.args || []).map(value);
  if (op.opts) args.push(op.opts);
  switch (op.op) {
    case 'fixUuid': crypto.randomUUID = () => op.uuid; return undefined;
    case 'randomUuid': crypto.randomUUID = realRandomUUID; return undefined;
    case 'env': return process.env[op.name];
    case 'context': contextReport(); return undefined;
    case 'group':
      return core.group(op.name, async () => {
        for (const inner of op.ops) await step(inner);
        if (op.throw) throw new Error(op.throw);
        return op.returns;
      });
    case 'summary': {
      let result;
      for (const [method, margs, mopts] of op.calls) {
        const all = (margs || []).slice();
        if (mopts) all.push(mopts);
        result = await core.summary[method](...all);
      }
      return result === core.summary ? undefined : result;
    }
    default: return core[op.op](...args);
  }
}

async function step(op) {
  try {
    const result = await run(op);
    if (op.print) show(op.op + (op.name ? ` ${op.name}` : ''), result);
  } catch (err) {
    process.stdout.write(`${op.op} threw: ${err.message}\n`);
  }
}

(async () => {
  for (const op of JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))) await step(op);
})();
