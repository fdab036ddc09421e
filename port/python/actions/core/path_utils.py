"""Path separator conversions (the runner's paths may be posix or win32)."""
# The separator of the platform the *runner* is on: Python's own platform
# here is "wasi", which says nothing about it. RUNNER_OS tells.
from actions import _env


def to_posix_path(path):
    return path.replace("\\", "/")


def to_win32_path(path):
    return path.replace("/", "\\")


def to_platform_path(path):
    sep = "\\" if _env.get("RUNNER_OS") == "Windows" else "/"
    return path.replace("\\", sep).replace("/", sep)
