'use strict';
// What of the host's filesystem the script sees: the workspace, RUNNER_TEMP,
// the working directory, the script file's directory, the event payload
// and the file-command files. Each is mounted at its own host path, so paths
// in tracebacks, annotations and environment variables mean the same inside
// and outside. A file can only be shown through its directory (the WASI
// layer mounts directories); on a runner those all lie in RUNNER_TEMP.
const fs = require('node:fs');
const path = require('node:path');

const FILE_COMMANDS = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];

function isDirectory(dir) {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function planMounts({ env, workingDirectory, scriptPath }) {
  const mounts = [];
  const covered = (dir) => mounts.some((m) => dir === m.host || dir.startsWith(m.host + path.sep));
  const add = (dir, readOnly) => {
    if (!dir) return;
    const host = path.resolve(dir);
    if (!covered(host) && isDirectory(host)) mounts.push({ host, guest: host, readOnly });
  };
  add(env.GITHUB_WORKSPACE, false);
  add(env.RUNNER_TEMP, false);
  add(workingDirectory, false);
  if (scriptPath) add(path.dirname(scriptPath), true);
  if (env.GITHUB_EVENT_PATH) add(path.dirname(env.GITHUB_EVENT_PATH), true);
  for (const name of FILE_COMMANDS) {
    if (env[name]) add(path.dirname(env[name]), false);
  }
  return mounts;
}

module.exports = { planMounts };
