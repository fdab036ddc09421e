# A program that interned more than 65,536 names (here a generated data
# module of 35,000 short keys and values) still compiles the names that
# come after them as themselves: its own attribute, later functions,
# classes, methods and globals (patch 0373).
import os
import shutil
import sys
import tempfile

root = tempfile.mkdtemp(dir='.')
try:
    with open(os.path.join(root, 'bigdata.py'), 'w') as f:
        f.write('TABLE = {\n')
        for i in range(35000):
            f.write("    'key%d': 'val%d',\n" % (i, i))
        f.write('}\nCOUNT = len(TABLE)\n')
    with open(os.path.join(root, 'after.py'), 'w') as f:
        f.write('def late_helper_function(value):\n'
                '    return _late_private_check(value) and value * 2\n\n'
                'def _late_private_check(value):\n'
                '    return value > 0\n\n'
                'class LateDefinedClass:\n'
                '    late_class_attribute = 7\n\n'
                '    def late_method_name(self, late_argument=3):\n'
                '        return late_helper_function(late_argument) + self.late_class_attribute\n')
    sys.path.insert(0, root)
    import bigdata
    import after

    print(bigdata.COUNT, bigdata.TABLE['key34999'])
    obj = after.LateDefinedClass()
    print(after.late_helper_function(4), obj.late_method_name(), obj.late_method_name(late_argument=1))
    print(after.LateDefinedClass.__name__, after.late_helper_function.__name__, type(obj).__qualname__)
    try:
        obj.late_missing_attribute
    except AttributeError as e:
        print(e)
finally:
    sys.path.remove(root)
    shutil.rmtree(root)
