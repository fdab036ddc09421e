'use strict';
// npm pack's hooks for this package (package.json "prepack"/"postpack").
// Two files exist only while packing, so a checkout always runs its sources:
// - dist/micropython.wasm and dist/pylib/ (the library beside it): the
//   interpreter is built at the repository's root (dist/); the published
//   package carries its own copy.
// - lib/cli.bundle.js: the CLI and everything it loads, bundled into one
//   file (../../../scripts/bundle.js says why); bin/pywasm.js prefers it. It
//   sits in lib/ so that paths relative to __dirname resolve as they do
//   from lib/cli.js.
const fs = require('node:fs');
const path = require('node:path');

const PACKAGE = path.resolve(__dirname, '..');
const REPO = path.resolve(PACKAGE, '..', '..');
const BUILT = path.join(REPO, 'dist', 'micropython.wasm');
const SHIPPED = path.join(PACKAGE, 'dist', 'micropython.wasm');
const LIBRARY = path.join(REPO, 'dist', 'pylib');
const CLI_BUNDLE = path.join(PACKAGE, 'lib', 'cli.bundle.js');

const step = process.argv[2];
if (step === 'prepack') {
  if (!fs.existsSync(BUILT)) {
    console.error(`pack: ${BUILT} is missing; run npm run build:wasm at the repository's root`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(SHIPPED), { recursive: true });
  fs.copyFileSync(BUILT, SHIPPED);
  fs.cpSync(LIBRARY, path.join(path.dirname(SHIPPED), 'pylib'), { recursive: true });
  // Written beside its name and renamed into place: a CLI starting in this
  // checkout meanwhile (tests run while the package test packs) sees the
  // whole bundle or none.
  const partial = CLI_BUNDLE + '.partial';
  require(path.join(REPO, 'scripts', 'bundle.js')).bundle({
    entry: path.join(PACKAGE, 'lib', 'cli.js'),
    outfile: partial,
    banner: '// Built by scripts/pack.js from lib/cli.js and what it loads; do not edit.',
    external: ['../package.json'],
    forCodeCache: true,
  });
  fs.renameSync(partial, CLI_BUNDLE);
} else if (step === 'postpack') {
  fs.rmSync(path.dirname(SHIPPED), { recursive: true, force: true });
  fs.rmSync(CLI_BUNDLE, { force: true });
} else {
  console.error('usage: node scripts/pack.js prepack|postpack');
  process.exit(2);
}
