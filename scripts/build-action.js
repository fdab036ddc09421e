#!/usr/bin/env node
'use strict';
// Bundle the action's entry (npm/pywasm/lib/action/main.js) into one file,
// dist/index.js, which action.yml runs on the runner's Node 24. No install
// step runs there, so every require is inlined except Node's own modules.
// The output must be reproducible: CI rebuilds it and compares bytes
// (scripts/check-built.sh), so no timestamps, absolute paths or metafile.
// Usage: node scripts/build-action.js [--outfile PATH]
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function findEsbuild() {
  // A root devDependency when the workspace has one; until then the copy
  // installed for the action's tests.
  for (const from of [root, path.join(root, 'tests', 'action')]) {
    try {
      return require(require.resolve('esbuild', { paths: [from] }));
    } catch { /* try the next place */ }
  }
  throw new Error('esbuild is not installed (npm install in the root, or in tests/action)');
}

const args = process.argv.slice(2);
const at = args.indexOf('--outfile');
const outfile = at >= 0 ? path.resolve(args[at + 1]) : path.join(root, 'dist', 'index.js');

findEsbuild().buildSync({
  entryPoints: [path.join(root, 'npm', 'pywasm', 'lib', 'action', 'main.js')],
  absWorkingDir: root,
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: false,
  legalComments: 'none',
  charset: 'utf8',
  banner: { js: '// Built by scripts/build-action.js from npm/pywasm/lib/action; do not edit.' },
  logLevel: 'warning',
});
console.log(`wrote ${path.relative(process.cwd(), outfile)}`);
