"""sre_parse: the deprecated name of re._parser, as in CPython 3.11."""
import warnings
from re._parser import *  # noqa: F401,F403
from re._parser import MAXWIDTH, SubPattern, parse, error, MAXREPEAT, MAXGROUPS  # noqa: F401

warnings.warn("module 'sre_parse' is deprecated", DeprecationWarning, stacklevel=2)
