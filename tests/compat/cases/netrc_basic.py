# netrc: hosts, default, macros, quoting and escapes, comments, repr, and
# NetrcParseError's messages and line numbers.
import netrc
import os
import shutil

TMP = '_tmp_netrc'


def write(name, text):
    path = os.path.join(TMP, name)
    with open(path, 'w') as f:
        f.write(text)
    return path


def show(text):
    path = write('rc', text)
    try:
        n = netrc.netrc(path)
    except netrc.NetrcParseError as e:
        print('NetrcParseError:', e.msg, '|', e.lineno, '|', e.filename == path)
        print(' ', str(e).replace(path, 'PATH'))
        return None
    print(sorted(n.hosts.items()))
    print(sorted(n.macros.items()))
    return n


os.mkdir(TMP)
try:
    n = show('''machine example.com
    login alice
    password s3cret
machine other.org login bob password "with space" account acct
# a comment line
default login anonymous password guest@
macdef init
cd /pub
binary

''')
    print(n.authenticators('example.com'))
    print(n.authenticators('other.org'))
    print(n.authenticators('nowhere'))
    print(repr(n))
    n2 = show('machine a user u1 password p\\ q\n')
    print(n2.authenticators('a'), n2.authenticators('b'))
    show('machine x login "q\\"uote" password pw # trailing comment\nmachine y login z\n')
    show('machine m login l password p #nospace comment here\n')
    show('# header\n#another\nmachine h login l\n')
    # errors
    show('machine h login l\nbogus\n')
    show('machine h login l\n  extra word\n')
    show('machine\n')
    show('macdef m\nline1\n')
    show('# skipped line\n# skipped too\nmachine h\nfoo bar\n')
    show('default\nlogin x\npassword y\nmachine\n')
    show('')
    show('machine q password "x y"\n# comment after a quoted word\n')
    print(repr(netrc.netrc(write('e', ''))) == '')
    e = netrc.NetrcParseError('boom', 'f.rc', 7)
    print(e, e.args, e.msg, e.filename, e.lineno)
    print(str(netrc.NetrcParseError('only msg')))
    try:
        netrc.netrc(os.path.join(TMP, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
finally:
    shutil.rmtree(TMP)
