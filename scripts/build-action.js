#!/usr/bin/env node
'use strict';
// Bundle the action for action.yml, which runs dist/index.js on the runner's
// Node 24. No install step runs there, so every require is inlined except
// Node's own modules. Two bundles make it: dist/action.js (the action,
// npm/pywasm/lib/action/main.js and all it loads) and dist/index.js (the
// entry, lib/action/entry.js: loads dist/action.js through our code cache).
// The HTTP worker (npm/pywasm/lib/net/http-worker.js) runs from a file of
// its own: it is bundled beside the entry as dist/http-worker.js, where
// lib/net/http-sync.js looks for it when it runs from dist/.
// Usage: node scripts/build-action.js [--outfile PATH]   (action.js and the worker go beside PATH)
const path = require('node:path');
const { bundle } = require('./bundle');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const at = args.indexOf('--outfile');
const outfile = at >= 0 ? path.resolve(args[at + 1]) : path.join(root, 'dist', 'index.js');
const actionFile = path.join(path.dirname(outfile), 'action.js');
const workerFile = path.join(path.dirname(outfile), 'http-worker.js');

bundle({
  entry: path.join(root, 'npm', 'pywasm', 'lib', 'action', 'entry.js'),
  outfile,
  banner: '// Built by scripts/build-action.js from npm/pywasm/lib/action/entry.js; do not edit.',
});
bundle({
  entry: path.join(root, 'npm', 'pywasm', 'lib', 'action', 'main.js'),
  outfile: actionFile,
  banner: '// Built by scripts/build-action.js from npm/pywasm/lib/action; do not edit.',
  forCodeCache: true,
});
bundle({
  entry: path.join(root, 'npm', 'pywasm', 'lib', 'net', 'http-worker.js'),
  outfile: workerFile,
  banner: '// Built by scripts/build-action.js from npm/pywasm/lib/net/http-worker.js; do not edit.',
});
for (const f of [outfile, actionFile, workerFile]) console.log(`wrote ${path.relative(process.cwd(), f)}`);
