#!/usr/bin/env node
'use strict';
// The published package runs the CLI bundled into one file (scripts/pack.js
// makes it), loaded through a code cache of our own (lib/code-cache.js); a
// checkout runs lib/ as it is, with Node's compile cache (22.1+).
let cli;
try {
  cli = require('../lib/code-cache').requireCached(require('node:path').join(__dirname, '..', 'lib', 'cli.bundle.js'));
} catch (err) {
  // ENOENT: no bundle (a checkout), or the bundle was there when looked up
  // and gone when read, as while `npm pack` (the package test) removes the
  // one it made.
  if (err.code !== 'ENOENT' || !String(err.message).includes('cli.bundle.js')) throw err;
  require('node:module').enableCompileCache?.();
  cli = require('../lib/cli');
}
const code = cli.main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else code.then((c) => { process.exitCode = c; });
