# Stubs for the `actions` toolkit frozen into pywasm's interpreter.
# Point your editor's stub path at npm/pywasm/types (e.g. mypy_path, or
# python.analysis.stubPath in VS Code) to complete `actions.*`.
from . import context as context
from . import core as core
from . import exec as exec
from . import github as github
