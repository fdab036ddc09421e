"""The action's entry: `pywasm -m _pywasm_action file|inline NAME [ARGS...]`
(npm/pywasm/lib/action). It loads the runner, actions._action, from the
frozen modules only. sys.path starts with the working directory, which is
the repository's checkout, and a repository with a directory named
`actions` (where composite actions often live) would otherwise stand in
for the toolkit: the step failed with "No module named 'actions._action'".
The toolkit's package stays in sys.modules, so the script's own
`from actions import core` gets the toolkit too."""
import sys

_path = sys.path[:]
sys.path[:] = [".frozen"]
try:
    from actions import _action
finally:
    sys.path[:] = _path
sys.exit(_action.main())
