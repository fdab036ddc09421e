import operator as op, bisect, heapq, types, uuid, secrets
from operator import itemgetter, attrgetter, methodcaller
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(1, 0)(rows[0]), op.add(1, 2), op.mul('a', 3), op.neg(4), op.contains([1], 1), op.not_(0), op.truth([]))
P = types.SimpleNamespace(x=1, y=types.SimpleNamespace(z=5)); print(attrgetter('x', 'y.z')(P), methodcaller('split', ',')('a,b'), P)
print(op.getitem([1, 2], 1), op.indexOf('abc', 'c'), op.countOf([1, 1, 2], 1), op.iadd([1], [2]), op.lt(1, 2), op.floordiv(7, 2), op.pow(2, 10), op.xor(6, 3))
a = [1, 3, 3, 5]; print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4)); bisect.insort(a, 4); bisect.insort_left(a, 0); print(a)
r = [('a', 1), ('c', 3)]; bisect.insort(r, ('b', 2), key=lambda t: t[1]); print(r, bisect.bisect_left(r, 2, key=lambda t: t[1]))
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(heapq.heappop(h), heapq.heappushpop(h, 3), heapq.heapreplace(h, 9), sorted(h))
print(heapq.nlargest(2, [4, 1, 7, 3]), heapq.nsmallest(2, [4, 1, 7, 3]), heapq.nlargest(1, ['aa', 'b'], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3, 6])), list(heapq.merge([7, 4], [5, 2], reverse=True)))
u = uuid.UUID('12345678-1234-5678-1234-567812345678'); print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.fields, u.bytes, u.bytes_le)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x/'))
v4 = uuid.uuid4(); print(v4.version, v4.variant, len(str(v4)), uuid.UUID(str(v4)) == v4, uuid.uuid1().version, uuid.UUID(bytes=u.bytes) == u, uuid.UUID('{12345678123456781234567812345678}') == u)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)), 0 <= secrets.randbelow(10) < 10, secrets.choice('x'), secrets.compare_digest(b'a', b'a'))
print(isinstance(lambda: 0, types.FunctionType), isinstance(types, types.ModuleType), types.MappingProxyType({'a': 1})['a'])
