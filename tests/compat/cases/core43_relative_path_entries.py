# A module found through a relative sys.path entry has absolute paths, as
# CPython's FileFinder gives it: __file__, __path__ and the spec's origin
# stay right after os.chdir(), and pathlib can make a file: URL of them.
import os
import pathlib
import shutil
import sys
import tempfile

here = os.getcwd()
root = tempfile.mkdtemp(dir='.')
name = os.path.basename(root)
os.makedirs(os.path.join(root, 'relpkg', 'data'))
for rel, text in (('relpkg/__init__.py', 'HERE = __file__\n'), ('relpkg/data/schema.txt', 'schema\n'),
                  ('relmod.py', 'import os\nWHERE = os.path.dirname(__file__)\n')):
    with open(os.path.join(root, rel), 'w') as f:
        f.write(text)


def shown(path):
    # the temporary directory's own name varies from run to run
    return path.replace(os.path.join(here, name), '<root>')


try:
    sys.path.insert(0, name)
    import relpkg
    import relmod

    print(shown(relpkg.__file__), [shown(p) for p in relpkg.__path__], shown(relpkg.__spec__.origin))
    print(shown(relmod.__file__), shown(relmod.WHERE), os.path.isabs(relpkg.HERE))
    schema = pathlib.Path(relpkg.__file__).parent / 'data' / 'schema.txt'
    print(shown(schema.as_uri()))
    os.chdir(root)
    try:
        print(open(os.path.join(os.path.dirname(relpkg.__file__), 'data', 'schema.txt')).read().strip())
    finally:
        os.chdir(here)
    sys.path.insert(0, './' + name + '/')
    sys.path.insert(0, '.')
    import importlib
    spec = importlib.util.find_spec('relmod')
    print(shown(spec.origin))
finally:
    for n in ('relpkg', 'relmod'):
        sys.modules.pop(n, None)
    shutil.rmtree(root)
