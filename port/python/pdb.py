"""pdb: the names of CPython's debugger, without a debugger.

A workflow step has no terminal to debug from, and pywasm cannot stop a
running frame to inspect it; libraries import pdb at the top to offer a
breakpoint hook (glom's Breakpoint spec). Importing works; starting the
debugger raises NotImplementedError."""

__all__ = ['run', 'pm', 'Pdb', 'runeval', 'runctx', 'runcall', 'set_trace', 'post_mortem', 'help']


def _missing(*args, **kwargs):
    raise NotImplementedError('pdb: the debugger is not available in pywasm')


class Pdb:
    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None, nosigint=False, readrc=True):
        self.completekey, self.stdin, self.stdout, self.skip = completekey, stdin, stdout, skip

    set_trace = run = runeval = runctx = runcall = interaction = _missing


run = runeval = runctx = runcall = set_trace = post_mortem = pm = help = _missing
