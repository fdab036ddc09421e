"""sre_constants: the deprecated name of re._constants, as in CPython 3.11."""
import warnings
from re._constants import error, MAXREPEAT, MAXGROUPS  # noqa: F401

warnings.warn("module 'sre_constants' is deprecated", DeprecationWarning, stacklevel=2)
