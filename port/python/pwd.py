"""pwd: the password database. WASI has no users, so it holds one entry:
the sandbox's user, with uid and gid 0 as os.getuid() and os.stat() give,
named as os.getlogin() names it ($USER), and $HOME and $SHELL. Scripts
that ask for the current user's name (python-crontab, getpass) get it."""
import os

_FIELDS = ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell')


class struct_passwd(tuple):
    n_sequence_fields = n_fields = 7
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 7:
            raise TypeError('pwd.struct_passwd() takes a 7-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    pw_name = property(lambda s: s[0])
    pw_passwd = property(lambda s: s[1])
    pw_uid = property(lambda s: s[2])
    pw_gid = property(lambda s: s[3])
    pw_gecos = property(lambda s: s[4])
    pw_dir = property(lambda s: s[5])
    pw_shell = property(lambda s: s[6])

    def __repr__(self):
        return 'pwd.struct_passwd(%s)' % ', '.join('%s=%r' % f for f in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_passwd, (tuple(self),))


def _entry():
    env = os.environ
    return struct_passwd((os.getlogin(), 'x', 0, 0, '', env.get('HOME', '/'), env.get('SHELL', '/bin/sh')))


def getpwuid(uid):
    if not isinstance(uid, int):
        raise TypeError('uid should be integer, not %s' % type(uid).__name__)
    if uid == 0:
        return _entry()
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpwnam(name):
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
    entry = _entry()
    if name == entry.pw_name:
        return entry
    raise KeyError('getpwnam(): name not found: %r' % name)


def getpwall():
    return [_entry()]
