# Every builtin has __format__, as format() formats it (loguru formats its
# records through it; slotmethods.c), with CPython's errors.
print(str.__format__('ab', '>4'), (5).__format__('03'), (2.5).__format__('.3f'), None.__format__(''), [1].__format__(''))
for bad in (lambda: (5).__format__(3), lambda: [1].__format__('x'), lambda: 'a'.__format__('d')):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(format(True, '>6'), True.__format__(''), (1 + 2j).__format__('.1f'), b'x'.__format__(''))
print('{:>5}|{:<4}'.format('a', 7), 'abc'.__format__('^7'))
