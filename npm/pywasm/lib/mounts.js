'use strict';
// Mounts as users write them ("HOST[:GUEST][:ro]" or {host, guest, readOnly})
// and the default set: the working directory at its own path, plus a
// script's directory when it lies outside.
const fs = require('node:fs');
const path = require('node:path');
const { OptionError } = require('./errors');
const { LIBRARY_GUEST } = require('./module');

function parseMountSpec(spec, cwd, option = 'mounts') {
  let parts = spec.split(':');
  let readOnly = false;
  if (parts.length > 1 && parts[parts.length - 1] === 'ro') {
    readOnly = true;
    parts = parts.slice(0, -1);
  }
  if (parts.length > 2 || !parts[0]) throw new OptionError(option, `invalid mount '${spec}' (want HOST[:GUEST][:ro])`);
  return normalizeMount({ host: parts[0], guest: parts[1] || undefined, readOnly }, cwd, option);
}

function normalizeMount(m, cwd, option = 'mounts') {
  if (typeof m === 'string') return parseMountSpec(m, cwd, option);
  if (!m || typeof m !== 'object' || typeof m.host !== 'string' || !m.host) {
    throw new OptionError(option, 'each mount is "HOST[:GUEST][:ro]" or { host, guest?, readOnly? }');
  }
  const host = path.resolve(cwd, m.host);
  const guest = m.guest === undefined ? host : m.guest;
  if (typeof guest !== 'string' || !guest.startsWith('/')) throw new OptionError(option, `the guest path '${guest}' must be absolute`);
  let stat;
  try {
    stat = fs.statSync(host);
  } catch {
    throw new OptionError(option, `host directory '${m.host}' does not exist`);
  }
  if (!stat.isDirectory()) throw new OptionError(option, `'${m.host}' is not a directory`);
  const normalized = path.posix.normalize(guest).replace(/(.)\/$/, '$1');
  if (normalized === LIBRARY_GUEST || normalized.startsWith(LIBRARY_GUEST + '/')) {
    throw new OptionError(option, `the guest path '${guest}' is the interpreter's library (${LIBRARY_GUEST}); mount elsewhere`);
  }
  return { host, guest: normalized, readOnly: Boolean(m.readOnly) };
}

// Whether host path `p` is `root` or lies below it ('/' included).
function inside(p, root) {
  return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

// The host directory `dir` is visible when some mount covers it.
function covers(mounts, dir) {
  return mounts.some((m) => inside(dir, m.host));
}

function defaultMounts(given, cwd, scriptPath) {
  const mounts = [...given];
  const add = (dir) => {
    if (!covers(mounts, dir) && fs.existsSync(dir)) mounts.push({ host: dir, guest: dir, readOnly: false });
  };
  add(cwd);
  if (scriptPath) add(path.dirname(path.resolve(cwd, scriptPath)));
  return mounts;
}

// The guest path at which host directory `dir` appears, if any mount shows it.
function guestPathOf(mounts, dir) {
  for (const m of mounts) {
    if (inside(dir, m.host)) return path.posix.join(m.guest, path.relative(m.host, dir).split(path.sep).join('/'));
  }
  return undefined;
}

module.exports = { inside, parseMountSpec, normalizeMount, defaultMounts, guestPathOf };
