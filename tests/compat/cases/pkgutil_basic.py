# pkgutil: get_data, iter_modules, walk_packages and resolve_name over a
# package the test writes to a temporary directory.
import os, sys, tempfile, pkgutil
root = tempfile.mkdtemp()
files = {"mypkg/__init__.py": "X = 1\n", "mypkg/mod.py": "Y = 2\n", "mypkg/sub/__init__.py": "",
         "mypkg/sub/deep.py": "Z = 3\n", "mypkg/data/info.txt": "hello data\n", "loose.py": "", "notes.txt": ""}
for rel, text in files.items():
    os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
    with open(os.path.join(root, rel), "w") as f:
        f.write(text)
sys.path.insert(0, root)
print(pkgutil.get_data("mypkg", "data/info.txt"))
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([root])])
print([(m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(root, "mypkg")])])
print([(m.name, m.ispkg) for m in pkgutil.walk_packages([os.path.join(root, "mypkg")], "mypkg.")])
print(pkgutil.resolve_name("mypkg.sub.deep:Z"), pkgutil.resolve_name("mypkg.mod.Y"), pkgutil.resolve_name("os.path:join").__name__)
print(isinstance(next(pkgutil.iter_modules([root])), pkgutil.ModuleInfo))
import shutil
shutil.rmtree(root)
print(os.path.exists(root))
