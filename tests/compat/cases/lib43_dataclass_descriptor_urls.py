# dataclasses take a field's default as the class sees it (a descriptor's
# __get__(None, cls), or an inherited class attribute), and urlopen opens
# file: and data: URLs as CPython's handlers do.
import dataclasses
import os
import shutil
import tempfile
import urllib.error
import urllib.request


class Checked:
    # a validating descriptor, as settings classes use for dataclass fields
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, instance, owner):
        if instance is None:
            return self.default
        return getattr(instance, self.name)

    def __set__(self, instance, value):
        if not isinstance(value, (str, type(None))):
            raise TypeError('%s must be a str, not %s' % (self.name[1:], type(value).__name__))
        setattr(instance, self.name, value)


class Defaults:
    retries = 3


@dataclasses.dataclass
class Settings(Defaults):
    base_url: Checked = Checked(None)
    retries: int
    name: str = 'job'


s = Settings()
print(s, s.base_url, s.retries)
print(Settings('https://example.invalid/', 5))
try:
    Settings(42)
except TypeError as e:
    print('TypeError:', e)
print([(f.name, f.default) for f in dataclasses.fields(Settings)])

# file: and data: URLs
root = tempfile.mkdtemp(dir='.')
try:
    path = os.path.abspath(os.path.join(root, 'report.json'))
    with open(path, 'w') as f:
        f.write('{"ok": true}\n')
    os.utime(path, (1700000000, 1700000000))
    with urllib.request.urlopen('file://' + path) as r:
        print(r.read(), r.status, r.getcode(), r.geturl() == 'file://' + path)
        print(r.headers['Content-type'], r.headers['Content-length'], r.info()['Last-modified'])
    with urllib.request.urlopen('file://localhost' + path) as r:
        print(r.geturl() == 'file://localhost' + path, r.read())
    try:
        urllib.request.urlopen('file://' + path + '.missing')
    except urllib.error.URLError as e:
        print(type(e.reason).__name__, e.reason.errno, str(e).replace(path, '<path>'))
finally:
    shutil.rmtree(root)
for url in ('data:text/plain;base64,aGVsbG8=', 'data:,a%20b', 'data:application/json,%7B%22a%22%3A1%7D'):
    with urllib.request.urlopen(url) as r:
        print(r.read(), r.headers['Content-type'], r.headers['Content-length'], r.status)
