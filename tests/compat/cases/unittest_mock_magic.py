# unittest.mock: MagicMock's default magic methods and configuring them,
# NonCallableMagicMock, PropertyMock, AsyncMock, mock_open, create_autospec.
import asyncio
from unittest.mock import (MagicMock, NonCallableMagicMock, Mock, PropertyMock, AsyncMock,
                           mock_open, create_autospec, patch, call, ANY)


def name_of(m):
    return repr(m).split(" id=")[0] + ">"


def check(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


m = MagicMock()
print(len(m), list(m), bool(m), int(m), float(m), 5 in m, m == m, m != m, m == 1, m != 1)
print(name_of(m[0]), name_of(m['k']), name_of(m.__getitem__), str(m) == repr(m), hash(m) == hash(m))
check('lt', lambda: m < 1)
print(name_of(m + 1), name_of(m * 2), name_of(-m), name_of(abs(m)))
with m as entered:
    print(name_of(entered))
m.__len__.return_value = 3
m.__iter__.return_value = iter([1, 2])
m.__contains__.return_value = True
m.__bool__.return_value = False
m.__int__.return_value = 42
m.__getitem__.side_effect = lambda k: k * 2
m.__eq__.return_value = True
print(len(m), list(m), list(m), 'x' in m, bool(m), int(m), m[21], m == 1)
m.__iter__.return_value = [1, 2]
print(list(m), list(m))
m[1] = 2
del m[3]
print(m.__setitem__.call_args, m.__delitem__.call_args)
print(m.mock_calls[-2:])
m.__str__.return_value = 'custom'
print(str(m), '%s' % m)
m.__lt__.return_value = True
print(m < 0, m > 0 if False else '-')
m.__enter__.return_value = 'ctx'
with m as v:
    print(v)
print(m.__exit__.call_args)
m.__len__ = lambda self: 11
print(len(m))
m.__hash__.return_value = 99
print(hash(m))
check('del magic', lambda: (delattr(m, '__len__'), len(m)))
check('set bad magic', lambda: setattr(m, '__getattr__', None))
m.__add__.return_value = 'added'
print(m + 1, m.__add__.call_args)

plain = Mock()
check('mock len', lambda: len(plain))
plain.__len__ = Mock(return_value=4)
print(len(plain))
plain.__iter__ = Mock(return_value=iter('xy'))
print(list(plain))

nc = NonCallableMagicMock()
check('ncmm call', nc)
print(len(nc), name_of(nc.method()))
sm = MagicMock(spec=['__len__', 'name'])
print(len(sm))
check('spec magic', lambda: list(sm))


# PropertyMock
class Config:
    @property
    def level(self):
        return 'real'


with patch.object(Config, 'level', new_callable=PropertyMock) as level:
    level.return_value = 'mocked'
    c = Config()
    print(c.level)
    c.level = 'set'
    print(level.mock_calls)
print(Config().level)


# AsyncMock
async def main():
    am = AsyncMock(return_value=5)
    print(await am(1, 2))
    am.assert_awaited()
    am.assert_awaited_once_with(1, 2)
    am.assert_called_once()
    check('awaited bad', lambda: am.assert_awaited_with(3))
    print(am.await_count, am.await_args, am.await_args_list)
    am2 = AsyncMock(side_effect=[1, ValueError('x')])
    print(await am2())
    try:
        await am2()
    except ValueError as e:
        print('raised', e)

    async def effect(x):
        return x * 3
    am3 = AsyncMock(side_effect=effect)
    print(await am3(4))
    am4 = AsyncMock()
    check('not awaited', am4.assert_awaited)
    check('awaited once', am4.assert_awaited_once)
    check('awaited with', lambda: am4.assert_awaited_with(1))
    r = await am4.method(1)
    print(name_of(r), am4.method.await_count)
    cm = MagicMock()
    async with cm as inside:
        print(name_of(inside))
asyncio.run(main())

# mock_open
mo = mock_open(read_data='line1\nline2\nline3\n')
with patch('builtins.open', mo):
    with open('some.txt') as fh:
        print(repr(fh.read()))
    with open('some.txt') as fh:
        print(repr(fh.readline()), repr(fh.readline()), fh.readlines())
    with open('some.txt') as fh:
        print([line for line in fh])
    with open('out.txt', 'w') as fh:
        fh.write('hello')
        fh.write('world')
mo.assert_called_with('out.txt', 'w')
handle = mo()
handle.write.assert_any_call('hello')
print(handle.write.call_args_list)
print(mo.call_args_list)
print(mo.mock_calls[:4])

# create_autospec
def greet(name, punctuation='!'):
    return name + punctuation


class Service:
    def fetch(self, key, default=None):
        return default

    @staticmethod
    def helper(x):
        return x

    value = 3


g = create_autospec(greet, return_value='hi')
print(g('bob'), g(name='al', punctuation='?'))
check('autospec bad call', lambda: g())
check('autospec too many', lambda: g(1, 2, 3))
g.assert_called_with(name='al', punctuation='?')
check('autospec match', lambda: g.assert_any_call('bob'))
svc_cls = create_autospec(Service)
svc = svc_cls()
svc.fetch('k')
check('method bad', lambda: svc.fetch())
print(svc.fetch.call_args, name_of(svc.fetch), svc_cls.mock_calls)
svc.fetch.assert_called_with(key='k')
print(isinstance(svc, Service), svc.helper(1) is not None, name_of(svc.value))
check('autospec missing', lambda: svc.missing)
inst = create_autospec(Service, instance=True)
check('instance call', inst)
inst.fetch(1, default=2)
print(inst.method_calls)


# patch on an async function, async iteration of a MagicMock
class AsyncClient:
    async def fetch(self, url):
        return 'real ' + url


@patch.object(AsyncClient, 'fetch', new_callable=AsyncMock)
async def patched_async(fetch):
    fetch.return_value = 'mocked'
    r = await AsyncClient().fetch('u')
    fetch.assert_awaited_once_with('u')
    return r


async def async_iteration():
    m = MagicMock()
    m.__aiter__.return_value = [1, 2, 3]
    return [x async for x in m]


print(asyncio.run(patched_async()), asyncio.run(AsyncClient().fetch('z')), asyncio.run(async_iteration()))
