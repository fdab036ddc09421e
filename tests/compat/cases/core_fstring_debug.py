# Self-documenting f-string fields, f"{expr=}" (CPython 3.8+, patch 0066):
# the expression's text as written, then its repr(), or its value formatted
# with the spec when there is one and no conversion.
x = 5
name = "Ann"
pi = 3.14159
d = {"k": 1, "a=b": 2}
a, b = 1, 2


def f(a=0, b=0):
    return a + b


# the text is kept verbatim, whitespace around '=' included
print(f"{x=}", f"{name=}", f"{pi=}", f"{None=}", f"{3.0=}", f"{'é'=}")
print(f"{x = }|{ x=}|{x =}|{x=  }|{x   =   }|{ x = }|")
print(f"{x	=	}|")

# a format spec without a conversion formats the value (str, not repr)
print(f"{x=:>4}|{pi=:.2f}|{name=:>6}|{x=:x}|{x=:*^9}|{x = :>4}|")
print(f"{name=:}|{x=:}|")
# explicit conversions, with and without a spec
print(f"{name=!s}|{name=!r}|{name=!r:>10}|{name = !s:>10}|{name= !r}|")
# nested fields in the spec
w = 8
print(f"{x=:{w}}|{x=:{w}d}|{x=!r:^{w}}|{pi=:{w}.{a + 1}f}|")

# comparisons are not the specifier
print(f"{a==b}", f"{a!=b}", f"{a<=b}", f"{a>=b}")
print(f"{a==b=}", f"{a!=b=}", f"{a<=b=}", f"{a>=b=}", f"{a<b=}", f"{a>b=}")
print(f"{'1' if a != 2 else '0'!r:4}|{'a' == 'a'=}")

# '=' inside brackets, strings and calls belongs to the expression
print(f"{d['k']=}", f"{d['a=b']=}", f"{'='=}")
print(f"{f(a=1)=}", f"{f(a=1, b=2)}", f"{f(b=x) * 2 = }")
print(f"{(lambda: 1)()}", f"{(lambda y=3: y)()=}", f"{(z:=7)=}", z)
print(f"{[x, x]=}", f"{ {'a': 1}['a']=}", f"{ {1, 2}=}", f"{(x, name)=}")
print(f"{1,=}", f"{x, name=}", f"{x*2=}", f"{-x=}", f"{not x=}")
print(f"{'%d%%' % x=}", f"{'%s' % name=}", f'{"a" + "b"=}', f"{'{x}'=}")

# nested f-strings, in the expression and as the expression
print(f"{f'{x}'=}", f"{f'{x=}'}", f"{f'{x=}'=}", f"{f'{name=!s:>5}'=}")
print(f"{', '.join(f'{k}={v!r}' for k, v in sorted(d.items()))=}")

# literal braces around and inside
print(f"{{{x=}}}", f"{x=}}}", f"{{x=}}", f"{{{x}}}")

# several fields, adjacent and concatenated f-strings, raw f-strings
print(f"pre {x=} mid {name=} post {pi=:.1f}")
print(f"{x=}{x=}", f"{x=}" f"{name=}", f"{x=}" "-" f"{pi=}", f"a" f"{x=}" "b")
print(
    f"{x=}, "
    f"{name=}, "
    f"{pi=:.3f}"
)
print(rf"{x=}", fr"{name=}", rf"\d{x=}")

# triple-quoted: the newline before '=' is the expression's, after it the text's
print(f"""{x
=}|""")
print(f"""{x=
}|""")
print(f"""{x = }
{name=}""")


# in functions, methods, comprehensions, lambdas and class bodies
def show(v):
    return f"{v=} {v * 2 = } {type(v).__name__=}"


print(show(3))
print(show("s"))
print([f"{i=}" for i in range(3)])
print((lambda v: f"{v=:>3}")(2))


class K:
    z = 3
    s = f"{z=}"

    def __init__(self):
        self.v = [1, 2]

    def text(self):
        return f"{self.v=} {self.v[0]=} {len(self.v)=}"


print(K.s, K().text())


# __repr__, __str__ and __format__ of a class
class C:
    def __repr__(self):
        return "C()"

    def __str__(self):
        return "c"

    def __format__(self, spec):
        return "fmt:" + spec


c = C()
print(f"{c=}", f"{c=!s}", f"{c=:xyz}", f"{c=!r:>5}", f"{c=:}")

# compiled at run time: eval, exec, and the REPL's 'single' mode
print(eval('f"{x=}"'), eval('f"{x = :>3}"'))
exec('y = 9\nprint(f"{y=}", f"{y+1 = }")')
exec(compile('print(f"{name=}")', "<stdin>", "single"))

# CPython's SyntaxErrors (the type only: the messages differ)
cases = [
    'f"{=}"', 'f"{ =}"', 'f"{}"', 'f"{ }"', 'f"{!r}"', 'f"{:>4}"',
    'f"{x=y}"', 'f"{x = y}"', 'f"{x!r=}"', 'f"{x=!}"', 'f"{x=!x}"',
    'f"{x=!r=}"', 'f"{x=!r x}"', 'f"{x=!r }"', 'f"{x==}"', 'f"{x+=}"',
    'f"{x=', 'f"{x="', 'f"{x=!r"', 'f"{x=\n}"', 'f"{x)=}"', 'f"{(x=}"',
    'f"{lambda v=1: v}"', 'f"{x=}" f"{=}"',
    'f"{x=}"', 'f"{a==b}"', 'f"{f(a=1)=}"', 'f"{x=!s:>3}"', 'f"{x= !r}"',
]
for src in cases:
    try:
        compile(src, "<case>", "eval")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
