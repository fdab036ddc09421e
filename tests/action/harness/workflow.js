'use strict';
// Runs a workflow file's jobs the way the runner would, for the examples:
// `uses:` our action (any `<owner>/python-wasm-action@<ref>` or `./`), a
// local composite action (`./path`), actions/checkout (copies the
// repository's files the examples need), and `run:` steps (bash). Steps see
// earlier steps' outputs, GITHUB_ENV and GITHUB_PATH, through expressions.
const fs = require('node:fs');
const path = require('node:path');
const { makeRunner, runStep, ROOT, YAML } = require('./step');
const { substitute } = require('./expressions');

const OUR_ACTION = /^[^/]+\/python-wasm-action@.+$/;

function checkout(runner) {
  // What the examples read from the repository.
  fs.cpSync(path.join(ROOT, 'examples'), path.join(runner.workspace, 'examples'), { recursive: true });
  return { conclusion: 'success', outputs: {}, annotations: [], log: [], summary: '' };
}

function expressionContext(runner, steps, extra = {}) {
  return {
    steps,
    env: runner.env,
    github: {
      token: runner.token,
      workspace: runner.workspace,
      event_name: runner.env.GITHUB_EVENT_NAME,
      repository: runner.env.GITHUB_REPOSITORY,
      sha: runner.env.GITHUB_SHA,
      ...(extra.github || {}),
    },
    runner: { temp: runner.temp, os: 'Linux' },
    secrets: { GITHUB_TOKEN: runner.token },
    inputs: extra.inputs || {},
  };
}

function withValues(spec, ctx) {
  const out = {};
  for (const [k, v] of Object.entries(spec || {})) out[k] = substitute(String(v), ctx);
  return out;
}

// Runs a list of steps; returns { steps: {id: {outputs, conclusion}}, results: [...] }.
function runSteps(runner, stepSpecs, { inputs, actionPath, env: outerEnv = {}, onStep } = {}) {
  const steps = {};
  const results = [];
  let failed = false;
  for (const spec of stepSpecs) {
    if (failed) break;
    const ctx = expressionContext(runner, steps, { inputs, github: { action_path: actionPath } });
    const env = { ...outerEnv, ...withValues(spec.env, ctx) };
    let result;
    if (spec.run !== undefined) {
      result = runStep(runner, { env, command: ['bash', '-e', '-o', 'pipefail', '-c', substitute(spec.run, ctx)] });
    } else if (spec.uses === 'actions/checkout@v4') {
      result = checkout(runner);
    } else if (OUR_ACTION.test(spec.uses) || spec.uses === './') {
      result = runStep(runner, { env, inputs: withValues(spec.with, ctx) });
    } else if (spec.uses && spec.uses.startsWith('./')) {
      result = runComposite(runner, path.join(runner.workspace, spec.uses), withValues(spec.with, ctx), env);
    } else {
      throw new Error(`the harness cannot run step: ${JSON.stringify(spec)}`);
    }
    result.spec = spec;
    results.push(result);
    if (onStep) onStep(result);
    if (spec.id) steps[spec.id] = { outputs: result.outputs, conclusion: result.conclusion };
    if (result.conclusion !== 'success' && !spec['continue-on-error']) failed = true;
  }
  return { steps, results, conclusion: failed ? 'failure' : 'success' };
}

function runComposite(runner, dir, withInputs, env) {
  const meta = YAML.parse(fs.readFileSync(path.join(dir, 'action.yml'), 'utf8'));
  if (!meta.runs || meta.runs.using !== 'composite') throw new Error(`${dir} is not a composite action`);
  const inputs = {};
  for (const [name, spec] of Object.entries(meta.inputs || {})) {
    if (name in withInputs) inputs[name] = withInputs[name];
    else if (spec.required) throw new Error(`Input required and not supplied: ${name}`);
    else inputs[name] = spec.default === undefined ? '' : String(spec.default);
  }
  const inner = runSteps(runner, meta.runs.steps, { inputs, actionPath: dir, env });
  const ctx = expressionContext(runner, inner.steps, { inputs });
  const outputs = {};
  for (const [name, spec] of Object.entries(meta.outputs || {})) outputs[name] = substitute(String(spec.value), ctx);
  const all = inner.results;
  return {
    conclusion: inner.conclusion,
    outputs,
    annotations: all.flatMap((r) => r.annotations),
    log: all.flatMap((r) => r.log),
    summary: all.map((r) => r.summary).join(''),
    inner: all,
  };
}

// Runs every job of a workflow file; `before(runner)` can add files to the
// workspace after it is made.
function runWorkflow(file, { event = {}, before } = {}) {
  const workflow = YAML.parse(fs.readFileSync(file, 'utf8'));
  const on = workflow.on || workflow[true];
  const eventName = Array.isArray(on) ? on[0] : typeof on === 'string' ? on : Object.keys(on)[0];
  const jobs = {};
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const runner = makeRunner({ event, eventName, env: { GITHUB_WORKFLOW: workflow.name || '', GITHUB_JOB: name } });
    try {
      if (before) before(runner);
      Object.assign(runner.env, withValues(workflow.env, expressionContext(runner, {})));
      Object.assign(runner.env, withValues(job.env, expressionContext(runner, {})));
      jobs[name] = runSteps(runner, job.steps);
    } finally {
      runner.cleanup();
    }
  }
  return jobs;
}

module.exports = { runWorkflow, runSteps };
