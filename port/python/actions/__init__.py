"""The GitHub Actions toolkit for Python scripts run by pywasm.

`actions.core` is @actions/core in snake_case; `actions.context` is the
workflow run's context as @actions/github's `context` gives it. Submodules
are imported on demand, so a script pays only for what it uses.
"""
