# zoneinfo falls back to the tzdata package (a TZif file under its
# zoneinfo/ directory) when no TZPATH directory holds the key, as CPython
# does; available_timezones() reads tzdata's zones list.
import datetime
import os
import shutil
import struct
import sys
import tempfile
import zoneinfo


def tzif(footer):
    # a version-2 TZif file with no transitions: one standard type, and the
    # POSIX TZ string of its footer for all times
    head = b'TZif2' + b'\0' * 15 + struct.pack('>6l', 0, 0, 0, 0, 1, 4)
    body = struct.pack('>lBB', 3600, 0, 0) + b'CET\0'
    return head + body + head + body + b'\n' + footer + b'\n'


root = tempfile.mkdtemp()
pkg = os.path.join(root, 'tzdata')
os.makedirs(os.path.join(pkg, 'zoneinfo', 'Test'))
for d in (pkg, os.path.join(pkg, 'zoneinfo'), os.path.join(pkg, 'zoneinfo', 'Test')):
    open(os.path.join(d, '__init__.py'), 'w').close()
with open(os.path.join(pkg, 'zoneinfo', 'Test', 'Berlin'), 'wb') as f:
    f.write(tzif(b'CET-1CEST,M3.5.0,M10.5.0/3'))
with open(os.path.join(pkg, 'zones'), 'w') as f:
    f.write('Test/Berlin\n')
sys.path.insert(0, root)

zoneinfo.reset_tzpath(to=[])
z = zoneinfo.ZoneInfo('Test/Berlin')
for month in (1, 7):
    dt = datetime.datetime(2024, month, 1, 12, tzinfo=z)
    print(z, dt.utcoffset(), dt.dst(), dt.tzname())
print(z is zoneinfo.ZoneInfo('Test/Berlin'), sorted(zoneinfo.available_timezones()))
for key in ('Test/Nowhere', 'Test'):
    try:
        zoneinfo.ZoneInfo(key)
        print(key, 'found')
    except zoneinfo.ZoneInfoNotFoundError:
        print(key, 'ZoneInfoNotFoundError')
    except OSError as e:
        print(key, type(e).__name__)
shutil.rmtree(root)
