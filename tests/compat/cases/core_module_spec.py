# Every imported module has __spec__ (name, parent, origin,
# submodule_search_locations) and __package__ before its code runs, as
# libraries read them at import; the main script has None for both.
import sys, os
sys.path.insert(0, os.path.dirname(__file__) + "/modspec_pkg_root")
os.makedirs(sys.path[0] + "/pkgx/inner", exist_ok=True)
open(sys.path[0] + "/pkgx/__init__.py", "w").write("print('pkgx', __name__, __package__, __spec__.name, __spec__.parent, __spec__.submodule_search_locations is not None)\n")
open(sys.path[0] + "/pkgx/mod.py", "w").write("print('mod', __name__, __package__, __spec__.name, __spec__.parent, __spec__.submodule_search_locations, __spec__.loader_state)\nfrom . import helper\n")
open(sys.path[0] + "/pkgx/helper.py", "w").write("print('helper', __package__, __spec__.parent)\n")
open(sys.path[0] + "/pkgx/inner/__init__.py", "w").write("print('inner', __package__, __spec__.parent)\n")
open(sys.path[0] + "/topmod.py", "w").write("print('topmod', repr(__package__), repr(__spec__.parent), __spec__.name, __spec__.has_location)\n")
import pkgx.mod, pkgx.inner, topmod
print(__spec__, __package__, pkgx.mod.__spec__.origin.endswith("mod.py"), pkgx.__spec__.origin.endswith("__init__.py"))
import json, collections
print(json.__spec__.name, json.__spec__.parent, json.__package__, collections.__package__, collections.abc.__package__)
import shutil; shutil.rmtree(sys.path[0])
