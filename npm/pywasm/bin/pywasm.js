#!/usr/bin/env node
'use strict';
// Startup is a feature: Node 22.1+ keeps compiled JavaScript on disk between runs.
require('node:module').enableCompileCache?.();
// The published package runs the CLI bundled into one file (scripts/pack.js
// makes it); a checkout runs lib/ as it is.
let cli;
try {
  cli = require('../lib/cli.bundle.js');
} catch (err) {
  // ENOENT: the bundle was there when looked up and gone when read, as in a
  // checkout while `npm pack` (the package test) removes the one it made.
  const missing = err.code === 'MODULE_NOT_FOUND' || err.code === 'ENOENT';
  if (!missing || !String(err.message).includes('cli.bundle.js')) throw err;
  cli = require('../lib/cli');
}
const code = cli.main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else code.then((c) => { process.exitCode = c; });
