# Automatically numbered fields with an attribute or index: {.real}, {[1]}.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: '{.real}'.format(1j))
t(lambda: '{[1]}'.format('ab'))
t(lambda: '{[1]} {} {.imag}'.format('ab', 3, 2j))
t(lambda: '{[k]}'.format({'k': 5}))
t(lambda: '{0[1]} {.real}'.format('ab', 1))
t(lambda: '{.real} {0}'.format(1, 2))
t(lambda: '{} {.real}'.format(1))
t(lambda: '{[0][1]!r:>5}'.format([['x', 'y']]))
t(lambda: '{.nope}'.format(1))
t(lambda: '{[5]}'.format([1]))
