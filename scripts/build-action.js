#!/usr/bin/env node
'use strict';
// Bundle the action's entry (npm/pywasm/lib/action/main.js) into one file,
// dist/index.js, which action.yml runs on the runner's Node 24. No install
// step runs there, so every require is inlined except Node's own modules.
// Usage: node scripts/build-action.js [--outfile PATH]
const path = require('node:path');
const { bundle } = require('./bundle');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const at = args.indexOf('--outfile');
const outfile = at >= 0 ? path.resolve(args[at + 1]) : path.join(root, 'dist', 'index.js');

bundle({
  entry: path.join(root, 'npm', 'pywasm', 'lib', 'action', 'main.js'),
  outfile,
  banner: '// Built by scripts/build-action.js from npm/pywasm/lib/action; do not edit.',
});
console.log(`wrote ${path.relative(process.cwd(), outfile)}`);
