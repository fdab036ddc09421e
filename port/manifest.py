# What is frozen into the interpreter module: the `actions` toolkit and what
# every run of the action, the API's sessions and the toolkit itself import.
# Everything else of ours, and MicroPython's asyncio, is the library beside
# the module (manifest-lib.py, built by scripts/build-pylib.py): frozen code
# costs bytes in every download and copy of the module, imported or not.
package("actions", base_path="$(PORT_DIR)/python")
module("_pywasm_action.py", base_path="$(PORT_DIR)/python")
module("_pywasm_session.py", base_path="$(PORT_DIR)/python")
module("_pywasm_compat.py", base_path="$(PORT_DIR)/python")
# json is frozen, its command line (json.tool) is in the library: see the end
# of json/__init__.py.
module("json/__init__.py", base_path="$(PORT_DIR)/python")
