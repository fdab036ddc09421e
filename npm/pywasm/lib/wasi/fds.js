'use strict';
// The guest's file descriptors: standard streams, preopened mounts, and the
// files and directories opened through them.
const fs = require('node:fs');
const path = require('node:path');
const { errno, filetype, oflags, fdflags, rights, whence } = require('./constants');
const { WasiError } = require('./error');
const { resolve } = require('./sandbox');

class FdTable {
  // stdio: { stdin: {read(buf) -> n, isTTY}, stdout: {write(bytes), isTTY}, stderr: {...} }
  constructor(mounts, stdio) {
    this.entries = new Map();
    this.entries.set(0, { kind: 'stdio', stream: stdio.stdin, readable: true });
    this.entries.set(1, { kind: 'stdio', stream: stdio.stdout, writable: true });
    this.entries.set(2, { kind: 'stdio', stream: stdio.stderr, writable: true });
    mounts.forEach((mount) => this.add({ kind: 'dir', mount, relative: '', preopen: true }));
  }

  add(entry) {
    let fd = 3;
    while (this.entries.has(fd)) fd++;
    this.entries.set(fd, entry);
    return fd;
  }

  get(fd, kind) {
    const entry = this.entries.get(fd);
    if (!entry) throw new WasiError(errno.BADF);
    if (kind === 'dir' && entry.kind !== 'dir') throw new WasiError(errno.NOTDIR);
    return entry;
  }

  // Resolves `guestPath` relative to directory fd `dirFd` inside its mount.
  resolveAt(dirFd, guestPath, options) {
    const dir = this.get(dirFd, 'dir');
    return { mount: dir.mount, ...resolve(dir.mount, dir.relative, guestPath, options) };
  }

  writable(mount) {
    if (mount.readOnly) throw new WasiError(errno.ROFS);
  }

  open(dirFd, guestPath, { follow, oflag, rightsBase, fdflag }) {
    const { mount, hostPath, relative } = this.resolveAt(dirFd, guestPath, { followFinal: follow });
    const wantsWrite = (rightsBase & rights.FD_WRITE) !== 0n || (oflag & (oflags.CREAT | oflags.TRUNC)) !== 0;
    const stat = fs.statSync(hostPath, { throwIfNoEntry: false });
    if (oflag & oflags.DIRECTORY || (stat && stat.isDirectory() && !wantsWrite)) {
      if (!stat) throw new WasiError(errno.NOENT);
      if (!stat.isDirectory()) throw new WasiError(errno.NOTDIR);
      return this.add({ kind: 'dir', mount, relative });
    }
    if (wantsWrite) this.writable(mount);
    if (stat && stat.isDirectory()) throw new WasiError(errno.ISDIR);
    let flags = wantsWrite ? ((rightsBase & rights.FD_READ) ? fs.constants.O_RDWR : fs.constants.O_WRONLY) : fs.constants.O_RDONLY;
    if (oflag & oflags.CREAT) flags |= fs.constants.O_CREAT;
    if (oflag & oflags.EXCL) flags |= fs.constants.O_EXCL;
    if (oflag & oflags.TRUNC) flags |= fs.constants.O_TRUNC;
    if (fdflag & fdflags.APPEND) flags |= fs.constants.O_APPEND;
    if (!follow) flags |= fs.constants.O_NOFOLLOW;
    const hostFd = fs.openSync(hostPath, flags, 0o644);
    return this.add({ kind: 'file', hostFd, hostPath, position: 0, append: Boolean(fdflag & fdflags.APPEND) });
  }

  close(fd) {
    const entry = this.get(fd);
    if (entry.kind === 'file') fs.closeSync(entry.hostFd);
    if (entry.preopen) throw new WasiError(errno.BADF);  // mounts stay for the whole run
    this.entries.delete(fd);
  }

  // At the end of a run: host fds the guest left open are closed.
  closeAll() {
    for (const entry of this.entries.values()) {
      if (entry.kind === 'file') {
        try { fs.closeSync(entry.hostFd); } catch { /* already closed */ }
      }
    }
    this.entries.clear();
  }

  read(fd, buffer) {
    const entry = this.get(fd);
    if (entry.kind === 'stdio') {
      if (!entry.readable) throw new WasiError(errno.BADF);
      return entry.stream.read(buffer);
    }
    if (entry.kind !== 'file') throw new WasiError(errno.ISDIR);
    const n = fs.readSync(entry.hostFd, buffer, 0, buffer.length, entry.position);
    entry.position += n;
    return n;
  }

  write(fd, bytes) {
    const entry = this.get(fd);
    if (entry.kind === 'stdio') {
      if (!entry.writable) throw new WasiError(errno.BADF);
      const n = bytes.length;  // the stream may transfer (detach) the bytes
      entry.stream.write(bytes);
      return n;
    }
    if (entry.kind !== 'file') throw new WasiError(errno.ISDIR);
    const n = fs.writeSync(entry.hostFd, bytes, 0, bytes.length, entry.append ? null : entry.position);
    entry.position = entry.append ? fs.fstatSync(entry.hostFd).size : entry.position + n;
    return n;
  }

  seek(fd, offset, how) {
    const entry = this.get(fd);
    if (entry.kind !== 'file') throw new WasiError(entry.kind === 'stdio' ? errno.SPIPE : errno.ISDIR);
    const base = how === whence.SET ? 0 : how === whence.CUR ? entry.position : fs.fstatSync(entry.hostFd).size;
    const next = base + offset;
    if (next < 0 || !Number.isSafeInteger(next)) throw new WasiError(errno.INVAL);
    entry.position = next;
    return next;
  }

  // { filetype, size, ... } for fd_fdstat_get.
  fdKind(fd) {
    const entry = this.get(fd);
    if (entry.kind === 'stdio') return { filetype: entry.stream.isTTY ? filetype.CHARACTER_DEVICE : filetype.UNKNOWN, seekable: false };
    if (entry.kind === 'dir') return { filetype: filetype.DIRECTORY, seekable: false };
    return { filetype: filetype.REGULAR_FILE, seekable: true, append: entry.append };
  }

  // Where a directory entry is on the host.
  dirHostPath(entry) {
    return entry.relative ? path.join(entry.mount.host, entry.relative) : entry.mount.host;
  }

  // A directory fd's entries, [{name, type}]: read afresh when a listing
  // starts (cookie 0) and kept for the calls that continue it, as a host's
  // readdir keeps its position: a big directory takes several calls to list.
  list(fd, cookie) {
    const entry = this.get(fd, 'dir');
    if (cookie === 0n || !entry.listing) {
      entry.listing = fs.readdirSync(this.dirHostPath(entry), { withFileTypes: true }).map((d) => ({ name: d.name, type: direntType(d) }));
    }
    return entry.listing;
  }
}

function direntType(d) {
  if (d.isDirectory()) return filetype.DIRECTORY;
  if (d.isFile()) return filetype.REGULAR_FILE;
  if (d.isSymbolicLink()) return filetype.SYMBOLIC_LINK;
  return filetype.UNKNOWN;
}

function statType(st) {
  if (st.isDirectory()) return filetype.DIRECTORY;
  if (st.isFile()) return filetype.REGULAR_FILE;
  if (st.isSymbolicLink()) return filetype.SYMBOLIC_LINK;
  if (st.isCharacterDevice()) return filetype.CHARACTER_DEVICE;
  return filetype.UNKNOWN;
}

module.exports = { FdTable, statType };
