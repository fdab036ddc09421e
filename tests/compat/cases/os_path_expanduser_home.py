# os.path.expanduser takes HOME as CPython does: its trailing '/' dropped,
# '/' alone giving '/x' for '~/x' (not '//x'), '~user' left alone here.
import os

for home in ['/home/runner', '/home/runner/', '/', '']:
    os.environ['HOME'] = home
    print(repr(home), os.path.expanduser('~'), os.path.expanduser('~/x/y'), os.path.expanduser('~x/y'),
          os.path.expanduser('a/~'), os.path.expanduser(b'~/b'))
