#!/usr/bin/env node
'use strict';
// Startup is a feature: Node 22.1+ keeps compiled JavaScript on disk between runs.
require('node:module').enableCompileCache?.();
// The interpreter module is ours and validated when built (wasm-opt) and by
// Node 20, which validates eagerly: on Node 22+ checking each function when
// it is first compiled, instead of all ~600 KB up front, saves most of the
// module's compile time (measured in docs/interpreter.md). Only the CLI and
// the action set this process-wide flag; the library leaves its host's alone.
require('node:v8').setFlagsFromString('--wasm-lazy-validation');
const code = require('../lib/cli').main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else code.then((c) => { process.exitCode = c; });
