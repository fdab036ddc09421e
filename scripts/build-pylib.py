#!/usr/bin/env python3
"""Compile the interpreter's library: what port/manifest-lib.py lists and
port/manifest.py does not freeze, each module to its own .mpy file.

The engines mount the result read-only at /usr/lib/pywasm, the last entry of
sys.path, so a module costs bytes in memory only once it is imported and
the interpreter module itself stays small (docs/interpreter.md, "The
library beside the module").

Usage: build-pylib.py MICROPYTHON_DIR MPY_CROSS OUTDIR
Deterministic: mpy-cross output depends only on the sources, and OUTDIR is
written afresh (beside its name, then renamed into place).
"""
import os
import shutil
import subprocess
import sys

PORT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "port")


def manifest_files(mp_dir, manifest):
    sys.path.insert(0, os.path.join(mp_dir, "tools"))
    import manifestfile

    m = manifestfile.ManifestFile(manifestfile.MODE_FREEZE, {"MPY_DIR": mp_dir, "MPY_LIB_DIR": "", "PORT_DIR": PORT})
    m.execute(os.path.join(PORT, manifest))
    return m.files()


def main():
    mp_dir, mpy_cross, out = sys.argv[1:4]
    frozen = {f.target_path for f in manifest_files(mp_dir, "manifest.py")}
    partial = out + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    count = 0
    for f in sorted(manifest_files(mp_dir, "manifest-lib.py"), key=lambda f: f.target_path):
        if f.target_path in frozen:
            continue
        dest = os.path.join(partial, f.target_path[:-3] + ".mpy")
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        # -s: tracebacks name the module's file as they did when it was frozen.
        cmd = [mpy_cross, "-o", dest, "-s", f.target_path]
        if f.opt is not None:
            cmd.append("-O%d" % f.opt)
        subprocess.run(cmd + [f.full_path], check=True)
        count += 1
    shutil.rmtree(out, ignore_errors=True)
    os.rename(partial, out)
    print("build-pylib: %d modules in %s" % (count, out), file=sys.stderr)


if __name__ == "__main__":
    main()
