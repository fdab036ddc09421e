"""format_notes.py VERSION [CHANGE...]: one release-notes line, as the result."""
import sys

from actions import core

version, changes = sys.argv[1], sys.argv[2:]
if not version.startswith("v"):
    core.warning("version %r has no leading v; adding one" % version)
    version = "v" + version
line = "%s: %s" % (version, "; ".join(changes) if changes else "no changes")
core.info(line)
core.set_result(line)
