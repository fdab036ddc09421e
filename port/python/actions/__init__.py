"""The GitHub Actions toolkit for Python scripts run by pywasm.

`actions.core` is @actions/core in snake_case; `actions.context` is the
workflow run's context as @actions/github's `context` gives it;
`actions.github` is a GitHub API client (and that context again);
`actions.exec` runs tools as @actions/exec does. Submodules
are imported on demand, so a script pays only for what it uses.
"""
