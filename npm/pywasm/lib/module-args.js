'use strict';
// The interpreter module's command line and environment for an engine job
// (docs/module-interface.md, "Process conventions"). Both engines use these;
// this file requires nothing, so the native engine loads it without the
// wasm engine's WASI layer.

// argv[0], the heap limit, then the job's command line.
function moduleArgs(job) {
  const args = ['pywasm'];
  const heap = job.limits && job.limits.memoryBytes;
  if (heap) args.push('-X', `heapsize=${heap}`);
  return args.concat(job.argv);
}

// The job's environment, with PWD naming the guest's working directory.
function moduleEnv(job) {
  return job.cwd ? { ...job.env, PWD: job.cwd } : { ...job.env };
}

module.exports = { moduleArgs, moduleEnv };
