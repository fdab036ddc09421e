'use strict';
// One esbuild configuration for the JavaScript we ship bundled: the action
// (dist/index.js, scripts/build-action.js) and the published CLI
// (npm/pywasm/lib/cli.bundle.js, npm/pywasm/scripts/pack.js). A bundle is
// one file to read and compile instead of ~20, which saves a CLI start a few
// milliseconds. The output must be reproducible: CI rebuilds the action's and
// compares bytes (scripts/check-built.sh), so no timestamps, absolute paths
// or metafile.
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function findEsbuild() {
  try {
    return require(require.resolve('esbuild', { paths: [root] }));
  } catch {
    throw new Error('esbuild is not installed (npm install at the repository root: it is a devDependency there)');
  }
}

// entry and outfile are absolute; banner names what the file is built from.
// external: import paths left as requires (resolved next to the outfile).
// forCodeCache: the file is one function expression over CommonJS's five
// names (exports, require, module, __filename, __dirname), the form
// npm/pywasm/lib/code-cache.js compiles as it is; require() cannot load it.
function bundle({ entry, outfile, banner, external = [], forCodeCache = false }) {
  findEsbuild().buildSync({
    entryPoints: [entry],
    absWorkingDir: root,
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: false,
    legalComments: 'none',
    charset: 'utf8',
    external,
    banner: { js: forCodeCache ? `${banner}\n(function (exports, require, module, __filename, __dirname) {` : banner },
    footer: forCodeCache ? { js: '})' } : undefined,
    logLevel: 'error',
  });
}

module.exports = { bundle };
