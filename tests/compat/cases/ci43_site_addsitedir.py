# `import site` failed (no module). Tools use site.addsitedir() to add a plugin
# or vendor directory with its .pth files, and getsitepackages()/USER_SITE.
import os
import shutil
import sys
import tempfile

import site

root = tempfile.mkdtemp()
try:
    for d in ("vendor/sub", "vendor/other"):
        os.makedirs(os.path.join(root, d))
    with open(os.path.join(root, "vendor", "a.pth"), "w") as f:
        f.write("sub\n# a comment\n\nmissing-dir\nimport sys; sys.ci43_pth_ran = True\n")
    with open(os.path.join(root, "vendor", "b.pth"), "w") as f:
        f.write("other\n")
    with open(os.path.join(root, "vendor", ".hidden.pth"), "w") as f:
        f.write("hidden-not-read\n")
    with open(os.path.join(root, "vendor", "sub", "ci43_vendored.py"), "w") as f:
        f.write("VALUE = 'vendored'\n")
    before = list(sys.path)
    print(site.addsitedir(os.path.join(root, "vendor")))
    print([os.path.relpath(p, root) for p in sys.path if p not in before], getattr(sys, "ci43_pth_ran", None))
    import ci43_vendored
    print(ci43_vendored.VALUE)
    known = site.addsitedir(os.path.join(root, "vendor"), set())
    print(type(known).__name__, sorted(os.path.relpath(p, root) for p in known))
    print(len([p for p in sys.path if p.endswith("vendor")]))
    print(site.addpackage(os.path.join(root, "vendor"), "nonexistent.pth", None))
    print(site.makepath("a", "..", "b")[0] == os.path.abspath("b"), isinstance(site.PREFIXES, list))
    print(site.getsitepackages(["/opt/x", "/opt/x"]), type(site.getsitepackages()).__name__)
    print(site.getusersitepackages().endswith(os.path.join("lib", "python3.11", "site-packages")),
          site.USER_SITE == site.getusersitepackages(), site.USER_BASE == site.getuserbase(),
          site.USER_SITE.startswith(site.USER_BASE), type(site.ENABLE_USER_SITE).__name__)
finally:
    shutil.rmtree(root)
