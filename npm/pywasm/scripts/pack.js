'use strict';
// npm pack's hooks for this package (package.json "prepack"/"postpack"):
// the interpreter module is built at the repository's root (dist/), and the
// published package carries its own copy in dist/. The copy exists only while
// packing, so a checkout always runs the root's current build.
const fs = require('node:fs');
const path = require('node:path');

const PACKAGE = path.resolve(__dirname, '..');
const BUILT = path.resolve(PACKAGE, '..', '..', 'dist', 'micropython.wasm');
const SHIPPED = path.join(PACKAGE, 'dist', 'micropython.wasm');

const step = process.argv[2];
if (step === 'prepack') {
  if (!fs.existsSync(BUILT)) {
    console.error(`pack: ${BUILT} is missing; run npm run build:wasm at the repository's root`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(SHIPPED), { recursive: true });
  fs.copyFileSync(BUILT, SHIPPED);
} else if (step === 'postpack') {
  fs.rmSync(path.dirname(SHIPPED), { recursive: true, force: true });
} else {
  console.error('usage: node scripts/pack.js prepack|postpack');
  process.exit(2);
}
