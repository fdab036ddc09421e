'use strict';
// Locating and compiling the interpreter module, once per process.
const fs = require('node:fs');
const path = require('node:path');

// In the published package the module sits in the package's dist/; in a
// checkout of the repository it is the committed dist/ at the root.
function interpreterPath(flavour = 'micropython.wasm') {
  const candidates = [path.join(__dirname, '..', 'dist', flavour), path.join(__dirname, '..', '..', '..', 'dist', flavour)];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`pywasm: the interpreter (${flavour}) is missing; looked in ${candidates.join(', ')}`);
  return found;
}

let compiled = null;
function interpreterModule() {
  if (!compiled) compiled = new WebAssembly.Module(fs.readFileSync(interpreterPath()));
  return compiled;
}

module.exports = { interpreterPath, interpreterModule };
