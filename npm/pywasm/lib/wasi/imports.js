'use strict';
// The `wasi_snapshot_preview1` functions the interpreter imports, over an
// FdTable. Each function is a plain closure (Node 20/22 crash when host
// functions are handed to an instance directly) that turns anything thrown
// into the matching errno, so no host exception ever unwinds through wasm
// except ProcExit, which ends the run on purpose.
const fs = require('node:fs');
const { errno, rights, ALL_RIGHTS, oflags, lookupflags, fstflags, clock } = require('./constants');
const { WasiError, errnoOf } = require('./error');
const { statType } = require('./fds');
const { fillRandom } = require('./random');

class ProcExit extends Error {
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const sleeper = new Int32Array(new SharedArrayBuffer(4));

// The wall clock in nanoseconds. Date.now() counts whole milliseconds, so
// time.time() had a millisecond's resolution where CPython (and the native
// engine) have nanoseconds; it now reads Date.now() once and adds the
// monotonic clock's progress since. (`performance.timeOrigin` would also do,
// but its first use loads perf_hooks: ~1 ms of every start.) A change of the
// system clock during a run is not followed.
let wallMinusMonotonic = null;
function realtimeNs() {
  const now = process.hrtime.bigint();
  if (wallMinusMonotonic === null) wallMinusMonotonic = BigInt(Date.now()) * 1000000n - now;
  return wallMinusMonotonic + now;
}

function createWasiImports({ getMemory, fds, args, env }) {
  let cachedBuffer = null;
  let view = null;
  let bytes = null;
  // Views are rebuilt whenever memory has grown (its buffer changes).
  const mem = () => {
    const buffer = getMemory().buffer;
    if (buffer !== cachedBuffer) {
      cachedBuffer = buffer;
      view = new DataView(buffer);
      bytes = new Uint8Array(buffer);
    }
    return view;
  };
  const u8 = () => (mem(), bytes);
  const str = (ptr, len) => decoder.decode(u8().subarray(ptr, ptr + len));
  const argBytes = args.map((a) => encoder.encode(a + '\0'));
  const envBytes = Object.entries(env).map(([k, v]) => encoder.encode(`${k}=${v}\0`));

  function writeList(list, ptrsPtr, bufPtr) {
    const v = mem();
    for (const item of list) {
      v.setUint32(ptrsPtr, bufPtr, true);
      u8().set(item, bufPtr);
      ptrsPtr += 4;
      bufPtr += item.length;
    }
  }
  function writeSizes(list, countPtr, sizePtr) {
    mem().setUint32(countPtr, list.length, true);
    mem().setUint32(sizePtr, list.reduce((n, b) => n + b.length, 0), true);
  }
  function iovecs(ptr, count) {
    const v = mem();
    const out = [];
    for (let i = 0; i < count; i++) out.push([v.getUint32(ptr + 8 * i, true), v.getUint32(ptr + 8 * i + 4, true)]);
    return out;
  }
  // Nanoseconds as the double of seconds fs.utimes takes. libuv truncates
  // that double to the nanosecond (Node 24) or to the microsecond (Node 20,
  // 22), and near today's 2**31 s a double is good to a quarter microsecond
  // only. The double given is the first whose truncation is not below the
  // time meant: every libuv then keeps the microseconds, and one that keeps
  // nanoseconds lands within 240 ns of them (on them for a time a double
  // holds exactly, such as whole seconds).
  function utimesSeconds(ns) {
    if (ns < 0n) return Number(ns) / 1e9;
    const seconds = Number(ns / 1000000000n) + Number(ns % 1000000000n) / 1e9;
    return truncatedNs(seconds) < ns ? nextDouble(seconds) : seconds;
  }
  function truncatedNs(seconds) {
    const whole = Math.floor(seconds);
    return BigInt(whole) * 1000000000n + BigInt(Math.trunc((seconds - whole) * 1e9));
  }
  function nextDouble(x) {
    const f = new Float64Array([x]);
    new BigUint64Array(f.buffer)[0] += 1n;
    return f[0];
  }

  // st: fs.Stats with bigint: true, so the times keep their nanoseconds
  // (os.stat_result.st_mtime_ns; a double of milliseconds holds only about
  // a microsecond's worth).
  function writeFilestat(ptr, st) {
    const v = mem();
    v.setBigUint64(ptr, st.dev, true);
    v.setBigUint64(ptr + 8, st.ino, true);
    v.setUint8(ptr + 16, statType(st));
    // Our extension: the permission bits in the padding after the filetype
    // (docs/module-interface.md, "Permission bits").
    v.setUint16(ptr + 18, Number(st.mode & 0o7777n), true);
    v.setBigUint64(ptr + 24, st.nlink, true);
    v.setBigUint64(ptr + 32, st.size, true);
    v.setBigUint64(ptr + 40, st.atimeNs, true);
    v.setBigUint64(ptr + 48, st.mtimeNs, true);
    v.setBigUint64(ptr + 56, st.ctimeNs, true);
  }

  const impl = {
    args_sizes_get: (countPtr, sizePtr) => writeSizes(argBytes, countPtr, sizePtr),
    args_get: (ptrs, buf) => writeList(argBytes, ptrs, buf),
    environ_sizes_get: (countPtr, sizePtr) => writeSizes(envBytes, countPtr, sizePtr),
    environ_get: (ptrs, buf) => writeList(envBytes, ptrs, buf),

    clock_time_get(id, _precision, outPtr) {
      const ns = id === clock.REALTIME ? realtimeNs() : process.hrtime.bigint();
      mem().setBigUint64(outPtr, ns, true);
    },
    random_get: (ptr, len) => fillRandom(u8().subarray(ptr, ptr + len)),

    fd_read(fd, iovsPtr, iovsLen, nreadPtr) {
      let total = 0;
      for (const [ptr, len] of iovecs(iovsPtr, iovsLen)) {
        const n = fds.read(fd, u8().subarray(ptr, ptr + len));
        total += n;
        if (n < len) break;
      }
      mem().setUint32(nreadPtr, total, true);
    },
    fd_write(fd, iovsPtr, iovsLen, nwrittenPtr) {
      let total = 0;
      for (const [ptr, len] of iovecs(iovsPtr, iovsLen)) {
        if (len > 0) total += fds.write(fd, u8().slice(ptr, ptr + len));
      }
      mem().setUint32(nwrittenPtr, total, true);
    },
    fd_seek(fd, offset, how, outPtr) {
      mem().setBigUint64(outPtr, BigInt(fds.seek(fd, Number(offset), how)), true);
    },
    fd_close: (fd) => fds.close(fd),
    fd_sync(fd) {
      const entry = fds.get(fd);
      if (entry.kind === 'file') fs.fsyncSync(entry.hostFd);
    },
    // os.fstat: a file's or directory's own stat, as path_filestat_get
    // gives it; a standard stream is a terminal (character device) or
    // nothing known, with every other field 0 (the native engine's too).
    fd_filestat_get(fd, ptr) {
      const entry = fds.get(fd);
      if (entry.kind === 'stdio') {
        u8().fill(0, ptr, ptr + 64);
        mem().setUint8(ptr + 16, fds.fdKind(fd).filetype);
        return;
      }
      const big = { bigint: true };
      writeFilestat(ptr, entry.kind === 'file' ? fs.fstatSync(entry.hostFd, big) : fs.statSync(fds.dirHostPath(entry), big));
    },
    // os.ftruncate. Only a file opened for writing can be resized (the
    // host's descriptor says so), and a file in a read-only mount never is.
    fd_filestat_set_size(fd, size) {
      const entry = fds.get(fd);
      if (entry.kind !== 'file') throw new WasiError(errno.INVAL);
      fs.ftruncateSync(entry.hostFd, Number(size));
    },
    fd_fdstat_get(fd, ptr) {
      const kind = fds.fdKind(fd);
      const v = mem();
      v.setUint8(ptr, kind.filetype);
      v.setUint16(ptr + 2, kind.append ? 1 : 0, true);
      const base = kind.seekable ? ALL_RIGHTS : ALL_RIGHTS & ~(rights.FD_SEEK | rights.FD_TELL);
      v.setBigUint64(ptr + 8, base, true);
      v.setBigUint64(ptr + 16, ALL_RIGHTS, true);
    },
    fd_prestat_get(fd, ptr) {
      const entry = fds.entries.get(fd);
      if (!entry || !entry.preopen) throw new WasiError(errno.BADF);
      mem().setUint8(ptr, 0);
      mem().setUint32(ptr + 4, encoder.encode(entry.mount.guest).length, true);
    },
    fd_prestat_dir_name(fd, ptr, len) {
      const entry = fds.entries.get(fd);
      if (!entry || !entry.preopen) throw new WasiError(errno.BADF);
      u8().set(encoder.encode(entry.mount.guest).subarray(0, len), ptr);
    },
    // Entries from index `cookie` on, each a 24-byte dirent and its name; a
    // truncated last entry tells the guest to call again with a bigger buffer.
    fd_readdir(fd, buf, bufLen, cookie, usedPtr) {
      const list = fds.list(fd, BigInt(cookie));
      let used = 0;
      for (let i = Number(cookie); i < list.length && used < bufLen; i++) {
        const name = encoder.encode(list[i].name);
        const entry = new Uint8Array(24 + name.length);
        const v = new DataView(entry.buffer);
        v.setBigUint64(0, BigInt(i + 1), true);
        v.setBigUint64(8, BigInt(i + 1), true);
        v.setUint32(16, name.length, true);
        v.setUint8(20, list[i].type);
        entry.set(name, 24);
        const n = Math.min(entry.length, bufLen - used);
        u8().set(entry.subarray(0, n), buf + used);
        used += n;
      }
      mem().setUint32(usedPtr, used, true);
    },

    path_open(dirFd, lookup, pathPtr, pathLen, oflag, rightsBase, _inheriting, fdflag, fdPtr) {
      const fd = fds.open(dirFd, str(pathPtr, pathLen), {
        follow: Boolean(lookup & lookupflags.SYMLINK_FOLLOW), oflag, rightsBase, fdflag,
      });
      mem().setUint32(fdPtr, fd, true);
    },
    path_filestat_get(dirFd, lookup, pathPtr, pathLen, ptr) {
      const follow = Boolean(lookup & lookupflags.SYMLINK_FOLLOW);
      const { hostPath } = fds.resolveAt(dirFd, str(pathPtr, pathLen), { followFinal: follow });
      const how = { throwIfNoEntry: false, bigint: true };
      const st = follow ? fs.statSync(hostPath, how) : fs.lstatSync(hostPath, how);
      if (!st) throw new WasiError(errno.NOENT);
      writeFilestat(ptr, st);
    },
    path_filestat_set_times(dirFd, lookup, pathPtr, pathLen, atim, mtim, flags) {
      // os.utime: a change, so only in a writable mount. A link's own
      // times (follow_symlinks=False) are refused, as the native engine
      // (std sets times through an open file) cannot set them.
      if (!(lookup & lookupflags.SYMLINK_FOLLOW)) throw new WasiError(errno.NOTSUP);
      const { mount, hostPath } = fds.resolveAt(dirFd, str(pathPtr, pathLen), { followFinal: true });
      fds.writable(mount);
      const now = Date.now() / 1000;
      const st = fs.statSync(hostPath, { bigint: true });
      // in seconds, as Node takes them: now, the time given, or the file's
      // own when the flags ask for neither
      const pick = (nowFlag, setFlag, ns, currentNs) => {
        if (flags & nowFlag) return now;
        return utimesSeconds(flags & setFlag ? ns : currentNs);
      };
      const atime = pick(fstflags.ATIM_NOW, fstflags.ATIM, atim, st.atimeNs);
      const mtime = pick(fstflags.MTIM_NOW, fstflags.MTIM, mtim, st.mtimeNs);
      fs.utimesSync(hostPath, atime, mtime);
    },
    path_create_directory(dirFd, pathPtr, pathLen) {
      const { mount, hostPath } = fds.resolveAt(dirFd, str(pathPtr, pathLen), { followFinal: false });
      fds.writable(mount);
      fs.mkdirSync(hostPath);
    },
    path_remove_directory(dirFd, pathPtr, pathLen) {
      const { mount, hostPath, relative } = fds.resolveAt(dirFd, str(pathPtr, pathLen), { followFinal: false });
      if (relative === '') throw new WasiError(errno.BUSY);  // a mount's root stays
      fds.writable(mount);
      fs.rmdirSync(hostPath);
    },
    path_unlink_file(dirFd, pathPtr, pathLen) {
      const { mount, hostPath } = fds.resolveAt(dirFd, str(pathPtr, pathLen), { followFinal: false });
      fds.writable(mount);
      if (fs.lstatSync(hostPath).isDirectory()) throw new WasiError(errno.ISDIR);
      fs.unlinkSync(hostPath);
    },
    path_rename(oldFd, oldPtr, oldLen, newFd, newPtr, newLen) {
      const from = fds.resolveAt(oldFd, str(oldPtr, oldLen), { followFinal: false });
      const to = fds.resolveAt(newFd, str(newPtr, newLen), { followFinal: false });
      fds.writable(from.mount);
      fds.writable(to.mount);
      if (from.mount !== to.mount) throw new WasiError(errno.XDEV);
      fs.renameSync(from.hostPath, to.hostPath);
    },

    // Only clock subscriptions are used (sleeping): block this thread until
    // the earliest deadline, then report every clock event as fired.
    poll_oneoff(inPtr, outPtr, count, neventsPtr) {
      const v = mem();
      let waitNs = null;
      for (let i = 0; i < count; i++) {
        const sub = inPtr + 48 * i;
        if (v.getUint8(sub + 8) !== 0) throw new WasiError(errno.NOTSUP);
        let timeout = v.getBigUint64(sub + 24, true);
        if (v.getUint16(sub + 40, true) & 1) {
          const id = v.getUint32(sub + 16, true);
          const now = id === clock.REALTIME ? realtimeNs() : process.hrtime.bigint();
          timeout = timeout > now ? timeout - now : 0n;
        }
        if (waitNs === null || timeout < waitNs) waitNs = timeout;
      }
      if (waitNs !== null && waitNs > 0n) Atomics.wait(sleeper, 0, 0, Number(waitNs) / 1e6);
      for (let i = 0; i < count; i++) {
        const sub = inPtr + 48 * i;
        const ev = outPtr + 32 * i;
        v.setBigUint64(ev, v.getBigUint64(sub, true), true);
        v.setUint16(ev + 8, 0, true);
        v.setUint8(ev + 10, 0);
      }
      v.setUint32(neventsPtr, count, true);
    },

    proc_exit(code) {
      throw new ProcExit(code);
    },
  };

  return returningErrno(impl);
}

// The `pywasm_fs` import module: what WASI preview1 lacks for files.
function createFsImports({ getMemory, fds }) {
  const str = (ptr, len) => decoder.decode(new Uint8Array(getMemory().buffer, ptr, len));
  return returningErrno({
    // os.chmod: a change, so only in a writable mount; a final symlink is
    // followed (Linux has no permission bits of a link's own).
    path_permissions_set(dirFd, _lookup, pathPtr, pathLen, mode) {
      const { mount, hostPath } = fds.resolveAt(dirFd, str(pathPtr, pathLen), { followFinal: true });
      fds.writable(mount);
      fs.chmodSync(hostPath, mode & 0o7777);
    },
  });
}

function returningErrno(impl) {
  const wrapped = {};
  for (const [name, fn] of Object.entries(impl)) {
    wrapped[name] = (...a) => {
      try {
        fn(...a);
        return errno.SUCCESS;
      } catch (err) {
        if (err instanceof ProcExit) throw err;
        return errnoOf(err);
      }
    };
  }
  return wrapped;
}

module.exports = { createWasiImports, createFsImports, ProcExit, oflags };
