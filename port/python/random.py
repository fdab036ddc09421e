"""random: CPython's generator (MT19937, with CPython's seeding and its
algorithms for random, getrandbits, randrange/randint, choice, shuffle,
sample, choices, uniform, triangular, gauss, normalvariate, expovariate,
lognormvariate, paretovariate, weibullvariate, betavariate, gammavariate,
randbytes), so a given int, float, str or bytes seed gives CPython's
sequence (a str/bytes seed is extended with its SHA-512, as CPython's
version 2 seeding does; version 1 of a str raises NotImplementedError).
SystemRandom draws from os.urandom. The generator's core (state, twist,
random, getrandbits, the _randbelow loop) is C: _pywasm_random."""
import math as _m
import os as _os
import _pywasm_compat
import _pywasm_random as _mt

_N, _M = 624, 397
_MASK = 0xffffffff


def _float_hash(x):
    # CPython's hash() of a float (the interpreter's own hash differs), which
    # random.seed() uses for a float: the value as a fraction, modulo the
    # Mersenne prime 2**61 - 1
    if x != x:
        return 0
    if x in (float('inf'), float('-inf')):
        return 314159 if x > 0 else -314159
    P = (1 << 61) - 1
    n, d = x.as_integer_ratio()
    h = abs(n) % P * pow(d, P - 2, P) % P
    h = -h if n < 0 else h
    return -2 if h == -1 else h


class Random:
    VERSION = 3
    _st = None  # also for subclasses whose __init__ does not call Random's

    def __init__(self, x=None):
        # The state (a _pywasm_random.MT19937) is made on first use when no
        # seed is given.
        self._st = None
        self.gauss_next = None
        if x is not None:
            self.seed(x)

    def _state(self):
        if self._st is None:
            self.seed()
        return self._st

    def seed(self, a=None, version=2):
        self.gauss_next = None
        if a is None:
            # no reproducible sequence to match: the state straight from
            # os.urandom (CPython mixes 32 bytes through init_by_array)
            self._st = _mt.from_bytes(_os.urandom(4 * _N))
            return
        if isinstance(a, float):
            a = _float_hash(a) & 0xFFFFFFFFFFFFFFFF  # CPython: the hash as a size_t
        if isinstance(a, (str, bytes, bytearray)):
            if version != 2:
                raise NotImplementedError('random.seed() of a str/bytes with version=%r' % (version,))
            # CPython's version 2: the bytes followed by their SHA-512 digest,
            # read as one big-endian integer (SHA-512 is the library's Python
            # one, slow but a seed is short).
            import hashlib
            b = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(b + hashlib.sha512(b).digest(), 'big')
        if not isinstance(a, int):
            raise TypeError('The only supported seed types are: None, int, float, str, bytes, and bytearray.')
        a = abs(a)
        key = []
        while a:
            key.append(a & _MASK)
            a >>= 32
        self._st = _mt.from_key(key or [0])

    def random(self):
        st = self._st
        if st is None:
            st = self._state()
        return st.random()

    def getrandbits(self, k):
        st = self._st
        if st is None:
            st = self._state()
        return st.getrandbits(k)

    def getstate(self):
        return (self.VERSION, self._state().getstate(), self.gauss_next)

    def setstate(self, state):
        v, s, g = state
        self._st = _mt.from_state(s)
        self.gauss_next = g

    def _randbelow(self, n):
        # A subclass with its own getrandbits draws from it, as before.
        if type(self) is not Random and type(self).getrandbits is not Random.getrandbits:
            return self._randbelow_bits(n)
        st = self._st
        if st is None:
            st = self._state()
        return st.randbelow(n)

    def _randbelow_bits(self, n):
        k = n.bit_length() if hasattr(n, 'bit_length') else len(bin(n)) - 2
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        if type(start) is not int:
            start = _index(start)
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if start > 0:
                return self._randbelow(start)
            raise ValueError('empty range for randrange()')
        if type(stop) is not int:
            stop = _index(stop)
        width = stop - start
        if type(step) is not int:
            step = _index(step)
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)' % (start, stop, width))
        if step > 0:
            n = (width + step - 1) // step
        elif step < 0:
            n = (width + step + 1) // step
        else:
            raise ValueError('zero step for randrange()')
        if n <= 0:
            raise ValueError('empty range for randrange()')
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if isinstance(population, (set, frozenset)):
            raise TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).')
        n = len(population)
        if counts is not None:
            cum = list(_acc(counts))
            if len(cum) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum.pop() if cum else 0
            sel = self.sample(range(total), k=k)
            return [population[_bisect(cum, s)] for s in sel]
        if not 0 <= k <= n:
            raise ValueError('Sample larger than population or is negative')
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _m.ceil(_m.log(k * 3) / _m.log(4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                return [population[int(self.random() * n)] for _ in range(k)]
            cum_weights = list(_acc(weights))
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        hi = n - 1
        return [population[_bisect(cum_weights, self.random() * total, 0, hi)] for _ in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        if mode is None:
            split = 0.5
        else:
            try:
                split = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        # Inverse CDF of the triangle: u above the mode's share lands on the
        # falling side, measured back from high; otherwise on the rising
        # side, measured from low (the same float operations as CPython, and
        # a NaN share takes the rising side as there).
        if u > split:
            return high + (low - high) * _m.sqrt((1.0 - u) * (1.0 - split))
        return low + (high - low) * _m.sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = _NV * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_m.log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * 2 * _m.pi
            g2rad = _m.sqrt(-2.0 * _m.log(1.0 - self.random()))
            z = _m.cos(x2pi) * g2rad
            self.gauss_next = _m.sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _m.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        return -_m.log(1.0 - self.random()) / lambd

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_m.log(1.0 - self.random())) ** (1.0 / beta)

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            ainv = _m.sqrt(2.0 * alpha - 1.0)
            bbb, ccc = alpha - _LOG4, alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _m.log(u1 / (1.0 - u1)) / ainv
                x = alpha * _m.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _m.log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_m.log(1.0 - self.random()) * beta
        while True:
            u = self.random()
            b = (_m.e + alpha) / _m.e
            p = b * u
            x = p ** (1.0 / alpha) if p <= 1.0 else -_m.log((b - p) / alpha)
            u1 = self.random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _m.exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def vonmisesvariate(self, mu, kappa):
        # Best and Fisher's rejection method (1979), drawing as CPython does:
        # one random() for a tiny kappa, else two per trial and one for the
        # sign, so a seeded sequence matches.
        two_pi = 2.0 * _m.pi
        if kappa <= 1e-6:
            return two_pi * self.random()
        half = 0.5 / kappa
        r = half + _m.sqrt(1.0 + half * half)
        while True:
            z = _m.cos(_m.pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _m.exp(d):
                break
        q = 1.0 / r
        angle = _m.acos((q + z) / (1.0 + q * z))
        if self.random() > 0.5:
            return (mu + angle) % two_pi
        return (mu - angle) % two_pi

    def binomialvariate(self, n=1, p=0.5):
        raise NotImplementedError('random.binomialvariate')

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')


class SystemRandom(Random):
    def __init__(self, x=None):
        self.gauss_next = None

    def seed(self, *a, **k):
        pass

    def random(self):
        return (int.from_bytes(_os.urandom(7), 'big') >> 3) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        n = (k + 7) // 8
        return int.from_bytes(_os.urandom(n), 'big') >> (n * 8 - k)

    def randbytes(self, n):
        return _os.urandom(n)

    def getstate(self, *a):
        raise NotImplementedError('System entropy source does not have state.')

    setstate = getstate


_NV = 4 * _m.exp(-0.5) / _m.sqrt(2.0)
_LOG4 = _m.log(4.0)
_SG_MAGICCONST = 1.0 + _m.log(4.5)


def _index(v):
    if isinstance(v, int):
        return v
    if isinstance(v, float) and v == int(v):
        raise TypeError('non-integer arg 1 for randrange()')
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _acc(it):
    t = 0
    for x in it:
        t += x
        yield t


def _bisect(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


# The module-level functions are bound methods of one shared generator.
_inst = Random()
for _name in ('seed', 'random', 'uniform', 'triangular', 'randint', 'choice',
              'randrange', 'sample', 'shuffle', 'choices', 'normalvariate',
              'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate',
              'gauss', 'betavariate', 'paretovariate', 'weibullvariate',
              'getstate', 'setstate', 'getrandbits', 'randbytes'):
    globals()[_name] = getattr(_inst, _name)
del _name
