# The library beside the interpreter module: every module of ours under
# python/ (less what manifest.py freezes) and MicroPython's asyncio package,
# each compiled to .mpy by scripts/build-pylib.py into dist/pylib/, which the
# engines mount read-only at /usr/lib/pywasm.
include("$(MPY_DIR)/extmod/asyncio")
# CPython's asyncio submodules (asyncio.tasks, asyncio.subprocess, ...): small
# files of the package that take their names from _pywasm_asyncio_parts.py
package("asyncio", base_path="$(PORT_DIR)/asyncio-parts")
freeze("$(PORT_DIR)/python")
