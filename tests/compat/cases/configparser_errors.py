# configparser: every exception with its message (str and repr), args and
# attributes, the ValueError/TypeError/KeyError the parser raises itself,
# and the state a failed read leaves behind.
import configparser
import io
import warnings

E = configparser


def show(label, fn):
    try:
        r = fn()
    except configparser.Error as e:
        print(label, '->', type(e).__name__)
        print('   str :', str(e))
        print('   repr:', repr(e))
        print('   args:', repr(e.args))
        print('   msg :', e.message == str(e))
        for attr in ('section', 'option', 'source', 'lineno', 'line', 'reference', 'errors'):
            if hasattr(e, attr):
                print('   %s: %r' % (attr, getattr(e, attr)))
        return e
    except (ValueError, TypeError) as e:
        print(label, '->', type(e).__name__, str(e))
    except KeyError as e:
        print(label, '-> KeyError', repr(e.args))
    else:
        print(label, '=', repr(r))


print('--- hierarchy')
for name in ('NoSectionError', 'DuplicateSectionError', 'DuplicateOptionError', 'NoOptionError',
             'InterpolationError', 'InterpolationDepthError', 'InterpolationMissingOptionError',
             'InterpolationSyntaxError', 'ParsingError', 'MissingSectionHeaderError'):
    cls = getattr(configparser, name)
    print(name, issubclass(cls, configparser.Error), issubclass(cls, configparser.InterpolationError),
          issubclass(cls, configparser.ParsingError), issubclass(cls, Exception))
print(sorted(configparser.__all__))
show('Error()', lambda: (_ for _ in ()).throw(configparser.Error()))
show('Error(msg)', lambda: (_ for _ in ()).throw(configparser.Error('custom text')))

print('--- NoSectionError / NoOptionError')
cp = configparser.ConfigParser()
cp.read_string('[s]\na = 1\n[DEFAULT]\nd = x\n')
show('get', lambda: cp.get('missing', 'a'))
show('getint', lambda: cp.getint('missing', 'a'))
show('options', lambda: cp.options('missing'))
show('items', lambda: cp.items('missing'))
show('set', lambda: cp.set('missing', 'a', 'v'))
show('remove_option', lambda: cp.remove_option('missing', 'a'))
show('remove_section', lambda: cp.remove_section('missing'))
show('has_option', lambda: cp.has_option('missing', 'a'))
show('no option', lambda: cp.get('s', 'Nope'))
show('no option DEFAULT', lambda: cp.get('DEFAULT', 'zz'))
show('getboolean no option', lambda: cp.getboolean('s', 'b'))
show('fallback', lambda: cp.get('s', 'nope', fallback='fb'))
show('items DEFAULT', lambda: cp.items('DEFAULT'))
show('manual', lambda: (_ for _ in ()).throw(configparser.NoOptionError('o', 's')))

print('--- DuplicateSectionError')
show('add twice', lambda: cp.add_section('s'))
show('read twice', lambda: configparser.ConfigParser().read_string('[a]\nx = 1\n\n[a]\ny = 2\n'))
show('read source', lambda: configparser.ConfigParser().read_string('[a]\n[b]\n[a]\n', source='setup.cfg'))
show('line 100', lambda: configparser.ConfigParser().read_string('[a]\n' + '\n' * 98 + '[a]\n'))
show('read_dict', lambda: configparser.ConfigParser().read_dict({1: {}, '1': {}}))
show('manual 2 args', lambda: (_ for _ in ()).throw(configparser.DuplicateSectionError('x', 'f.ini')))
show('non-strict ok', lambda: configparser.ConfigParser(strict=False).read_string('[a]\n[a]\n'))
two = configparser.ConfigParser()
two.read_string('[a]\nx = 1\n')
show('second read ok', lambda: two.read_string('[a]\ny = 2\n'))
print(two.items('a'))

print('--- DuplicateOptionError')
show('read', lambda: configparser.ConfigParser().read_string('[s]\na = 1\na = 2\n'))
show('case', lambda: configparser.ConfigParser().read_string('[s]\n\nKey = 1\nkey: 2\n'))
show('DEFAULT', lambda: configparser.ConfigParser().read_string('[DEFAULT]\nd = 1\nd = 2\n'))
show('read_file', lambda: configparser.ConfigParser().read_file(io.StringIO('[s]\na=1\na=2\n'), 'tox.ini'))
show('read_dict', lambda: configparser.ConfigParser().read_dict({'s': {'A': 1, 'a': 2}}))
show('read_dict src', lambda: configparser.ConfigParser().read_dict({'s': {'A': 1, 'a': 2}}, source='d'))
show('manual', lambda: (_ for _ in ()).throw(configparser.DuplicateOptionError('s', 'o')))
show('non-strict', lambda: configparser.ConfigParser(strict=False).read_string('[s]\na = 1\na = 2\n'))

print('--- MissingSectionHeaderError')
e = show('no header', lambda: configparser.ConfigParser().read_string('key = value\n[s]\n'))
print(isinstance(e, configparser.ParsingError))
show('after comments', lambda: configparser.ConfigParser().read_string('# c\n\n  ; c\nbad\n', 'f.ini'))
show('no newline', lambda: configparser.ConfigParser().read_string('x'))
show('file', lambda: configparser.ConfigParser().read_file(io.StringIO('\tk = v'), '.gitmodules'))

print('--- ParsingError')
e = show('one', lambda: configparser.ConfigParser().read_string('[s]\nbad line\n'))
show('many', lambda: configparser.ConfigParser().read_string(
    '[s]\nok = 1\nbad line\n= no name\n  continued\nanother bad\n[t]\nx\n'))
p = configparser.ConfigParser()
show('partial', lambda: p.read_string('[s]\na = 1\nnope\nb = 2\n  more\n'))
print(p.items('s'))
show('no_value allowed', lambda: configparser.ConfigParser(allow_no_value=True).read_string('[s]\nflag\n: v\n'))
show('delims', lambda: configparser.ConfigParser(delimiters=(':',)).read_string('[s]\na = 1\n'))
show('source', lambda: configparser.ConfigParser().read_string('[s]\n\tbad\n', source='x.cfg'))
pe = configparser.ParsingError('src')
print(str(pe), repr(pe), pe.args, pe.errors)
pe.append(3, "'line'")
pe.append(12, 'raw')
print(str(pe))
print(repr(pe), pe.errors, pe.args)
show('no source', lambda: configparser.ParsingError())
show('both', lambda: configparser.ParsingError('a', 'b'))
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    old = configparser.ParsingError(filename='old.ini')
    print(old.source, old.filename, str(old))

print('--- interpolation errors')
ip = configparser.ConfigParser()
ip.read_string("""
[s]
missing = %(nothere)s
loop = %(loop)s
a = %(b)s
b = %(a)s
bad_ref = %(name
lone = 100% sure
trail = 5%
ok = fine
via_default = %(dmiss)s
[DEFAULT]
dmiss = %(zzz)s
""")
for key in ('missing', 'loop', 'a', 'bad_ref', 'lone', 'trail', 'via_default'):
    show('basic ' + key, lambda: ip.get('s', key))
show('items', lambda: ip.items('s'))
show('proxy', lambda: ip['s']['lone'])
show('raw ok', lambda: ip.get('s', 'lone', raw=True))
show('set %', lambda: ip.set('s', 'x', '50% off'))
show('set %(', lambda: ip.set('s', 'x', 'a %(b)s and %(c'))
show('set trailing', lambda: ip.set('s', 'x', 'end%'))
show('set ok', lambda: ip.set('s', 'x', '%(ok)s 100%%'))
show('proxy set %', lambda: ip['s'].__setitem__('y', '%z'))
show('depth chain', lambda: configparser.ConfigParser(defaults={'x': '%(x)s'}).get('DEFAULT', 'x'))

xp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
xp.read_string("""
[s]
missing = ${nothere}
other_missing = ${t:nope}
no_section = ${zz:a}
loop = ${loop}
cross = ${t:loop}
bad_ref = ${name
lone = cost $5
colons = ${a:b:c} tail
ok = fine
[t]
loop = ${s:cross}
""")
for key in ('missing', 'other_missing', 'no_section', 'loop', 'cross', 'bad_ref', 'lone', 'colons'):
    show('ext ' + key, lambda: xp.get('s', key))
show('ext set $', lambda: xp.set('s', 'x', 'pay $5'))
show('ext set ${', lambda: xp.set('s', 'x', '${ok} ${'))
show('ext set ok', lambda: xp.set('s', 'x', '${ok} $$5'))
show('manual depth', lambda: (_ for _ in ()).throw(configparser.InterpolationDepthError('o', 's', 'raw')))
show('manual missing', lambda: (_ for _ in ()).throw(
    configparser.InterpolationMissingOptionError('o', 's', 'raw', 'ref')))
show('manual syntax', lambda: (_ for _ in ()).throw(configparser.InterpolationSyntaxError('o', 's', 'why')))

print('--- TypeError / ValueError / KeyError')
tp = configparser.ConfigParser()
tp.add_section('s')
show('set int', lambda: tp.set('s', 'k', 1))
show('set None', lambda: tp.set('s', 'k', None))
show('set int key', lambda: tp.set('s', 1, 'v'))
show('add int', lambda: tp.add_section(5))
show('proxy int', lambda: tp['s'].__setitem__('k', 2))
show('read_dict None', lambda: tp.read_dict({'s': {'n': None}}))
nvp = configparser.ConfigParser(allow_no_value=True)
nvp.add_section('s')
show('no_value None ok', lambda: nvp.set('s', 'k', None))
show('no_value int', lambda: nvp.set('s', 'k', 3))
show('add DEFAULT', lambda: tp.add_section('DEFAULT'))
show('del DEFAULT', lambda: tp.__delitem__('DEFAULT'))
show('interp type', lambda: configparser.ConfigParser(interpolation=5))
show('not boolean', lambda: tp.read_string('[b]\nv = maybe\n') or tp.getboolean('b', 'v'))
show('not boolean fb', lambda: tp.getboolean('b', 'v', fallback=True))
show('proxy not boolean', lambda: tp['b'].getboolean('v'))
try:
    tp.getint('b', 'v')
except ValueError as e:
    print('getint bad ->', type(e).__name__)
show('section key', lambda: tp['nope'])
show('option key', lambda: tp['s']['nope'])
show('del section key', lambda: tp.__delitem__('nope'))
show('del option key', lambda: tp['s'].__delitem__('nope'))
tp.read_string('[DEFAULT]\ndk = 1\n')
show('del default via section', lambda: tp['s'].__delitem__('dk'))
print(tp.defaults())
show('bad converter', lambda: configparser.ConfigParser(converters={1: int}))
show('empty converter', lambda: configparser.ConfigParser(converters={'': int}))
show('del converter', lambda: configparser.ConfigParser().converters.__delitem__(''))
show('del converter none', lambda: configparser.ConfigParser().converters.__delitem__(None))
show('del converter unknown', lambda: configparser.ConfigParser().converters.__delitem__('x'))
show('popitem empty', lambda: configparser.ConfigParser().popitem())
