# uuid.SafeUUID and UUID.is_safe: uuid6's UUID subclass takes
# `is_safe: uuid.SafeUUID = uuid.SafeUUID.unknown` and passes it on.
import copy
import pickle
import uuid

print(list(uuid.SafeUUID), uuid.SafeUUID.safe.value, uuid.SafeUUID(-1))
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u.is_safe, repr(u.is_safe))
v = uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe)
print(v.is_safe, v.__getstate__(), u.__getstate__())
print(copy.copy(u) == u, copy.deepcopy(v).is_safe)
print(pickle.loads(pickle.dumps(v)).is_safe, pickle.loads(pickle.dumps(u)) == u)


class UUID6(uuid.UUID):
    __slots__ = ()

    def __init__(self, hex=None, int=None, *, is_safe=uuid.SafeUUID.unknown):
        if int is None:
            return super().__init__(hex=hex, is_safe=is_safe)
        # version 6: what the base class refuses to set itself
        int &= ~(0xC000 << 48)
        int |= 0x8000 << 48
        int &= ~(0xF000 << 64)
        int |= 6 << 76
        super().__init__(int=int, is_safe=is_safe)


w = UUID6(int=0x1EC9414C232A6B00B3C89E6BDECED846)
print(w, w.version, w.is_safe, UUID6('1ec9414c-232a-6b00-b3c8-9e6bdeced846', is_safe=uuid.SafeUUID.unsafe).is_safe)
try:
    u.is_safe = uuid.SafeUUID.safe
except TypeError as e:
    print('TypeError', e)
