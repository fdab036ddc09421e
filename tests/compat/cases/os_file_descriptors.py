# os's file descriptors (os.open with Linux's O_* flags, read, write, lseek,
# ftruncate, fsync, fstat, isatty, fdopen, open(fd)) and tempfile.mkstemp,
# in a temporary directory under the working directory. Descriptor numbers
# differ between interpreters (the mounts hold some), so none is printed.
import os
import shutil
import stat
import tempfile

print('flags', os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_ACCMODE, os.O_CREAT, os.O_EXCL,
      os.O_TRUNC, os.O_APPEND, os.O_NONBLOCK, os.O_DSYNC, os.O_SYNC, os.O_NOFOLLOW,
      os.O_DIRECTORY, os.O_CLOEXEC)


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        name = os.path.basename(e.filename) if isinstance(getattr(e, 'filename', None), str) else None
        print(label, type(e).__name__, getattr(e, 'errno', None), getattr(e, 'strerror', None) or str(e), name)


top = tempfile.mkdtemp(prefix='osfd_', dir=os.getcwd())
try:
    path = os.path.join(top, 'data.bin')

    # create, write, move about, shrink
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644)
    print('write', os.write(fd, b'hello world\n'), os.write(fd, bytearray(b'abc')), os.write(fd, memoryview(b'xyz')))
    print('tell', os.lseek(fd, 0, os.SEEK_CUR), 'end', os.lseek(fd, 0, os.SEEK_END))
    print('set', os.lseek(fd, 6, os.SEEK_SET), os.write(fd, b'W'))
    os.fsync(fd)
    os.fdatasync(fd)
    st = os.fstat(fd)
    print('fstat', type(st).__name__, st.st_size, stat.S_ISREG(st.st_mode), st.st_size == os.stat(path).st_size)
    os.ftruncate(fd, 11)
    print('truncated', os.fstat(fd).st_size, os.path.getsize(path))
    print('isatty', os.isatty(fd), 'inheritable', os.get_inheritable(fd), 'encoding', os.device_encoding(fd))
    show('write str', lambda: os.write(fd, 'text'))
    show('bad seek', lambda: os.lseek(fd, -5, os.SEEK_SET))
    os.close(fd)

    # a closed descriptor
    show('read closed', lambda: os.read(fd, 1))
    show('write closed', lambda: os.write(fd, b'x'))
    show('close closed', lambda: os.close(fd))
    show('fstat closed', lambda: os.fstat(fd))
    print('isatty closed', os.isatty(fd))

    # read back
    fd = os.open(path, os.O_RDONLY)
    print('read', os.read(fd, 5), os.read(fd, 0), os.read(fd, 100), os.read(fd, 100))
    print('seek back', os.lseek(fd, -5, os.SEEK_END), os.read(fd, 100))
    show('write read-only', lambda: os.write(fd, b'x'))
    os.close(fd)

    # atomic creation: the second O_EXCL open fails
    lock = os.path.join(top, 'lock')
    fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    os.write(fd, b'1234\n')
    os.close(fd)
    show('excl again', lambda: os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    show('missing', lambda: os.open(os.path.join(top, 'nope'), os.O_RDONLY))
    show('file as dir', lambda: os.open(lock, os.O_RDONLY | os.O_DIRECTORY))
    show('bad path', lambda: os.open(1.5, os.O_RDONLY))
    show('null byte', lambda: os.open('a\0b', os.O_RDONLY))

    # appending
    fd = os.open(lock, os.O_WRONLY | os.O_APPEND)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, b'more\n')
    os.close(fd)
    with open(lock) as f:
        print('appended', repr(f.read()))

    # a path-like path, and a name relative to a directory descriptor
    import pathlib
    fd = os.open(pathlib.Path(lock), os.O_RDONLY)
    print('pathlike', os.read(fd, 4))
    os.close(fd)
    dfd = os.open(top, os.O_RDONLY | os.O_DIRECTORY)
    fd = os.open('lock', os.O_RDONLY, dir_fd=dfd)
    print('dir_fd', os.read(fd, 4), stat.S_ISDIR(os.fstat(dfd).st_mode))
    os.close(fd)
    os.close(dfd)

    # fdopen and open(fd)
    fd = os.open(path, os.O_RDWR)
    with os.fdopen(fd, 'r+') as f:
        print('fdopen', repr(f.read()), f.name == fd, f.mode)
        f.write('!')
    show('after fdopen', lambda: os.read(fd, 1))
    fd = os.open(path, os.O_RDONLY)
    with open(fd, 'rb', closefd=False) as f:
        print('closefd=False', f.read(5))
    # (CPython's buffered reader reads ahead, so only a seek says where)
    print('still open', os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 3))
    os.close(fd)
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
    f = open(fd, 'w', encoding='utf-8')
    print('text write', f.write('line one\nline two\n'))
    f.close()
    with open(path) as f:
        print('text read', f.readlines())
    show('fdopen type', lambda: os.fdopen('x'))
    show('negative fd', lambda: open(-1))
    show('closefd name', lambda: open(path, closefd=False))
    fd = os.open(top, os.O_RDONLY)
    show('dir fd', lambda: open(fd))
    os.close(fd)
    with open(path, 'rb') as f:
        os.fsync(f)  # a file object: its fileno()
        print('fsync file object ok')

    # open(opener=): the opener gets the name and CPython's flags for the mode
    seen = []

    def opener(name, flags):
        seen.append((os.path.basename(name), flags))
        return os.open(name, flags, 0o600)

    secret = os.path.join(top, 'secret')
    with open(secret, 'w', opener=opener) as f:
        f.write('s3cret')
        print('opener name', os.path.basename(f.name))
    with open(secret, 'a', opener=opener) as f:
        f.write('!')
    with open(secret, 'r+', opener=opener) as f:
        print('opener read', f.read())
    show('opener x', lambda: open(secret, 'x', opener=opener))
    print('opener flags', seen)
    show('opener bad', lambda: open(secret, opener=lambda n, fl: -1))
    os.remove(secret)

    # mkstemp
    fd, name = tempfile.mkstemp()
    print('mkstemp default', os.path.isabs(name), os.path.basename(name).startswith('tmp'))
    os.close(fd)
    os.remove(name)
    fd, name = tempfile.mkstemp(suffix='.txt', prefix='rep_', dir=top, text=True)
    base = os.path.basename(name)
    print('mkstemp', os.path.isabs(name), os.path.dirname(name) == top, base.startswith('rep_'),
          base.endswith('.txt'), len(base) == len('rep_') + 8 + len('.txt'), os.path.getsize(name))
    with os.fdopen(fd, 'w') as f:
        f.write('report\n')
    with open(name) as f:
        print('mkstemp content', repr(f.read()))
    fd, bname = tempfile.mkstemp(suffix=b'.bin', dir=os.fsencode(top))
    print('mkstemp bytes', type(bname).__name__, bname.endswith(b'.bin'))
    os.write(fd, b'\x00\x01')
    os.close(fd)
    print('mkstemp bytes size', os.path.getsize(bname))
    print('dup', hasattr(os, 'dup'), 'closerange', hasattr(os, 'closerange'))
    print('listing', sorted(n for n in os.listdir(top) if not n.startswith('rep_') and not n.endswith('.bin')))
finally:
    shutil.rmtree(top)
print('removed', os.path.exists(top))
