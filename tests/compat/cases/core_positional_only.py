# Positional-only parameters (PEP 570, patch 0030): the '/' marker in def and
# lambda, with defaults, keyword-only parameters after it, in methods, and the
# placements CPython refuses. Passing one by keyword: core_positional_only_keywords.py.


def clamp(value, low, high, /, *, wrap=False):
    if wrap:
        span = high - low
        return low + (value - low) % span
    return max(low, min(high, value))


print(clamp(15, 0, 10), clamp(15, 0, 10, wrap=True), clamp(-3, 0, 10))

double = lambda x, /: x * 2
print(double(21), (lambda a, b=3, /, c=4: a + b + c)(1))


def scale(a=1, /, b=2, *rest, **named):
    return a, b, rest, sorted(named)


print(scale(), scale(5), scale(5, 6, 7, 8, z=1, y=2), scale(5, b=9))


class Vector:
    def __init__(self, x, y, /):
        self.x, self.y = x, y

    def dot(self, other, /):
        return self.x * other.x + self.y * other.y

    @staticmethod
    def of(pair, /):
        return Vector(*pair)


print(Vector(1, 2).dot(Vector.of((3, 4))))

for source in [
    "def f(/, a): pass",
    "def f(a, /, /): pass",
    "def f(*, a, /): pass",
    "def f(*a, /): pass",
    "def f(**k, /): pass",
    "def f(a=1, /, b): pass",
    "lambda /: 0",
]:
    try:
        compile(source, "<case>", "exec")
        print("compiled:", source)
    except SyntaxError:
        print("SyntaxError:", source)
