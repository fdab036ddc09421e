'use strict';
// Guest paths to host paths through the run's mounts. A child runs on the
// host, so the directory it starts in, and a program named by an absolute
// guest path, must be given to it as the host paths the guest sees there.
const path = require('node:path');

// The host path that guest path `guestPath` (absolute) names, or null when
// no mount shows it. ".." is applied first, so a path that climbs out of a
// mount is outside it, as the sandbox treats it. The innermost mount wins.
function hostPathOf(mounts, guestPath) {
  const p = path.posix.normalize(guestPath);
  let best = null;
  for (const m of mounts) {
    const root = m.guest === '/' ? '/' : `${m.guest}/`;
    if ((p === m.guest || p.startsWith(root)) && (!best || m.guest.length > best.guest.length)) best = m;
  }
  if (!best) return null;
  const rest = path.posix.relative(best.guest, p);
  return rest ? path.join(best.host, ...rest.split('/')) : best.host;
}

// The program as spawn should see it: an absolute path inside a mount is
// translated; a bare name (looked up in PATH), a relative path (relative to
// the child's working directory) or an absolute path no mount shows (a host
// program such as /usr/bin/git) is passed as it is.
function hostProgram(mounts, program) {
  if (!program.startsWith('/')) return program;
  return hostPathOf(mounts, program) || program;
}

module.exports = { hostPathOf, hostProgram };
