'use strict';
// The process capability: host handlers that let the guest run host
// programs (subprocess, actions.exec). A child process is outside the
// sandbox altogether (it sees the host's files, network and environment as
// the host user does), so this is off unless the embedder asks: the CLI's
// --allow-run, the library's allowRun, always in the GitHub Action. Without
// the handlers the guest's call finds none, and the Python side raises
// PermissionError saying how to turn it on.
//
// The code that spawns is loaded on the first call, so allowing processes
// costs a run that starts none nothing.
//
// context:
//   sync       true for runSync (spawnSync), false for run()/Interpreter (spawn)
//   mounts     the run's [{ host, guest }]: guest paths (cwd, the program) are
//              translated through them to host paths
//   stdout, stderr  where a child's output is shown when the guest asks for
//              it: { fd } lets the child write to this process's fd itself
//              (the CLI, the action: long commands stream live), { write }
//              is the run's own output callback (the library)
//   stdinFd    the run's stdin when it is a host fd (the CLI's 0), which a
//              child inherits; otherwise a child's stdin is empty
//   deadlineMs the run's time limit as a Date.now() time, or null: a child
//              still running then is killed (the guest cannot be stopped
//              while it waits for one)
//   childPython () => how to start a child pywasm for sys.executable
//              (child-python.js; loaded only then), or null where there
//              is no command line
function processHandlers(context) {
  const state = { live: new Set(), deadlineHit: false };
  const ctx = { ...context, stdout: withWriter(context.stdout), stderr: withWriter(context.stderr), state };
  return {
    handlers: {
      'process.run': context.sync
        ? (args) => require('./run-sync').runSync(args, ctx)
        : (args) => require('./run-async').runAsync(args, ctx),
      'process.which': (args) => require('./which').which(args, ctx),
    },
    // Whether a child was killed because the run's time limit passed: the
    // run then ends as a timeout however the script went on.
    deadlineHit: () => state.deadlineHit,
    // The run has ended: children still running (run() only) are killed.
    stop() {
      for (const child of state.live) child.kill('SIGKILL');
      state.live.clear();
    },
  };
}

// An fd destination also needs a way for us to write to it: output that is
// both captured and shown (a pipe we read) is written there by us.
function withWriter(target) {
  if (!target || target.write || target.fd === undefined) return target;
  let writer = null;
  return {
    fd: target.fd,
    write: (bytes) => {
      if (!writer) writer = require('../streams').fdWriter(target.fd);
      writer.write(bytes);
    },
  };
}

module.exports = { processHandlers };
