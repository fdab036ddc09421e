# Job-summary formatting and small core fixes (0362, 0363): wide fill
# characters in format specs, str.replace('') over non-ASCII text, float()
# of texts without digits, pow(b, 0, m), read(None) and readline(None),
# attributes on classmethod and staticmethod objects.
import io
import json

title = 'Build report'
print(f"{title:─^30}")
print(f"{42:•>8}|{'x':★<5}|{3.5:·^9.2f}|{'ab':<<5}|{-7:0=5}|{'é':é^5}")
print('{:─^{w}}'.format('é', w=7), format('z', '→>4'), '{:═<12}{:░>6}'.format('total', 17))
rows = [('lint', 'ok', 1.25), ('tests', 'failed', 30.5)]
for name, status, secs in rows:
    print(f"│ {name:·<10} │ {status:^8} │ {secs:>7.2f}s │")
print('é'.replace('', '-'), 'añb'.replace('', '|', 2), b'ab'.replace(b'', b'.'), '日本'.replace('', '/'))
for text in ('.', '-.', 'e1', '.e1', '+e3', '1.', '.5', '1e5', '-1.5e-3', ' 2 ', 'inf', '1_0.5', '1e', '1.5j'):
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print(repr(text), 'ValueError:', e)
print(pow(0, 0, 7), pow(2, 0, -5), pow(3, 2, -5), pow(4, 0, 1), pow(7, 0, 3))
data = io.BytesIO(b'line1\nline2\n')
print(data.read(None), io.StringIO('a\nb\n').readline(None), io.StringIO('abc').read(-5), io.StringIO('xyz\n').readline(-1))
with open('core42_fill_replace_float_read.tmp', 'w') as f:
    json.dump({'k': 1}, f)
with open('core42_fill_replace_float_read.tmp') as f:
    print(f.read(None), end=' ')
with open('core42_fill_replace_float_read.tmp', 'rb') as f:
    print(f.readline(None))
import os
os.remove('core42_fill_replace_float_read.tmp')
validator = classmethod(lambda cls: cls.__name__)
validator.validator_fields = ('name',)
validator.each_item = False


class Model:
    check = validator


print(Model.check(), Model.__dict__['check'].validator_fields, vars(Model.__dict__['check'])['each_item'])
helper = staticmethod(len)
helper.tag = 'sized'
del helper.tag
helper.tag = 'again'
print(helper.tag, helper('abc'))
try:
    del helper.missing
except AttributeError as e:
    print('AttributeError')
