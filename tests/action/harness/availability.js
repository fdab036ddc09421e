'use strict';
// Whether the action can run here: the bundle, Node 24, and an interpreter
// that has the actions package frozen in (a dist/micropython.wasm built
// before port/python/actions existed has not). CI's built-outputs check
// fails on a stale wasm; these tests skip with the reason instead of
// failing for it a second time.
const fs = require('node:fs');
const path = require('node:path');
const { DIST, NODE24 } = require('./step');

function skipReason() {
  if (!fs.existsSync(NODE24)) return `Node 24 is not installed at ${NODE24} (npm install)`;
  if (!fs.existsSync(path.join(DIST, 'index.js'))) return `no bundled action at ${DIST}/index.js (npm run build:action)`;
  const wasm = path.join(DIST, 'micropython.wasm');
  if (!fs.existsSync(wasm)) return `no interpreter at ${wasm}`;
  if (!fs.readFileSync(wasm).includes('actions/_action.py')) return `${wasm} was built without port/python/actions (npm run build:wasm)`;
  return false;
}

module.exports = { skipReason };
