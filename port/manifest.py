# What is frozen into the interpreter: MicroPython's own asyncio package and
# every module of ours under python/ (the actions toolkit, the CPython-compat
# modules, the session driver), found recursively. Frozen code costs nothing
# until it is imported.
include("$(MPY_DIR)/extmod/asyncio")
freeze("$(PORT_DIR)/python")
