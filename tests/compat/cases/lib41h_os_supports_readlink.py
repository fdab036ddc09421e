# os.supports_* (wcmatch reads them at import) and readlink in a tree
# without links: EINVAL for a path that is there, ENOENT for one that is not
# (babel's local time zone lookup); stat(dir_fd=None) is accepted
import os
for name in ('supports_dir_fd', 'supports_fd', 'supports_follow_symlinks', 'supports_effective_ids'):
    print(name, isinstance(getattr(os, name), set))
print(os.stat in os.supports_follow_symlinks, os.access in os.supports_effective_ids)
print(os.stat('.', dir_fd=None).st_mode == os.stat('.').st_mode)
for p in ('.', 'no-such-file-here'):
    try:
        os.readlink(p)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    os.readlink(1.5)
except TypeError as e:
    print('TypeError')
