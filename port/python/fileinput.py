"""fileinput: iterate over the lines of several files (or stdin) as one
stream, as CPython 3.11's module does.

FileInput(files=None, inplace=False, backup='', *, mode='r', openhook=None,
encoding=None, errors=None) reads the files in turn: a str or path-like
is one file, None means sys.argv[1:] (stdin when that is empty), and '-'
is stdin (its filename() is '<stdin>'). It is an iterator and a context
manager, with readline(), filename(), lineno() (across files),
filelineno(), isfirstline(), isstdin(), fileno(), nextfile() and close().
mode 'rb' gives bytes lines. With inplace=True each file is renamed to
its backup (name + backup, '.bak' by default) and, while its lines are
read, sys.stdout writes the new file; the backup is removed afterwards
unless backup was given.

input() makes the module's shared FileInput (RuntimeError "input()
already active" while one is reading), and the module-level filename(),
lineno(), filelineno(), fileno(), isfirstline(), isstdin(), nextfile()
and close() ask it (RuntimeError "no active input()" without one).
hook_encoded(encoding, errors=None) and hook_compressed(filename, mode, *,
encoding=None, errors=None) are the openhooks CPython ships; the second
opens .gz files through our gzip ('.bz2' raises NotImplementedError: there
is no bz2 here).

Difference: the default encoding is UTF-8 (CPython's is the locale's,
UTF-8 on the usual systems)."""
import os
import sys

__all__ = ['input', 'close', 'nextfile', 'filename', 'lineno', 'filelineno', 'fileno',
           'isfirstline', 'isstdin', 'FileInput', 'hook_compressed', 'hook_encoded']

_state = None  # the FileInput of input()


def input(files=None, inplace=False, backup='', *, mode='r', openhook=None, encoding=None,
          errors=None):
    global _state
    if _state and _state._file:
        raise RuntimeError('input() already active')
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def _active():
    if not _state:
        raise RuntimeError('no active input()')
    return _state


def close():
    global _state
    state, _state = _state, None
    if state:
        state.close()


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


def _file_list(files):
    # one name, a path-like, an iterable of names, or None for sys.argv[1:];
    # nothing at all means stdin ('-')
    if isinstance(files, str):
        return (files,)
    if hasattr(files, '__fspath__'):
        return (os.fspath(files),)
    return tuple(sys.argv[1:] if files is None else files) or ('-',)


class FileInput:
    def __init__(self, files=None, inplace=False, backup='', *, mode='r', openhook=None,
                 encoding=None, errors=None):
        self._files = _file_list(files)
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook:
            # in-place rewriting renames real files: a hook cannot take part
            if inplace:
                raise ValueError('FileInput cannot use an opening hook in inplace mode')
            if not callable(openhook):
                raise ValueError('FileInput openhook must be callable')
        self._mode = mode
        self._inplace, self._backup = inplace, backup
        self._openhook = openhook
        self._encoding, self._errors = encoding, errors
        self._saved_stdout = None   # sys.stdout while a file is rewritten
        self._output = None         # the file being rewritten in place
        self._backupfilename = None
        self._filename = None
        self._file = None
        self._isstdin = False
        self._startlineno = 0       # lines read before the current file
        self._filelineno = 0

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        # forget the files still to come first, so that a failure while
        # finishing the current one still leaves the object closed
        self._files = ()
        self.nextfile()

    def __del__(self):
        self.close()

    def readline(self):
        # The next line, moving on to the next file at each one's end; an
        # empty line only when every file is done.
        while True:
            if self._file:
                line = self._file.readline()
            else:
                line = self._open_next()
                if not self._file:
                    return line
            if line:
                self._filelineno += 1
                return line
            self.nextfile()

    def nextfile(self):
        # Finish the current file: stdout back, the rewritten file closed,
        # the input closed, an unwanted backup removed.
        saved, self._saved_stdout = self._saved_stdout, None
        if saved:
            sys.stdout = saved
        output, self._output = self._output, None
        try:
            if output:
                output.close()
        finally:
            current, self._file = self._file, None
            try:
                if current and not self._isstdin:
                    current.close()
            finally:
                backup, self._backupfilename = self._backupfilename, None
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._isstdin = False

    def _open_next(self):
        # Open the next file and read its first line ('' with none left).
        if not self._files:
            return b'' if 'b' in self._mode else ''
        name, self._files = self._files[0], self._files[1:]
        self._startlineno += self._filelineno
        self._filelineno = 0
        self._filename = name
        self._isstdin = False
        self._file = self._backupfilename = None
        text = 'b' not in self._mode
        if self._filename == '-':
            self._filename = '<stdin>'
            self._file = sys.stdin if text else getattr(sys.stdin, 'buffer', sys.stdin)
            self._isstdin = True
        elif self._inplace:
            self._backupfilename = os.fspath(self._filename) + (self._backup or '.bak')
            try:
                os.unlink(self._backupfilename)
            except OSError:
                pass
            os.rename(self._filename, self._backupfilename)
            self._file = self._open(self._backupfilename, self._mode)
            self._output = self._open(self._filename, 'wb' if 'b' in self._mode else 'w')
            try:  # the new file keeps the original's permission bits
                os.chmod(self._filename, os.stat(self._backupfilename).st_mode & 0o7777)
            except OSError:
                pass
            self._saved_stdout = sys.stdout
            sys.stdout = self._output
        elif self._openhook:
            if self._encoding is None:
                self._file = self._openhook(self._filename, self._mode)
            else:
                self._file = self._openhook(self._filename, self._mode,
                                            encoding=self._encoding, errors=self._errors)
        else:
            self._file = self._open(self._filename, self._mode)
        return self._file.readline()

    def _open(self, name, mode):
        if 'b' in mode:
            return open(name, mode)
        return open(name, mode, encoding=self._encoding or 'utf-8', errors=self._errors)

    def fileno(self):
        if not self._file:
            return -1
        try:
            return self._file.fileno()
        except (ValueError, AttributeError, OSError):
            return -1

    def filename(self):
        return self._filename

    def filelineno(self):
        return self._filelineno

    def lineno(self):
        # counted across all the files read so far
        return self._startlineno + self._filelineno

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin

    def __class_getitem__(cls, item):
        # FileInput[str] in annotations (an implicit classmethod, as in CPython)
        from types import GenericAlias
        return GenericAlias(cls, item)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    ext = os.path.splitext(filename)[1]
    if ext == '.gz':
        import gzip
        if 'b' in mode:
            return gzip.open(filename, mode)
        return gzip.open(filename, mode.replace('t', '') + 't', encoding=encoding or 'utf-8', errors=errors)
    if ext == '.bz2':
        raise NotImplementedError('fileinput.hook_compressed: pywasm has no bz2 module')
    return open(filename, mode, encoding=None if 'b' in mode else encoding or 'utf-8', errors=errors)


def hook_encoded(encoding, errors=None):
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
