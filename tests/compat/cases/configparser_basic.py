# configparser: parsing real-world INI files (setup.cfg, tox.ini, .flake8,
# .bumpversion.cfg, .gitmodules), the DEFAULT section, both interpolations,
# write() output, the mapping protocol, converters, the constructor options
# and read() of files.
import configparser
import io
import os
import shutil
import sys
import tempfile
import warnings
from collections import OrderedDict

SETUP_CFG = """\
[metadata]
name = pywasm-demo
version = attr: demo.__version__
description = A demo package for %(name)s
long_description = file: README.md
long_description_content_type = text/markdown
classifiers =
    Programming Language :: Python :: 3
    License :: OSI Approved :: MIT License

[options]
packages = find:
python_requires = >=3.8
zip_safe = False
include_package_data = true
install_requires =
    requests>=2.0
    click

[options.extras_require]
test =
    pytest>=7
    pytest-cov

[options.entry_points]
console_scripts =
    demo = demo.cli:main

[bdist_wheel]
universal = 1

[flake8]
max-line-length = 100
exclude = .git,__pycache__,build
# a comment line
; another comment line
"""

TOX_INI = """\
[tox]
envlist = py38, py39, py310, lint
isolated_build = True

[testenv]
deps =
    pytest
    -rrequirements.txt
commands = pytest {posargs:tests}
setenv =
    PYTHONPATH = {toxinidir}

[testenv:lint]
skip_install = true
deps = flake8
commands = flake8 src tests
"""

FLAKE8 = """\
[flake8]
extend-ignore = E203, W503
max-complexity = 10
per-file-ignores =
    __init__.py: F401
    tests/*: S101
"""

BUMPVERSION = """\
[bumpversion]
current_version = 1.4.2
commit = True
tag = True
tag_name = v{new_version}

[bumpversion:file:setup.py]
search = version='{current_version}'
replace = version='{new_version}'

[bumpversion:file:src/demo/__init__.py]
"""

GITMODULES = """\
[submodule "vendor/lib"]
\tpath = vendor/lib
\turl = https://github.com/example/lib.git
[submodule "docs/theme"]
\tpath = docs/theme
\turl = https://github.com/example/theme.git
\tbranch = main
"""


def dump(cp, raw=False):
    for name in cp.sections():
        print('[%s]' % name)
        for key, value in cp.items(name, raw=raw):
            print('  %r = %r' % (key, value))


def written(cp, **kw):
    buf = io.StringIO()
    cp.write(buf, **kw)
    return buf.getvalue()


print('--- setup.cfg')
cp = configparser.ConfigParser()
cp.read_string(SETUP_CFG, source='setup.cfg')
print(cp.sections())
dump(cp)
print(repr(cp.get('metadata', 'description')))
print(repr(cp.get('metadata', 'description', raw=True)))
print(cp.getboolean('options', 'zip_safe'), cp.getboolean('options', 'include_package_data'))
print(cp.getint('bdist_wheel', 'universal'), cp.getint('flake8', 'max-line-length'))
print(cp['options']['install_requires'].split())
print([line for line in cp['options.entry_points']['console_scripts'].splitlines() if line])
print(cp.has_option('flake8', 'exclude'), cp.has_option('flake8', 'EXCLUDE'), cp.has_option('flake8', 'nope'))
print(cp.get('flake8', 'exclude').split(','))

print('--- tox.ini')
tox = configparser.ConfigParser(interpolation=None)
tox.read_string(TOX_INI, source='tox.ini')
dump(tox)
envs = [e.strip() for e in tox['tox']['envlist'].split(',')]
print(envs)
print([s for s in tox.sections() if s.startswith('testenv')])
print(repr(tox['testenv']['deps']), repr(tox['testenv']['setenv']))

print('--- .flake8')
fl = configparser.RawConfigParser()
fl.read_string(FLAKE8, '.flake8')
dump(fl)
print([x.strip() for x in fl.get('flake8', 'extend-ignore').split(',')])

print('--- .bumpversion.cfg')
bv = configparser.ConfigParser(interpolation=None)
bv.read_string(BUMPVERSION)
dump(bv)
print([s.split(':', 2)[2] for s in bv.sections() if s.startswith('bumpversion:file:')])
print(bv.getboolean('bumpversion', 'commit'), bv['bumpversion'].getboolean('tag'))
bv['bumpversion']['current_version'] = '1.5.0'
print(written(bv).splitlines()[:3])

print('--- .gitmodules')
gm = configparser.ConfigParser()
gm.read_string(GITMODULES)
for name in gm.sections():
    print(repr(name), repr(name.split('"')[1]), dict(gm[name]))

print('--- DEFAULT section')
d = configparser.ConfigParser()
d.read_string("""
[DEFAULT]
home = /srv
log = %(home)s/log
level = info

[app]
level = debug
data = %(home)s/data

[worker]
home = /opt
""")
print(d.sections(), d.defaults())
print(d.options('app'), d.options('worker'))
print(d.get('app', 'log'), d.get('worker', 'log'), d.get('app', 'level'), d.get('worker', 'level'))
print(d.items('app'))
print(d.items('worker', raw=True))
print(d.items('DEFAULT'))
print(d.has_option('app', 'home'), d.has_option('DEFAULT', 'home'), d.has_option('', 'log'), d.has_option('zzz', 'home'))
print(d.get('DEFAULT', 'log'), d.get('app', 'data', vars={'home': '/tmp'}))
print(d.get('app', 'extra', vars={'Extra': 5}))
print(d.items('app', vars={'home': '/v'}))
print(list(d['worker']), len(d['worker']), 'home' in d['worker'], 'nope' in d['worker'])
print(list(d['DEFAULT']), len(d['DEFAULT']))
print(d.get('app', 'missing', fallback='fb'), d.get('nosection', 'x', fallback=None))
print(d.getint('app', 'missing', fallback=7), d.getfloat('nosection', 'x', fallback=1.5))

print('--- constructor defaults')
cd = configparser.ConfigParser(defaults={'Port': 8080, 'debug': True, 'path': '%(x)s'})
print(cd.defaults())
cd.add_section('s')
print(cd.getint('s', 'port'), cd.getboolean('s', 'debug'))
rd = configparser.RawConfigParser(defaults={'Port': 8080})
print(rd.defaults(), rd.get('DEFAULT', 'port'))

print('--- BasicInterpolation')
bi = configparser.ConfigParser()
bi.read_string("""
[paths]
root = /usr
lib = %(root)s/lib
deep = %(lib)s/python
pct = 100%%
mixed = %(ROOT)s is 50%% done
empty =
""")
for key in bi['paths']:
    print(key, repr(bi['paths'][key]))
print(repr(bi.get('paths', 'pct', raw=True)))
bi.set('paths', 'new', '%(deep)s/site-packages')
print(bi.get('paths', 'new'))
bi.set('paths', 'esc', '%%(root)s')
print(bi.get('paths', 'esc'))
print(configparser.MAX_INTERPOLATION_DEPTH, configparser.DEFAULTSECT)
chain = configparser.ConfigParser()
chain['s'] = {'v0': 'x'}
for i in range(1, 12):
    chain['s']['v%d' % i] = '%%(v%d)s' % (i - 1)
print(chain['s']['v9'])

print('--- ExtendedInterpolation')
ei = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ei.read_string("""
[DEFAULT]
base = /base

[common]
home_dir = /Users
library_dir = /Library
system_dir = /System
macports_dir = /opt/local

[frameworks]
Python = 3.2
path: ${common:system_dir}/Library/Frameworks/

[Arthur]
nickname = Two Sheds
last_name = Jackson
my_dir: ${common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${frameworks:path}/Python/Versions/${frameworks:Python}
cost = $$5
from_default = ${base}/x
""")
for key, value in ei.items('Arthur'):
    print(key, repr(value))
print(ei['frameworks']['path'])
print(ei.get('Arthur', 'python_dir', raw=True))
ei.set('Arthur', 'added', '${nickname} $$ ${common:macports_dir}')
print(ei['Arthur']['added'])

print('--- no interpolation')
for p in (configparser.RawConfigParser(), configparser.ConfigParser(interpolation=None),
          configparser.ConfigParser(interpolation=configparser.Interpolation())):
    p.read_string('[s]\na = %(b)s 100%\nb = ${x}\n')
    print(type(p).__name__, p.get('s', 'a'), p.get('s', 'b'), p.items('s'))
rc = configparser.RawConfigParser()
rc.add_section('nums')
rc.set('nums', 'n', 42)
rc.set('nums', 'lst', [1, 2])
print(rc.get('nums', 'n'), rc.get('nums', 'lst'), rc.items('nums'))
print(written(rc))

print('--- write()')
w = configparser.ConfigParser()
w['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes', 'CompressionLevel': '9'}
w['forge.example'] = {}
w['forge.example']['User'] = 'hg'
w['topsecret.server.example'] = {}
top = w['topsecret.server.example']
top['Port'] = '50022'
top['ForwardX11'] = 'no'
w['DEFAULT']['ForwardX11'] = 'yes'
w.add_section('multi')
w.set('multi', 'text', 'first\nsecond\n\nfourth')
w.set('multi', 'blank', '')
w['numbers'] = {'one': 1, 'pi': 3.14, 'yes': True}
out = written(w)
print(repr(out))
print(repr(written(w, space_around_delimiters=False)))
back = configparser.ConfigParser()
back.read_string(out)
print(back.sections(), repr(back['multi']['text']), repr(back['multi']['blank']))
print(back['numbers'].getfloat('pi'), back['numbers'].getboolean('yes'))
print(back.getboolean('topsecret.server.example', 'forwardx11'), back.getboolean('forge.example', 'forwardx11'))
nv = configparser.ConfigParser(allow_no_value=True, delimiters=(':', '='))
nv.read_string('[mysqld]\nuser = mysql\nskip-external-locking\nkey_buffer: 16M\n')
nv.set('mysqld', 'quick')
print(nv.items('mysqld'), repr(nv.get('mysqld', 'quick')))
print(repr(written(nv)))
print(repr(written(nv, space_around_delimiters=False)))
empty = configparser.ConfigParser()
print(repr(written(empty)))
empty.add_section('only')
print(repr(written(empty)))

print('--- mapping protocol')
m = configparser.ConfigParser()
m.read_string('[a]\nx = 1\ny = 2\n[b]\nz = 3\n[DEFAULT]\nd = 0\n')
print(list(m), len(m), 'a' in m, 'DEFAULT' in m, 'q' in m)
print([(name, repr(proxy)) for name, proxy in m.items()])
print(list(m.keys()), [repr(v) for v in m.values()])
sec = m['a']
print(repr(sec), sec.name, sec.parser is m, m['a'] is sec)
print(list(sec), len(sec), dict(sec), list(sec.items()), list(sec.values()), list(sec.keys()))
print(sec['X'], sec.get('x'), sec.get('nope'), sec.get('nope', 'dflt'), sec.getint('y'), sec.getint('nope', 5))
print(sec.getfloat('x'), sec.getboolean('x'), sec.get('d'))
sec['w'] = 'new'
del sec['x']
print(dict(sec), m.options('a'))
m['c'] = {'k1': 'v1', 'K2': 'v2'}
print(m.sections(), dict(m['c']))
m['c'] = {'only': 'this'}
print(dict(m['c']))
m['c'] = m['c']
print(dict(m['c']))
m['DEFAULT'] = {'fresh': 'yes'}
print(m.defaults(), dict(m['b']))
del m['b']
print(m.sections(), 'b' in m)
print(m.get('a', 'w'), m.setdefault('a') is m['a'])
m.update({'e': {'q': '1'}})
print(m.sections(), dict(m['e']))
print(m.pop('e') is not None, m.sections())
print(m.popitem()[0], m.sections())
m.clear()
print(m.sections(), list(m), m.defaults())
cp2 = configparser.ConfigParser()
cp2.read_dict({'section1': {'key1': 'value1', 'key2': 'value2'},
               'section2': {'keyA': 'valueA', 'n': 1},
               3: {4: 5.5}})
print(cp2.sections(), dict(cp2['section2']), cp2.items('3'))

print('--- options and sections')
o = configparser.ConfigParser()
print(o.sections(), o.has_section('x'))
o.add_section('x')
o.set('x', 'Key', 'v')
print(o.has_section('x'), o.options('x'), o.remove_option('x', 'KEY'), o.remove_option('x', 'KEY'))
o.set('DEFAULT', 'dk', 'dv')
o.set('', 'ek', 'ev')
print(o.defaults(), o.remove_option('DEFAULT', 'dk'), o.remove_option('', 'ek'), o.defaults())
print(o.remove_section('x'), o.remove_section('x'), o.sections())

print('--- optionxform')
ox = configparser.ConfigParser()
ox.optionxform = str
ox.read_string('[S]\nCamelCase = 1\nlower = 2\n')
print(ox.options('S'), ox.has_option('S', 'camelcase'), ox.get('S', 'CamelCase'))


class Upper(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr.upper()


up = Upper()
up.read_string('[s]\nmixed = %(OTHER)s!\nother = ok\n')
print(up.options('s'), up.get('s', 'Mixed'))

print('--- parser options')
c = configparser.ConfigParser(delimiters=('=>', '::'), comment_prefixes=('//',), inline_comment_prefixes=('#',))
c.read_string('[s]\na => 1 # note\nb :: x=y  // not comment\n// comment\n# not a comment either => v\nc=>d#e\n')
print(c.items('s'))
print(repr(written(c)))
ic = configparser.ConfigParser(inline_comment_prefixes=('#', ';'))
ic.read_string('[s]\na = b#c #d ;e\nx = 1 ; one\ny = plain\n;full\n  # indented full\n')
print(ic.items('s'))
ns = configparser.ConfigParser(strict=False)
ns.read_string('[s]\na = 1\nA = 2\n[t]\n[s]\nb = 3\n')
print(ns.sections(), ns.items('s'))
ne = configparser.ConfigParser(empty_lines_in_values=False)
ne.read_string('[s]\nkey = first\n  second\n\n  third = 3\n')
print(ne.items('s'))
ye = configparser.ConfigParser()
ye.read_string('[s]\nkey = first\n  second\n\n  third\n\n\nother = x\n  # comment in value\n  more\n')
print(ye.items('s'))
ds = configparser.ConfigParser(default_section='general')
ds.read_string('[general]\nshared = yes\n[DEFAULT]\nplain = 1\n')
print(ds.sections(), ds.defaults(), ds.items('DEFAULT'), list(ds), ds.default_section)
od = configparser.ConfigParser(dict_type=OrderedDict)
od.read_string('[z]\nb = 1\na = 2\n[y]\n')
print(od.sections(), od.options('z'), type(od.defaults()).__name__)
nc = configparser.ConfigParser(comment_prefixes=None)
nc.read_string('[s]\n#x = 1\n')
print(nc.items('s'))
hd = configparser.ConfigParser()
hd.read_string('[with space]\n[a]b]\n[ x ] trailing\n[]]\n')
print(hd.sections())
bad = configparser.ConfigParser()
print(sorted(configparser.ConfigParser.BOOLEAN_STATES.items()))
bad.read_string('[b]\n' + ''.join('v%d = %s\n' % (i, s) for i, s in
                                    enumerate(['1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'OFF'])))
print([bad.getboolean('b', k) for k in bad.options('b')])


class YesNo(configparser.ConfigParser):
    BOOLEAN_STATES = {'sure': True, 'nope': False}


yn = YesNo()
yn.read_string('[s]\na = sure\nb = Nope\n')
print(yn.getboolean('s', 'a'), yn['s'].getboolean('b'))

print('--- converters')
cv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',') if x.strip()]})
cv.read_string('[s]\nitems = a, b,, c\nnum = 4\n')
print(cv.getlist('s', 'items'), cv['s'].getlist('items'), cv['s'].getlist('missing'), cv.getlist('s', 'x', fallback=[]))
print(sorted(cv.converters), cv.converters['list'] is not None, cv.converters['int'], len(cv.converters))
print(cv.getlist.converter is cv.converters['list'])
cv.converters['upper'] = str.upper
print(cv.getupper('s', 'items'), cv['s'].getupper('num'))
cv.add_section('later')
cv['later']['k'] = 'v'
print(cv['later'].getupper('k'), cv['later'].getlist('k'))
del cv.converters['upper']
print(hasattr(cv, 'getupper'), hasattr(cv['s'], 'getupper'), sorted(cv.converters))


class WithGetter(configparser.ConfigParser):
    def getdecimal(self, section, option, **kw):
        return 'dec:' + self.get(section, option, **kw)


wg = WithGetter()
wg.read_string('[s]\nv = 1.5\n')
print(sorted(wg.converters), wg['s'].getdecimal('v'))

print('--- SafeConfigParser')
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    sp = configparser.SafeConfigParser()
sp.read_string('[s]\na = %(b)s\nb = 1\n')
print(isinstance(sp, configparser.ConfigParser), sp.get('s', 'a'))
print(issubclass(configparser.ConfigParser, configparser.RawConfigParser))

print('--- SECTCRE / OPTCRE on a subclass')
import re


class LooseHeaders(configparser.ConfigParser):
    SECTCRE = re.compile(r'\[ *(?P<header>[^\]]+?) *\]')


lh = LooseHeaders()
lh.read_string('[ a ]\n k = 1\n[b c ]\nz=2\n')
print(lh.sections(), lh.items('a'))


class EqualsOnly(configparser.ConfigParser):
    OPTCRE = re.compile(r'(?P<option>[^=\s][^=]*)\s*(?P<vi>=)\s*(?P<value>.*)$')


eo = EqualsOnly()
eo.read_string('[s]\na = 1\nb: 2 = 3\n')
print(eo.items('s'))
eo = EqualsOnly(delimiters=(':', '='))  # the default delimiters only use OPTCRE
eo.read_string('[s]\nb: 2 = 3\n')
print(eo.items('s'))
print(configparser.RawConfigParser.SECTCRE.match('[x] y').group('header'))

print('--- reading quirks')
q = configparser.ConfigParser(inline_comment_prefixes=('#', ';'))
q.read_string('[s]\nk = x;1;2 ;3 #4\nj = x#y;z ;w #v\nm=#a\n')
print(q.items('s'))
q = configparser.ConfigParser(delimiters=('=', '=>'))
q.read_string('[s]\na => 1\n')
print(q.items('s'))
q = configparser.ConfigParser()
q.read_string('[s]\nb = 2\n  [t]\nx=1\n[u]\n\tb = 2\n\t\tc\n\td = 3\n')
print(q.items('s'), q.items('u'))
q = configparser.RawConfigParser()
try:
    q.read_string('[s]\na=1\n b\na=2\n')
except configparser.DuplicateOptionError as exc:
    print(type(exc).__name__, q.items('s'))
q.read_string('[t]\nx=1\n')
print(q.items('s'))


class Marking(configparser.Interpolation):
    def before_read(self, parser, section, option, value):
        return value if value is None else value + '!'

    def before_write(self, parser, section, option, value):
        return '<%s>' % value


mk = configparser.ConfigParser(interpolation=Marking(), allow_no_value=True)
mk.read_string('[s]\na = x\nflag\n[DEFAULT]\nd = q\n')
mk.set('s', 'b', 'set')
mk.read_string('[t]\nc = y\n')
print(mk.items('s'), mk.items('t'))
print(repr(written(mk)))

print('--- read() and read_file()')
tmp = tempfile.mkdtemp()
try:
    first = os.path.join(tmp, 'first.ini')
    second = os.path.join(tmp, 'second.ini')
    with open(first, 'w') as f:
        f.write('[s]\na = 1\nb = from first\n')
    with open(second, 'w', encoding='utf-8') as f:
        f.write('[s]\nb = from second \u00e9\n[t]\nc = 3\n')
    r = configparser.ConfigParser()
    got = r.read([first, os.path.join(tmp, 'missing.ini'), second], encoding='utf-8')
    print([os.path.basename(g) for g in got])
    print(r.sections(), ascii(r.items('s')))
    r2 = configparser.ConfigParser()
    print(r2.read(os.path.join(tmp, 'nope.ini')), r2.sections())
    got = r2.read(first)
    print([os.path.basename(g) for g in got], r2.items('s'))
    import pathlib
    got = configparser.ConfigParser().read(pathlib.Path(first))
    print([type(g).__name__ for g in got], [os.path.basename(g) for g in got])
    r3 = configparser.ConfigParser()
    with open(first) as f:
        r3.read_file(f)
    print(r3.items('s'))
    r3.read_file(['[u]\n', 'k = v\n', '  cont\n'], source='lines')
    print(r3.items('u'))
    r3.read_file(iter(['[v]', 'x = 1']))
    print(r3.items('v'))
finally:
    shutil.rmtree(tmp)
print('done')
sys.stdout.flush()
