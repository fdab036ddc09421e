# The TypeError an unsupported operator raises says what CPython's says
# (patches 0043, 0052): scripts print these, and "'Total: ' + 5" is the classic.
cases = [
    "'Total: ' + 5", "1 + 'a'", "[1] + (2,)", "(1,) + [2]", "1 < 'a'", "'a' >= 1",
    "[1] > (1,)", "None + 1", "1 - 'a'", "'a' * 'b'", "[] * 1.5", "2.5 * (1,)",
    "1 @ 2", "x = 1; x += 'a'", "x = [1]; x -= [1]", "x = 'a'; x *= 'b'", "-'a'",
    "+[]", "~1.5", "abs('a')", "1 ** 'a'", "x = 2; x **= 'a'", "{1} - [1]", "b'a' + 1",
    "b'a' + 'b'", "'a' + b'b'", "divmod('a', 1)", "1 / 'x'", "1 << 1.5",
    "object() < object()", "len(5)", "'a' in 5", "sum(['a', 'b'])",
    "','.join([1, 2])", "','.join(['a', 3])", "b','.join([1])", "'%d' % '5'", "'%i' % None",
    "range(2.5)", "int([])", "[1][1.0]",
]
for source in cases:
    try:
        exec(source)
        print(source, '-> no error')
    except TypeError as e:
        print(source, '->', e)
