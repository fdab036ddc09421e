'use strict';
// process.which: where a program is, found as @actions/io's which() finds
// it on Linux and macOS, for actions.exec (which echoes and runs the path it
// finds). Args { name, path }: `path` is the guest's PATH (the step's, in
// the action). A name with a "/" that is not absolute is not looked up; an
// absolute one is checked where it is (a guest path, translated through
// the mounts). -> the path found, or null.
const fs = require('node:fs');
const path = require('node:path');
const { named } = require('./errors');
const { hostProgram } = require('./paths');

// A regular file this user may execute, by its permission bits (the same
// test as @actions/io: any x bit that applies to us).
function executable(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return false;
  }
  if (!stat.isFile()) return false;
  return (stat.mode & 0o001) !== 0
    || ((stat.mode & 0o010) !== 0 && stat.gid === process.getgid())
    || ((stat.mode & 0o100) !== 0 && stat.uid === process.getuid());
}

function which(args, ctx) {
  if (!args || typeof args.name !== 'string' || !args.name) throw named('ValueError', "process.which: name must be a non-empty string");
  if (args.path !== null && args.path !== undefined && typeof args.path !== 'string') throw named('TypeError', 'process.which: path must be a string or null');
  const { name } = args;
  if (name.startsWith('/')) return executable(hostProgram(ctx.mounts, name)) ? name : null;
  if (name.includes('/')) return null;
  for (const dir of (args.path || '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (executable(candidate)) return candidate;
  }
  return null;
}

module.exports = { which };
