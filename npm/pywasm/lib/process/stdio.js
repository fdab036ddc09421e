'use strict';
// Where a child's stdin, stdout and stderr go, from what the guest asked
// for each stream ({ capture, show }, or stderr 'stdout') and where the
// run's own output goes.
//
// - A stream shown and not captured, whose destination is one of this
//   process's fds (the CLI, the action), is that fd itself: the child
//   writes to it directly, so a long command streams live and its output
//   cannot be held up or reordered by us.
// - A stream captured, or shown through a callback (the library), is a
//   pipe we read: run() passes each chunk on as it comes, runSync() when
//   the child has ended (spawnSync returns only then).
// - stderr merged into stdout (subprocess.STDOUT) must keep the order in
//   which the child wrote to the two: when stdout is a pipe, both go into
//   one scratch file (one file offset, so writes land in order), read back
//   when the child has ended. Node has no way to give one pipe to both.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

let scratchCount = 0;

// A file no one else can name: created exclusively, unlinked at once (the
// open fd keeps it alive until closed).
function openScratch() {
  for (;;) {
    const name = path.join(os.tmpdir(), `pywasm-run-${process.pid}-${++scratchCount}-${Math.random().toString(36).slice(2)}`);
    try {
      const fd = fs.openSync(name, 'wx+', 0o600);
      fs.unlinkSync(name);
      return fd;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
  }
}

function readScratch(fd) {
  const size = fs.fstatSync(fd).size;
  const bytes = Buffer.alloc(size);
  for (let off = 0; off < size;) {
    const n = fs.readSync(fd, bytes, off, size - off, off);
    if (n === 0) break;
    off += n;
  }
  return bytes;
}

// plan: the checked request (request.js); ctx: the handlers' context.
// -> { stdio, out, err, scratch, close() } where out/err say what to do with
//    what comes from the child's stdout/stderr pipe (null: no pipe):
//    { capture, write } with write the destination callback or null.
function planStdio(plan, ctx) {
  const directFd = (spec) => (!spec.capture && spec.show && ctx[spec.show] && ctx[spec.show].fd !== undefined ? ctx[spec.show].fd : null);
  const entry = (spec) => {
    if (!spec.capture && !spec.show) return 'ignore';
    const fd = directFd(spec);
    return fd === null ? 'pipe' : fd;
  };
  const reader = (spec) => ({ capture: spec.capture, write: spec.show && directFd(spec) === null ? ctx[spec.show].write : null });
  let stdin = 'ignore';
  if (plan.stdin.mode === 'data') stdin = 'pipe';
  else if (plan.stdin.mode === 'inherit' && Number.isInteger(ctx.stdinFd)) stdin = ctx.stdinFd;
  const stdout = entry(plan.stdout);
  let stderr;
  let scratch = null;
  if (plan.stderr === 'stdout') {
    if (stdout === 'pipe') scratch = openScratch();
    stderr = scratch === null ? stdout : scratch;
  } else {
    stderr = entry(plan.stderr);
  }
  return {
    stdio: [stdin, scratch === null ? stdout : scratch, stderr],
    out: stdout === 'pipe' ? reader(plan.stdout) : null,
    err: stderr === 'pipe' ? reader(plan.stderr) : null,
    scratch,
    close() {
      if (scratch !== null) fs.closeSync(scratch);
      scratch = null;
    },
  };
}

// Bytes that came from one stream: shown where the guest asked, kept if it
// captures them. -> the captured bytes, or null.
function deliver(bytes, reader) {
  if (!reader) return null;
  if (reader.write && bytes && bytes.length) reader.write(bytes);
  return reader.capture ? (bytes || Buffer.alloc(0)) : null;
}

module.exports = { planStdio, readScratch, deliver };
