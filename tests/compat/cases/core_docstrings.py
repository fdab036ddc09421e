"""Summarise a release.

Docstrings are kept as __doc__ (patch 0049), so the common
ArgumentParser(description=__doc__) works; sys.modules has __main__.
"""
import argparse
import sys


def documented(x):
    """Return x doubled."""
    return 2 * x


def bare(x):
    return x


class Tool:
    """A tool with a docstring."""

    def run(self):
        """Run it."""


class Plain:
    pass


parser = argparse.ArgumentParser(prog='release', description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument('--dry-run', action='store_true', help='change nothing')
parser.print_help()
print(repr(documented.__doc__), repr(bare.__doc__), repr(Tool.__doc__), repr(Plain.__doc__))
print(repr(Tool.run.__doc__), repr((lambda: 0).__doc__), documented(4))
print(sys.modules['__main__'].__doc__.splitlines()[0], sys.modules[__name__] is sys.modules['__main__'])
print(repr(argparse.__name__), isinstance(argparse.__doc__, (str, type(None))))
