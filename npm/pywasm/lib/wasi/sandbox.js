'use strict';
// Which host path a guest path names, within the mounts: the capability check.
//
// A mount maps a host directory onto an absolute guest path. The guest names
// files relative to a directory fd (a mount's root or a directory opened in
// it). Resolution is lexical first ("." and ".." are applied to the path, and
// ".." past the mount's root is refused), then the host's real path of the
// result (or of its parent, for a name about to be created or a link not
// followed) must still lie inside the mount's real root: a symlink that
// points out of the mount is refused, never followed.
const fs = require('node:fs');
const path = require('node:path');
const { errno } = require('./constants');
const { WasiError } = require('./error');

class Mount {
  constructor({ host, guest, readOnly }) {
    this.host = path.resolve(host);
    this.guest = guest;
    this.readOnly = Boolean(readOnly);
    this.realHost = fs.realpathSync.native(this.host);
  }
}

// `base` is a path relative to the mount root ('' for the root itself).
function resolve(mount, base, guestPath, { followFinal = true } = {}) {
  if (guestPath.includes('\0')) throw new WasiError(errno.INVAL);
  if (guestPath.startsWith('/')) throw new WasiError(errno.NOTCAPABLE);
  const parts = base ? base.split('/') : [];
  for (const part of guestPath.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) throw new WasiError(errno.NOTCAPABLE);
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  const relative = parts.join('/');
  const hostPath = relative ? path.join(mount.host, relative) : mount.host;
  checkInside(mount, hostPath, followFinal && parts.length > 0 ? hostPath : path.dirname(hostPath), parts.length > 0);
  return { hostPath, relative };
}

// The real path of `probe` (or of its nearest existing ancestor) must lie in the mount.
function checkInside(mount, hostPath, probe, hasParts) {
  if (!hasParts) return;
  let real;
  for (let p = probe; ; p = path.dirname(p)) {
    // A missing name is passed over without realpath's exception, which
    // costs more than the lookup itself (imports probe many missing names).
    if (lstatQuiet(p)) {
      try {
        real = fs.realpathSync.native(p);
        break;
      } catch (err) {
        if (err.code !== 'ENOENT' && err.code !== 'ENOTDIR') throw err;
        // An entry that exists but has no real path is a dangling symlink:
        // creating through it would write wherever it points.
        throw new WasiError(errno.NOTCAPABLE);
      }
    }
    if (p === mount.host || p.length <= mount.host.length) return;
  }
  const root = mount.realHost.endsWith(path.sep) ? mount.realHost : mount.realHost + path.sep;
  if (real !== mount.realHost && !real.startsWith(root)) {
    throw new WasiError(errno.NOTCAPABLE);
  }
}

// lstat, or undefined where nothing is (a file in the path included).
function lstatQuiet(p) {
  try {
    return fs.lstatSync(p, { throwIfNoEntry: false });
  } catch (err) {
    if (err.code === 'ENOTDIR') return undefined;
    throw err;
  }
}

module.exports = { Mount, resolve };
