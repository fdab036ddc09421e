# How csv.writer quotes or escapes each special character, as CPython 3.11:
# only the line terminator's characters count as line breaks, and a
# character escaped instead of doubled does not make the field quoted.
import csv, io

def show(row, **kw):
    out = io.StringIO()
    try:
        csv.writer(out, **kw).writerow(row)
        print(repr(out.getvalue()))
    except csv.Error as e:
        print('csv.Error', e)

show(['plain', 'a,b', 'q"q', 'multi\nline', ''])
show(['a\rb', 'c\nd', 'x'], lineterminator='\n')
show(['a\rb', 'c'], lineterminator='\n', quoting=csv.QUOTE_NONE, escapechar='\\')
show(['a\\b', 'q"q', 'x,y'], escapechar='\\')
show(['a\\b', 'say "hi"'], escapechar='\\', doublequote=False)
show(['a\\b', 'q"q'], escapechar='\\', doublequote=False, quoting=csv.QUOTE_ALL)
show(['q"q'], doublequote=False)
show(['a,b', 'q"q', 'e\\'], quoting=csv.QUOTE_NONE, escapechar='\\')
show(['a,b'], quoting=csv.QUOTE_NONE)
show([None, '', 1, 1.5, True, 'x'], quoting=csv.QUOTE_NONNUMERIC)
show([None], quoting=csv.QUOTE_ALL)
show(['a b', ' lead', 'trail '])
show(['a|b'], lineterminator='|')
show(['xx'], quotechar='x')
show(['a\tb', 'c'], delimiter='\t', quoting=csv.QUOTE_NONE, escapechar='^')
show(['^', 'c'], delimiter='\t', escapechar='^')
# and they read back
for kw in ({'escapechar': '\\', 'doublequote': False}, {}):
    out = io.StringIO()
    rows = [['say "hi"', 'a,b', 'back\\slash'], ['x', '', 'y']]
    csv.writer(out, **kw).writerows(rows)
    print(list(csv.reader(io.StringIO(out.getvalue()), **kw)) == rows)
