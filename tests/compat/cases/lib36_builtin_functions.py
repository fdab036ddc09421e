# hashlib's constructors and operator's functions are builtins: a class
# that keeps one as an attribute does not bind it as a method.
import hashlib
import operator


class Signer:
    digest_method = hashlib.sha256
    combine = operator.add
    pick = operator.itemgetter(1)

    def sign(self, data):
        return self.digest_method(data).hexdigest()[:16], self.combine(2, 3), self.pick('ab')


print(Signer().sign(b'x'))
print(type(operator.add).__name__, type(hashlib.md5).__name__, operator.add.__name__)
print(hashlib.sha256(b'abc').hexdigest()[:12], hashlib.pbkdf2_hmac('sha256', b'p', b's', 2).hex()[:16])
print(operator.__add__(1, 2), operator.lt(1, 2), operator.not_(0), operator.getitem([5, 6], 1))
print(sorted([(2, 'b'), (1, 'a')], key=operator.itemgetter(0)))
