'use strict';
// The reference packages (@actions/core, @actions/github) the differential
// tests compare against: from the root node_modules when the workspace
// installs them, else from tests/action/node_modules (npm install there).
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

function requireReference(name) {
  for (const from of [root, __dirname]) {
    try {
      return require(require.resolve(name, { paths: [from] }));
    } catch { /* try the next place */ }
  }
  return null;
}

module.exports = { requireReference, root };
