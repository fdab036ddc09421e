"""getpass: getuser() and getpass(prompt='Password: ', stream=None).

getuser() returns the first non-empty of the LOGNAME, USER, LNAME and
USERNAME environment variables. With none set it raises
OSError('No username set in the environment') as CPython 3.13 does (3.11
would ask the pwd module, which WebAssembly has not got).

getpass() cannot turn off echo (there is no terminal control): it does what
CPython does when it finds no terminal - warns with GetPassWarning, writes
'Warning: Password input may be echoed.' and the prompt to stream (default
sys.stderr) and reads one line from sys.stdin (EOFError at end of input)."""
import os
import sys
import _pywasm_compat  # noqa  (UserWarning)

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def getuser():
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    raise OSError('No username set in the environment')


def getpass(prompt='Password: ', stream=None):
    import warnings
    warnings.warn('Can not control echo on the terminal.', GetPassWarning, stacklevel=2)
    if stream is None:
        stream = sys.stderr
    print('Warning: Password input may be echoed.', file=stream)
    stream.write(prompt)
    stream.flush()
    answer = sys.stdin.readline()
    if answer == '':
        raise EOFError  # end of input before any line
    return answer[:-1] if answer.endswith('\n') else answer
