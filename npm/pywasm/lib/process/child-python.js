'use strict';
// sys.executable (port/library.h, PYWASM_EXECUTABLE) names no file: when a
// script runs it (subprocess.run([sys.executable, 'other.py'])), process.run
// starts the pywasm command line instead, with the parent run's mounts at
// the same guest paths, its network permission, processes allowed (the
// parent had them, or it could not start this one) and the environment
// subprocess hands over. The child is a separate process and a separate
// sandbox, as a CPython child is a separate interpreter.
const path = require('node:path');
const { LIBRARY_GUEST } = require('../module');

const PYTHON_GUEST = `${LIBRARY_GUEST}/bin/python3`;
const CLI_ENTRY = path.join(__dirname, '..', '..', 'bin', 'pywasm.js');

// -> { node, args }: the command before the script's own arguments.
function childPython({ mounts, allowNet = false, engine = null }) {
  const args = [CLI_ENTRY];
  if (engine) args.push('--engine', engine);
  for (const m of mounts) args.push('--mount', `${m.host}:${m.guest}${m.readOnly ? ':ro' : ''}`);
  args.push('--inherit-env', '--allow-run');
  if (allowNet) args.push('--allow-net');
  return { node: process.execPath, args };
}

module.exports = { PYTHON_GUEST, childPython };
