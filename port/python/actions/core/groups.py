"""Foldable groups in the log: start_group, end_group, and group()."""
from actions.core.command import issue


def start_group(name):
    issue("group", name)


def end_group():
    issue("endgroup")


class group:
    """A log group, as a context manager or as a decorator.

        with core.group("Install"):
            ...

        @core.group("Build")
        def build(): ...

    The group is closed even when the body raises, as core.group's
    `finally` does.
    """

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        start_group(self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        end_group()
        return False

    def __call__(self, function):
        name = self.name

        def wrapped(*args, **kwargs):
            start_group(name)
            try:
                return function(*args, **kwargs)
            finally:
                end_group()

        return wrapped
