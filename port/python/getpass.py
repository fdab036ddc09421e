"""getpass: getuser() and getpass(prompt='Password: ', stream=None).

getuser() returns the first non-empty of the LOGNAME, USER, LNAME and
USERNAME environment variables; with none set it asks the pwd module, as
CPython 3.11 does (whose one entry is the sandbox's user).

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
    import pwd
    return pwd.getpwuid(os.getuid())[0]


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
